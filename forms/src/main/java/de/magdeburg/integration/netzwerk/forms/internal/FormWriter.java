package de.magdeburg.integration.netzwerk.forms.internal;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.DeclarationField;
import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Builds the declaration form: page 1 with the AcroForm ({@link PageOne}, {@link FormFields}), page
 * 2 with the data-protection notice ({@link PrivacyPage}), pages 3+ with the Geschäftsordnung
 * ({@link Annex}). PDF/A-2b ({@link PdfA}: XMP, sRGB output intent;
 * {@link FontDictionary}: embedded font; appearance streams) and tagged for PDF/UA-1
 * ({@link StructureTree}: /Form elements with OBJR; /Tabs /S).
 *
 * <p>Immutable and thread-safe: every call builds its own document.
 */
public final class FormWriter {
    static final String FONT = "DejaVu";
    static final String DA = "/" + FONT + " 10 Tf 0 g";

    private final RulesProfile profile;
    private final Clock clock;
    private final ResourceBundle bundle;
    /**
     * Compressed page contents by their bytes. The printed text comes from the profile only (values
     * live in the fields' appearance streams), so every document repeats the same few pages and
     * each is compressed once instead of once per document. Bounded by {@link #MAX_CACHED_PAGES}.
     */
    private final Map<ByteBuffer, byte[]> deflatedPages = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_PAGES = 32;

    /**
     * @param profile the rules whose wording the form prints; not null
     * @param clock source of the document's dates; not null
     */
    public FormWriter(RulesProfile profile, Clock clock) {
        this.profile = profile;
        this.clock = clock;
        // the form is German; its labels are the German base bundle, never the JVM's default locale
        this.bundle = ResourceBundle.getBundle("de.magdeburg.integration.netzwerk.forms.messages", Locale.ROOT);
    }

    /**
     * Writes the form, blank ({@code declaration == null}) or pre-filled.
     *
     * @param declaration values to pre-fill; null for a blank form
     * @param out where the PDF goes; not closed
     * @throws NetzwerkException if writing fails
     */
    public void write(Declaration declaration, OutputStream out) {
        try (PDDocument doc = build(declaration)) {
            // object streams would save about 40 kB but cost more time than the whole rest of writing
            doc.save(out, CompressParameters.NO_COMPRESSION);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // IllegalStateException: a profile whose wording does not fit the page
            throw new NetzwerkException("Das Erklärungsformular konnte nicht geschrieben werden / cannot write the"
                    + " declaration form: " + e.getMessage(), e);
        }
    }

    /**
     * @param declaration values; null for a blank form
     * @return the document, to be saved and closed by the caller
     */
    private PDDocument build(Declaration declaration) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        PDDocument doc = new PDDocument();
        try {
            doc.setVersion(1.7f);
            FormDocument d = new FormDocument(doc, this::deflatePage);
            FormFields fields = new FormFields(d, bundle);
            new PageOne(d, fields, profile, declaration).write();
            PrivacyPage.write(d, profile);
            Annex.write(d, profile);
            d.closePage();
            d.numberPages(bundle.getString("page"));
            fields.attach();
            COSDictionary cat = doc.getDocumentCatalog().getCOSObject();
            d.structure.attachTo(cat);
            cat.setString(COSName.LANG, "de-DE");
            COSDictionary viewer = new COSDictionary();
            viewer.setBoolean(COSName.getPDFName("DisplayDocTitle"), true);
            cat.setItem(COSName.VIEWER_PREFERENCES, viewer);
            PdfA.identify(doc, profile.declaration().title(), now, documentId(now, declaration));
            return doc;
        } catch (RuntimeException e) {
            closeQuietly(doc, e);
            throw e;
        }
    }

    /** The field's {@code MaxLen}, from the public contract {@link DeclarationField#maxLength()}. */
    static int maxLength(String fieldName) {
        return DeclarationField.find(fieldName).map(DeclarationField::maxLength)
                .orElseThrow(() -> new IllegalArgumentException("no text field " + fieldName));
    }

    private static void closeQuietly(PDDocument doc, RuntimeException failure) {
        try {
            doc.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private byte[] deflatePage(byte[] bytes) {
        ByteBuffer key = ByteBuffer.wrap(bytes);
        byte[] deflated = deflatedPages.get(key);
        if (deflated == null) {
            deflated = FormFont.deflate(bytes);
            if (deflatedPages.size() < MAX_CACHED_PAGES) {
                deflatedPages.putIfAbsent(key, deflated);
            }
        }
        return deflated;
    }

    private byte[] documentId(Instant now, Declaration values) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((profile.id() + '|' + now.getEpochSecond() + '|' + values).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(md.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static COSArray floats(float... values) {
        COSArray a = new COSArray();
        for (float v : values) {
            a.add(new COSFloat(v));
        }
        return a;
    }

    static void writeRaw(COSStream stream, byte[] bytes) {
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeFlate(COSStream stream, byte[] bytes) {
        if (bytes.length < 256) {
            // tiny appearance streams: compressing them costs more time than the bytes are worth
            writeRaw(stream, bytes);
            return;
        }
        writeRaw(stream, FormFont.deflate(bytes));
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    }

}
