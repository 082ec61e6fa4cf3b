package de.magdeburg.integration.netzwerk.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/** Low-level changes to PDFs made in tests, standing in for what other viewers save. */
final class Pdfs {
    private Pdfs() {
    }

    interface Change {
        void apply(PDDocument doc) throws IOException;
    }

    /** Loads, changes and saves the whole file anew. */
    static byte[] rewrite(byte[] pdf, Change change) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            change.apply(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Loads, changes and appends an incremental update, as viewers do. */
    static byte[] appendUpdate(byte[] pdf, Change change) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            change.apply(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    static PDAcroForm form(PDDocument doc) {
        return doc.getDocumentCatalog().getAcroForm(null);
    }

    static COSDictionary field(PDDocument doc, String name) {
        PDField field = form(doc).getField(name);
        if (field == null) {
            throw new IllegalArgumentException("no field " + name);
        }
        return field.getCOSObject();
    }
}
