package de.magdeburg.integration.netzwerk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/RULES.md cannot drift from the profile's wording or from the rule ids the code reports. */
class RulesCatalogueTest {
    private static final Path ROOT = Path.of("..");
    private static final Path CATALOGUE = ROOT.resolve("docs/RULES.md");
    private static final Pattern RULE_ID = Pattern.compile("\"(GO-[0-9][0-9a-z.]*|FORM|FONT)\"");

    private static Stream<String[]> rows() throws IOException {
        return Files.readAllLines(CATALOGUE).stream()
                .filter(l -> l.startsWith("| GO-") || l.startsWith("| FORM ") || l.startsWith("| FONT "))
                .map(l -> Arrays.stream(l.substring(1, l.length() - 1).split("\\|")).map(String::strip)
                        .toArray(String[]::new));
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Test
    void everyQuoteStandsWordForWordInTheProfilesRules() throws IOException {
        String rules = normalized(RulesProfile.magdeburg2016().rulesOfProcedure().sections().stream()
                .flatMap(s -> s.paragraphs().stream()).collect(Collectors.joining(" ")));

        rows().filter(r -> r[0].startsWith("GO-")).forEach(r -> {
            assertThat(r).as("columns of %s", r[0]).hasSize(5);
            for (String part : r[2].split("…")) {
                assertThat(rules).as("wording quoted for %s", r[0]).contains(normalized(part));
            }
        });
    }

    @Test
    void theCatalogueListsExactlyTheRuleIdsTheCodeReports() throws IOException {
        Set<String> listed = rows().map(r -> r[0]).collect(Collectors.toCollection(TreeSet::new));
        Set<String> reported = new TreeSet<>();
        for (String module : new String[] {"core", "forms", "templates"}) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = RULE_ID.matcher(Files.readString(f));
                    while (m.find()) {
                        reported.add(m.group(1));
                    }
                }
            }
        }

        assertThat(reported).contains("GO-1.2", "GO-5.2a", "FORM");
        assertThat(listed).isEqualTo(reported);
    }

    @Test
    void readmeLinksTheCatalogue() throws IOException {
        assertThat(Files.readString(ROOT.resolve("README.md"))).contains("](docs/RULES.md)")
                .doesNotContain("shared/DESIGN.md");
    }
}
