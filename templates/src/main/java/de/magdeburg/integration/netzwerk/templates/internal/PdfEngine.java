package de.magdeburg.integration.netzwerk.templates.internal;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import de.magdeburg.integration.netzwerk.forms.internal.Xmp;
import de.magdeburg.integration.netzwerk.templates.RenderException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Renders XHTML to PDF/A-2u + PDF/UA-1 with OpenHTMLtoPDF, locked down so that it loads no
 * resource at all, and stamps the dates and document id from the clock so that the output is
 * byte-identical for the same input.
 *
 * <p>Immutable and thread-safe: the font files and the colour profile are read once, each render
 * gets its own renderer. OpenHTMLtoPDF's log is silenced for Netzwerk's renders alone, installed by
 * the first render ({@link QuietRendering}), not by loading this class.
 */
public final class PdfEngine {

    /** The font family every template uses first. */
    public static final String FONT_FAMILY = "DejaVu Sans";
    /**
     * The fonts a character falls back to when DejaVu Sans has no glyph for it, in this order
     * (the templates' CSS names the same list): Arabic and Persian in italic text (DejaVu Sans
     * Oblique has none), Ethiopic (Tigrinya, Amharic), then Chinese, Japanese and Korean. Each is
     * parsed and embedded (as a subset) only in a document that uses it.
     */
    static final List<String> FALLBACK_FAMILIES = List.of("Noto Sans Arabic", "Noto Sans Ethiopic", "Droid Sans Fallback");
    /** The font-family list of the templates' CSS: DejaVu Sans, then the fallbacks. */
    public static final String FONT_STACK = "'" + FONT_FAMILY + "', "
            + String.join(", ", FALLBACK_FAMILIES.stream().map(f -> "'" + f + "'").toList());

    /** Conformance written; 2-U passes veraPDF with the DejaVu fonts (Unicode maps present). */
    static final PdfRendererBuilder.PdfAConformance CONFORMANCE = PdfRendererBuilder.PdfAConformance.PDFA_2_U;

    /**
     * DejaVu is another module's resource (jasperreports-fonts), so it is looked up through the
     * class loader: on the module path {@code Class.getResourceAsStream} searches only this module.
     */
    private static final String FONT_DIR = "net/sf/jasperreports/fonts/dejavu/";
    /** This module's own resources, committed with their licences (OFL-1.1.txt, Apache-2.0.txt next to them). */
    private static final String FALLBACK_DIR = "/de/magdeburg/integration/netzwerk/templates/fonts/";
    private static final List<String> FALLBACK_FILES = List.of("NotoSansArabic-Regular.ttf",
            "NotoSansEthiopic-Regular.ttf", "DroidSansFallback.ttf");
    private static final String PRODUCER = "Netzwerk-Bibliothek (OpenHTMLtoPDF, Apache PDFBox)";

    private final byte[] regular;
    private final byte[] bold;
    private final byte[] oblique;
    private final byte[] boldOblique;
    private final List<byte[]> fallbacks;
    private final byte[] colorProfile;
    private final Watermark draftMark;
    private final Clock clock;
    /** Font metrics survive from one render to the next; the store is thread-safe. */
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();
    /**
     * Parsed fonts not in use. Parsing the TrueType files (tables, cmap, GSUB) for every document
     * was the main cost of a render. A parsed {@link TrueTypeFont} must not be used by two threads
     * at once, so each render borrows a whole set and gives it back after saving: there are at most
     * as many sets as renders ever ran at the same time.
     */
    private final ConcurrentLinkedDeque<ParsedFonts> idleFonts = new ConcurrentLinkedDeque<>();

    /**
     * Loads the fonts and the sRGB profile.
     *
     * @param clock where the document dates come from; not null
     * @throws IllegalStateException if the font artifact is missing from the class path
     */
    public PdfEngine(Clock clock) {
        this(clock, true);
    }

    /**
     * An engine with DejaVu Sans alone, no fallback fonts: the same-run baseline that shows what the
     * fallback chain costs a German-only document (bench/ {@code DocumentBenchmarks}). Characters
     * DejaVu lacks print as „#“.
     *
     * @param clock where the document dates come from; not null
     * @return the engine
     */
    public static PdfEngine withoutFallbackFonts(Clock clock) {
        return new PdfEngine(clock, false);
    }

    private PdfEngine(Clock clock, boolean withFallbacks) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.regular = font("DejaVuSans.ttf");
        this.bold = font("DejaVuSans-Bold.ttf");
        this.oblique = font("DejaVuSans-Oblique.ttf");
        this.boldOblique = font("DejaVuSans-BoldOblique.ttf");
        this.fallbacks = withFallbacks ? FALLBACK_FILES.stream().map(f -> read(FALLBACK_DIR + f)).toList() : List.of();
        this.colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        this.draftMark = new Watermark("ENTWURF", bold);
    }

    /** @return draws "ENTWURF" behind every page, as an artifact that is not part of the text */
    public PostProcessor draftMark() {
        return draftMark;
    }

    static byte[] font(String name) {
        return read(FONT_DIR + name);
    }

    private static byte[] read(String resource) {
        try (InputStream in = resource.startsWith(FONT_DIR)
                ? PdfEngine.class.getClassLoader().getResourceAsStream(resource)
                : PdfEngine.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " not on the class path"
                        + (resource.startsWith(FONT_DIR) ? " (artifact net.sf.jasperreports:jasperreports-fonts)" : ""));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }

    /** @return the clock documents are dated with */
    public Clock clock() {
        return clock;
    }

    /**
     * Something done to the rendered document before it is written, e.g. adding form fields.
     */
    @FunctionalInterface
    public interface PostProcessor {
        /**
         * @param document the rendered document, still open
         * @param renderer the renderer, for layout positions
         * @throws IOException if PDFBox fails
         */
        void apply(PDDocument document, PdfBoxRenderer renderer) throws IOException;
    }

    /**
     * Renders a document.
     *
     * @param documentName German document name for messages, e.g. "Protokoll"
     * @param title the document title (also written to the metadata)
     * @param xhtml well-formed XHTML
     * @param post applied before saving; may be null
     * @param out where the PDF goes; not closed
     * @return the texts of the body (the content of one element each, e.g. a person's name in its
     *     cell) with a character that no font of the engine can show: they print as "#" and wrap
     *     inside their cell, the text layer has their characters ({@link ReplacementText}); empty
     *     if every character has a glyph
     * @throws RenderException if rendering or writing fails, or OpenHTMLtoPDF's log cannot be
     *     silenced for it ({@link QuietRendering})
     */
    public List<String> render(String documentName, String title, String xhtml, PostProcessor post,
            OutputStream out) {
        Objects.requireNonNull(out, "out");
        QuietRendering.install(documentName);
        return QuietRendering.run(() -> renderQuietly(documentName, title, xhtml, post, out));
    }

    private List<String> renderQuietly(String documentName, String title, String xhtml, PostProcessor post,
            OutputStream out) {
        ParsedFonts fonts = borrowFonts();
        List<String> unprintable = fonts.unprintableTexts(xhtml);
        PDDocument target = new PDDocument();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePDDocument(target)
                .usePdfAConformance(CONFORMANCE)
                .usePdfUaAccessibility(true)
                .useColorProfile(colorProfile)
                .withProducer(PRODUCER)
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics)
                .useUnicodeLineBreaker(new LineBreaker(unprintable.isEmpty() ? c -> false : fonts::unprintable))
                .useFont(fonts.face(target, 0), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(fonts.face(target, 1), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                .useFont(fonts.face(target, 2), FONT_FAMILY, 400, FontStyle.ITALIC, true)
                .useFont(fonts.face(target, 3), FONT_FAMILY, 700, FontStyle.ITALIC, true)
                .useUnicodeBidiSplitter(RightToLeft.INSTANCE)
                .useUnicodeBidiReorderer(RightToLeft.INSTANCE);
        String html = xhtml;
        if (!fallbacks.isEmpty() && fonts.lacksAny(xhtml)) {
            for (int i = 0; i < fallbacks.size(); i++) {
                builder.useFont(fonts.face(target, 4 + i), FALLBACK_FAMILIES.get(i), 400, FontStyle.NORMAL, true);
            }
        } else {
            // OpenHTMLtoPDF loads every font of a font-family list into the document to measure
            // lines, used or not: a document DejaVu covers does not name the others at all
            html = xhtml.replace(FONT_STACK, "'" + FONT_FAMILY + "'");
        }
        lockDown(builder);
        builder.withHtmlContent(html, null);
        builder.toStream(OutputStream.nullOutputStream());
        try (target;
                PdfBoxRenderer renderer = builder.buildPdfRenderer();
                PDDocument doc = renderer.getPdfDocument()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            if (post != null) {
                post.apply(doc, renderer);
            }
            if (!unprintable.isEmpty()) {
                new ReplacementText(unprintable, fonts::unprintable).apply(doc);
            }
            stamp(doc, title, xhtml);
            doc.save(out);
            return unprintable;
        } catch (IOException | RuntimeException e) {
            if (e instanceof RenderException r) {
                throw r;
            }
            throw new RenderException(documentName, "Erzeugen fehlgeschlagen / rendering failed"
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        } finally {
            idleFonts.push(fonts);
        }
    }

    private ParsedFonts borrowFonts() {
        ParsedFonts fonts = idleFonts.poll();
        if (fonts != null) {
            return fonts;
        }
        List<byte[]> files = new ArrayList<>(List.of(regular, bold, oblique, boldOblique));
        files.addAll(fallbacks);
        return new ParsedFonts(files.toArray(byte[][]::new));
    }

    /**
     * Renders a document into memory.
     *
     * @param documentName German document name for messages
     * @param title the document title
     * @param xhtml well-formed XHTML
     * @param post applied before saving; may be null
     * @return the PDF
     */
    public byte[] render(String documentName, String title, String xhtml, PostProcessor post) {
        var buffer = new ByteArrayOutputStream(64 * 1024);
        render(documentName, title, xhtml, post, buffer);
        return buffer.toByteArray();
    }

    /**
     * No resource is loaded from anywhere: the CSS is inline, the fonts come from memory, and every
     * URI a template or (through a bug) the data may name is refused before and after resolution.
     */
    private static void lockDown(PdfRendererBuilder builder) {
        builder.useUriResolver((base, uri) -> null);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        FSStreamFactory refuse = url -> new RefusedStream();
        builder.useHttpStreamImplementation(refuse);
        builder.useProtocolsStreamImplementation(refuse, "file", "jar", "http", "https", "ftp", "classpath");
    }

    /** A stream that yields nothing, for any URL that gets past the access control. */
    private static final class RefusedStream implements FSStream {
        @Override
        public InputStream getStream() {
            return null;
        }

        @Override
        public java.io.Reader getReader() {
            return null;
        }
    }

    /**
     * Dates, producer and document id come from the clock and the content, so the same input and
     * clock give the same bytes; XMP and the info dictionary agree, as PDF/A requires.
     */
    private void stamp(PDDocument doc, String title, String xhtml) throws IOException {
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        now.setTimeInMillis(clock.millis() / 1000 * 1000);

        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        info.setCreationDate(now);
        info.setModificationDate(now);

        byte[] xmp = Xmp.packet(title, PRODUCER, now.toInstant(), CONFORMANCE.getPart(),
                CONFORMANCE.getConformanceValue());
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp);
        doc.getDocumentCatalog().setMetadata(metadata);

        byte[] id = documentId(xhtml, now);
        COSArray ids = new COSArray(List.of(new COSString(id), new COSString(id)));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        doc.setDocumentId(clock.millis());
    }

    /** The id depends on what is printed and when, so two different documents never share one. */
    private static byte[] documentId(String xhtml, Calendar now) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(xhtml.getBytes(StandardCharsets.UTF_8));
            md5.update(Long.toString(now.getTimeInMillis()).getBytes(StandardCharsets.US_ASCII));
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
