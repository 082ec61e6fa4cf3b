package de.magdeburg.integration.netzwerk.core;

import static de.magdeburg.integration.netzwerk.core.Fixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GO5_2bCrossGroupMeetingsTest {

    private static WorkPlan networkPlan(int year, int crossGroupMeetings) {
        var meetings = new ArrayList<Meeting>();
        for (int i = 0; i < crossGroupMeetings; i++) {
            meetings.add(meeting(MeetingKind.CROSS_GROUP, "", LocalDate.of(year, 1 + i, 15)));
        }
        return new WorkPlan(year, "", meetings, List.of(), Fixtures.validTerms(year));
    }

    private static List<Finding> go52b(RulesProfile profile, WorkPlan plan) {
        return RuleChecks.checkWorkPlan(profile, plan).stream().filter(f -> f.rule().equals("GO-5.2b")).toList();
    }

    @ParameterizedTest(name = "{0} cross-group meetings → {1}")
    @CsvSource({
        "0, ERROR, Im Jahr 2027 sind 0 arbeitsgruppenübergreifende Treffen geplant; mindestens 1 sind vorgesehen (§ 5 Abs. 2).",
        "3, INFO,  Im Jahr 2027 sind 3 arbeitsgruppenübergreifende Treffen geplant; üblich sind bis zu 2 (§ 5 Abs. 2).",
        "7, INFO,  Im Jahr 2027 sind 7 arbeitsgruppenübergreifende Treffen geplant; üblich sind bis zu 2 (§ 5 Abs. 2).",
    })
    void countOutsideOneToTwoIsAFinding(int count, Severity severity, String message) {
        assertThat(go52b(Fixtures.profile(), networkPlan(2027, count))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(severity);
            assertThat(f.field()).isEqualTo("2027");
            assertThat(f.message()).isEqualTo(message);
        });
    }

    @ParameterizedTest(name = "{0} cross-group meetings keep GO-5.2b")
    @CsvSource({"1", "2"})
    void oneOrTwoCrossGroupMeetingsKeepGo52b(int count) {
        assertThat(go52b(Fixtures.profile(), networkPlan(2027, count))).isEmpty();
    }

    @Test
    void yearWithoutCrossGroupMeetingBreaksGo52bInEnglishToo() {
        assertThat(go52b(Fixtures.profile(), networkPlan(2027, 0))).singleElement()
                .extracting(Finding::messageEn)
                .isEqualTo("0 cross-group meetings are planned for 2027; at least 1 are required (§ 5(2)).");
    }

    @Test
    void crossGroupMeetingInAnotherYearDoesNotCount() {
        WorkPlan plan = new WorkPlan(2027, "", List.of(meeting(MeetingKind.CROSS_GROUP, "", LocalDate.of(2026, 12, 31)),
                meeting(MeetingKind.CROSS_GROUP, "", LocalDate.of(2028, 1, 1))), List.of(), Fixtures.validTerms(2027));

        assertThat(go52b(Fixtures.profile(), plan)).singleElement().extracting(Finding::severity)
                .isEqualTo(Severity.ERROR);
    }

    @Test
    void groupPlansAreNotCheckedBecauseCrossGroupMeetingsBelongToTheNetworkPlan() {
        WorkPlan plan = new WorkPlan(2027, "language", List.of(), List.of(), Fixtures.validTerms(2027));

        assertThat(go52b(Fixtures.profile(), plan)).isEmpty();
    }

    @Test
    void theNumbersComeFromTheProfile() {
        var limits = new RulesProfile.Limits(5, 2, 4, 1, 2, 2, 3, 1, 5);

        assertThat(go52b(Fixtures.profile(limits), networkPlan(2027, 1))).singleElement()
                .extracting(Finding::message).asString().endsWith("mindestens 2 sind vorgesehen (§ 5 Abs. 2).");
        assertThat(go52b(Fixtures.profile(limits), networkPlan(2027, 4))).isEmpty();
    }
}
