package de.magdeburg.integration.netzwerk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GO-1.5 (§1(5)) decided with the speakers and guests the register keeps. */
class GO1_5GuestAdmissionTest {
    private static final LocalDate FROM = LocalDate.of(2025, 3, 1);
    private static final LocalDate TO = LocalDate.of(2027, 2, 28);
    private static final Meeting MEETING = Fixtures.meeting(MeetingKind.WORKING_GROUP, "language",
            LocalDate.of(2026, 12, 3));

    private static Register speakers() {
        Register r = Register.empty();
        for (String name : List.of("Agnieszka Kowalczyk", "Şükrü Yılmaz")) {
            r = r.record(Fixtures.profile(), new NetworkChange.ElectSpeaker(new SpeakerTerm("language", name, "",
                    FROM, TO), "", FROM, "Sitzung der AG Sprache", "")).register();
        }
        return r;
    }

    private static Guest guest(String name, LocalDate approvedOn, String... approvedBy) {
        return new Guest(name, "Hochschule Magdeburg-Stendal", "Kurzvortrag", LocalDate.of(2026, 11, 6), approvedOn,
                List.of(approvedBy));
    }

    @Test
    void guestApprovedByTheRegistersSpeakersIsAdmitted() {
        Meeting m = MEETING.withGuests(List.of(guest("Dr. Amina Rahman", LocalDate.of(2026, 11, 12),
                "Agnieszka Kowalczyk", "Şükrü Yılmaz")));

        GuestAdmission a = GuestAdmission.check(Fixtures.profile(), m, speakers());

        assertThat(a.meeting().guests()).extracting(Guest::name).containsExactly("Dr. Amina Rahman");
        assertThat(a.leftOff()).isEmpty();
        assertThat(a.findings()).isEmpty();
    }

    @Test
    void unapprovedGuestIsLeftOffWithGo15Finding() {
        Meeting m = MEETING.withGuests(List.of(guest("Dr. Amina Rahman", LocalDate.of(2026, 11, 12),
                "Agnieszka Kowalczyk"), guest("Nicht Freigegeben", null)));

        GuestAdmission a = GuestAdmission.check(Fixtures.profile(), m, speakers());

        assertThat(a.meeting().guests()).extracting(Guest::name).containsExactly("Dr. Amina Rahman");
        assertThat(a.leftOff()).extracting(Guest::name).containsExactly("Nicht Freigegeben");
        assertThat(a.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.rule()).isEqualTo("GO-1.5");
            assertThat(f.field()).isEqualTo(MEETING.id() + "/Nicht Freigegeben");
            assertThat(f.message()).isEqualTo("Die Teilnahme des Gastes „Nicht Freigegeben“ an „Sitzung der AG "
                    + "Sprache“ am 03.12.2026 ist nicht mit den Sprecher*innen abgestimmt (§ 1 Abs. 5).");
        });
    }

    @Test
    void withoutSpeakersInTheRegisterNoApprovalIsConfirmed() {
        Meeting m = MEETING.withGuests(List.of(guest("Dr. Amina Rahman", LocalDate.of(2026, 11, 12),
                "Agnieszka Kowalczyk", "Şükrü Yılmaz")));

        GuestAdmission a = GuestAdmission.check(Fixtures.profile(), m, Register.empty());

        assertThat(a.leftOff()).extracting(Guest::name).containsExactly("Dr. Amina Rahman");
        assertThat(a.findings()).extracting(Finding::rule).containsOnly("GO-1.5");
    }

    @Test
    void guestRegisteredAndApprovedInTheRegisterIsAdmitted() {
        Register r = speakers();
        r = r.record(Fixtures.profile(), new NetworkChange.RegisterGuest(new GuestNotice(MEETING.id(),
                "Nguyễn Văn An", "Hội Người Việt Elbe e. V.", "Bericht"), LocalDate.of(2026, 11, 2), "Koordination",
                "")).register();
        RegisterUpdate u = r.record(Fixtures.profile(), new NetworkChange.ApproveGuest(MEETING.id(), "nguyễn văn an",
                "Şükrü Yılmaz", LocalDate.of(2026, 11, 5), ""));
        assertThat(u.findings()).isEmpty();

        GuestAdmission a = GuestAdmission.check(Fixtures.profile(), MEETING, u.register());

        assertThat(a.meeting().guests()).singleElement().satisfies(g -> {
            assertThat(g.name()).isEqualTo("Nguyễn Văn An");
            assertThat(g.registeredOn()).isEqualTo(LocalDate.of(2026, 11, 2));
            assertThat(g.approvedOn()).isEqualTo(LocalDate.of(2026, 11, 5));
            assertThat(g.approvedBy()).containsExactly("Şükrü Yılmaz");
        });
        assertThat(u.register().history()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(HistoryAction.GUEST_APPROVED);
            assertThat(e.by()).isEqualTo("Şükrü Yılmaz");
        });
    }

    @Test
    void approvalOfAnUnregisteredGuestIsRefused() {
        RegisterUpdate u = speakers().record(Fixtures.profile(), new NetworkChange.ApproveGuest(MEETING.id(),
                "Nguyễn Văn An", "Şükrü Yılmaz", LocalDate.of(2026, 11, 5), ""));

        assertThat(u.rejected()).isTrue();
        assertThat(u.findings()).extracting(Finding::message).containsExactly("Der Gast „Nguyễn Văn An“ ist für die "
                + "Sitzung „" + MEETING.id() + "“ nicht angemeldet; zustimmen lässt sich erst nach der Anmeldung "
                + "(§ 1 Abs. 5).");
    }

    @Test
    void approvalBySomeoneWhoIsNoSpeakerIsRecordedWithAWarning() {
        Register r = speakers().record(Fixtures.profile(), new NetworkChange.RegisterGuest(new GuestNotice(
                MEETING.id(), "Nguyễn Văn An", "", ""), LocalDate.of(2026, 11, 2), "", "")).register();

        RegisterUpdate u = r.record(Fixtures.profile(), new NetworkChange.ApproveGuest(MEETING.id(), "Nguyễn Văn An",
                "Erika Mustermann", LocalDate.of(2026, 11, 5), ""));

        assertThat(u.rejected()).isFalse();
        assertThat(u.findings()).extracting(Finding::message).containsExactly("Erika Mustermann stimmt der Teilnahme "
                + "des Gastes „Nguyễn Văn An“ zu, ist am 05.11.2026 laut Übersicht aber nicht Sprecher*in einer "
                + "Arbeitsgruppe (§ 1 Abs. 5).");
        assertThat(GuestAdmission.check(Fixtures.profile(), MEETING, u.register()).leftOff()).hasSize(1);
    }
}
