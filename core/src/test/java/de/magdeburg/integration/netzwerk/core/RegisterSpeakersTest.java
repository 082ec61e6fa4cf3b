package de.magdeburg.integration.netzwerk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GO-4.3 (§4(3)) and GO-4.2 (§4(2)) as the register records them: elections, successions, early ends, new groups. */
class RegisterSpeakersTest {
    private static final LocalDate FROM = LocalDate.of(2025, 3, 1);
    private static final LocalDate TO = LocalDate.of(2027, 2, 28);

    private static NetworkChange elect(String name, LocalDate from, LocalDate to, String succeeds) {
        return new NetworkChange.ElectSpeaker(new SpeakerTerm("language", name, "", from, to), succeeds, from,
                "Sitzung der AG Sprache", "");
    }

    private static Register recorded(Register r, NetworkChange c) {
        RegisterUpdate u = r.record(Fixtures.profile(), c);
        assertThat(u.findings()).isEmpty();
        return u.register();
    }

    private static Register twoSpeakers() {
        return recorded(recorded(Register.empty(), elect("Agnieszka Kowalczyk", FROM, TO, "")),
                elect("Şükrü Yılmaz", FROM, TO, ""));
    }

    @Test
    void electedSpeakersAreTheRegistersTermsWithWhoAndWhenInTheHistory() {
        Register r = twoSpeakers();

        assertThat(r.speakerTerms()).extracting(SpeakerTerm::name).containsExactly("Agnieszka Kowalczyk", "Şükrü Yılmaz");
        assertThat(r.history()).last().satisfies(e -> {
            assertThat(e.sequence()).isEqualTo(2);
            assertThat(e.action()).isEqualTo(HistoryAction.SPEAKER_ELECTED);
            assertThat(e.date()).isEqualTo(FROM);
            assertThat(e.by()).isEqualTo("Sitzung der AG Sprache");
            assertThat(e.speaker().to()).isEqualTo(TO);
        });
        assertThat(Register.replay(r.history())).isEqualTo(r);
    }

    @Test
    void speakerTermEndingWithoutSuccessorGivesGo43Warning() {
        RegisterUpdate u = twoSpeakers().record(Fixtures.profile(), new NetworkChange.EndTerm("language",
                "Şükrü Yılmaz", LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 1), "Koordination", "Rücktritt"));

        assertThat(u.rejected()).isFalse();
        assertThat(u.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.rule()).isEqualTo("GO-4.3");
            assertThat(f.message()).isEqualTo("Nach dem Ende der Amtszeit von Şükrü Yılmaz am 30.06.2026 hat die AG "
                    + "„Sprache“ 1 Sprecher*innen mit gültiger Amtszeit; vorgesehen sind 2, eine Nachfolge ist zu "
                    + "wählen/benennen (§ 4 Abs. 3).");
            assertThat(f.messageEn()).isEqualTo("After the term of Şükrü Yılmaz ends on 30.06.2026, the working group "
                    + "\"Sprache\" has 1 speakers with a valid term; 2 are required, a successor must be elected or "
                    + "named (§ 4(3)).");
        });
        assertThat(u.register().speakerTerms()).filteredOn(t -> t.name().equals("Şükrü Yılmaz"))
                .singleElement().extracting(SpeakerTerm::to).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void successorEndsThePredecessorsTermTheDayBefore() {
        LocalDate from = LocalDate.of(2026, 7, 1);
        Register r = recorded(twoSpeakers(), elect("Jovana Petrović", from, LocalDate.of(2028, 6, 30), "Şükrü Yılmaz"));

        assertThat(r.history()).extracting(HistoryEntry::action).endsWith(HistoryAction.SPEAKER_LEFT,
                HistoryAction.SPEAKER_ELECTED);
        assertThat(RuleChecks.checkSpeakers(Fixtures.profile(), "language", r.speakerTerms(), from)).isEmpty();
        assertThat(r.speakerTerms()).filteredOn(t -> t.name().equals("Şükrü Yılmaz"))
                .singleElement().extracting(SpeakerTerm::to).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void aThirdSpeakerIsRefused() {
        RegisterUpdate u = twoSpeakers().record(Fixtures.profile(), elect("Jovana Petrović", LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31), ""));

        assertThat(u.rejected()).isTrue();
        assertThat(u.register()).isEqualTo(twoSpeakers());
        assertThat(u.findings()).extracting(Finding::message).containsExactly("Die AG „Sprache“ hat am 01.01.2026 3 "
                + "Sprecher*innen mit gültiger Amtszeit; vorgesehen sind 2 (§ 4 Abs. 3).");
    }

    @Test
    void aTermLongerThanTwoYearsIsRefused() {
        RegisterUpdate u = Register.empty().record(Fixtures.profile(), elect("Agnieszka Kowalczyk", FROM,
                LocalDate.of(2027, 3, 1), ""));

        assertThat(u.rejected()).isTrue();
        assertThat(u.findings()).extracting(Finding::rule).containsExactly("GO-4.3");
    }

    @Test
    void aSpeakerOfAnUnknownGroupIsRefused() {
        RegisterUpdate u = Register.empty().record(Fixtures.profile(), new NetworkChange.ElectSpeaker(
                new SpeakerTerm("health", "Agnieszka Kowalczyk", "", FROM, TO), "", FROM, "", ""));

        assertThat(u.findings()).extracting(Finding::message).containsExactly("Die Arbeitsgruppe „health“ gibt es "
                + "weder in der Geschäftsordnung noch als gegründete AG; Agnieszka Kowalczyk kann dort nicht "
                + "Sprecher*in werden (§ 4 Abs. 3).");
    }

    @Test
    void aGroupFoundedByFiveOrganisationsGetsSpeakers() {
        var founding = new WorkingGroupFounding("health", "Gesundheit",
                List.of("Verein 1", "Verein 2", "Verein 3", "Verein 4", "Verein 5"));
        Register r = recorded(Register.empty(), new NetworkChange.FoundGroup(founding, FROM, "Koordination", ""));
        r = recorded(r, new NetworkChange.ElectSpeaker(new SpeakerTerm("health", "Kwame Mensah", "Verein 1", FROM, TO),
                "", FROM, "Gründungssitzung", ""));

        assertThat(r.foundedGroups()).containsExactly(founding);
        assertThat(r.speakerTerms()).extracting(SpeakerTerm::groupId).containsExactly("health");
        assertThat(Register.replay(r.history())).isEqualTo(r);
    }

    @Test
    void aDeclarationJoiningAGroupFoundedInTheRegisterIsAdmittedWithoutGo41() {
        var founding = new WorkingGroupFounding("health", "Gesundheit",
                List.of("Verein 1", "Verein 2", "Verein 3", "Verein 4", "Verein 5"));
        Register r = recorded(Register.empty(), new NetworkChange.FoundGroup(founding, FROM, "Koordination", ""));
        Declaration joining = Fixtures.declaration(RequestType.ENTRY, "Verein 6", 0, List.of("health"), false);

        RegisterUpdate u = r.apply(Fixtures.profile(), joining, Fixtures.DAY.plusDays(1));

        assertThat(u.findings()).noneMatch(Rules.GO_4_1::reported);
        assertThat(u.rejected()).isFalse();
        assertThat(Register.empty().apply(Fixtures.profile(), joining, Fixtures.DAY.plusDays(1)).findings())
                .anyMatch(Rules.GO_4_1::reported);
    }

    @Test
    void aGroupOfFourOrganisationsIsRefusedWithGo42() {
        var founding = new WorkingGroupFounding("health", "Gesundheit", List.of("Verein 1", "Verein 2", "Verein 3",
                "Verein 4"));
        RegisterUpdate u = Register.empty().record(Fixtures.profile(), new NetworkChange.FoundGroup(founding, FROM, "", ""));

        assertThat(u.rejected()).isTrue();
        assertThat(u.register().foundedGroups()).isEmpty();
        assertThat(u.findings()).extracting(Finding::message).containsExactly("Für die neue AG „Gesundheit“ haben "
                + "Vertreter*innen von 4 verschiedenen Organisationen ihre Bereitschaft erklärt; nötig sind "
                + "mindestens 5 (§ 4 Abs. 2).");
    }

    @Test
    void aSpeakersRoundExpectsTheSpeakersOrganisations() {
        Register r = Fixtures.register(6);
        String org = r.activePartners().get(2).organisation().name();
        r = recorded(r, new NetworkChange.ElectSpeaker(new SpeakerTerm("language", "Agnieszka Kowalczyk", org, FROM, TO),
                "", FROM, "", ""));

        Meeting round = Fixtures.meeting(MeetingKind.SPEAKERS_ROUND, "", LocalDate.of(2026, 3, 4));
        assertThat(r.expectedAt(round)).extracting(p -> p.organisation().name()).containsExactly(org);
        assertThat(r.expectedAt(Fixtures.meeting(MeetingKind.CROSS_GROUP, "", LocalDate.of(2026, 3, 4))))
                .hasSize(6);
    }
}
