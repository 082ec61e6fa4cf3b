package de.magdeburg.integration.netzwerk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/RULES.md cannot drift from the profile's wording or from the registry of rules. */
class RulesCatalogueTest {
    private static final Path ROOT = Path.of("..");
    private static final Path CATALOGUE = ROOT.resolve("docs/RULES.md");

    /** The table's rows by id: id, §, rule, wording, severity, where checked. */
    private static Map<String, String[]> rows() throws IOException {
        List<String> table = Files.readAllLines(CATALOGUE).stream()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| id |")).toList();
        return table.stream()
                .map(l -> Arrays.stream(l.substring(1, l.length() - 1).split("\\|")).map(String::strip)
                        .toArray(String[]::new))
                .collect(Collectors.toMap(r -> r[0], Function.identity(), (a, b) -> {
                    throw new AssertionError("two rows for " + a[0]);
                }));
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Test
    void everyRuleOfTheRegistryHasOneRowAndEveryRowIsARule() throws IOException {
        assertThat(rows().keySet()).containsExactlyInAnyOrderElementsOf(
                Rules.all().stream().map(Rule::id).toList());
    }

    @Test
    void eachRowNamesTheRulesSectionAndDefaultSeverity() throws IOException {
        Map<String, String[]> rows = rows();
        for (Rule rule : Rules.all()) {
            String[] row = rows.get(rule.id());
            assertThat(row).as("columns of %s", rule.id()).hasSize(6);
            assertThat(row[1]).as("§ of %s", rule.id()).isEqualTo(rule.section());
            assertThat(row[4]).as("severity of %s", rule.id()).startsWith(rule.severity().name());
        }
    }

    @Test
    void everyQuoteStandsWordForWordInTheProfilesRules() throws IOException {
        String rules = normalized(RulesProfile.magdeburg2016().rulesOfProcedure().sections().stream()
                .flatMap(s -> s.paragraphs().stream()).collect(Collectors.joining(" ")));

        rows().values().stream().filter(r -> r[0].startsWith("GO-")).forEach(r -> {
            for (String part : r[3].split("…")) {
                assertThat(rules).as("wording quoted for %s", r[0]).contains(normalized(part));
            }
        });
    }

    @Test
    void readmeLinksTheCatalogue() throws IOException {
        assertThat(Files.readString(ROOT.resolve("README.md"))).contains("](docs/RULES.md)")
                .doesNotContain("shared/DESIGN.md");
    }
}
