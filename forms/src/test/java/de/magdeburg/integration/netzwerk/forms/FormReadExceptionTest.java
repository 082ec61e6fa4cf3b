package de.magdeburg.integration.netzwerk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.magdeburg.integration.netzwerk.core.InvalidDataException;
import de.magdeburg.integration.netzwerk.forms.FormReadException.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormReadExceptionTest {
    private static final DeclarationForm FORM = Samples.FORM;

    static Stream<Arguments> badFiles() throws Exception {
        byte[] form = FORM.prefilled(Samples.complete()).bytes();
        return Stream.of(
                Arguments.of("empty file", new byte[0], Reason.NOT_A_PDF),
                Arguments.of("JPEG renamed", jpeg(), Reason.NOT_A_PDF),
                Arguments.of("PNG renamed", hex("89504E470D0A1A0A0000000D49484452"), Reason.NOT_A_PDF),
                Arguments.of("ZIP renamed", zip(), Reason.NOT_A_PDF),
                Arguments.of("text file", "Sehr geehrte Damen und Herren".getBytes(StandardCharsets.UTF_8),
                        Reason.NOT_A_PDF),
                Arguments.of("truncated in the middle", Arrays.copyOf(form, form.length / 2), Reason.DAMAGED),
                Arguments.of("truncated before the end marker", Arrays.copyOf(form, form.length - 8), Reason.DAMAGED),
                Arguments.of("header and garbage", "%PDF-1.7\n1 0 obj <<< >>>> garbage\n%%EOF\n"
                        .getBytes(StandardCharsets.ISO_8859_1), Reason.DAMAGED),
                Arguments.of("encrypted with an open password", Pdfs.rewrite(form, doc -> {
                    StandardProtectionPolicy p = new StandardProtectionPolicy("owner", "user", new AccessPermission());
                    p.setEncryptionKeyLength(128);
                    doc.protect(p);
                }), Reason.ENCRYPTED),
                Arguments.of("flattened form", Pdfs.rewrite(form, doc -> Pdfs.form(doc).flatten()), Reason.NO_FORM),
                Arguments.of("plain PDF without form", plainPdf(), Reason.NO_FORM),
                Arguments.of("someone else's form", foreignForm(), Reason.FOREIGN_FORM),
                Arguments.of("our form with a field removed", Pdfs.rewrite(form, doc -> {
                    PDAcroForm acro = Pdfs.form(doc);
                    acro.getFields().removeIf(f -> f.getPartialName().equals("email"));
                    acro.setFields(acro.getFields().stream().filter(f -> !"email".equals(f.getPartialName())).toList());
                }), Reason.FOREIGN_FORM));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFileGivesTypedException(String what, byte[] file, Reason reason) {
        FormReadException e = catchThrowableOfType(FormReadException.class, () -> FORM.read(Input.of(file)));
        assertThat(e).as(what).isNotNull();
        assertThat(e.reason()).as(what).isEqualTo(reason);
        assertThat(e.getMessage()).contains(reason.german()).contains(reason.english()).doesNotContain("\n");
    }

    @Test
    void messageNamesTheReasonInGermanAndEnglish() {
        assertThatThrownBy(() -> FORM.read(Input.of(new byte[0])))
                .isInstanceOf(FormReadException.class)
                .hasMessage("Die Datei ist kein PDF (leere Datei). / The file is not a PDF (empty file). [NOT_A_PDF]");
    }

    @Test
    void fileOverTheSizeLimitIsTooLarge() {
        DeclarationForm small = FORM.newBuilder().limits(ReadLimits.defaults().withMaxBytes(100_000)).build();
        byte[] pdf = FORM.blank().bytes();
        assertThatThrownBy(() -> small.read(Input.of(pdf))).isInstanceOf(FormReadException.class)
                .hasMessage("Die Datei ist zu groß (" + pdf.length + " Bytes, höchstens 100000). / The file is too "
                        + "large (" + pdf.length + " bytes, at most 100000). [TOO_LARGE]");
    }

    @Test
    void streamOverTheSizeLimitIsTooLargeWithoutReadingItAll() {
        DeclarationForm small = FORM.newBuilder().limits(ReadLimits.defaults().withMaxBytes(1_000)).build();
        var endless = new java.io.InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                return 'x';
            }
        };
        FormReadException e = catchThrowableOfType(FormReadException.class, () -> small.read(Input.of(endless)));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(endless.served).isLessThanOrEqualTo(1_001);
    }

    @Test
    void fileOverTheSizeLimitIsRejectedBeforeReading(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.pdf");
        Files.write(file, new byte[2_000]);
        DeclarationForm small = FORM.newBuilder().limits(ReadLimits.defaults().withMaxBytes(1_000)).build();
        assertThat(catchThrowableOfType(FormReadException.class, () -> small.read(Input.of(file))).reason())
                .isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void documentOverThePageLimitHasTooManyPages() {
        DeclarationForm strict = FORM.newBuilder().limits(ReadLimits.defaults().withMaxPages(2)).build();
        byte[] pdf = FORM.blank().bytes();
        FormReadException e = catchThrowableOfType(FormReadException.class, () -> strict.read(Input.of(pdf)));
        assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_PAGES);
        assertThat(e.getMessage()).contains("5 Seiten, höchstens 2").contains("5 pages, at most 2");
    }

    @Test
    void inputStreamReadsTheSameBadFileTheSameWay() {
        assertThat(catchThrowableOfType(FormReadException.class,
                () -> FORM.read(Input.of(new ByteArrayInputStream(jpeg())))).reason()).isEqualTo(Reason.NOT_A_PDF);
    }

    @Test
    void limitsAreValidated() {
        assertThatThrownBy(() -> new ReadLimits(0, 50)).isInstanceOf(InvalidDataException.class)
                .hasMessage("maxBytes: ist 0, erlaubt sind 1–2147483639 / is 0, must be 1–2147483639");
        assertThatThrownBy(() -> new ReadLimits(1000, 0)).isInstanceOf(InvalidDataException.class)
                .hasMessage("maxPages: ist 0, muss mindestens 1 sein / is 0, must be at least 1");
        assertThat(ReadLimits.defaults()).isEqualTo(new ReadLimits(20L * 1024 * 1024, 50));
        assertThatThrownBy(() -> ReadLimits.defaults().withMaxParseTime(java.time.Duration.ZERO))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("maxParseTime: ist PT0S, muss positiv sein / is PT0S, must be positive");
        assertThat(ReadLimits.defaults().maxParseTime()).isEqualTo(java.time.Duration.ofSeconds(5));
    }

    private static byte[] jpeg() {
        return hex("FFD8FFE000104A46494600010100000100010000FFDB004300080606070605080707070909080A0C140D0C0B0B0C1912");
    }

    private static byte[] hex(String hex) {
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    private static byte[] zip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("erklaerung.pdf"));
            zip.write("%PDF-1.7 inside a zip".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] plainPdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] foreignForm() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDAcroForm acro = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(acro);
            PDResources dr = new PDResources();
            dr.put(org.apache.pdfbox.cos.COSName.getPDFName("Helv"),
                    new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            acro.setDefaultResources(dr);
            PDTextField name = new PDTextField(acro);
            name.setPartialName("Antragsteller");
            name.setDefaultAppearance("/Helv 10 Tf 0 g");
            acro.getFields().add(name);
            PDAnnotationWidget w = name.getWidgets().get(0);
            w.setRectangle(new PDRectangle(50, 700, 200, 20));
            w.setPage(page);
            page.getAnnotations().add(w);
            name.setValue("Max Muster");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
