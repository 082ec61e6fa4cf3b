package de.magdeburg.integration.netzwerk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the register (GO-1.2, GO-1.3, GO-1.4) under any sequence of declarations and removals. */
class RegisterPropertiesTest {

    /** One change: a declaration of some kind, or a removal for inactivity. */
    record Step(int kind, int organisation, boolean shout, int person, int groups, boolean portal, int days) {
        RegisterUpdate applyTo(Register r, LocalDate on) {
            String name = Fixtures.organisationName(organisation);
            // the register must treat "VEREIN X" and "Verein X" as one partner
            if (shout) {
                name = name.toUpperCase(Locale.ROOT);
            }
            if (kind == 3) {
                return r.removeInactive(name, on, "keine Teilnahme");
            }
            List<String> g = new ArrayList<>();
            for (int i = 0; i < Fixtures.GROUPS.size(); i++) {
                if ((groups & (1 << i)) != 0) {
                    g.add(Fixtures.GROUPS.get(i));
                }
            }
            return r.apply(Fixtures.declaration(RequestType.values()[kind], name, person, g, portal), on);
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 5),
                Arbitraries.of(true, false).injectDuplicates(0.8),
                Arbitraries.integers().between(0, Fixtures.PEOPLE.size() - 1),
                Arbitraries.integers().between(0, 7),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 400)).as(Step::new);
        return step.list().ofMaxSize(40);
    }

    private static List<Register> run(List<Step> steps) {
        var registers = new ArrayList<Register>();
        Register r = Register.empty();
        LocalDate day = LocalDate.of(2017, 1, 1);
        registers.add(r);
        for (Step s : steps) {
            day = day.plusDays(s.days());
            r = s.applyTo(r, day).register();
            registers.add(r);
        }
        return registers;
    }

    @Property(tries = 400)
    void replayingTheHistoryGivesAnEqualRegister(@ForAll("steps") List<Step> steps) {
        Register r = run(steps).get(steps.size());

        assertThat(Register.replay(r.history())).isEqualTo(r);
    }

    @Property(tries = 400)
    void registerFileRoundTripsThroughJson(@ForAll("steps") List<Step> steps) {
        Register r = run(steps).get(steps.size());

        assertThat(JsonCodec.REGISTER.read(JsonCodec.REGISTER.toJson(r).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(r);
    }

    @Property(tries = 400)
    void historyIsAppendOnlyAndRefusalsChangeNothing(@ForAll("steps") List<Step> steps) {
        List<Register> rs = run(steps);
        for (int i = 1; i < rs.size(); i++) {
            Register before = rs.get(i - 1);
            Register after = rs.get(i);
            int added = after.history().size() - before.history().size();
            assertThat(added).isBetween(0, 1);
            assertThat(after.history().subList(0, before.history().size())).isEqualTo(before.history());
            if (added == 0) {
                assertThat(after).isSameAs(before);
            }
        }
    }

    @Property(tries = 400)
    void noPartnerDisappearsWithoutADeletionOrInactivityRemoval(@ForAll("steps") List<Step> steps) {
        List<Register> rs = run(steps);
        for (int i = 1; i < rs.size(); i++) {
            Register before = rs.get(i - 1);
            Register after = rs.get(i);
            Set<String> everBefore = keys(before.partners());
            assertThat(keys(after.partners())).containsAll(everBefore);
            for (Partner p : before.activePartners()) {
                if (!keys(after.activePartners()).contains(p.key())) {
                    HistoryEntry last = after.history().get(after.history().size() - 1);
                    assertThat(last.partnerKey()).isEqualTo(p.key());
                    assertThat(last.action()).isIn(HistoryAction.DELETED, HistoryAction.REMOVED_INACTIVE);
                }
            }
        }
    }

    @Property(tries = 400)
    void mailingListsAreTheActivePartners(@ForAll("steps") List<Step> steps) {
        Register r = run(steps).get(steps.size());

        assertThat(r.mailingList()).isEqualTo(r.activePartners())
                .allSatisfy(p -> assertThat(p.status()).isEqualTo(PartnerStatus.ACTIVE));
        for (String g : Fixtures.GROUPS) {
            assertThat(r.mailingList(g)).isEqualTo(r.activePartners().stream().filter(p -> p.isMemberOf(g)).toList());
        }
    }

    @Property(tries = 400)
    void portalListingHasOnlyConsentingActivePartnersAndNoPersonalData(@ForAll("steps") List<Step> steps) {
        Register r = run(steps).get(steps.size());
        Set<String> allowed = r.activePartners().stream().filter(Partner::listOnPortal)
                .map(p -> p.organisation().name()).collect(Collectors.toSet());

        List<PortalEntry> listing = r.portalListing();

        assertThat(listing).extracting(PortalEntry::organisation).containsExactlyInAnyOrderElementsOf(allowed);
        String json = JsonCodec.PORTAL_LISTING.toJson(listing);
        for (Partner p : r.partners()) {
            for (Representative rep : p.representatives()) {
                assertThat(json).doesNotContain(rep.lastName(), rep.firstName(), rep.phone(), rep.email());
            }
            assertThat(json).doesNotContain(p.organisation().street(), p.organisation().postalCode());
        }
    }

    private static Set<String> keys(List<Partner> partners) {
        return partners.stream().map(Partner::key).collect(Collectors.toSet());
    }
}
