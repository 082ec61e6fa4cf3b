package de.magdeburg.integration.netzwerk.core;

import static de.magdeburg.integration.netzwerk.core.Fixtures.declaration;
import static de.magdeburg.integration.netzwerk.core.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GO-1.2 (joining by declaration) and GO-1.3 (the coordinator's register), mailing lists and portal listing. */
class RegisterTest {
    private static final String ORG = "Beispielverein Brücken e. V.";
    private static final LocalDate D1 = LocalDate.of(2027, 1, 10);
    private static final LocalDate D2 = LocalDate.of(2027, 2, 10);
    private static final LocalDate D3 = LocalDate.of(2027, 3, 10);

    private static Register with(Declaration d, LocalDate on) {
        RegisterUpdate u = Register.empty().apply(d, on);
        assertThat(u.findings()).isEmpty();
        return u.register();
    }

    @Test
    void entryAdmitsThePartnerAndRecordsItInTheHistory() {
        Register r = with(entry(ORG), D1);

        assertThat(r.activePartners()).singleElement().satisfies(p -> {
            assertThat(p.organisation().name()).isEqualTo(ORG);
            assertThat(p.status()).isEqualTo(PartnerStatus.ACTIVE);
            assertThat(p.joinedOn()).isEqualTo(D1);
            assertThat(p.representatives()).containsExactly(Fixtures.representative(0));
            assertThat(p.workingGroups()).containsExactly("language");
        });
        assertThat(r.history()).singleElement().satisfies(h -> {
            assertThat(h.sequence()).isEqualTo(1);
            assertThat(h.action()).isEqualTo(HistoryAction.ADMITTED);
            assertThat(h.declaration()).isEqualTo(entry(ORG));
            assertThat(h.date()).isEqualTo(D1);
        });
    }

    @Test
    void secondEntryForARegisteredOrganisationIsRefusedNotOverwritten() {
        Register r = with(entry(ORG), D1);

        RegisterUpdate u = r.apply(declaration(RequestType.ENTRY, "beispielverein  BRÜCKEN e. V.", 3, List.of(), false), D2);

        assertThat(u.rejected()).isTrue();
        assertThat(u.register()).isSameAs(r);
        assertThat(u.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("GO-1.2");
            assertThat(f.field()).isEqualTo("beispielverein brücken e. v.");
            assertThat(f.message()).isEqualTo("„beispielverein  BRÜCKEN e. V.“ ist bereits als Netzwerkpartner*in "
                    + "eingetragen; für geänderte Daten ist eine Änderungserklärung nötig.");
        });
    }

    @Test
    void changeUpdatesDataButKeepsTheAdmissionDay() {
        Register r = with(entry(ORG), D1)
                .apply(declaration(RequestType.CHANGE, ORG, 4, List.of("work_and_training"), false), D2).register();

        assertThat(r.activePartners()).singleElement().satisfies(p -> {
            assertThat(p.joinedOn()).isEqualTo(D1);
            assertThat(p.representatives()).containsExactly(Fixtures.representative(4));
            assertThat(p.workingGroups()).containsExactly("work_and_training");
            assertThat(p.listOnPortal()).isFalse();
        });
        assertThat(r.history()).extracting(HistoryEntry::action)
                .containsExactly(HistoryAction.ADMITTED, HistoryAction.CHANGED);
    }

    @Test
    void changeForAnUnknownOrganisationIsRefused() {
        RegisterUpdate u = Register.empty().apply(declaration(RequestType.CHANGE, ORG, 0, List.of(), true), D1);

        assertThat(u.findings()).singleElement().extracting(Finding::rule, Finding::message).containsExactly("GO-1.3",
                "„Beispielverein Brücken e. V.“ ist nicht in der Übersicht eingetragen; eine Änderung ist nicht möglich.");
        assertThat(u.register()).isEqualTo(Register.empty());
    }

    @Test
    void deletionRemovesFromRegisterAndMailingListButKeepsTheHistory() {
        Register r = with(entry(ORG), D1).apply(declaration(RequestType.DELETION, ORG, 0, List.of(), false), D2)
                .register();

        assertThat(r.activePartners()).isEmpty();
        assertThat(r.mailingList()).isEmpty();
        assertThat(r.mailingList("language")).isEmpty();
        assertThat(r.portalListing()).isEmpty();
        assertThat(r.findPartner(ORG)).get().satisfies(p -> {
            assertThat(p.status()).isEqualTo(PartnerStatus.DELETED);
            assertThat(p.removedOn()).isEqualTo(D2);
        });
        assertThat(r.history()).extracting(HistoryEntry::action)
                .containsExactly(HistoryAction.ADMITTED, HistoryAction.DELETED);
    }

    @Test
    void deletionOfAnOrganisationAlreadyRemovedIsRefused() {
        Register r = with(entry(ORG), D1).apply(declaration(RequestType.DELETION, ORG, 0, List.of(), false), D2)
                .register();

        RegisterUpdate u = r.apply(declaration(RequestType.DELETION, ORG, 0, List.of(), false), D3);

        assertThat(u.register()).isSameAs(r);
        assertThat(u.findings()).singleElement().extracting(Finding::message).isEqualTo(
                "„Beispielverein Brücken e. V.“ ist nicht (mehr) in der Übersicht eingetragen; eine Löschung ist nicht "
                        + "möglich.");
    }

    @Test
    void declarationWithoutOrganisationIsRefused() {
        RegisterUpdate u = Register.empty().apply(Declaration.of(RequestType.ENTRY, new Organisation(" ", "", "", "")),
                D1);

        assertThat(u.rejected()).isTrue();
        assertThat(u.register()).isSameAs(Register.empty());
        assertThat(u.findings()).first().extracting(Finding::field, Finding::message)
                .containsExactly("organisation_name", "Der Name der Organisation fehlt.");
    }

    @Test
    void newEntryAfterDeletionReadmits() {
        Register r = with(entry(ORG), D1).apply(declaration(RequestType.DELETION, ORG, 0, List.of(), false), D2)
                .register().apply(entry(ORG), D3).register();

        assertThat(r.activePartners()).singleElement().extracting(Partner::joinedOn, Partner::removedOn)
                .containsExactly(D3, null);
        assertThat(r.history()).extracting(HistoryEntry::action)
                .containsExactly(HistoryAction.ADMITTED, HistoryAction.DELETED, HistoryAction.ADMITTED);
    }

    @Test
    void newEntryAfterRemovalForInactivityReadmits() {
        Register r = with(entry(ORG), D1).removeInactive(ORG, D2, "").register().apply(entry(ORG), D3).register();

        assertThat(r.mailingList()).extracting(Partner::joinedOn).containsExactly(D3);
        assertThat(r.history()).extracting(HistoryEntry::action)
                .containsExactly(HistoryAction.ADMITTED, HistoryAction.REMOVED_INACTIVE, HistoryAction.ADMITTED);
    }

    @Test
    void changeAfterRemovalIsRefused() {
        Register r = with(entry(ORG), D1).removeInactive(ORG, D2, "").register();

        assertThat(r.apply(declaration(RequestType.CHANGE, ORG, 0, List.of(), true), D3).rejected()).isTrue();
    }

    @Test
    void replayingTheHistoryGivesTheSameRegister() {
        Register r = Fixtures.register(12).apply(declaration(RequestType.DELETION, Fixtures.organisationName(3), 0,
                List.of(), false), D2).register().removeInactive(Fixtures.organisationName(5), D3, "").register();

        assertThat(Register.replay(r.history())).isEqualTo(r);
    }

    @Test
    void replayRefusesAGapInTheSequence() {
        List<HistoryEntry> h = Fixtures.register(3).history();
        List<HistoryEntry> gap = List.of(h.get(0), h.get(2));

        assertThatThrownBy(() -> Register.replay(gap)).isInstanceOf(InvalidDataException.class)
                .hasMessage("$.history[1]: sequence 3 where 2 was expected");
    }

    @Test
    void replayRefusesAnEntryTheRegisterWouldRefuse() {
        HistoryEntry first = Fixtures.register(1).history().get(0);
        HistoryEntry twice = new HistoryEntry(2, D2, HistoryAction.ADMITTED, first.partnerKey(), first.declaration(), "");

        assertThatThrownBy(() -> Register.replay(List.of(first, twice))).isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith("$.history[1]: cannot be replayed: „Beispielverein Brücken e. V.“ ist bereits");
    }

    @Test
    void mailingListsHoldActivePartnersNetworkWideAndPerGroup() {
        Register r = Fixtures.register(6).apply(declaration(RequestType.DELETION, Fixtures.organisationName(0), 0,
                List.of(), false), D2).register();

        assertThat(r.mailingList()).hasSize(5).allSatisfy(p -> assertThat(p.isActive()).isTrue());
        assertThat(r.mailingList("work_and_training")).extracting(p -> p.organisation().name())
                .containsExactly(Fixtures.organisationName(3));
        assertThat(r.mailingList("language")).extracting(p -> p.organisation().name()).containsExactlyInAnyOrder(
                Fixtures.organisationName(2), Fixtures.organisationName(4), Fixtures.organisationName(5));
        assertThat(r.mailingList("no_such_group")).isEmpty();
    }

    @Test
    void portalListingHasOnlyConsentingActivePartnersAndNoPersonalData() {
        Register r = Fixtures.register(9);

        List<PortalEntry> listing = r.portalListing();

        // partners 0, 4 and 8 did not consent
        assertThat(listing).extracting(PortalEntry::organisation).doesNotContain(Fixtures.organisationName(0),
                Fixtures.organisationName(4), Fixtures.organisationName(8)).hasSize(6);
        assertThat(listing.get(0)).isEqualTo(new PortalEntry(r.findPartner(listing.get(0).organisation()).orElseThrow()
                .organisation().name(), "Magdeburg", r.findPartner(listing.get(0).organisation()).orElseThrow()
                .workingGroups()));
        String json = JsonCodec.PORTAL_LISTING.toJson(listing);
        for (int i = 0; i < 9; i++) {
            Representative p = Fixtures.representative(i);
            assertThat(json).doesNotContain(p.lastName(), p.email(), p.phone(), "Breiter Weg", "39104");
        }
    }

    @Test
    void listsAreSortedByOrganisationNameIgnoringCase() {
        Register r = Register.empty().apply(entry("zebra e. V."), D1).register().apply(entry("Alpha e. V."), D1)
                .register().apply(entry("beta e. V."), D1).register();

        assertThat(r.mailingList()).extracting(p -> p.organisation().name())
                .containsExactly("Alpha e. V.", "beta e. V.", "zebra e. V.");
        assertThat(r.portalListing()).extracting(PortalEntry::organisation)
                .containsExactly("Alpha e. V.", "beta e. V.", "zebra e. V.");
    }

    @Test
    void partnersAreInOrderOfFirstAdmissionSoRegisterFilesAreReproducible() {
        Register r = Fixtures.register(12).apply(declaration(RequestType.DELETION, Fixtures.organisationName(0), 0,
                List.of(), false), D2).register().apply(entry(Fixtures.organisationName(0)), D3).register();

        assertThat(r.partners()).extracting(p -> p.organisation().name())
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 12)
                        .mapToObj(Fixtures::organisationName).toList());
    }
}
