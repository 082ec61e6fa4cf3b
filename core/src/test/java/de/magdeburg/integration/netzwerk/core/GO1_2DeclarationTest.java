package de.magdeburg.integration.netzwerk.core;

import static de.magdeburg.integration.netzwerk.core.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The content of a declaration is judged in core, and the register refuses what breaks it. */
class GO1_2DeclarationTest {
    private static final String ORG = "Beispielverein Brücken e. V.";
    private static final RulesProfile PROFILE = Fixtures.profile();

    private static Declaration withContact(String postalCode, String email) {
        Declaration d = entry(ORG);
        var o = d.organisation();
        var r = d.representative();
        return new Declaration(d.request(), new Organisation(o.name(), o.street(), postalCode, o.city()),
                d.listOnPortal(), new Representative(r.lastName(), r.firstName(), r.function(), r.phone(), email),
                d.workingGroups(), d.crossGroupMeetings(), d.place(), d.date(), d.signatoryName(), d.signature());
    }

    private static Declaration signedOn(LocalDate day) {
        Declaration d = entry(ORG);
        return d.withSigning(d.place(), day, d.signatoryName());
    }

    @Test
    void theRegisterAloneRefusesAnInvalidEmailAndAFourDigitPostalCode() {
        RegisterUpdate u = Register.empty().apply(withContact("3910", "anna@"), Fixtures.DAY);

        assertThat(u.rejected()).isTrue();
        assertThat(u.register()).isSameAs(Register.empty());
        assertThat(u.findings()).extracting(Finding::severity, Finding::rule, Finding::field, Finding::message)
                .containsExactly(
                        tuple(Severity.ERROR, "FORM", "organisation_postal_code",
                                "Die Postleitzahl „3910“ hat nicht genau 5 Ziffern."),
                        tuple(Severity.ERROR, "FORM", "email", "Die E-Mail-Adresse „anna@“ ist ungültig."));
    }

    @ParameterizedTest(name = "email of {0} characters: {1} finding(s)")
    @CsvSource({"80, 0", "81, 1"})
    void theRegisterRefusesAValueLongerThanItsFormField(int length, int findings) {
        String email = "a".repeat(length - "@example.org".length()) + "@example.org";

        RegisterUpdate u = Register.empty().apply(PROFILE, withContact("39104", email), Fixtures.DAY);

        assertThat(u.rejected()).isEqualTo(findings > 0);
        assertThat(u.findings()).hasSize(findings).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("FORM");
            assertThat(f.field()).isEqualTo("email");
            assertThat(f.message()).isEqualTo("Der Wert im Feld „E-Mail“ ist 81 Zeichen lang; "
                    + "das Formularfeld fasst höchstens 80 Zeichen.");
        });
    }

    @Test
    void registerApplyGivesTheFindingsOfCheckDeclarationFirst() {
        Declaration d = entry(ORG).withSigning("", Fixtures.DAY, entry(ORG).signatoryName());

        RegisterUpdate u = Register.empty().apply(PROFILE, d, Fixtures.DAY);

        assertThat(u.rejected()).isFalse();
        assertThat(u.findings()).isEqualTo(RuleChecks.checkDeclaration(PROFILE, d));
        assertThat(u.findings()).extracting(Finding::severity, Finding::field)
                .containsExactly(tuple(Severity.WARNING, "place"));
    }

    @Test
    void aWorkingGroupOfAnotherProfileIsRefused() {
        Declaration d = entry(ORG).withWorkingGroups(List.of("language", "sport"), false);

        assertThat(RuleChecks.checkDeclaration(PROFILE, d)).extracting(Finding::rule, Finding::field, Finding::message)
                .containsExactly(tuple("GO-4.1", "wg_sport", "Die Arbeitsgruppe „sport“ gibt es nach der "
                        + "Geschäftsordnung nicht."));
    }

    @ParameterizedTest(name = "signed {0}: accepted {1}")
    @CsvSource({
        "1926-11-26, false",
        "2016-11-22, false",
        "2016-11-23, true",
        "2016-11-30, true",
    })
    void aDeclarationCannotPredateTheAdoptionOfTheRulesItAccepts(LocalDate signed, boolean accepted) {
        RegisterUpdate u = Register.empty().apply(PROFILE, signedOn(signed), LocalDate.of(2016, 12, 1));

        assertThat(u.rejected()).isEqualTo(!accepted);
        if (!accepted) {
            assertThat(u.findings()).singleElement().extracting(Finding::rule, Finding::field, Finding::message)
                    .containsExactly("GO-6", "date", "Die Erklärung ist vom " + RuleChecks.day(signed)
                            + " datiert, vor dem Beschluss der Geschäftsordnung am 23.11.2016; sie kann deren "
                            + "Regeln nicht anerkennen (§ 6).");
        }
    }

    @ParameterizedTest(name = "signed {0}, applied {1}: accepted {2}")
    @CsvSource({
        "2026-11-26, 2026-11-26, true",
        "2026-11-26, 2026-11-27, true",
        "2026-11-27, 2026-11-26, false",
        "2026-12-31, 2026-01-01, false",
    })
    void aDeclarationTakesEffectNoEarlierThanItIsSigned(LocalDate signed, LocalDate on, boolean accepted) {
        RegisterUpdate u = Register.empty().apply(PROFILE, signedOn(signed), on);

        assertThat(u.rejected()).isEqualTo(!accepted);
        if (!accepted) {
            assertThat(u.findings()).singleElement().extracting(Finding::rule, Finding::field, Finding::message)
                    .containsExactly("GO-1.2", "date", "Die Erklärung ist am " + RuleChecks.day(signed)
                            + " unterschrieben und kann nicht schon am " + RuleChecks.day(on)
                            + " wirksam werden (§ 1 Abs. 2).");
        }
    }

    @Test
    void replayingAHistoryDoesNotJudgeOldDeclarationsAgain() {
        // a register written before a rule existed stays readable: the history records decisions
        Register r = Register.empty().apply(PROFILE, entry(ORG), Fixtures.DAY).register();
        HistoryEntry e = r.history().get(0);
        Declaration old = withContact("3910", "anna@");
        var history = List.of(new HistoryEntry(e.sequence(), e.date(), e.action(), e.partnerKey(), old, e.note()));

        assertThat(Register.replay(history).findPartner(ORG)).isPresent();
    }

    @ParameterizedTest(name = "a 2027 plan with a meeting on {0}: {1} GO-5.1 findings")
    @CsvSource({
        "2026-12-31T18:00, 1",
        "2027-01-01T09:00, 0",
        "2027-12-31T18:00, 0",
        "2028-01-01T09:00, 1",
    })
    void aWorkPlanHoldsOnlyMeetingsOfItsYear(LocalDateTime start, int findings) {
        WorkPlan valid = Fixtures.validNetworkPlan(2027);
        var meetings = new ArrayList<>(valid.meetings());
        Meeting extra = Fixtures.meeting(MeetingKind.CROSS_GROUP, "", start.toLocalDate());
        meetings.add(new Meeting("extra", extra.kind(), extra.groupId(), extra.title(), start, extra.end(),
                extra.place(), extra.agenda(), extra.guests()));

        List<Finding> go51 = RuleChecks.checkWorkPlan(PROFILE, new WorkPlan(2027, "", meetings, valid.events(),
                valid.speakerTerms())).stream().filter(f -> Rules.GO_5_1.reported(f) && f.isError()).toList();

        assertThat(go51).hasSize(findings);
        if (findings == 1) {
            assertThat(go51.get(0).field()).isEqualTo("extra");
            assertThat(go51.get(0).message()).endsWith(" am " + RuleChecks.day(start.toLocalDate())
                    + " liegt nicht im Jahr 2027 des Arbeitsplans (§ 5 Abs. 1).");
        }
    }
}
