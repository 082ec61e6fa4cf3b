package de.magdeburg.integration.netzwerk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.magdeburg.integration.netzwerk.core.AttendanceRecord;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.forms.FormReadException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ambiguity is an answer (issue 22): a name that means two fields, a widget of a second tree, a
 * field re-parented or moved to another page by a later revision ends in FOREIGN_FORM or DAMAGED
 * naming the field — the foreign value is never returned. The property test generates chains of
 * incremental updates ({@link AmbiguousRevisions}) on the declaration and the attendance sheet.
 */
class AmbiguousRevisionsTest {
    private static final DeclarationForm FORM = Samples.FORM;
    private static final AttendanceSheetReader SHEETS = AttendanceSheetReader.create();
    /** Object numbers of {@link RawPdf#miniForm}: fields from 5 in the order of its values. */
    private static final int ORGANISATION_NAME = 6;
    private static final int LAST_NAME = 11;
    private static final int DATE = 19;
    private static final String FOREIGN_TEXT = "/FT /Tx /V (Fremdverein GmbH)";

    @Test
    void secondRootFieldOrganisationNameIsAForeignFormNamingIt() {
        byte[] pdf = AmbiguousRevisions.secondRootField(declaration(), "organisation_name", FOREIGN_TEXT);
        assertForeign(() -> FORM.read(Input.of(pdf)), "Die PDF-Datei ist nicht das erwartete Formular des Netzwerks: das Feld"
                + " „organisation_name“ ist zweimal definiert / The PDF file is not the network's form that was"
                + " expected: the field \"organisation_name\" is defined twice");
    }

    @Test
    void widgetOfASecondTreeNamedLikeAFieldIsAForeignFormNamingIt() {
        byte[] pdf = AmbiguousRevisions.secondTreeWidget(declaration(), "email", "/FT /Tx /V (x@fremd.example)");
        assertForeign(() -> FORM.read(Input.of(pdf)), "Die PDF-Datei ist nicht das erwartete Formular des Netzwerks: ein"
                + " zweites Feld „email“ auf Seite 1 gehört nicht zum Formular / The PDF file is not the network's"
                + " form that was expected: a second field \"email\" on page 1 is not part of the form");
    }

    @Test
    void declarationFieldMovedToAnotherPageIsAForeignFormNamingIt() {
        byte[] pdf = AmbiguousRevisions.widgetOnSecondPage(declaration(), DATE, false);
        assertForeign(() -> FORM.read(Input.of(pdf)), "Die PDF-Datei ist nicht das erwartete Formular des Netzwerks: das Feld"
                + " „date“ steht auf Seite 2, das Formular hat es auf Seite 1 / The PDF file is not the network's"
                + " form that was expected: the field \"date\" is on page 2, the form has it on page 1");
    }

    @Test
    void reparentedDeclarationFieldIsAForeignFormNamingIt() {
        byte[] pdf = AmbiguousRevisions.reparent(declaration(), LAST_NAME, "fremd");
        assertForeign(() -> FORM.read(Input.of(pdf)), "Die PDF-Datei ist nicht das erwartete Formular des Netzwerks: es fehlen"
                + " die Felder [last_name] / The PDF file is not the network's form that was expected: fields"
                + " missing: [last_name]");
    }

    @Test
    void fieldReplacedByASecondOneWhileTheOriginalIsReparentedIsAForeignFormNamingIt() {
        byte[] pdf = AmbiguousRevisions.reparent(AmbiguousRevisions.secondRootField(declaration(),
                "organisation_name", FOREIGN_TEXT), ORGANISATION_NAME, "fremd");
        assertForeign(() -> FORM.read(Input.of(pdf)), "Die PDF-Datei ist nicht das erwartete Formular des Netzwerks: das Feld"
                + " „organisation_name“ steht ein zweites Mal im Formular, als „fremd.organisation_name“ / The PDF"
                + " file is not the network's form that was expected: the field \"organisation_name\" is in the"
                + " form a second time, as \"fremd.organisation_name\"");
    }

    @Test
    void secondSheetFieldForARowIsAForeignFormNamingIt() {
        byte[] pdf = AmbiguousRevisions.secondRootField(sheet(), "present_0", "/FT /Btn /V /Yes /AS /Yes"
                + " /NetzwerkOrganisation (Fremdverein) /NetzwerkPerson ()");
        assertForeign(() -> SHEETS.read(Input.of(pdf)), "Die PDF-Datei ist nicht das erwartete Formular des Netzwerks: das"
                + " Feld „present_0“ ist zweimal definiert / The PDF file is not the network's form that was"
                + " expected: the field \"present_0\" is defined twice");
    }

    @Test
    void sheetRowShownOnTwoPagesIsAForeignFormNamingIt() {
        byte[] pdf = AmbiguousRevisions.widgetOnSecondPage(sheet(), 6, true);
        assertForeign(() -> SHEETS.read(Input.of(pdf)), "Die PDF-Datei ist nicht das erwartete Formular des Netzwerks: das"
                + " Feld „present_1“ steht auf Seite 2, das Formular hat es auf Seite 1 / The PDF file is not the"
                + " network's form that was expected: the field \"present_1\" is on page 2, the form has it on"
                + " page 1");
    }

    @Test
    void sheetRowMovedToTheSecondPageReadsExactly() {
        byte[] pdf = AmbiguousRevisions.widgetOnSecondPage(sheet(), 6, false);
        assertThat(SHEETS.read(Input.of(pdf))).extracting(AttendanceRecord::present).containsExactly(false, true);
    }

    /** One generated file: a chain of updates, the names a hostile update made ambiguous, the values otherwise. */
    record Case(String description, boolean sheet, byte[] pdf, List<String> hostile, String organisation,
            List<Boolean> present) {
        @Override
        public String toString() {
            return description;
        }
    }

    static List<Case> generated() {
        return IntStream.range(0, 200).mapToObj(AmbiguousRevisionsTest::generate).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generated")
    void everyGeneratedRevisionChainReadsExactlyOrNamesTheAmbiguousField(Case c) {
        try {
            if (c.sheet()) {
                List<Boolean> read = SHEETS.read(Input.of(c.pdf())).stream().map(AttendanceRecord::present).toList();
                assertThat(c.hostile()).as("%s: a foreign value was returned: %s", c, read).isEmpty();
                assertThat(read).isEqualTo(c.present());
            } else {
                Declaration read = FORM.read(Input.of(c.pdf())).declaration();
                assertThat(c.hostile()).as("%s: a foreign value was returned: %s", c, read).isEmpty();
                Declaration base = baseDeclaration();
                assertThat(read.organisation()).isEqualTo(new Organisation(c.organisation(),
                        base.organisation().street(), base.organisation().postalCode(), base.organisation().city()));
                assertThat(read.representative()).isEqualTo(base.representative());
                assertThat(read.date()).isEqualTo(base.date());
            }
        } catch (FormReadException e) {
            assertThat(c.hostile()).as(e.getMessage()).isNotEmpty();
            assertThat(e.reason()).isIn(Reason.FOREIGN_FORM, Reason.DAMAGED);
            assertThat(c.hostile()).anySatisfy(name -> assertThat(e.getMessage()).contains(name));
        }
    }

    private static Case generate(int seed) {
        Random random = new Random(seed);
        boolean sheet = random.nextBoolean();
        byte[] pdf = sheet ? sheet() : declaration();
        StringBuilder description = new StringBuilder(seed + (sheet ? " sheet" : " declaration"));
        String organisation = "Beispielverein e. V.";
        List<Boolean> present = new ArrayList<>(List.of(false, true));
        // legitimate changes first: a viewer's new values, saved incrementally
        for (int i = random.nextInt(3); i > 0; i--) {
            if (sheet) {
                int row = random.nextInt(2);
                boolean tick = random.nextBoolean();
                present.set(row, tick);
                String state = tick ? "/Yes" : "/Off";
                pdf = AmbiguousRevisions.replace(pdf, 5 + row, AmbiguousRevisions.body(pdf, 5 + row)
                        .replaceAll("/V /\\w+ /AS /\\w+", "/V " + state + " /AS " + state));
                description.append(", row ").append(row).append(tick ? " ticked" : " cleared");
            } else {
                organisation = "Verein " + random.nextInt(1000);
                pdf = AmbiguousRevisions.replace(pdf, ORGANISATION_NAME, AmbiguousRevisions.body(pdf,
                        ORGANISATION_NAME).replaceAll("/V \\(.*\\)", "/V (" + organisation + ")"));
                description.append(", name ").append(organisation);
            }
        }
        List<String> hostile = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            int target = sheet ? 5 + random.nextInt(2) : List.of(ORGANISATION_NAME, LAST_NAME, DATE).get(random.nextInt(3));
            String name = sheet ? "present_" + (target - 5) : List.of("organisation_name", "last_name", "date")
                    .get(List.of(ORGANISATION_NAME, LAST_NAME, DATE).indexOf(target));
            String entries = sheet ? "/FT /Btn /V /Yes /AS /Yes /NetzwerkOrganisation (Fremd) /NetzwerkPerson ()"
                    : FOREIGN_TEXT;
            int kind = random.nextInt(4);
            switch (kind) {
                case 0 -> pdf = AmbiguousRevisions.secondRootField(pdf, name, entries);
                case 1 -> pdf = AmbiguousRevisions.secondTreeWidget(pdf, name, entries);
                case 2 -> pdf = AmbiguousRevisions.reparent(pdf, target, "fremd");
                default -> pdf = AmbiguousRevisions.widgetOnSecondPage(pdf, target, true);
            }
            hostile.add(name);
            description.append(", ").append(List.of("second field ", "second tree ", "re-parented ",
                    "on two pages ").get(kind)).append(name);
        }
        return new Case(description.toString(), sheet, pdf, List.copyOf(hostile), organisation, List.copyOf(present));
    }

    private static byte[] declaration() {
        return HostileStructures.declaration().pdf();
    }

    private static byte[] sheet() {
        return HostileStructures.attendanceSheet().pdf();
    }

    private static Declaration baseDeclaration() {
        return FORM.read(Input.of(declaration())).declaration();
    }

    private static void assertForeign(org.assertj.core.api.ThrowableAssert.ThrowingCallable read, String message) {
        assertThatThrownBy(read).isInstanceOfSatisfying(FormReadException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.FOREIGN_FORM);
            assertThat(e.getMessage()).isEqualTo(message.replace("Netzwerks: ", "Netzwerks (")
                    .replace(" / The PDF", "). / The PDF").replace("expected: ", "expected (") + "). [FOREIGN_FORM]");
        });
    }
}
