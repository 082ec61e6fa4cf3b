package de.magdeburg.integration.netzwerk.interop;

import static org.assertj.core.api.Assertions.assertThat;

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
        for (String id : RenderingLimits.PROBES) {
            Measured m = measure(Clients.filled(client, id).bytes(), id);
            notDrawn.addAll(m.notDrawn());
            if (m.reordered()) {
                reordered.add(id);
            }
        }
        RenderingLimits documented = RenderingLimits.of(client);

        assertThat(String.join("", notDrawn)).as("characters %s does not draw (measured; update RenderingLimits"
                + " if a client version changed)", client).isEqualTo(String.join("", documented.notDrawnSet()));
        assertThat(reordered).as("records %s draws out of reading order", client)
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
        assertThat(m.reordered()).as("archival copy draws out of order")
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
            assertThat(m.reordered()).as(id).isEqualTo(ours().reordered().contains(id));
        }
    }

    /** Our own writer's limits: Arabic is not shaped (PDFBox has no GPOS/bidi for appearances). */
    static RenderingLimits ours() {
        return new RenderingLimits("", false, Set.of("unicode-ar"), "PDFBox does not shape or reorder Arabic");
    }

    record Measured(SortedSet<String> notDrawn, boolean reordered) {
    }

    static Measured measure(byte[] pdf, String id) {
        Map<String, String> values = FieldValues.of(Corpus.byId(id).declaration()).texts();
        Map<String, String> drawn = Appearance.drawnTexts(pdf, RenderingLimits.FIELDS);
        SortedSet<String> notDrawn = new TreeSet<>();
        boolean reordered = false;
        for (String f : RenderingLimits.FIELDS) {
            SortedSet<String> missing = Appearance.missing(values.get(f), drawn.get(f));
            notDrawn.addAll(missing);
            if (missing.isEmpty() && !values.get(f).replaceAll("\\s+", "").equals(drawn.get(f))) {
                reordered = true;
            }
        }
        return new Measured(notDrawn, reordered);
    }
}
