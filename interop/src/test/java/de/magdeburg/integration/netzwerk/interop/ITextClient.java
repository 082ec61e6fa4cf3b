package de.magdeburg.integration.netzwerk.interop;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormCreator;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * iText 9 in-process ({@code PdfAcroForm}, {@code setValue}), as a city application or service
 * built on iText would fill the form. AGPL: this class lives in test scope only.
 */
final class ITextClient implements Client {

    @Override
    public String name() {
        return "itext";
    }

    @Override
    public void requireInstalled() {
        // a test dependency: always there
    }

    @Override
    public String version() {
        String jar = Path.of(PdfDocument.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .getFileName().toString();
        return "iText " + jar.replaceFirst("^kernel-", "").replaceFirst("\\.jar$", "") + " (kernel + forms)";
    }

    @Override
    public Map<String, Filled> fill(byte[] blank, List<Corpus.Entry> entries, Path dir) {
        Map<String, Filled> result = new HashMap<>();
        for (Corpus.Entry e : entries) {
            Path out = dir.resolve(e.id() + ".pdf");
            try {
                Clients.write(out, fill(blank, FieldValues.of(e.declaration())));
                result.put(e.id(), Filled.ok(e.id(), out));
            } catch (IOException | RuntimeException ex) {
                result.put(e.id(), Filled.failed(e.id(), ex.toString()));
            }
        }
        return result;
    }

    static byte[] fill(byte[] blank, FieldValues values) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(blank)), new PdfWriter(out))) {
            PdfAcroForm form = PdfFormCreator.getAcroForm(pdf, false);
            for (Map.Entry<String, String> v : values.asStrings().entrySet()) {
                PdfFormField field = form.getField(v.getKey());
                if (field == null) {
                    throw new IllegalStateException("iText finds no field " + v.getKey());
                }
                field.setValue(v.getValue());
            }
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return name();
    }
}
