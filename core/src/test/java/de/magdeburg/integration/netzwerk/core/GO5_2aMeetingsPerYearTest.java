package de.magdeburg.integration.netzwerk.core;

import static de.magdeburg.integration.netzwerk.core.Fixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GO5_2aMeetingsPerYearTest {

    private static List<Finding> go52a(RulesProfile profile, WorkPlan plan) {
        return RuleChecks.checkWorkPlan(profile, plan).stream().filter(f -> f.rule().equals("GO-5.2a")).toList();
    }

    private static List<Meeting> groupMeetings(String groupId, int year, int count) {
        var meetings = new ArrayList<Meeting>();
        for (int i = 0; i < count; i++) {
            meetings.add(meeting(MeetingKind.WORKING_GROUP, groupId, LocalDate.of(year, 1 + i * 2 % 12, 10 + i / 6)));
        }
        return meetings;
    }

    private static WorkPlan groupPlan(String groupId, int year, List<Meeting> meetings) {
        return new WorkPlan(year, groupId, meetings, List.of(), Fixtures.validTerms(year));
    }

    @Test
    void fiveMeetingsOfTheYearKeepGo52a() {
        assertThat(go52a(Fixtures.profile(), groupPlan("language", 2027, groupMeetings("language", 2027, 5))))
                .isEmpty();
    }

    @Test
    void sixthMeetingOfTheYearBreaksGo52a() {
        List<Meeting> meetings = groupMeetings("language", 2027, 5);
        meetings.add(meeting(MeetingKind.WORKING_GROUP, "language", LocalDate.of(2027, 12, 10)));

        List<Finding> findings = go52a(Fixtures.profile(), groupPlan("language", 2027, meetings));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.field()).isEqualTo("language/2027");
            assertThat(f.message()).isEqualTo("Die 6. Zusammenkunft der AG „Sprache“ im Jahr 2027 "
                    + "(„Sitzung der AG Sprache“ am 10.12.2027) ist zu viel: höchstens 5 Zusammenkünfte im "
                    + "Kalenderjahr sind vorgesehen (§ 5 Abs. 2).");
            assertThat(f.messageEn()).isEqualTo("Meeting no. 6 of the working group \"Sprache\" in 2027 "
                    + "(\"Sitzung der AG Sprache\" on 10.12.2027) is one too many: at most 5 meetings per "
                    + "calendar year are provided for (§ 5(2)).");
        });
    }

    @Test
    void theLatestMeetingIsTheOneTooManyWhateverTheOrderInThePlan() {
        List<Meeting> meetings = new ArrayList<>(groupMeetings("language", 2027, 6));
        java.util.Collections.reverse(meetings);

        assertThat(go52a(Fixtures.profile(), groupPlan("language", 2027, meetings)))
                .singleElement().extracting(Finding::message).asString()
                .contains("am 10.11.2027");
    }

    @Test
    void eachMeetingBeyondTheMaximumIsOneFinding() {
        assertThat(go52a(Fixtures.profile(), groupPlan("language", 2027, groupMeetings("language", 2027, 8))))
                .extracting(Finding::message).hasSize(3)
                .allSatisfy(m -> assertThat(m).contains("AG „Sprache“ im Jahr 2027"))
                .anySatisfy(m -> assertThat(m).startsWith("Die 8. Zusammenkunft"));
    }

    @Test
    void networkWidePlanCountsPerGroup() {
        var meetings = new ArrayList<Meeting>();
        meetings.addAll(groupMeetings("language", 2027, 5));
        meetings.addAll(groupMeetings("work_and_training", 2027, 6));
        meetings.addAll(groupMeetings("interculture_and_social", 2027, 4));

        List<Finding> findings = go52a(Fixtures.profile(), new WorkPlan(2027, "", meetings, List.of(), List.of()));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("work_and_training/2027");
            assertThat(f.message()).contains("AG „Arbeit und Ausbildung“");
        });
    }

    @Test
    void groupPlanCountsOnlyItsOwnGroupsWorkingGroupMeetings() {
        var meetings = new ArrayList<Meeting>(groupMeetings("language", 2027, 5));
        meetings.addAll(groupMeetings("work_and_training", 2027, 3));
        meetings.add(meeting(MeetingKind.PROJECT_GROUP, "language", LocalDate.of(2027, 5, 5)));
        meetings.add(meeting(MeetingKind.CROSS_GROUP, "", LocalDate.of(2027, 6, 5)));
        meetings.add(meeting(MeetingKind.SPEAKERS_ROUND, "", LocalDate.of(2027, 7, 5)));

        assertThat(go52a(Fixtures.profile(), groupPlan("language", 2027, meetings))).isEmpty();
    }

    @Test
    void meetingsAreCountedPerCalendarYear() {
        var meetings = new ArrayList<Meeting>(groupMeetings("language", 2027, 5));
        meetings.add(meeting(MeetingKind.WORKING_GROUP, "language", LocalDate.of(2028, 1, 1)));
        meetings.add(meeting(MeetingKind.WORKING_GROUP, "language", LocalDate.of(2026, 12, 31)));

        assertThat(go52a(Fixtures.profile(), groupPlan("language", 2027, meetings))).isEmpty();
    }

    @Test
    void theMaximumComesFromTheProfile() {
        var limits = new RulesProfile.Limits(3, 1, 2, 1, 2, 2, 3, 1, 5);

        assertThat(go52a(Fixtures.profile(limits), groupPlan("language", 2027, groupMeetings("language", 2027, 4))))
                .singleElement().extracting(Finding::message).asString()
                .startsWith("Die 4. Zusammenkunft").contains("höchstens 3 Zusammenkünfte");
    }

    @Test
    void unknownGroupOfAGroupPlanIsReportedUnderGo41() {
        List<Finding> findings = RuleChecks.checkWorkPlan(Fixtures.profile(),
                groupPlan("gardening", 2027, groupMeetings("gardening", 2027, 1)));

        assertThat(findings).filteredOn(f -> f.rule().equals("GO-4.1")).singleElement()
                .extracting(Finding::message)
                .isEqualTo("Die Arbeitsgruppe „gardening“ ist in der Geschäftsordnung magdeburg-2016 nicht "
                        + "vorgesehen (§ 4 Abs. 1).");
    }

    @Test
    void networkPlanWithMeetingsOfAnUnknownGroupIsReportedUnderGo41() {
        var meetings = new ArrayList<Meeting>(groupMeetings("gardening", 2027, 2));
        meetings.addAll(groupMeetings("language", 2027, 2));

        assertThat(RuleChecks.checkWorkPlan(Fixtures.profile(), new WorkPlan(2027, "", meetings, List.of(), List.of())))
                .filteredOn(f -> f.rule().equals("GO-4.1")).extracting(Finding::field).containsExactly("gardening");
    }
}
