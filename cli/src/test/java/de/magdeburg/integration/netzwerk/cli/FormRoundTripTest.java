package de.magdeburg.integration.netzwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code form fill} takes exactly what {@code form read} prints: read → fill → read gives the same. */
class FormRoundTripTest {
    @TempDir
    Path tmp;

    @Test
    void whatFormReadPrintsFillsTheSameFormAgain() throws Exception {
        Path first = tmp.resolve("erste.pdf");
        assertThat(Captured.run("form", "fill", Path.of("..", "samples", "data", "declaration-change.json").toString(),
                "-o", first.toString()).exit()).isZero();
        Captured read = Captured.run("form", "read", first.toString());
        assertThat(read.exit()).as(read.err()).isZero();
        assertThat(read.out()).startsWith("{\n  \"declaration\" : {").contains("\"findings\"");
        Path printed = Files.writeString(tmp.resolve("gelesen.json"), read.out());

        Path second = tmp.resolve("zweite.pdf");
        Captured fill = Captured.run("form", "fill", printed.toString(), "-o", second.toString());
        assertThat(fill.exit()).as(fill.err()).isZero();
        assertThat(fill.err()).isEmpty();

        assertThat(Captured.run("form", "read", second.toString()).out()).isEqualTo(read.out());
    }

    @Test
    void aReadingWithoutItsDeclarationIsStillRefusedNamingTheFile() throws Exception {
        Path json = Files.writeString(tmp.resolve("leer.json"), "{\"declaration\": null, \"findings\": []}");

        Captured fill = Captured.run("form", "fill", json.toString(), "-o", tmp.resolve("x.pdf").toString());

        assertThat(fill.exit()).isEqualTo(NetzwerkCli.UNUSABLE);
        assertThat(fill.err()).startsWith("netzwerk: " + json + ": ").contains(" / ");
    }
}
