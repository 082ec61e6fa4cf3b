package de.magdeburg.integration.netzwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/** The documents of {@code netzwerk demo}, written once per test run into target/demo-print. */
final class DemoOutput {
    private static final Path DIR = Path.of("target/demo-print");
    private static boolean written;

    private DemoOutput() {
    }

    /** @return the directory with the demo's files */
    static synchronized Path dir() {
        if (!written) {
            assertThat(new CommandLine(new DemoCommand()).execute("-o", DIR.toString())).isZero();
            written = true;
        }
        return DIR;
    }

    /** @return the PDFs of the templates module; the declaration form has its own layout tests */
    static List<String> printedDocuments() {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".pdf") && !n.startsWith("erklaerung")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return every PDF of the demo, the declaration forms included */
    static List<String> pdfs() {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the bytes of one of the demo's files */
    static byte[] read(String name) {
        try {
            return Files.readAllBytes(dir().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
