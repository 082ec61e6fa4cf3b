package de.magdeburg.integration.netzwerk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.magdeburg.integration.netzwerk.core.AttendanceRecord;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.RequestType;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Button fields (the request radio group, every check box of the declaration, the sheet's tick
 * boxes) read as lenient viewers read them, through one piece of code: real pypdf output and
 * hand-built disagreements between {@code /V} and the widgets' {@code /AS}.
 */
class LenientButtonsTest {
    private static final DeclarationForm FORM = Samples.FORM;
    private static final AttendanceSheetReader SHEETS = AttendanceSheetReader.create();

    @ParameterizedTest
    @CsvSource({"/entry, ENTRY", "/deletion, DELETION", "/change, CHANGE"})
    void pypdfStringRadioValueReadsAsItsRequest(String value, RequestType expected) throws Exception {
        byte[] filled = Python.run("pypdf", "pypdf_fill.py", FORM.prefilled(Samples.complete()).bytes(), "request=" + value);
        DeclarationReading reading = FORM.read(Input.of(filled));
        assertThat(reading.declaration().request()).isEqualTo(expected);
        assertThat(reading.findings()).noneMatch(f -> f.field().equals("request"));
    }

    @Test
    void pypdfStringCheckboxValuesReadAsTicked() throws Exception {
        byte[] filled = Python.run("pypdf", "pypdf_fill.py", FORM.blank().bytes(), "request=/change",
                "list_on_portal=/Yes", "wg_language=/Yes", "cross_group_meetings=/Off");
        DeclarationReading reading = FORM.read(Input.of(filled));
        assertThat(reading.declaration().request()).isEqualTo(RequestType.CHANGE);
        assertThat(reading.declaration().listOnPortal()).isTrue();
        assertThat(reading.declaration().workingGroups()).containsExactly("language");
        assertThat(reading.declaration().crossGroupMeetings()).isFalse();
        assertThat(reading.findings()).noneMatch(f -> f.rule().equals("FORM"));
    }

    @Test
    void pypdfTicksOnTheSheetReadAsPresent() throws Exception {
        byte[] ticked = Python.run("pypdf", "pypdf_fill.py", Sheets.blank(4), "present_1=/Yes", "present_3=/Yes");
        assertThat(SHEETS.read(Input.of(ticked))).extracting(AttendanceRecord::present).containsExactly(false, true, false, true);
    }

    @Test
    void radioValueAsTextWithoutSlashReadsAsItsRequest() throws Exception {
        byte[] pdf = Pdfs.rewrite(FORM.blank().bytes(), doc -> {
            Pdfs.field(doc, "request").setString(COSName.V, "deletion");
            kid(doc, 1).setName(COSName.AS, "deletion");
        });
        assertThat(FORM.read(Input.of(pdf)).declaration().request()).isEqualTo(RequestType.DELETION);
    }

    @Test
    void radioValueEqualToAnOptEntryReadsAsThatOption() throws Exception {
        byte[] pdf = Pdfs.rewrite(FORM.blank().bytes(), doc -> {
            COSDictionary radio = Pdfs.field(doc, "request");
            COSArray opt = new COSArray();
            for (String o : List.of("Eintrag", "Löschung", "Änderung")) {
                opt.add(new COSString(o));
            }
            radio.setItem(COSName.OPT, opt);
            radio.setString(COSName.V, "Änderung");
            kid(doc, 2).setName(COSName.AS, "change");
        });
        assertThat(FORM.read(Input.of(pdf)).declaration().request()).isEqualTo(RequestType.CHANGE);
    }

    @Test
    void invalidRadioValueWithOneWidgetOnReadsAsThatWidget() throws Exception {
        byte[] pdf = Pdfs.rewrite(FORM.blank().bytes(), doc -> {
            Pdfs.field(doc, "request").setString(COSName.V, "Ja");
            kid(doc, 2).setName(COSName.AS, "change");
        });
        DeclarationReading reading = FORM.read(Input.of(pdf));
        assertThat(reading.declaration().request()).isEqualTo(RequestType.CHANGE);
        assertThat(reading.findings()).noneMatch(f -> f.field().equals("request"));
    }

    @Test
    void radioValueAndTickedWidgetDisagreeingIsANamedError() throws Exception {
        byte[] pdf = Pdfs.rewrite(FORM.prefilled(Samples.complete()).bytes(), doc -> {
            Pdfs.field(doc, "request").setName(COSName.V, "change");
            kid(doc, 0).setName(COSName.AS, "entry");
            kid(doc, 2).setName(COSName.AS, "Off");
        });
        assertThat(formFindings(FORM.read(Input.of(pdf)))).containsExactly("request: Das Feld „request“ ist widersprüchlich:"
                + " sein Wert ist „change“, angekreuzt angezeigt wird „entry“; bitte neu ankreuzen. / The field"
                + " \"request\" contradicts itself: its value is \"change\", it shows \"entry\" ticked; please tick"
                + " it again.");
    }

    @Test
    void severalRadioWidgetsOnWithoutValueIsANamedError() throws Exception {
        byte[] pdf = Pdfs.rewrite(FORM.prefilled(Samples.complete()).bytes(), doc -> {
            Pdfs.field(doc, "request").removeItem(COSName.V);
            kid(doc, 0).setName(COSName.AS, "entry");
            kid(doc, 1).setName(COSName.AS, "deletion");
        });
        DeclarationReading reading = FORM.read(Input.of(pdf));
        assertThat(formFindings(reading)).containsExactly("request: Im Feld „request“ sind mehrere Möglichkeiten"
                + " angekreuzt angezeigt („entry, deletion“), aber keine ist als Wert gespeichert; bitte neu"
                + " ankreuzen. / The field \"request\" shows several options ticked (\"entry, deletion\") and"
                + " stores none as its value; please tick it again.");
    }

    @ParameterizedTest
    @CsvSource({"list_on_portal, Yes, Off", "wg_language, Off, Yes", "cross_group_meetings, Yes, Off"})
    void checkboxValueAndShownStateDisagreeingIsANamedError(String field, String value, String shown)
            throws Exception {
        byte[] pdf = Pdfs.rewrite(FORM.prefilled(Samples.complete()).bytes(), doc -> {
            Pdfs.field(doc, field).setName(COSName.V, value);
            Pdfs.field(doc, field).setName(COSName.AS, shown);
        });
        assertThat(formFindings(FORM.read(Input.of(pdf)))).containsExactly(field + ": Das Feld „" + field + "“ ist"
                + " widersprüchlich: sein Wert ist „" + value + "“, angekreuzt angezeigt wird „" + shown + "“; bitte"
                + " neu ankreuzen. / The field \"" + field + "\" contradicts itself: its value is \"" + value
                + "\", it shows \"" + shown + "\" ticked; please tick it again.");
    }

    @Test
    void sheetBoxWithoutValueButTickedReadsAsPresent() throws Exception {
        byte[] pdf = Pdfs.rewrite(Sheets.blank(2), doc -> {
            Pdfs.field(doc, "present_0").removeItem(COSName.V);
            Pdfs.field(doc, "present_0").setName(COSName.AS, "Yes");
        });
        assertThat(SHEETS.read(Input.of(pdf))).extracting(AttendanceRecord::present).containsExactly(true, false);
    }

    @Test
    void sheetBoxValueOffButShownTickedIsDamagedNamingTheRow() throws Exception {
        byte[] pdf = Pdfs.rewrite(Sheets.blank(3), doc -> Pdfs.field(doc, "present_2").setName(COSName.AS, "Yes"));
        assertThatThrownBy(() -> SHEETS.read(Input.of(pdf))).isInstanceOfSatisfying(FormReadException.class, e -> {
            assertThat(e.reason()).isEqualTo(FormReadException.Reason.DAMAGED);
            assertThat(e.getMessage()).contains("Das Feld „present_2“ ist widersprüchlich: sein Wert ist „Off“,"
                    + " angekreuzt angezeigt wird „Yes“; bitte neu ankreuzen.");
        });
    }

    private static COSDictionary kid(org.apache.pdfbox.pdmodel.PDDocument doc, int i) {
        return (COSDictionary) Pdfs.field(doc, "request").getCOSArray(COSName.KIDS).getObject(i);
    }

    private static List<String> formFindings(DeclarationReading reading) {
        return reading.findings().stream().filter(f -> f.rule().equals("FORM"))
                .map(LenientButtonsTest::line).toList();
    }

    private static String line(Finding f) {
        return f.field() + ": " + f.message() + " / " + f.messageEn();
    }
}
