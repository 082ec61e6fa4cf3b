package de.magdeburg.integration.netzwerk.core;

import de.magdeburg.integration.netzwerk.core.internal.AtomicFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One generated document — a PDF (the declaration form, an attendance sheet, minutes, a work plan,
 * an invitation, the partner overview), an iCalendar file, the mailing list's CSV or the portal
 * listing's HTML fragment — with the findings the rules reported while it was made.
 *
 * <pre>{@code
 * Output sheet = netzwerk.generate(new AttendanceSheet(meeting, register));
 * sheet.findings().forEach(f -> log.warn(f.message()));  // e.g. GO-1.5, a guest left off
 * sheet.writeTo(Path.of(sheet.fileName()));              // atomically
 * }</pre>
 *
 * <p>Immutable and thread-safe: the content is copied in and out, so an {@code Output} can be
 * kept, cached and written any number of times. Whoever receives it decides where it goes
 * ({@link #bytes()}, {@link #writeTo(OutputStream)}, {@link #writeTo(Path)}); nobody needs to
 * hand-roll a buffer.
 */
public final class Output {
    /** Media type of every PDF the library writes. */
    public static final String PDF = "application/pdf";
    /** Media type of the iCalendar files (RFC 5545). */
    public static final String CALENDAR = "text/calendar; charset=UTF-8";
    /** Media type of the mailing list (RFC 4180). */
    public static final String CSV = "text/csv; charset=UTF-8";
    /** Media type of the portal listing (an HTML fragment). */
    public static final String HTML = "text/html; charset=UTF-8";

    private final byte[] content;
    private final String mediaType;
    private final String fileName;
    private final List<Finding> findings;

    private Output(byte[] content, String mediaType, String fileName, List<Finding> findings) {
        this.content = content;
        this.mediaType = mediaType;
        this.fileName = fileName;
        this.findings = findings;
    }

    /**
     * @param content the document's bytes; not null, copied
     * @param mediaType e.g. {@link #PDF}; not empty
     * @param fileName a file name to suggest, without a directory ({@code anwesenheit.pdf}); not empty
     * @param findings what the rules reported while the document was made, in order; not null, copied
     * @return the value
     * @throws IllegalArgumentException if the file name names a directory
     */
    public static Output of(byte[] content, String mediaType, String fileName, List<Finding> findings) {
        Objects.requireNonNull(content, "content");
        if (Objects.requireNonNull(mediaType, "mediaType").isBlank()) {
            throw new IllegalArgumentException("mediaType is empty");
        }
        Objects.requireNonNull(fileName, "fileName");
        // a suggestion that a caller may pass on to Path.resolve: never a way out of its folder
        if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
            throw new IllegalArgumentException("Dateiname ungültig / invalid file name: '" + fileName + "'");
        }
        return new Output(content.clone(), mediaType, fileName, List.copyOf(findings));
    }

    /**
     * @param text a text document (calendar, CSV, HTML), encoded as UTF-8; not null
     * @param mediaType e.g. {@link #CALENDAR}; not empty
     * @param fileName a file name to suggest; not empty
     * @param findings what the rules reported; not null
     * @return the value
     */
    public static Output ofText(String text, String mediaType, String fileName, List<Finding> findings) {
        return of(text.getBytes(StandardCharsets.UTF_8), mediaType, fileName, findings);
    }

    /**
     * @param newFileName the file name to suggest instead; not empty, no directory
     * @param newMediaType the media type; not empty
     * @return the same content and findings under another name (the content is shared, not copied)
     */
    public Output named(String newFileName, String newMediaType) {
        Output checked = of(new byte[0], newMediaType, newFileName, List.of());
        return new Output(content, checked.mediaType, checked.fileName, findings);
    }

    /** @return a copy of the document's bytes */
    public byte[] bytes() {
        return content.clone();
    }

    /** @return the document's length in bytes */
    public int size() {
        return content.length;
    }

    /** @return the document as UTF-8 text; meaningful for the text documents (calendar, CSV, HTML) */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /** @return a fresh stream over the bytes, e.g. for a web response */
    public InputStream inputStream() {
        return new ByteArrayInputStream(content);
    }

    /**
     * @param out receives the document; not null, not closed
     * @return this value, so that a caller can go on with {@link #findings()}
     * @throws NetzwerkException if the stream fails
     */
    public Output writeTo(OutputStream out) {
        Objects.requireNonNull(out, "out");
        try {
            out.write(content);
        } catch (IOException e) {
            throw new NetzwerkException("Dokument kann nicht geschrieben werden / cannot write the document "
                    + fileName + ": " + e.getMessage(), e);
        }
        return this;
    }

    /**
     * Creates or replaces the file atomically: the content is written to a temporary file in the
     * same directory and moved over the target ({@code ATOMIC_MOVE}), so a reader never sees a
     * half-written document and a failure leaves the old file as it was.
     *
     * @param file the file; not null; its directory must exist
     * @return this value
     * @throws NetzwerkException if the file cannot be written, naming it
     */
    public Output writeTo(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            AtomicFiles.replace(file, out -> out.write(content));
        } catch (IOException | UncheckedIOException e) {
            // the file system's wording names Java's exception classes: the file is what people need
            throw new NetzwerkException("Datei kann nicht geschrieben werden / cannot write " + file, e);
        }
        return this;
    }

    /** @return the findings reported while the document was made (GO-1.5, DOC, FONT …); may be empty */
    public List<Finding> findings() {
        return findings;
    }

    /** @return the media type, e.g. {@link #PDF} */
    public String mediaType() {
        return mediaType;
    }

    /** @return the suggested file name, without a directory */
    public String fileName() {
        return fileName;
    }

    /** Equal when content, media type, file name and findings are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Output other && Arrays.equals(content, other.content) && mediaType.equals(other.mediaType)
                && fileName.equals(other.fileName) && findings.equals(other.findings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(content), mediaType, fileName, findings);
    }

    @Override
    public String toString() {
        return "Output[" + fileName + ", " + mediaType + ", " + content.length + " bytes, " + findings.size()
                + " findings]";
    }
}
