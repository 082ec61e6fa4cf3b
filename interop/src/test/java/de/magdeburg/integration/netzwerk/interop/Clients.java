package de.magdeburg.integration.netzwerk.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every client under test, and each one's filled corpus, computed once per test run. */
final class Clients {

    static final Client PDFTK = new PdftkClient(false);
    static final Client PDFTK_NEED_APPEARANCES = new PdftkClient(true);
    static final Client MUTOOL = new MutoolClient(false);
    static final Client MUTOOL_INCREMENTAL = new MutoolClient(true);
    static final Client PDFJS = new PdfJsClient();
    static final Client ITEXT = new ITextClient();

    static final List<Client> ALL = List.of(PDFTK, PDFTK_NEED_APPEARANCES, MUTOOL, MUTOOL_INCREMENTAL, PDFJS,
            ITEXT);

    private static final Map<String, Map<String, Client.Filled>> FILLED = new HashMap<>();

    private Clients() {
    }

    static Client byName(String name) {
        return ALL.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** @return the whole corpus filled by the client (computed on first use, then cached) */
    static synchronized Map<String, Client.Filled> filled(Client client) {
        client.requireInstalled();
        return FILLED.computeIfAbsent(client.name(), n -> {
            Path dir = Forms.workDir("filled/" + n);
            Map<String, Client.Filled> result = client.fill(Forms.blank(), Corpus.all(), dir);
            if (!result.keySet().containsAll(Corpus.all().stream().map(Corpus.Entry::id).toList())) {
                throw new AssertionError(n + " did not report on every record: " + result.keySet());
            }
            return Map.copyOf(result);
        });
    }

    static Client.Filled filled(Client client, String id) {
        return filled(client).get(id);
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
