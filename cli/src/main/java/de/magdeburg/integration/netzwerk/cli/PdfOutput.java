package de.magdeburg.integration.netzwerk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code -o FILE.pdf} option of every command that writes one PDF (a picocli mixin). */
final class PdfOutput {
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.pdf",
            description = "Die zu schreibende PDF-Datei (Pflicht).")
    Path file;
}
