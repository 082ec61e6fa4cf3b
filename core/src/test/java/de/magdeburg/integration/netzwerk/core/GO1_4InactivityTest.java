package de.magdeburg.integration.netzwerk.core;

import static de.magdeburg.integration.netzwerk.core.Fixtures.attendance;
import static de.magdeburg.integration.netzwerk.core.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class GO1_4InactivityTest {
    private static final String ORG = "Sprachcafé Nachbarschaft e. V.";

    private static Register admitted(LocalDate on) {
        return Register.empty().apply(signedOn(on), on).register();
    }

    // a declaration cannot take effect before it is signed (GO-1.2)
    private static Declaration signedOn(LocalDate day) {
        Declaration d = entry(ORG);
        return d.withSigning(d.place(), day, d.signatoryName());
    }

    private static List<String> candidates(Register r, LocalDate asOf, AttendanceRecord... records) {
        return r.inactiveCandidates(Fixtures.profile(), List.of(records), asOf).stream()
                .map(p -> p.organisation().name()).toList();
    }

    @ParameterizedTest(name = "last attended {1} days before {0} → candidate {2}")
    @CsvSource({
        "2027-06-15, 364, false",
        "2027-06-15, 365, true",
        "2027-06-15, 366, true",
        "2028-02-29, 364, false",
        "2028-02-29, 365, false",
        "2028-02-29, 366, true",
        "2028-03-01, 365, false",
        "2028-03-01, 366, true",
        "2027-02-28, 365, true",
        "2027-03-01, 365, true",
    })
    void aFullCalendarYearWithoutAttendanceMakesACandidate(LocalDate asOf, int daysAgo, boolean candidate) {
        Register r = admitted(asOf.minusYears(3));

        List<String> found = candidates(r, asOf, attendance(ORG, MeetingKind.WORKING_GROUP, asOf.minusDays(daysAgo),
                true));

        assertThat(found).isEqualTo(candidate ? List.of(ORG) : List.of());
    }

    @Test
    void onALeapDayThePeriodStartsAfterTheTwentyEighthOfFebruary() {
        Register r = admitted(LocalDate.of(2025, 1, 1));
        LocalDate asOf = LocalDate.of(2028, 2, 29);

        assertThat(candidates(r, asOf, attendance(ORG, MeetingKind.WORKING_GROUP, LocalDate.of(2027, 2, 28), true)))
                .containsExactly(ORG);
        assertThat(candidates(r, asOf, attendance(ORG, MeetingKind.WORKING_GROUP, LocalDate.of(2027, 3, 1), true)))
                .isEmpty();
    }

    @ParameterizedTest(name = "admitted {1} days before {0} → candidate {2}")
    @CsvSource({
        "2027-06-15, 364, false",
        "2027-06-15, 365, true",
        "2027-06-15, 366, true",
        "2028-02-29, 365, false",
        "2028-02-29, 366, true",
    })
    void partnersAdmittedLessThanAYearAgoAreExcepted(LocalDate asOf, int daysAgo, boolean candidate) {
        assertThat(candidates(admitted(asOf.minusDays(daysAgo)), asOf)).isEqualTo(candidate ? List.of(ORG) : List.of());
    }

    @ParameterizedTest(name = "attending a {0} meeting counts")
    @EnumSource(value = MeetingKind.class, names = {"WORKING_GROUP", "CROSS_GROUP", "PROJECT_GROUP"})
    void meetingsOfTheWorkingGroupsCount(MeetingKind kind) {
        LocalDate asOf = LocalDate.of(2027, 6, 15);

        assertThat(candidates(admitted(LocalDate.of(2025, 1, 1)), asOf, attendance(ORG, kind, asOf.minusMonths(2), true)))
                .isEmpty();
    }

    @Test
    void attendingOnlySpeakersRoundsDoesNotCount() {
        LocalDate asOf = LocalDate.of(2027, 6, 15);

        assertThat(candidates(admitted(LocalDate.of(2025, 1, 1)), asOf,
                attendance(ORG, MeetingKind.SPEAKERS_ROUND, asOf.minusMonths(2), true))).containsExactly(ORG);
    }

    @Test
    void beingAbsentOrExcusedDoesNotCount() {
        LocalDate asOf = LocalDate.of(2027, 6, 15);

        assertThat(candidates(admitted(LocalDate.of(2025, 1, 1)), asOf,
                attendance(ORG, MeetingKind.WORKING_GROUP, asOf.minusMonths(2), false))).containsExactly(ORG);
    }

    @Test
    void attendanceAfterTheDayOfTheCheckIsIgnored() {
        LocalDate asOf = LocalDate.of(2027, 6, 15);

        assertThat(candidates(admitted(LocalDate.of(2025, 1, 1)), asOf,
                attendance(ORG, MeetingKind.WORKING_GROUP, asOf.plusDays(1), true))).containsExactly(ORG);
        assertThat(candidates(admitted(LocalDate.of(2025, 1, 1)), asOf,
                attendance(ORG, MeetingKind.WORKING_GROUP, asOf, true))).isEmpty();
    }

    @Test
    void attendanceIsMatchedByTheOrganisationsKey() {
        LocalDate asOf = LocalDate.of(2027, 6, 15);

        assertThat(candidates(admitted(LocalDate.of(2025, 1, 1)), asOf,
                attendance("  sprachcafé   NACHBARSCHAFT e. V.", MeetingKind.WORKING_GROUP, asOf.minusDays(3), true)))
                .isEmpty();
    }

    @Test
    void removedPartnersAreNoCandidates() {
        Register r = admitted(LocalDate.of(2025, 1, 1)).removeInactive(ORG, LocalDate.of(2026, 6, 1), "").register();

        assertThat(candidates(r, LocalDate.of(2027, 6, 15))).isEmpty();
    }

    @Test
    void theInactivityPeriodComesFromTheProfile() {
        var twoYears = new RulesProfile.Limits(5, 1, 2, 1, 2, 2, 3, 2, 5);
        LocalDate asOf = LocalDate.of(2027, 6, 15);
        Register r = admitted(LocalDate.of(2024, 1, 1));
        List<AttendanceRecord> eighteenMonthsAgo = List.of(attendance(ORG, MeetingKind.WORKING_GROUP,
                asOf.minusMonths(18), true));

        assertThat(r.inactiveCandidates(Fixtures.profile(), eighteenMonthsAgo, asOf)).hasSize(1);
        assertThat(r.inactiveCandidates(Fixtures.profile(twoYears), eighteenMonthsAgo, asOf)).isEmpty();
    }

    @Test
    void removalIsAnExplicitStepInTheHistoryAndANewEntryReadmits() {
        LocalDate asOf = LocalDate.of(2027, 6, 15);
        Register r = admitted(LocalDate.of(2025, 1, 1));
        Partner candidate = r.inactiveCandidates(Fixtures.profile(), List.of(), asOf).get(0);

        RegisterUpdate removal = r.removeInactive(candidate.organisation().name(), asOf,
                "keine Teilnahme seit dem 01.01.2025");
        Register removed = removal.register();
        Register readmitted = removed.apply(signedOn(asOf.plusMonths(1)), asOf.plusMonths(1)).register();

        assertThat(removal.findings()).isEmpty();
        assertThat(removed.history()).last().satisfies(h -> {
            assertThat(h.action()).isEqualTo(HistoryAction.REMOVED_INACTIVE);
            assertThat(h.note()).isEqualTo("keine Teilnahme seit dem 01.01.2025");
            assertThat(h.declaration()).isNull();
        });
        assertThat(removed.mailingList()).isEmpty();
        assertThat(readmitted.mailingList()).extracting(Partner::joinedOn).containsExactly(asOf.plusMonths(1));
        assertThat(readmitted.inactiveCandidates(Fixtures.profile(), List.of(), asOf.plusMonths(2))).isEmpty();
        assertThat(Register.replay(readmitted.history())).isEqualTo(readmitted);
    }

    @Test
    void removingAPartnerThatIsNotActiveIsRefused() {
        Register r = admitted(LocalDate.of(2025, 1, 1));
        Register removed = r.removeInactive(ORG, LocalDate.of(2026, 6, 1), "").register();

        RegisterUpdate again = removed.removeInactive(ORG, LocalDate.of(2026, 7, 1), "");

        assertThat(again.rejected()).isTrue();
        assertThat(again.register()).isSameAs(removed);
        assertThat(again.findings()).singleElement().extracting(Finding::rule, Finding::message).containsExactly(
                "GO-1.4", "„Sprachcafé Nachbarschaft e. V.“ ist nicht als aktive*r Netzwerkpartner*in eingetragen.");
    }
}
