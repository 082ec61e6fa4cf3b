package de.magdeburg.integration.netzwerk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GO-5.1 (§ 5 Abs. 1): meetings on days off of the profile's calendar. */
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

    @Test
    void easterSundayMissingFromTheHolidayDataIsStillASundayOff() {
        // Jollyday lists no Ostersonntag for Saxony-Anhalt: the weekend catches it, named as the day it is
        assertThat(planFindings(LocalDateTime.parse("2027-03-28T10:00"))).singleElement()
                .extracting(Finding::message).isEqualTo("„Sitzung der AG Sprache“ ist für 28.03.2027, einen Sonntag, "
                        + "geplant: Die Netzwerkpartner*innen treffen sich in der Regel an Werktagen.");
    }

    @Test
    void repentanceDayIsAHolidayOnlyInSaxonyNotInSaxonyAnhalt() {
        assertThat(planFindings(LocalDateTime.parse("2027-11-17T16:00"))).isEmpty();
        assertThat(WorkCalendar.of("DE-SN").findHoliday(LocalDate.of(2027, 11, 17))).contains("Buß- und Bettag");
    }

    @Test
    void theSamePlanGivesEachLandItsOwnHolidays() {
        // 2028: Fronleichnam 15.06., Reformationstag 31.10., Allerheiligen 01.11., all on weekdays
        List<Meeting> meetings = List.of(meeting("language-1", "2028-06-15T16:00"), meeting("language-2",
                "2028-10-31T16:00"), meeting("language-3", "2028-11-01T16:00"));
        WorkPlan plan = new WorkPlan(2028, "language", meetings, List.of(), List.of());

        assertThat(daysOff(RulesProfile.magdeburg2016(), plan)).containsExactly(
                "„Sitzung language-2“ ist für 31.10.2028 geplant, einen Feiertag in Sachsen-Anhalt (Reformationstag). / "
                        + "\"Sitzung language-2\" is planned for 31.10.2028, a public holiday in Saxony-Anhalt "
                        + "(Reformationstag).");
        assertThat(daysOff(RulesProfile.magdeburg2016().withCalendar(WorkCalendar.of("DE-BY")), plan)).containsExactly(
                "„Sitzung language-1“ ist für 15.06.2028 geplant, einen Feiertag in Bayern (Fronleichnam). / "
                        + "\"Sitzung language-1\" is planned for 15.06.2028, a public holiday in Bavaria (Fronleichnam).",
                "„Sitzung language-3“ ist für 01.11.2028 geplant, einen Feiertag in Bayern (Allerheiligen). / "
                        + "\"Sitzung language-3\" is planned for 01.11.2028, a public holiday in Bavaria (Allerheiligen).");
    }

    @Test
    void aCalendarWithoutWeekendWarnsOnHolidaysAlone() {
        RulesProfile noWeekend = RulesProfile.magdeburg2016().withCalendar(new WorkCalendar("DE-ST", List.of()));
        WorkPlan plan = new WorkPlan(2027, "language", List.of(meeting("language-1", "2027-03-13T10:00")), List.of(),
                List.of());
        assertThat(daysOff(noWeekend, plan)).isEmpty();
    }

    @Test
    void anUnknownLandIsNamedWhenTheCalendarIsFirstAsked() {
        RulesProfile nowhere = RulesProfile.magdeburg2016().withCalendar(WorkCalendar.of("DE-XX"));
        WorkPlan plan = new WorkPlan(2027, "language", List.of(meeting("language-1", "2027-03-11T16:00")), List.of(),
                List.of());
        assertThatThrownBy(() -> RuleChecks.checkWorkPlan(nowhere, plan)).isInstanceOf(NetzwerkException.class)
                .hasMessage("Feiertagskalender „DE-XX“ unbekannt: die Feiertagsdaten (Jollyday) kennen „DE-XX“ nicht "
                        + "(calendar.holidays, GO-5.1, § 5 Abs. 1) / unknown holiday calendar 'DE-XX': the holiday data "
                        + "(Jollyday) does not know 'DE-XX' (calendar.holidays, GO-5.1, § 5 (1))");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        de-ST    | calendar.holidays: ist „de-ST“, erwartet ein Code nach ISO 3166-2 wie „DE-ST“ (Sachsen-Anhalt) oder ISO 3166-1 wie „DE“ / is 'de-ST', expected an ISO 3166-2 code such as 'DE-ST' (Saxony-Anhalt) or an ISO 3166-1 code such as 'DE'
        Sachsen  | calendar.holidays: ist „Sachsen“, erwartet ein Code nach ISO 3166-2 wie „DE-ST“ (Sachsen-Anhalt) oder ISO 3166-1 wie „DE“ / is 'Sachsen', expected an ISO 3166-2 code such as 'DE-ST' (Saxony-Anhalt) or an ISO 3166-1 code such as 'DE'
        """)
    void aHolidayCodeOfAnotherFormIsRejected(String code, String message) {
        assertThatThrownBy(() -> WorkCalendar.of(code)).isInstanceOf(InvalidDataException.class).hasMessage(message);
    }

    private static Meeting meeting(String id, String start) {
        return new Meeting(id, MeetingKind.WORKING_GROUP, "language", "Sitzung " + id, LocalDateTime.parse(start),
                null, "", List.of(), List.of());
    }

    private static List<String> daysOff(RulesProfile profile, WorkPlan plan) {
        return RuleChecks.checkWorkPlan(profile, plan).stream()
                .filter(f -> Rules.GO_5_1.reported(f) && f.severity() == Severity.WARNING)
                .map(f -> f.message() + " / " + f.messageEn()).toList();
    }
}
