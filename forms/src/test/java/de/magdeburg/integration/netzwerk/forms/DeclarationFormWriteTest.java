package de.magdeburg.integration.netzwerk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.WorkingGroup;
import de.magdeburg.integration.netzwerk.forms.internal.FormFont;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class DeclarationFormWriteTest {
    private static final RulesProfile PROFILE = RulesProfile.magdeburg2016();
    /** veraPDF PDF/UA-1 rules failing today; the number must not grow. */
    private static final int PDF_UA_FAILED_RULES_BASELINE = 0;

    @Test
    void blankFormIsOneA4FormPageFollowedByTheRulesAsAnnex() throws Exception {
        try (PDDocument doc = Loader.loadPDF(Samples.FORM.blank().bytes())) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(box.getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            for (int i = 1; i < doc.getNumberOfPages(); i++) {
                assertThat(doc.getPage(i).getAnnotations()).isEmpty();
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            String annex = stripper.getText(doc);
            assertThat(annex).contains(PROFILE.declaration().annex());
            for (var section : PROFILE.rulesOfProcedure().sections()) {
                assertThat(annex).contains(section.heading());
            }
            assertThat(annex).contains("Sprecher*innen").contains("Diese Geschäftsordnung tritt am 01. Dezember 2016");
        }
    }

    /**
     * Art. 13 GDPR: the second page tells the person who signs who is responsible (the
     * coordinator's office, at its address), for what, how long, their rights and how to withdraw
     * the consent to the portal listing, before the Geschäftsordnung.
     */
    @Test
    void secondPageIsTheDataProtectionNoticeWithTheCoordinatorAsControllerAndHowToWithdrawThePortalConsent()
            throws Exception {
        try (PDDocument doc = Loader.loadPDF(Samples.FORM.blank().bytes())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String page = stripper.getText(doc).replaceAll("\\s+", " ");
            var notice = PROFILE.declarationPrivacyNotice();
            assertThat(page).startsWith(notice.title());
            for (var item : notice.items()) {
                assertThat(page).contains(item.label(), item.text());
            }
            String controller = notice.items().get(0).text();
            assertThat(notice.items().get(0).label()).isEqualTo("Verantwortlich");
            for (String line : PROFILE.coordinator().addressLines()) {
                assertThat(controller).contains(line);
            }
            assertThat(controller).contains(PROFILE.coordinator().email());
            assertThat(page).contains("Zwecke", "Speicherdauer", "Ihre Rechte", "Widerruf der Einwilligung",
                    "jederzeit ohne Angabe von Gründen mit Wirkung für die Zukunft widerrufen (Art. 7 Abs. 3 DSGVO)");
            assertThat(stripper.getText(doc)).doesNotContain(PROFILE.declaration().annex());
        }
    }

    @Test
    void firstPagePrintsTheProfilesWording() throws Exception {
        try (PDDocument doc = Loader.loadPDF(Samples.FORM.blank().bytes())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            String page = stripper.getText(doc).replaceAll("\\s+", " ");
            var w = PROFILE.declaration();
            assertThat(page).contains(w.basis(), "Erklärung gemäß § 1 (2)", w.sendTo(), w.title(), w.requestEntry(), w.requestDeletion(), w.requestChange(),
                    w.sectionOrganisation(), w.portalConsent(), w.sectionName(), w.sectionFunction(),
                    w.sectionContact(), w.sectionWorkingGroups(), w.crossGroupMeetings(), w.acknowledgement(),
                    w.placeDate(), w.signatoryName(), w.signature(), w.footer());
            for (String line : PROFILE.coordinator().addressLines()) {
                assertThat(page).contains(line);
            }
            for (WorkingGroup g : PROFILE.workingGroups()) {
                assertThat(page).contains(g.name());
            }
        }
    }

    @Test
    void fieldsFollowTheDesignContract() throws Exception {
        try (PDDocument doc = Loader.loadPDF(Samples.FORM.blank().bytes())) {
            Map<String, Class<?>> kinds = new LinkedHashMap<>();
            for (PDField f : doc.getDocumentCatalog().getAcroForm(null).getFieldTree()) {
                kinds.put(f.getFullyQualifiedName(), f.getClass());
            }
            Map<String, Class<?>> expected = new LinkedHashMap<>();
            expected.put("request", PDRadioButton.class);
            for (String t : List.of("organisation_name", "organisation_street", "organisation_postal_code",
                    "organisation_city", "last_name", "first_name", "function", "phone", "email", "place", "date",
                    "signatory_name")) {
                expected.put(t, PDTextField.class);
            }
            expected.put("list_on_portal", PDCheckBox.class);
            expected.put("wg_work_and_training", PDCheckBox.class);
            expected.put("wg_interculture_and_social", PDCheckBox.class);
            expected.put("wg_language", PDCheckBox.class);
            expected.put("cross_group_meetings", PDCheckBox.class);
            expected.put("signature", PDSignatureField.class);
            expected.put("signature_2", PDSignatureField.class);
            assertThat(kinds).containsExactlyInAnyOrderEntriesOf(expected);

            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            assertThat(((PDRadioButton) form.getField("request")).getOnValues())
                    .containsExactly("entry", "deletion", "change");
            for (String box : List.of("list_on_portal", "wg_work_and_training", "wg_interculture_and_social",
                    "wg_language", "cross_group_meetings")) {
                assertThat(((PDCheckBox) form.getField(box)).getOnValue()).as(box).isEqualTo("Yes");
            }
        }
    }

    @Test
    void everyFieldHasATooltipAndEveryWidgetItsOwnAppearancePrintFlagAndPage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(Samples.FORM.blank().bytes())) {
            PDPage page = doc.getPage(0);
            List<String> widgets = new ArrayList<>();
            for (PDField f : doc.getDocumentCatalog().getAcroForm(null).getFieldTree()) {
                assertThat(f.getAlternateFieldName()).as("tooltip of " + f.getFullyQualifiedName()).isNotBlank();
                for (PDAnnotationWidget w : ((PDTerminalField) f).getWidgets()) {
                    widgets.add(f.getFullyQualifiedName());
                    assertThat(w.isPrinted()).isTrue();
                    assertThat(w.getCOSObject().getCOSDictionary(COSName.P)).isSameAs(page.getCOSObject());
                    assertThat(w.getAppearance()).isNotNull();
                    assertThat(w.getCOSObject().getInt(COSName.STRUCT_PARENT)).isNotNegative();
                    if (f instanceof PDCheckBox || f instanceof PDRadioButton) {
                        assertThat(w.getAppearance().getNormalAppearance().getSubDictionary().keySet())
                                .hasSize(2).contains(COSName.Off);
                        assertThat(w.getCOSObject().getCOSName(COSName.AS)).isEqualTo(COSName.Off);
                    } else {
                        assertThat(w.getAppearance().getNormalAppearance().isStream()).isTrue();
                    }
                }
            }
            assertThat(widgets).hasSize(22);
            assertThat(page.getAnnotations()).hasSize(22).allMatch(a -> a instanceof PDAnnotationWidget);
        }
    }

    @Test
    void everyWidgetsFormStructureElementCarriesItsTooltipAsAlt() throws Exception {
        try (PDDocument doc = Loader.loadPDF(Samples.FORM.blank().bytes())) {
            COSArray nums = doc.getDocumentCatalog().getStructureTreeRoot().getParentTree().getCOSObject()
                    .getCOSArray(COSName.NUMS);
            Map<Integer, COSDictionary> elements = new LinkedHashMap<>();
            for (int i = 0; i < nums.size(); i += 2) {
                if (nums.getObject(i + 1) instanceof COSDictionary element) {
                    elements.put(((org.apache.pdfbox.cos.COSInteger) nums.getObject(i)).intValue(), element);
                }
            }
            List<String> alts = new ArrayList<>();
            for (PDField f : doc.getDocumentCatalog().getAcroForm(null).getFieldTree()) {
                for (PDAnnotationWidget w : ((PDTerminalField) f).getWidgets()) {
                    COSDictionary element = elements.get(w.getStructParent());
                    String tooltip = w.getCOSObject().getString(COSName.TU);
                    assertThat(element.getCOSName(COSName.S)).isEqualTo(COSName.getPDFName("Form"));
                    assertThat(element.getString(COSName.ALT)).as(f.getFullyQualifiedName())
                            .isEqualTo(tooltip != null ? tooltip : f.getAlternateFieldName());
                    alts.add(element.getString(COSName.ALT));
                }
            }
            // a radio button is named by its own widget's tooltip, the other controls by their field's
            assertThat(alts).hasSize(22).contains("1 Organisation: Postleitzahl (5 Ziffern)",
                    "Eintrag in die Übersicht und den Verteiler", "Änderung der eingetragenen Angaben", "Sprache");
        }
    }

    @Test
    void prefilledFormStaysEditable() throws Exception {
        try (PDDocument doc = Loader.loadPDF(Samples.FORM.prefilled(Samples.complete()).bytes())) {
            for (PDField f : doc.getDocumentCatalog().getAcroForm(null).getFieldTree()) {
                assertThat(f.isReadOnly()).as(f.getFullyQualifiedName()).isFalse();
            }
            assertThat(((PDTextField) doc.getDocumentCatalog().getAcroForm(null).getField("last_name")).getValue())
                    .isEqualTo("Yılmaz");
        }
    }

    @Test
    void documentIsTaggedGermanTitledAndFreeOfJavaScriptAndNeedAppearances() throws Exception {
        byte[] pdf = Samples.FORM.blank().bytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("de-DE");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(PROFILE.declaration().title());
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getMetadata()).isNotNull();
            assertThat(catalog.getOutputIntents()).hasSize(1);
            assertThat(doc.getPage(0).getCOSObject().getCOSName(COSName.getPDFName("Tabs"))).isEqualTo(COSName.S);
            assertThat(catalog.getAcroForm(null).getCOSObject().containsKey(COSName.NEED_APPEARANCES)).isFalse();
            assertThat(catalog.getCOSObject().containsKey(COSName.NAMES)).isFalse();
            assertThat(catalog.getCOSObject().containsKey(COSName.OPEN_ACTION)).isFalse();
            for (PDAnnotation a : doc.getPage(0).getAnnotations()) {
                assertThat(a.getCOSObject().containsKey(COSName.AA)).isFalse();
                assertThat(a.getCOSObject().containsKey(COSName.A)).isFalse();
            }
        }
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("/JavaScript").doesNotContain("/JS ");
    }

    @Test
    void wholeDejaVuSansIsEmbeddedAsType0InTheDefaultResources() throws Exception {
        try (PDDocument doc = Loader.loadPDF(Samples.FORM.blank().bytes())) {
            COSDictionary dr = doc.getDocumentCatalog().getAcroForm(null).getCOSObject().getCOSDictionary(COSName.DR);
            COSDictionary font = dr.getCOSDictionary(COSName.FONT).getCOSDictionary(COSName.getPDFName("DejaVu"));
            assertThat(font.getCOSName(COSName.SUBTYPE)).isEqualTo(COSName.TYPE0);
            assertThat(font.getNameAsString(COSName.BASE_FONT)).isEqualTo("DejaVuSans");
            COSDictionary cid = (COSDictionary) ((COSArray) font.getDictionaryObject(COSName.DESCENDANT_FONTS))
                    .getObject(0);
            COSStream file = cid.getCOSDictionary(COSName.FONT_DESC).getCOSStream(COSName.FONT_FILE2);
            assertThat(file.getInt(COSName.LENGTH1)).isEqualTo(757_076);
            try (var in = file.createInputStream()) {
                assertThat(in.readAllBytes()).hasSize(757_076);
            }
            assertThat(doc.getDocumentCatalog().getAcroForm(null).getDefaultAppearance()).isEqualTo("/DejaVu 10 Tf 0 g");
        }
    }

    @Test
    void theFontHasAGlyphForEveryNameOfTheTestCorpus() {
        for (String name : List.of("Şükrü Yılmaz", "Олена Шевченко", "Nguyễn Văn An", "Łukasz Żółć", "محمد",
                "Ærøskøbing", "Zoë İğdır")) {
            assertThat(FormFont.get().canShow(name)).as(name).isTrue();
        }
    }

    @Test
    void sameDeclarationAndClockGiveIdenticalBytes() {
        DeclarationForm other = DeclarationForm.builder().clock(Samples.CLOCK).build();
        assertThat(other.prefilled(Samples.complete()).bytes()).isEqualTo(Samples.FORM.prefilled(Samples.complete()).bytes());
        assertThat(other.blank().bytes()).isEqualTo(Samples.FORM.blank().bytes());
    }

    @Test
    void anotherClockGivesOtherDatesAndId() throws Exception {
        Clock later = Clock.fixed(Instant.parse("2027-01-02T03:04:05Z"), ZoneOffset.UTC);
        byte[] pdf = DeclarationForm.builder().clock(later).build().blank().bytes();
        assertThat(pdf).isNotEqualTo(Samples.FORM.blank().bytes());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(Instant.parse("2027-01-02T03:04:05Z"));
        }
    }

    @Test
    void writeMethodsGiveTheSameBytesAsTheArrayMethods() {
        ByteArrayOutputStream blank = new ByteArrayOutputStream();
        Samples.FORM.blank().writeTo(blank);
        assertThat(blank.toByteArray()).isEqualTo(Samples.FORM.blank().bytes());
        ByteArrayOutputStream filled = new ByteArrayOutputStream();
        Samples.FORM.prefilled(Samples.complete()).writeTo(filled);
        assertThat(filled.toByteArray()).isEqualTo(Samples.FORM.prefilled(Samples.complete()).bytes());
    }

    @Test
    void blankFormStaysBelow600Kilobytes() {
        int size = Samples.FORM.blank().bytes().length;
        System.out.println("blank form: " + size + " bytes");
        assertThat(size).isBetween(300_000, 600_000);
    }

    @Test
    void blankAndPrefilledFormsPassPdfA2b() throws Exception {
        assertThat(VeraPdf.failedRules(Samples.FORM.blank().bytes(), PDFAFlavour.PDFA_2_B)).isEmpty();
        assertThat(VeraPdf.failedRules(Samples.FORM.prefilled(Samples.complete()).bytes(), PDFAFlavour.PDFA_2_B)).isEmpty();
        assertThat(VeraPdf.failedRules(Samples.FORM.prefilled(Samples.named("محمد", "Олена")).bytes(),
                PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void pdfUa1FailuresDoNotGrow() throws Exception {
        List<String> blank = VeraPdf.failedRules(Samples.FORM.blank().bytes(), PDFAFlavour.PDFUA_1);
        List<String> filled = VeraPdf.failedRules(Samples.FORM.prefilled(Samples.complete()).bytes(), PDFAFlavour.PDFUA_1);
        System.out.println("PDF/UA-1 failed rules, blank: " + blank + ", prefilled: " + filled);
        assertThat(blank).hasSizeLessThanOrEqualTo(PDF_UA_FAILED_RULES_BASELINE);
        assertThat(filled).hasSizeLessThanOrEqualTo(PDF_UA_FAILED_RULES_BASELINE);
    }

    @Test
    void qpdfFindsNoErrors() throws Exception {
        Qpdf.assertClean(Samples.FORM.blank().bytes());
        Qpdf.assertClean(Samples.FORM.prefilled(Samples.named("Shevchenko", "Олена")).bytes());
    }

    @Test
    void everyPrintedTextOfTheFormIsAtLeastEightPoint() throws Exception {
        try (PDDocument doc = Loader.loadPDF(Samples.FORM.blank().bytes())) {
            List<Float> sizes = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                    sizes.add(text.getFontSizeInPt());
                }
            };
            stripper.getText(doc);
            assertThat(sizes).isNotEmpty().allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(8f));
        }
    }

    @Test
    void nothingIsPrintedWithinFiveMillimetresOfThePaperEdge() throws Exception {
        int margin = Math.round(5 / 25.4f * 72);
        try (PDDocument doc = Loader.loadPDF(Samples.FORM.prefilled(Samples.complete()).bytes())) {
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(p, 72);
                int w = image.getWidth();
                int h = image.getHeight();
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        if (x < margin || y < margin || x >= w - margin || y >= h - margin) {
                            assertThat(image.getRGB(x, y) & 0xffffff).as("page %d pixel %d,%d", p + 1, x, y)
                                    .isEqualTo(0xffffff);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theDateBoxIsWideEnoughToWriteADateByHand() throws Exception {
        try (PDDocument doc = Loader.loadPDF(Samples.FORM.blank().bytes())) {
            PDRectangle r = ((PDTerminalField) doc.getDocumentCatalog().getAcroForm(null).getField("date"))
                    .getWidgets().get(0).getRectangle();
            assertThat(r.getWidth() * 25.4f / 72).isGreaterThanOrEqualTo(35f);
        }
    }

    @Test
    void filledNameDrawsInkInsideItsField() throws Exception {
        byte[] filled = Samples.FORM.prefilled(Samples.named("Yılmaz", "Şükrü")).bytes();
        assertThat(inkIn(filled, "last_name")).isGreaterThan(inkIn(Samples.FORM.blank().bytes(), "last_name") + 50);
        assertThat(inkIn(filled, "first_name")).isGreaterThan(inkIn(Samples.FORM.blank().bytes(), "first_name") + 50);
    }

    @Test
    void tickedCheckboxDrawsItsCheckMark() throws Exception {
        byte[] filled = Samples.FORM.prefilled(Samples.complete()).bytes();
        assertThat(inkIn(filled, "wg_language")).isGreaterThan(inkIn(Samples.FORM.blank().bytes(), "wg_language") + 10);
    }

    /** Dark pixels inside a field's rectangle (less one point of border) on page 1 at 144 dpi. */
    private static int inkIn(byte[] pdf, String field) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDRectangle r = ((PDTerminalField) doc.getDocumentCatalog().getAcroForm(null).getField(field))
                    .getWidgets().get(0).getRectangle();
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 144);
            float scale = 2;
            int x0 = Math.round((r.getLowerLeftX() + 1.5f) * scale);
            int x1 = Math.round((r.getUpperRightX() - 1.5f) * scale);
            int y0 = Math.round((doc.getPage(0).getMediaBox().getHeight() - r.getUpperRightY() + 1.5f) * scale);
            int y1 = Math.round((doc.getPage(0).getMediaBox().getHeight() - r.getLowerLeftY() - 1.5f) * scale);
            int ink = 0;
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    int rgb = image.getRGB(x, y);
                    int lum = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                    if (lum < 160) {
                        ink++;
                    }
                }
            }
            return ink;
        }
    }
}
