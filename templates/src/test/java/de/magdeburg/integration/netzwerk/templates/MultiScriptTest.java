package de.magdeburg.integration.netzwerk.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.magdeburg.integration.netzwerk.core.AgendaItem;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Guest;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.MeetingKind;
import de.magdeburg.integration.netzwerk.core.Minutes;
import de.magdeburg.integration.netzwerk.core.MinutesItem;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.PartnerStatus;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.core.ReviewState;
import de.magdeburg.integration.netzwerk.core.Severity;
import de.magdeburg.integration.netzwerk.core.SignatureStatus;
import de.magdeburg.integration.netzwerk.core.SpeakerTerm;
import de.magdeburg.integration.netzwerk.core.Task;
import de.magdeburg.integration.netzwerk.core.WorkPlan;
import de.magdeburg.integration.netzwerk.forms.DeclarationForm;
import de.magdeburg.integration.netzwerk.forms.DeclarationReading;
import de.magdeburg.integration.netzwerk.forms.Input;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Names in the scripts of the city's communities, as partner, representative and guest names, in
 * every printed document and in the pre-filled declaration form: no glyph is missing (no
 * {@code .notdef}, no „#“) and the text layer gives the names back.
 *
 * <p>What is compared: the text PDFBox's {@link PDFTextStripper} extracts, in NFKC and without white
 * space, must contain each name in NFKC without white space. NFKC maps the Arabic presentation forms
 * the documents draw (the joined letters) back to the letters typed; the stripper puts right-to-left
 * runs back into logical order. White space goes because a name may wrap in a narrow column.
 */
class MultiScriptTest {
    /** First name, last name; one per community. */
    static final List<String[]> NAMES = List.of(
            new String[] {"محمد", "العلي"},                // Arabic
            new String[] {"زهرا", "پورمحمدی"},             // Persian (letters outside ICU's shaping table)
            new String[] {"芳", "王"},                      // Chinese
            new String[] {"さくら", "佐藤"},                 // Japanese, kana and kanji
            new String[] {"민준", "김"},                     // Korean
            new String[] {"ሰላም", "ገብረሚካኤል"},              // Tigrinya (Ethiopic)
            new String[] {"Thị Hương", "Nguyễn"},          // Vietnamese
            new String[] {"Şükrü", "Yılmaz"},              // Turkish
            new String[] {"Олена", "Шевченко"},            // Ukrainian (Cyrillic)
            new String[] {"Νίκος", "Παπαδόπουλος"});       // Greek

    /** Scripts DejaVu Sans, the form's font, has no glyphs for. */
    static final Set<Character.UnicodeScript> NOT_IN_THE_FORM_FONT = Set.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.HANGUL, Character.UnicodeScript.ETHIOPIC);

    static final String ARABIC_ORGANISATION = "الجمعية العربية Magdeburg e. V.";

    static List<String> fullNames() {
        return NAMES.stream().map(n -> n[0] + " " + n[1]).toList();
    }

    static List<Partner> partners() {
        List<Partner> out = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            String[] n = NAMES.get(i);
            String organisation = i == 0 ? ARABIC_ORGANISATION : "Gemeinschaft " + n[1] + " e. V.";
            out.add(new Partner(new Organisation(organisation, "Breiter Weg " + (i + 1), "39104", "Magdeburg"),
                    List.of(new Representative(n[1], n[0], "Vorstand", "0391 12345" + i, "p" + i + "@example.org")),
                    List.of("language"), true, true, PartnerStatus.ACTIVE,
                    LocalDate.of(2020, 1, 15), null));
        }
        return out;
    }

    static Meeting meeting() {
        List<AgendaItem> agenda = fullNames().stream().map(n -> new AgendaItem("Bericht", "", n)).toList();
        List<Guest> guests = fullNames().stream().map(n -> new Guest(n, "Gast", "Beitrag",
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 5), List.of("Anna Beispiel"))).toList();
        return new Meeting("language-2026-04", MeetingKind.WORKING_GROUP, "language", "4. Sitzung der AG Sprache",
                LocalDateTime.of(2026, 11, 26, 16, 0), LocalTime.of(18, 0), "Rathaus Magdeburg", agenda, guests);
    }

    static Minutes minutes() {
        List<String> names = fullNames();
        List<MinutesItem> items = names.stream().map(n -> new MinutesItem("Bericht von " + n, "Bericht.",
                List.of(), List.of(), List.of(new Task("Nachfragen", n, LocalDate.of(2027, 1, 15))))).toList();
        return new Minutes(meeting(), names.get(0), List.of(names.get(1)), names,
                List.of(), names, items, LocalDateTime.of(2027, 2, 18, 16, 0), ReviewState.DRAFT, "", "", null);
    }

    static WorkPlan workPlan() {
        List<Meeting> meetings = List.of(new Meeting("language-2027-1", MeetingKind.WORKING_GROUP, "language",
                "1. Sitzung der AG Sprache", LocalDateTime.of(2027, 2, 18, 16, 0), LocalTime.of(18, 0), "Rathaus",
                List.of(), List.of()));
        List<SpeakerTerm> speakers = fullNames().stream().map(n -> new SpeakerTerm("language", n, "Verein",
                LocalDate.of(2026, 6, 1), LocalDate.of(2028, 5, 31))).toList();
        return new WorkPlan(2027, "language", meetings, List.of(), speakers);
    }

    static Declaration declaration(String[] name) {
        return new Declaration(RequestType.ENTRY, new Organisation("Verein " + name[1], "Breiter Weg 1", "39104",
                "Magdeburg"), true, new Representative(name[1], name[0], "Vorstand", "0391 123456", "a@example.org"),
                List.of("language"), false, "Magdeburg", LocalDate.of(2026, 11, 20), name[0] + " " + name[1],
                SignatureStatus.NONE);
    }

    static Stream<Object[]> documents() {
        Documents docs = Samples.DOCS;
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("overview", docs.partnerOverview(partners()).bytes());
        all.put("attendance", docs.attendanceSheet(meeting(), partners()).bytes());
        all.put("invitation", docs.invitation(meeting(), partners()).bytes());
        all.put("minutes", docs.minutes(minutes()).bytes());
        all.put("workplan", docs.workPlan(workPlan(), List.of()).bytes());
        return all.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyNamePrintsWithRealGlyphsAndExtractsUnchanged(String name, byte[] pdf) {
        Pdfs.keep("multiscript-" + name + ".pdf", pdf);
        assertThat(notdefGlyphs(pdf)).as("glyphs .notdef in %s", name).isEmpty();
        String text = comparable(Pdfs.text(pdf));
        assertThat(text).as("text of %s", name).doesNotContain("#");
        for (String full : fullNames()) {
            assertThat(text).as("%s in %s", full, name).contains(comparable(full));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyDocumentStaysPdfA2uAndPdfUa1(String name, byte[] pdf) {
        assertThat(Pdfs.failures(pdf, PDFAFlavour.PDFA_2_U)).as("PDF/A-2u of %s", name).isEmpty();
        assertThat(Pdfs.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 of %s", name).isEmpty();
    }

    @Test
    void mailingListKeepsEveryName() {
        String csv = Samples.DOCS.mailingListCsv(partners()).text();
        for (String[] n : NAMES) {
            assertThat(csv).contains(n[0]).contains(n[1]);
        }
    }

    @Test
    void theFormShowsWhatItsFontHasAndWarnsByFieldForWhatItHasNot() {
        DeclarationForm form = DeclarationForm.builder().clock(Samples.CLOCK).build();
        for (int i = 0; i < NAMES.size(); i++) {
            String[] name = NAMES.get(i);
            Declaration d = declaration(name);
            byte[] pdf = form.prefilled(d).bytes();
            Pdfs.keep("multiscript-form-" + i + ".pdf", pdf);
            assertThat(notdefGlyphs(pdf)).as("glyphs .notdef in the form for %s", name[1]).isEmpty();
            DeclarationReading reading = form.read(Input.of(pdf));
            assertThat(reading.declaration()).isEqualTo(d);
            boolean formFontHasIt = (name[0] + name[1]).codePoints().mapToObj(Character.UnicodeScript::of)
                    .noneMatch(NOT_IN_THE_FORM_FONT::contains);
            var fontFindings = reading.findings().stream().filter(f -> f.rule().equals("FONT"))
                    .map(f -> tuple(f.severity(), f.field())).toList();
            if (formFontHasIt) {
                assertThat(fontFindings).as("FONT findings for %s", name[1]).isEmpty();
            } else {
                assertThat(fontFindings).as("FONT findings for %s", name[1]).containsExactly(
                        tuple(Severity.WARNING, "organisation_name"), tuple(Severity.WARNING, "last_name"),
                        tuple(Severity.WARNING, "first_name"), tuple(Severity.WARNING, "signatory_name"));
                assertThat(form.check(d)).extracting(f -> f.rule()).contains("FONT");
            }
        }
    }

    @Test
    void aPrefilledArabicFormStaysPdfA2uAndPdfUa1() {
        byte[] pdf = DeclarationForm.builder().clock(Samples.CLOCK).build().prefilled(declaration(NAMES.get(1))).bytes();
        // the form is PDF/A-2b (as its own tests check), the documents 2u
        assertThat(Pdfs.failures(pdf, PDFAFlavour.PDFA_2_B)).isEmpty();
        assertThat(Pdfs.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    static String comparable(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s", "");
    }

    /**
     * @return one entry (font and code) per glyph shown with glyph id 0, in page content, form
     *     XObjects and the normal appearances of annotations (the form's fields)
     */
    static List<String> notdefGlyphs(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            GlyphWalk walk = new GlyphWalk();
            walk.getText(doc);
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a.getAppearance() == null || a.getAppearance().getNormalAppearance() == null) {
                        continue;
                    }
                    PDAppearanceEntry n = a.getAppearance().getNormalAppearance();
                    List<PDAppearanceStream> streams = n.isStream() ? List.of(n.getAppearanceStream())
                            : List.copyOf(n.getSubDictionary().values());
                    for (PDAppearanceStream s : streams) {
                        walk.walk(s, page);
                    }
                }
            }
            return walk.notdef;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sees every glyph a text showing operator draws, with the font's glyph id for its code. */
    private static final class GlyphWalk extends PDFTextStripper {
        final List<String> notdef = new ArrayList<>();
        int glyphs;

        void walk(PDAppearanceStream stream, PDPage page) throws IOException {
            processChildStream(stream, page);
        }

        @Override
        protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
            glyphs++;
            int gid = font instanceof PDType0Font t0 ? t0.codeToGID(code)
                    : font instanceof PDTrueTypeFont tt ? tt.codeToGID(code) : -1;
            if (gid == 0) {
                notdef.add(font.getName() + " code " + code);
            }
            super.showGlyph(matrix, font, code, displacement);
        }
    }
}
