package de.magdeburg.integration.netzwerk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTest {
    private static final Finding WARNING = new Finding(Severity.WARNING, "FONT", "name", "nicht druckbar", "");

    @TempDir
    Path dir;

    @Test
    void bytesAreCopiedInAndOutSoTheValueStaysUnchanged() {
        byte[] content = {1, 2, 3};
        Output output = Output.of(content, Output.PDF, "liste.pdf", List.of(WARNING));
        content[0] = 9;
        output.bytes()[1] = 9;

        assertThat(output.bytes()).containsExactly(1, 2, 3);
        assertThat(output.findings()).containsExactly(WARNING);
    }

    @Test
    void writingToAStreamGivesTheBytesAndReturnsTheFindings() {
        var out = new ByteArrayOutputStream();

        List<Finding> findings = Output.ofText("ä;ö\r\n", Output.CSV, "verteiler.csv", List.of(WARNING)).writeTo(out)
                .findings();

        assertThat(out.toByteArray()).containsExactly(0xC3, 0xA4, ';', 0xC3, 0xB6, '\r', '\n');
        assertThat(findings).containsExactly(WARNING);
    }

    @Test
    void writingToAFileReplacesItAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("einladung.ics");
        Files.writeString(file, "alt");

        Output.ofText("neu", Output.CALENDAR, "einladung.ics", List.of()).writeTo(file);

        assertThat(Files.readString(file)).isEqualTo("neu");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFileInAMissingFolderIsANetzwerkExceptionNamingTheFile() {
        Path file = dir.resolve("fehlt").resolve("liste.pdf");

        assertThatThrownBy(() -> Output.of(new byte[] {1}, Output.PDF, "liste.pdf", List.of()).writeTo(file))
                .isInstanceOf(NetzwerkException.class)
                .hasMessage("Datei kann nicht geschrieben werden / cannot write " + file);
    }

    @Test
    void aSuggestedFileNameNeverLeavesItsFolder() {
        assertThatThrownBy(() -> Output.of(new byte[0], Output.PDF, "../x.pdf", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Dateiname ungültig / invalid file name: '../x.pdf'");
    }

    @Test
    void aRenamedOutputKeepsContentAndFindings() {
        Output output = Output.of(new byte[] {7}, Output.PDF, "a.pdf", List.of(WARNING)).named("b.pdf", Output.PDF);

        assertThat(output.fileName()).isEqualTo("b.pdf");
        assertThat(output.bytes()).containsExactly(7);
        assertThat(output.findings()).containsExactly(WARNING);
    }
}
