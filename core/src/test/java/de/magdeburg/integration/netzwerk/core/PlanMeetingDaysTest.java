package de.magdeburg.integration.netzwerk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanMeetingDaysTest {

    private static List<Finding> planFindings(LocalDateTime start) {
        Meeting m = new Meeting("language-1", MeetingKind.WORKING_GROUP, "language", "Sitzung der AG Sprache", start,
                null, "", List.of(), List.of());
        WorkPlan plan = new WorkPlan(start.getYear(), "language", List.of(m), List.of(), List.of());
        return RuleChecks.checkWorkPlan(RulesProfile.magdeburg2016(), plan).stream()
                .filter(Rules.GO_5_1::reported).toList();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        2027-03-13T10:00 | „Sitzung der AG Sprache“ ist für 13.03.2027, einen Samstag, geplant: Die Netzwerkpartner*innen treffen sich in der Regel an Werktagen.
        2027-03-14T10:00 | „Sitzung der AG Sprache“ ist für 14.03.2027, einen Sonntag, geplant: Die Netzwerkpartner*innen treffen sich in der Regel an Werktagen.
        2027-03-26T16:00 | „Sitzung der AG Sprache“ ist für 26.03.2027 geplant, einen Feiertag in Sachsen-Anhalt (Karfreitag).
        2027-01-06T16:00 | „Sitzung der AG Sprache“ ist für 06.01.2027 geplant, einen Feiertag in Sachsen-Anhalt (Heilige Drei Könige).
        2027-10-31T16:00 | „Sitzung der AG Sprache“ ist für 31.10.2027 geplant, einen Feiertag in Sachsen-Anhalt (Reformationstag).
        2027-05-06T16:00 | „Sitzung der AG Sprache“ ist für 06.05.2027 geplant, einen Feiertag in Sachsen-Anhalt (Christi Himmelfahrt).
        2027-05-17T16:00 | „Sitzung der AG Sprache“ ist für 17.05.2027 geplant, einen Feiertag in Sachsen-Anhalt (Pfingstmontag).
        """)
    void aMeetingOnAWeekendOrHolidayInSaxonyAnhaltIsAWarning(LocalDateTime start, String message) {
        assertThat(planFindings(start)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.field()).isEqualTo("language-1");
            assertThat(f.message()).isEqualTo(message);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2027-03-11T16:00", "2027-03-30T16:00", "2027-11-17T16:00", "2027-12-24T10:00"})
    void aMeetingOnAWorkingDayGivesNoFinding(LocalDateTime start) {
        assertThat(planFindings(start)).isEmpty();
    }

    @ParameterizedTest(name = "Easter {0}: {1}")
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25",
        "2285, 2285-03-22"})
    void easterSundayIsComputedForAnyYear(int year, LocalDate easter) {
        assertThat(WorkPlanRules.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void repentanceDayIsAHolidayOnlyInSaxonyNotInSaxonyAnhalt() {
        assertThat(WorkPlanRules.publicHolidaySaxonyAnhalt(LocalDate.of(2027, 11, 17))).isNull();
    }
}
