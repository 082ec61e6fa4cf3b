package de.magdeburg.integration.netzwerk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each client's rendering limits are exactly the documented ones ({@link RenderingLimits}), the
 * values of such files still read back exactly, and the archival copy draws every character.
 */
class RenderingLimitsTest {

    static Stream<Client> clients() {
        return Clients.ALL.stream();
    }

    static Stream<Arguments> probesByClient() {
        return Clients.ALL.stream().flatMap(c -> RenderingLimits.PROBES.stream().map(id -> Arguments.of(c, id)));
    }

    @ParameterizedTest(name = "{0} draws what RenderingLimits documents")
    @MethodSource("clients")
    void clientDrawsExactlyWhatIsDocumented(Client client) {
        SortedSet<String> notDrawn = new TreeSet<>();
        Set<String> reordered = new TreeSet<>();
        java.util.List<String> differences = new java.util.ArrayList<>();
        for (String id : RenderingLimits.PROBES) {
            Measured m = measure(Clients.filled(client, id).bytes(), id);
            notDrawn.addAll(m.notDrawn());
            m.differences().forEach(d -> differences.add(id + " " + d));
            if (m.reordered()) {
                reordered.add(id);
            }
        }
        RenderingLimits documented = RenderingLimits.of(client);

        assertThat(String.join("", notDrawn)).as("characters %s does not draw (measured; update RenderingLimits"
                + " if a client version changed)", client).isEqualTo(String.join("", documented.notDrawnSet()));
        assertThat(reordered).as("records %s draws out of reading order: %s", client, differences)
                .isEqualTo(documented.reordered());
    }

    @ParameterizedTest(name = "{0}: values of {1} read back exactly despite the rendering")
    @MethodSource("probesByClient")
    void valuesReadBackExactlyWhateverTheClientDrew(Client client, String id) {
        assertThat(Forms.form().read(Clients.filled(client, id).bytes()))
                .isEqualTo(Corpus.byId(id).declaration());
    }

    @ParameterizedTest(name = "archival copy of {1} filled by {0} draws every character")
    @MethodSource("probesByClient")
    void archivalCopyDrawsEveryCharacter(Client client, String id) {
        byte[] archival = Forms.form().archivalCopy(Clients.filled(client, id).bytes());
        Clients.write(Forms.workDir("archival/" + client.name()).resolve(id + ".pdf"), archival);

        Measured m = measure(archival, id);
        assertThat(m.notDrawn()).as("characters the archival copy does not draw").isEmpty();
        assertThat(m.reordered()).as("archival copy draws out of order: %s", m.differences())
                .isEqualTo(ours().reordered().contains(id));
        assertThat(Forms.form().read(archival)).isEqualTo(Corpus.byId(id).declaration());
        var image = Render.page1(Forms.workDir("archival/" + client.name()).resolve(id + ".pdf"));
        for (String field : RenderingLimits.FIELDS) {
            var box = Forms.box(field);
            assertThat(Render.ink(image, box)).as("ink in %s", field)
                    .isGreaterThan(Render.ink(RenderVisibilityTest.blank(), box) + 5);
        }
    }

    @Test
    void ourOwnPrefilledFormDrawsEveryCharacter() {
        for (String id : RenderingLimits.PROBES) {
            Measured m = measure(Forms.form().prefilled(Corpus.byId(id).declaration()), id);
            assertThat(m.notDrawn()).as(id).isEmpty();
            assertThat(m.reordered()).as("%s: %s", id, m.differences()).isEqualTo(ours().reordered().contains(id));
        }
    }

    /** Our own writer: Arabic joined (presentation forms) and in visual order, both with ICU4J. */
    static RenderingLimits ours() {
        return new RenderingLimits("", false, Set.of(), true, true, "Arabic joined and in visual order");
    }

    /** @param differences "field: value -> drawn" for every field not drawn exactly, for messages */
    record Measured(SortedSet<String> notDrawn, boolean reordered, java.util.List<String> differences) {
    }

    private static String sorted(String s) {
        return s.codePoints().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
    }

    static Measured measure(byte[] pdf, String id) {
        Map<String, String> values = FieldValues.of(Corpus.byId(id).declaration()).texts();
        Map<String, String> drawn = Appearance.drawnTexts(pdf, RenderingLimits.FIELDS);
        SortedSet<String> notDrawn = new TreeSet<>();
        boolean reordered = false;
        java.util.List<String> differences = new java.util.ArrayList<>();
        for (String f : RenderingLimits.FIELDS) {
            String value = Normalizer.normalize(values.get(f).replaceAll("\\s+", ""), Normalizer.Form.NFC);
            String shown = Normalizer.normalize(drawn.get(f), Normalizer.Form.NFC);
            SortedSet<String> missing = Appearance.missing(value, shown);
            notDrawn.addAll(missing);
            if (!value.equals(shown)) {
                differences.add(f + ": " + value + " -> " + shown);
                // a value wider than its field is clipped (a prefix shows): that is layout, not a limit
                reordered |= missing.isEmpty() && sorted(value).equals(sorted(shown));
            }
        }
        return new Measured(notDrawn, reordered, differences);
    }
}
