package de.magdeburg.integration.netzwerk.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A third-party PDF client that fills the declaration form the way a partner's tool would. */
interface Client {

    /** What one fill produced: the file, or why there is none. */
    record Filled(String id, Path file, String error) {
        static Filled ok(String id, Path file) {
            return new Filled(id, file, null);
        }

        static Filled failed(String id, String error) {
            return new Filled(id, null, error);
        }

        /** @return the filled PDF's bytes; fails with the client's error when it produced none */
        byte[] bytes() {
            if (file == null) {
                throw new AssertionError("the client did not fill " + id + ": " + error);
            }
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** @return a short name for test names and directories */
    String name();

    /** Fails under CI, skips elsewhere, when the client is not installed. */
    void requireInstalled();

    /** @return the client and its exact version, as it reports it */
    String version();

    /**
     * Fills the blank form once per entry.
     *
     * @param blank the blank form
     * @param entries the records
     * @param dir where the filled files go
     * @return per record id what was produced, for every entry
     */
    Map<String, Filled> fill(byte[] blank, List<Corpus.Entry> entries, Path dir);
}
