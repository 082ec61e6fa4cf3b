package de.magdeburg.integration.netzwerk.templates.internal;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
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
import java.util.BitSet;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders XHTML to PDF/A-2u + PDF/UA-1 with OpenHTMLtoPDF, locked down so that it loads no
 * resource at all, and stamps the dates and document id from the clock so that the output is
 * byte-identical for the same input.
 *
 * <p>Immutable and thread-safe: the font files and the colour profile are read once, each render
 * gets its own renderer.
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

    private static final java.util.regex.Pattern TEXT_NODE = java.util.regex.Pattern.compile(">([^<]+)<");

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

    static {
        // OpenHTMLtoPDF logs through java.util.logging by default; a library stays quiet.
        XRLog.listRegisteredLoggers().forEach(l -> XRLog.setLevel(l, Level.OFF));
    }

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
     * @throws RenderException if rendering or writing fails
     */
    public List<String> render(String documentName, String title, String xhtml, PostProcessor post,
            OutputStream out) {
        Objects.requireNonNull(out, "out");
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
     * The four DejaVu faces and the fallback fonts, each parsed on first use and then kept; used by one render at a time. The
     * {@code PDType0Font} of a document is new for every document (it belongs to it), only the
     * parsed font program behind it is reused. PDFBox does not close a font it did not open, so the
     * set outlives the documents.
     */
    private static final class ParsedFonts {
        private final byte[][] files;
        private final TrueTypeFont[] parsed;

        /** Characters found in all four DejaVu faces, and those missing from one of them. */
        private final BitSet covered = new BitSet();
        private final BitSet lacking = new BitSet();
        /** Characters some font shows, and those no font has a glyph for. */
        private final BitSet printable = new BitSet();
        private final BitSet unprintable = new BitSet();

        ParsedFonts(byte[][] files) {
            this.files = files;
            this.parsed = new TrueTypeFont[files.length];
        }

        private TrueTypeFont parsed(int index) throws IOException {
            if (parsed[index] == null) {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(files[index]));
                // PDFBox 3 would set "fi", "ff" … as one ligature glyph whose text is U+FB01, U+FB00:
                // a search for "fiktiv" or "Treffen" in the PDF would fail, and screen readers stumble.
                // Arabic is shaped before layout (RightToLeft), so no script needs the GSUB table.
                font.setEnableGsub(false);
                parsed[index] = font;
            }
            return parsed[index];
        }

        /**
         * @return whether the document has a character one of the DejaVu faces has no glyph for
         *     (markup included: it is ASCII, which every face has)
         */
        boolean lacksAny(String xhtml) {
            try {
                for (int i = 0; i < xhtml.length(); ) {
                    int cp = xhtml.codePointAt(i);
                    i += Character.charCount(cp);
                    if (cp < 0x80 || covered.get(cp)) {
                        continue;
                    }
                    if (lacking.get(cp)) {
                        return true;
                    }
                    for (int face = 0; face < 4; face++) {
                        if (parsed(face).getUnicodeCmapLookup().getGlyphId(cp) == 0 && !Character.isISOControl(cp)) {
                            lacking.set(cp);
                            return true;
                        }
                    }
                    covered.set(cp);
                }
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the DejaVu fonts", e);
            }
        }

        /**
         * @return whether neither DejaVu Sans nor a fallback font has a glyph for the character
         *     (controls and format characters excepted: they draw nothing anyway)
         */
        boolean unprintable(int cp) {
            if (cp < 0x80 || printable.get(cp)) {
                return false;
            }
            if (unprintable.get(cp)) {
                return true;
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || Character.isWhitespace(cp)) {
                printable.set(cp);
                return false;
            }
            try {
                for (int i = 0; i < files.length; i++) {
                    // the bold and oblique faces (1-3) cover what the regular one does
                    if ((i == 0 || i >= 4) && parsed(i).getUnicodeCmapLookup().getGlyphId(cp) != 0) {
                        printable.set(cp);
                        return false;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the fonts", e);
            }
            unprintable.set(cp);
            return true;
        }

        /** @return the body's text nodes with a character no font shows, stripped, each once */
        List<String> unprintableTexts(String xhtml) {
            int body = xhtml.indexOf("<body");
            java.util.Set<String> texts = new java.util.LinkedHashSet<>();
            java.util.regex.Matcher m = TEXT_NODE.matcher(xhtml);
            for (int at = Math.max(body, 0); m.find(at); at = m.end(1)) {
                String text = m.group(1);
                if (text.codePoints().anyMatch(this::unprintable)) {
                    // as the data had it: without the typesetting's soft hyphens and no-break spaces
                    String value = text.replace("\u00AD", "").replace('\u00A0', ' ').strip()
                            .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
                    texts.add(value.length() > 200 ? value.substring(0, 199) + "…" : value);
                }
            }
            return List.copyOf(texts);
        }

        PDFontSupplier face(PDDocument doc, int index) {
            return new PDFontSupplier(null) {
                private PDFont font;

                @Override
                public PDFont supply() {
                    if (font == null) {
                        try {
                            font = PDType0Font.load(doc, parsed(index), true);
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot load font face " + index, e);
                        }
                    }
                    return font;
                }
            };
        }
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
