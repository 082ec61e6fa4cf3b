package de.magdeburg.integration.netzwerk.forms;

import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import de.magdeburg.integration.netzwerk.forms.internal.UntrustedPdf;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An untrusted file to read — a returned declaration (§ 1 Abs. 2), a ticked attendance sheet
 * (§ 1 Abs. 4) or a received form to archive — given as bytes, a stream or a path. Every reader
 * of the library takes this one type and reads it within its configured {@link ReadLimits}: a file
 * is measured before it is read, a stream is read to at most {@code maxBytes + 1} bytes, so no
 * caller has to re-implement the size limit.
 *
 * <pre>{@code
 * netzwerk.readDeclaration(Input.of(Path.of("erklaerung.pdf")));
 * netzwerk.readDeclaration(Input.of(upload.getInputStream()));
 * }</pre>
 *
 * <p>Immutable; an input made from a stream can be read once (the stream is not closed).
 */
public final class Input {
    private final byte[] bytes;
    private final Path file;
    private final InputStream stream;

    private Input(byte[] bytes, Path file, InputStream stream) {
        this.bytes = bytes;
        this.file = file;
        this.stream = stream;
    }

    /**
     * @param bytes the whole file; not null; not copied (the readers do not change it)
     * @return the input
     */
    public static Input of(byte[] bytes) {
        return new Input(Objects.requireNonNull(bytes, "bytes"), null, null);
    }

    /**
     * @param file the file; not null; read when a reader needs it
     * @return the input
     */
    public static Input of(Path file) {
        return new Input(null, Objects.requireNonNull(file, "file"), null);
    }

    /**
     * @param stream the file's bytes; not null, not closed, read once
     * @return the input
     */
    public static Input of(InputStream stream) {
        return new Input(null, null, Objects.requireNonNull(stream, "stream"));
    }

    /**
     * Reads the whole input within the limits.
     *
     * @param limits the bounds; not null
     * @return the bytes
     * @throws FormReadException with reason {@code TOO_LARGE} if the input exceeds
     *     {@link ReadLimits#maxBytes()}, before more than {@code maxBytes + 1} bytes were read
     * @throws NetzwerkException if the file or stream cannot be read, naming the file
     */
    public byte[] read(ReadLimits limits) {
        Objects.requireNonNull(limits, "limits");
        if (bytes != null) {
            if (bytes.length > limits.maxBytes()) {
                throw UntrustedPdf.tooLarge(bytes.length, limits);
            }
            return bytes;
        }
        try {
            if (file != null) {
                long size = Files.size(file);
                if (size > limits.maxBytes()) {
                    throw UntrustedPdf.tooLarge(size, limits);
                }
                try (InputStream in = Files.newInputStream(file)) {
                    return bounded(in, limits);
                }
            }
            return bounded(stream, limits);
        } catch (NoSuchFileException e) {
            throw new NetzwerkException("Datei nicht gefunden / file not found: " + file, e);
        } catch (IOException e) {
            throw new NetzwerkException("Datei kann nicht gelesen werden / cannot read " + describe() + ": "
                    + e.getMessage(), e);
        }
    }

    private static byte[] bounded(InputStream in, ReadLimits limits) throws IOException {
        // one byte more than allowed tells "exactly at the limit" from "over it" without reading on
        byte[] read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        if (read.length > limits.maxBytes()) {
            throw UntrustedPdf.tooLarge(read.length, limits);
        }
        return read;
    }

    /** @return the file this input reads, if it was made from a path */
    public java.util.Optional<Path> file() {
        return java.util.Optional.ofNullable(file);
    }

    private String describe() {
        return file != null ? file.toString() : bytes != null ? "bytes" : "stream";
    }

    @Override
    public String toString() {
        return "Input[" + (bytes != null ? bytes.length + " bytes" : describe()) + "]";
    }
}
