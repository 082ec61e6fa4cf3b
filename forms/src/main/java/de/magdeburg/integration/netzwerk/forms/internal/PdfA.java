package de.magdeburg.integration.netzwerk.forms.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The PDF/A-2b identification of a form: document information, XMP metadata, the sRGB output intent
 * and the file identifier. Kept apart from the layout so that one writer can serve every document
 * type.
 */
final class PdfA {
    static final String PRODUCER = "Netzwerk forms (Apache PDFBox 3)";

    /** The output intent's profile, compressed once, on the first write (reading never needs it). */
    private static final class Srgb {
        static final byte[] DEFLATED = FormFont.deflate(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
    }

    private PdfA() {
    }

    /**
     * @param doc the finished document
     * @param title the document title (shown by viewers, PDF/UA)
     * @param now creation time, whole seconds
     * @param id the 16-byte file identifier
     */
    static void identify(PDDocument doc, String title, Instant now, byte[] id) {
        COSDictionary cat = doc.getDocumentCatalog().getCOSObject();
        GregorianCalendar cal = GregorianCalendar.from(ZonedDateTime.ofInstant(now, ZoneOffset.UTC));
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        info.setCreationDate(cal);
        info.setModificationDate(cal);

        COSStream metadata = doc.getDocument().createCOSStream();
        FormWriter.writeRaw(metadata, Xmp.of(title, PRODUCER, now).getBytes(StandardCharsets.UTF_8));
        metadata.setItem(COSName.TYPE, COSName.METADATA);
        metadata.setItem(COSName.SUBTYPE, COSName.getPDFName("XML"));
        cat.setItem(COSName.METADATA, metadata);

        COSStream icc = doc.getDocument().createCOSStream();
        FormWriter.writeRaw(icc, Srgb.DEFLATED);
        icc.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        icc.setInt(COSName.N, 3);
        COSDictionary intent = new COSDictionary();
        intent.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
        intent.setItem(COSName.S, COSName.getPDFName("GTS_PDFA1"));
        intent.setString(COSName.getPDFName("OutputConditionIdentifier"), "sRGB IEC61966-2.1");
        intent.setString(COSName.INFO, "sRGB IEC61966-2.1");
        intent.setItem(COSName.getPDFName("DestOutputProfile"), icc);
        COSArray intents = new COSArray();
        intents.add(intent);
        cat.setItem(COSName.OUTPUT_INTENTS, intents);

        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }
}
