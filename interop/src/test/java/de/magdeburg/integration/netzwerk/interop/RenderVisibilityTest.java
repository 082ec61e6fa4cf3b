package de.magdeburg.integration.netzwerk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every client's filled form, rendered by poppler, shows ink in each filled text field where the
 * blank form has none (within the client's documented limits).
 */
class RenderVisibilityTest {

    private static Render.Page blank;

    static Stream<Arguments> recordsByClient() {
        return Clients.ALL.stream().flatMap(c -> Corpus.all().stream().map(e -> Arguments.of(c, e)));
    }

    static synchronized Render.Page blank() {
        if (blank == null) {
            blank = Render.page1(Forms.blank(), Forms.workDir("render").resolve("blank.pdf"));
        }
        return blank;
    }

    @ParameterizedTest(name = "{0}: filled values of {1} are visible")
    @MethodSource("recordsByClient")
    void filledValuesAreVisible(Client client, Corpus.Entry entry) {
        Tool.PDFTOPPM.require();
        Client.Filled filled = Clients.filled(client, entry.id());
        Render.Page image = Render.page1(filled.file());
        RenderingLimits limits = RenderingLimits.of(client);

        FieldValues.of(entry.declaration()).texts().forEach((field, value) -> {
            Appearance.FieldBox box = Forms.box(field);
            int ink = Render.ink(image, box);
            int blankInk = Render.ink(blank(), box);
            // a value made only of characters the client does not draw (mutool and Arabic) may show dots
            if (limits.showsInk(value)) {
                assertThat(ink).as("%s: ink in %s = '%s' (blank form: %d)", client, field, value, blankInk)
                        .isGreaterThan(blankInk + 5);
            }
        });
        FieldValues values = FieldValues.of(entry.declaration());
        values.checkboxes().forEach((field, checked) ->
                assertButton(client, limits.checkboxesDrawn(), image, Forms.buttonBoxes(field).get(FieldValues.ON),
                        checked));
        Forms.buttonBoxes("request").forEach((exportValue, box) ->
                assertButton(client, limits.radiosDrawn(), image, box, exportValue.equals(values.request())));
    }

    /** A set button shows more ink than in the blank form (where every button is off), an unset one the same. */
    private static void assertButton(Client client, boolean drawn, Render.Page image, Appearance.FieldBox box,
            boolean on) {
        int ink = Render.ink(image, box);
        int blankInk = Render.ink(blank(), box);
        if (on && drawn) {
            assertThat(ink).as("%s: %s is on, ink %d (blank form: %d)", client, box.name(), ink, blankInk)
                    .isGreaterThan(blankInk + 3);
        } else {
            assertThat(ink).as("%s: %s is %s, ink %d (blank form: %d)", client, box.name(), on ? "on but"
                    + " documented as not drawn" : "off", ink, blankInk).isLessThanOrEqualTo(blankInk + 3);
        }
    }
}
