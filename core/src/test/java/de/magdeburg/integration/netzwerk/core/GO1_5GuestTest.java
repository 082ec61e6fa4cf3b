package de.magdeburg.integration.netzwerk.core;

import static de.magdeburg.integration.netzwerk.core.Fixtures.term;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GO1_5GuestTest {
    private static final Meeting LANGUAGE_MEETING = Fixtures.meeting(MeetingKind.WORKING_GROUP, "language",
            LocalDate.of(2027, 6, 10));
    private static final Meeting CROSS_GROUP = Fixtures.meeting(MeetingKind.CROSS_GROUP, "", LocalDate.of(2027, 6, 10));
    private static final List<SpeakerTerm> SPEAKERS = List.of(
            term("language", "Şükrü Yılmaz", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)),
            term("language", "Олена Шевченко", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 5, 31)),
            term("work_and_training", "Łukasz Żółć", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)));

    private static Guest guest(String registered, String approved, String... approvedBy) {
        return new Guest("Nguyễn Văn An", "Hội Người Việt Elbe e. V.", "Bericht über das Sprachcafé",
                registered == null ? null : LocalDate.parse(registered),
                approved == null ? null : LocalDate.parse(approved), List.of(approvedBy));
    }

    private static List<String> check(Meeting meeting, Guest guest) {
        return RuleChecks.checkGuest(Fixtures.profile(), meeting, guest, SPEAKERS).stream()
                .map(f -> f.severity() + " " + f.message()).toList();
    }

    @Test
    void registeredAndApprovedByASpeakerBeforeTheMeetingMayAttend() {
        assertThat(check(LANGUAGE_MEETING, guest("2027-05-01", "2027-05-20", "Şükrü Yılmaz"))).isEmpty();
    }

    @Test
    void registrationAndApprovalOnTheMeetingDayAreInTime() {
        assertThat(check(LANGUAGE_MEETING, guest("2027-06-10", "2027-06-10", "Şükrü Yılmaz"))).isEmpty();
    }

    @Test
    void speakersNamesAreComparedIgnoringCaseAndSpaces() {
        assertThat(check(LANGUAGE_MEETING, guest("2027-05-01", "2027-05-20", "  şükrü   yılmaz "))).isEmpty();
    }

    @Test
    void unregisteredGuestBreaksGo15() {
        assertThat(check(LANGUAGE_MEETING, guest(null, null))).containsExactly(
                "ERROR Der Gast „Nguyễn Văn An“ ist nicht bei dem/der Netzwerkkoordinator*in angemeldet und kann an "
                        + "„Sitzung der AG Sprache“ am 10.06.2027 nicht teilnehmen (§ 1 Abs. 5).",
                "ERROR Die Teilnahme des Gastes „Nguyễn Văn An“ an „Sitzung der AG Sprache“ am 10.06.2027 ist nicht "
                        + "mit den Sprecher*innen abgestimmt (§ 1 Abs. 5).");
    }

    @Test
    void registeredButNotApprovedGuestBreaksGo15() {
        assertThat(check(LANGUAGE_MEETING, guest("2027-05-01", null))).containsExactly(
                "ERROR Die Teilnahme des Gastes „Nguyễn Văn An“ an „Sitzung der AG Sprache“ am 10.06.2027 ist nicht "
                        + "mit den Sprecher*innen abgestimmt (§ 1 Abs. 5).");
    }

    @Test
    void registrationAndApprovalAfterTheMeetingBreakGo15() {
        assertThat(check(LANGUAGE_MEETING, guest("2027-06-11", "2027-06-12", "Şükrü Yılmaz"))).containsExactly(
                "ERROR Der Gast „Nguyễn Văn An“ wurde erst am 11.06.2027 angemeldet, nach „Sitzung der AG Sprache“ "
                        + "am 10.06.2027 (§ 1 Abs. 5).",
                "ERROR Die Teilnahme des Gastes „Nguyễn Văn An“ wurde erst am 12.06.2027 abgestimmt, nach „Sitzung "
                        + "der AG Sprache“ am 10.06.2027 (§ 1 Abs. 5).");
    }

    @Test
    void approvalOnlyAfterTheMeetingBreaksGo15() {
        assertThat(check(LANGUAGE_MEETING, guest("2027-05-01", "2027-06-11", "Şükrü Yılmaz")))
                .singleElement().asString().startsWith("ERROR Die Teilnahme des Gastes „Nguyễn Văn An“ wurde erst am "
                        + "11.06.2027 abgestimmt");
    }

    @Test
    void approvalByNoSpeakerOfTheGroupBreaksGo15() {
        assertThat(check(LANGUAGE_MEETING, guest("2027-05-01", "2027-05-20", "Łukasz Żółć"))).containsExactly(
                "WARNING „Łukasz Żółć“ hat der Teilnahme des Gastes „Nguyễn Văn An“ zugestimmt, war am 20.05.2027 "
                        + "aber nicht Sprecher*in der AG „Sprache“ (§ 1 Abs. 5).",
                "ERROR Der Teilnahme des Gastes „Nguyễn Văn An“ hat keine Sprecher*in der AG „Sprache“ zugestimmt "
                        + "(zugestimmt haben: Łukasz Żółć; am 20.05.2027) (§ 1 Abs. 5).");
    }

    @Test
    void approvalWithoutAnyApproverBreaksGo15() {
        assertThat(check(LANGUAGE_MEETING, guest("2027-05-01", "2027-05-20"))).containsExactly(
                "ERROR Der Teilnahme des Gastes „Nguyễn Văn An“ hat keine Sprecher*in der AG „Sprache“ zugestimmt "
                        + "(zugestimmt haben: –; am 20.05.2027) (§ 1 Abs. 5).");
    }

    @Test
    void approvalByASpeakerWhoseTermHadEndedBreaksGo15() {
        assertThat(check(LANGUAGE_MEETING, guest("2027-05-01", "2027-06-01", "Олена Шевченко")))
                .hasSize(2).last().asString().startsWith("ERROR Der Teilnahme des Gastes");
        assertThat(check(LANGUAGE_MEETING, guest("2027-05-01", "2027-05-31", "Олена Шевченко"))).isEmpty();
    }

    @Test
    void anApproverWhoIsNoSpeakerBesideASpeakerIsOnlyAWarning() {
        assertThat(check(LANGUAGE_MEETING, guest("2027-05-01", "2027-05-20", "Şükrü Yılmaz", "Max Mustermann")))
                .singleElement().asString().startsWith("WARNING „Max Mustermann“ hat der Teilnahme");
    }

    @Test
    void atACrossGroupMeetingASpeakerOfAnyGroupMayApprove() {
        assertThat(check(CROSS_GROUP, guest("2027-05-01", "2027-05-20", "Łukasz Żółć"))).isEmpty();
        assertThat(check(CROSS_GROUP, guest("2027-05-01", "2027-05-20", "Max Mustermann"))).containsExactly(
                "WARNING „Max Mustermann“ hat der Teilnahme des Gastes „Nguyễn Văn An“ zugestimmt, war am 20.05.2027 "
                        + "aber nicht Sprecher*in einer Arbeitsgruppe (§ 1 Abs. 5).",
                "ERROR Der Teilnahme des Gastes „Nguyễn Văn An“ hat keine Sprecher*in einer Arbeitsgruppe zugestimmt "
                        + "(zugestimmt haben: Max Mustermann; am 20.05.2027) (§ 1 Abs. 5).");
    }

    @Test
    void findingsNameTheMeetingAndTheGuestAsSubjectAndHaveEnglishText() {
        List<Finding> findings = RuleChecks.checkGuest(Fixtures.profile(), LANGUAGE_MEETING, guest(null, null), SPEAKERS);

        assertThat(findings).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("GO-1.5");
            assertThat(f.field()).isEqualTo(LANGUAGE_MEETING.id() + "/Nguyễn Văn An");
        });
        assertThat(findings.get(0).messageEn()).isEqualTo("The guest \"Nguyễn Văn An\" is not registered with the "
                + "coordinator and cannot attend \"Sitzung der AG Sprache\" on 10.06.2027 (§ 1(5)).");
    }
}
