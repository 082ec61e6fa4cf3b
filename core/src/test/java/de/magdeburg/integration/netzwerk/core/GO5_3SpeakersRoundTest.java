package de.magdeburg.integration.netzwerk.core;

import static de.magdeburg.integration.netzwerk.core.Fixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GO5_3SpeakersRoundTest {

    private static WorkPlan plan(int year, String... days) {
        List<Meeting> rounds = Arrays.stream(days)
                .map(d -> meeting(MeetingKind.SPEAKERS_ROUND, "", LocalDate.parse(d))).toList();
        var meetings = new java.util.ArrayList<Meeting>(rounds);
        meetings.add(meeting(MeetingKind.CROSS_GROUP, "", LocalDate.of(year, 6, 1)));
        return new WorkPlan(year, "", meetings, List.of(), Fixtures.validTerms(year));
    }

    private static List<Finding> go53(RulesProfile profile, WorkPlan plan) {
        return RuleChecks.checkWorkPlan(profile, plan).stream().filter(f -> f.rule().equals("GO-5.3")).toList();
    }

    @Test
    void oneRoundInEveryQuarterKeepsGo53() {
        assertThat(go53(Fixtures.profile(), plan(2027, "2027-01-01", "2027-04-01", "2027-07-01", "2027-12-31")))
                .isEmpty();
    }

    @Test
    void quarterWithoutSpeakersRoundBreaksGo53NamingTheQuarter() {
        assertThat(go53(Fixtures.profile(), plan(2027, "2027-01-20", "2027-07-20", "2027-10-20")))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.field()).isEqualTo("Q2/2027");
                    assertThat(f.message()).isEqualTo("Im 2. Quartal 2027 sind 0 Treffen der Sprecher*innen mit "
                            + "dem/der Netzwerkkoordinator*in geplant; mindestens 1 je Quartal sind vorgesehen "
                            + "(§ 5 Abs. 3).");
                    assertThat(f.messageEn()).isEqualTo("0 meetings of the speakers with the coordinator are "
                            + "planned for Q2/2027; at least 1 per quarter are required (§ 5(3)).");
                });
    }

    @ParameterizedTest(name = "rounds on {0} leave {1} without one")
    @CsvSource(delimiter = '|', value = {
        "2027-03-31 2027-06-30 2027-09-30 2027-12-31 | ''",
        "2027-04-01 2027-06-30 2027-09-30 2027-12-31 | Q1/2027",
        "2027-01-01 2027-03-31 2027-09-30 2027-12-31 | Q2/2027",
        "2027-01-01 2027-06-30 2027-10-01 2027-12-31 | Q3/2027",
        "2027-01-01 2027-06-30 2027-09-30 2028-01-01 | Q4/2027",
        "2026-12-31 2027-04-01 2027-07-01 2027-10-01 | Q1/2027",
        "''                                          | Q1/2027 Q2/2027 Q3/2027 Q4/2027",
    })
    void quartersAreCalendarQuartersOfThePlansYear(String days, String missing) {
        String[] d = days.isBlank() ? new String[0] : days.trim().split(" +");

        assertThat(go53(Fixtures.profile(), plan(2027, d))).extracting(Finding::field)
                .containsExactly(missing.isBlank() ? new String[0] : missing.trim().split(" +"));
    }

    @Test
    void theMinimumPerQuarterComesFromTheProfile() {
        var twoPerQuarter = new RulesProfile.Limits(5, 1, 2, 2, 2, 2, 3, 1, 5);

        assertThat(go53(Fixtures.profile(twoPerQuarter),
                plan(2027, "2027-01-10", "2027-02-10", "2027-04-10", "2027-05-10", "2027-07-10", "2027-08-10",
                        "2027-10-10")))
                .singleElement().extracting(Finding::message).asString()
                .startsWith("Im 4. Quartal 2027 sind 1 Treffen").contains("mindestens 2 je Quartal");
    }

    @Test
    void groupPlansAreNotCheckedBecauseSpeakersRoundsBelongToTheNetworkPlan() {
        assertThat(go53(Fixtures.profile(), new WorkPlan(2027, "language", List.of(), List.of(),
                Fixtures.validTerms(2027)))).isEmpty();
    }

    @Test
    void validNetworkPlanFixtureHasOnlyInformation() {
        assertThat(RuleChecks.checkWorkPlan(Fixtures.profile(), Fixtures.validNetworkPlan(2027)))
                .isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }
}
