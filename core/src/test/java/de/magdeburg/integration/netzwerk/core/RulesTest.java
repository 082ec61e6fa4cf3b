package de.magdeburg.integration.netzwerk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import de.magdeburg.integration.netzwerk.core.Rule.Need;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The registry: each rule knows its id, §, messages and needs, and every path evaluates the same list. */
class RulesTest {
    private static final RulesProfile PROFILE = RulesProfile.magdeburg2016();

    @Test
    void everyMessageOfCoresBundleBelongsToExactlyOneRule() {
        Map<String, String> owner = new HashMap<>();
        for (Rule rule : Rules.all()) {
            for (String key : rule.messages().keySet()) {
                assertThat(owner.put(key, rule.id())).as("%s of %s", key, rule.id()).isNull();
            }
        }
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            assertThat(owner.keySet()).as("%s", locale).containsAll(Messages.bundle(locale).keySet());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        PLAN-1 | § 5 | Text | text | rule.id: ist keine Regel-Kennung: PLAN-1 / is not a rule id: PLAN-1
        GO-5   | ''  | Text | text | rule.section: darf nicht leer sein / must not be empty
        GO-5   | § 5 | ''   | text | rule.message: darf nicht leer sein / must not be empty
        GO-5   | § 5 | Text | ''   | rule.messageEn: darf nicht leer sein / must not be empty
        """)
    void aRuleWithoutTheCataloguesShapeIsRefused(String id, String section, String german, String english,
            String message) {
        assertThatThrownBy(() -> new Rule(id, section, Severity.ERROR, Set.of(),
                Map.of("key", new Rule.Message(german, english))))
                .isInstanceOf(InvalidDataException.class).hasMessage(message);
    }

    @Test
    void aRuleReportsAtLeastOneMessage() {
        assertThatThrownBy(() -> new Rule("GO-5", "§ 5", Severity.ERROR, Set.of(), Map.of()))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("rule.messages: GO-5 meldet nichts / GO-5 reports nothing");
    }

    @Test
    void aRuleReportsOnlyItsOwnMessages() {
        assertThatThrownBy(() -> Rules.GO_4_1.finding("x", "go42.tooFew", "x", 1, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("GO-4.1 does not report go42.tooFew");
    }

    @Test
    void aFindingIsTracedBackToItsRule() {
        Finding f = Rules.GO_5_2A.finding("language/2027", "go52a.tooManyMeetings", 6, "AG Sprache", "2027",
                "Sitzung", "01.12.2027", 5);

        assertThat(Rules.of(f)).isSameAs(Rules.GO_5_2A);
        assertThat(Rules.GO_5_2A.reported(f)).isTrue();
        assertThat(Rules.GO_5_2B.reported(f)).isFalse();
        assertThat(Rules.find("PLAN")).isEmpty();
        assertThatThrownBy(() -> Rules.of(new Finding(Severity.INFO, "MINE", "", "eigene", "own")))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("finding.rule: ist keine Regel des Katalogs: MINE / is no rule of the catalogue: MINE");
    }

    @Test
    void eachDeclarationCheckNeedsOnlyWhatItsRuleDeclares() {
        assertThat(DeclarationRules.CHECKS).allSatisfy(c -> assertThat(c.rule().needs()).containsAll(c.needs()));
        assertThat(DeclarationRules.CHECKS).extracting(c -> c.rule().id()).containsOnly("GO-1.2", "GO-4.1", "GO-6",
                "FORM", "FONT");
    }

    @Test
    void aCheckThatNeedsTodayOrTheFontRunsOnlyWhenTheCallerHasThem() {
        Declaration d = Fixtures.entry("Verein X").withSigning("Magdeburg", LocalDate.of(2027, 3, 2), "Anna Muster")
                .withRepresentative(new Representative("王", "Anna", "", "", "anna@example.org"));
        RuleContext content = RuleContext.of(PROFILE);

        assertThat(Rules.checkDeclaration(content, d)).isEmpty();
        assertThat(Rules.checkDeclaration(content.withToday(LocalDate.of(2027, 3, 1)), d))
                .extracting(Finding::rule, Finding::message).containsExactly(
                        tuple("FORM", "Das Datum 2027-03-02 liegt in der Zukunft."));
        assertThat(Rules.checkDeclaration(content.withFormFont(v -> v.replaceAll("[^王]", "")), d))
                .extracting(Finding::rule, Finding::field).containsExactly(
                        tuple("FONT", "last_name"));
        assertThat(Rules.checkDeclaration(content.withEffectiveDay(LocalDate.of(2027, 3, 1)), d))
                .extracting(Finding::message).containsExactly(
                        "Die Erklärung ist am 02.03.2027 unterschrieben und kann nicht schon am 01.03.2027 "
                                + "wirksam werden (§ 1 Abs. 2).");
        assertThat(content.withToday(LocalDate.of(2027, 3, 1)).available()).containsExactlyInAnyOrder(Need.PROFILE,
                Need.TODAY);
    }
}
