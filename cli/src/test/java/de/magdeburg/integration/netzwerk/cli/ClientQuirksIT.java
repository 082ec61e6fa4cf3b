package de.magdeburg.integration.netzwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.forms.ClientQuirks;
import de.magdeburg.integration.netzwerk.forms.DeclarationForm;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four files of issue 22 through {@code netzwerk form read} and {@code attendance read}: exact
 * values, or exit 2 with FOREIGN_FORM naming the field — never a stale or foreign value.
 */
class ClientQuirksIT {
    private static final DeclarationForm FORM = DeclarationForm.builder().build();

    @TempDir
    static Path tmp;

    @Test
    void pypdfStringRadioValueReadsAsChangeRequest() throws Exception {
        Path file = write("pypdf.pdf", ClientQuirks.pypdfChangeRequest(FORM.prefilled(ClientQuirks.declaration()).bytes()));
        var r = CommandLineIT.run("form", "read", file.toString());
        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        assertThat(r.out()).contains("\"request\" : \"CHANGE\"").doesNotContain("\"field\" : \"request\"");
    }

    @Test
    void sheetTickedInPdfiumAndSavedIncrementallyReadsTheNewTicks() throws Exception {
        Path file = write("pdfium.pdf", ClientQuirks.pdfiumIncrementalSheet());
        var r = CommandLineIT.run("attendance", "read", file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("\"present\" : false");
        assertThat(r.out().split("\"present\" : true", -1)).hasSize(3);
    }

    @Test
    void secondOrganisationNameFieldIsAForeignFormNamingIt() throws Exception {
        Path file = write("doppelt.pdf", ClientQuirks.duplicateOrganisationName());
        var r = CommandLineIT.run("form", "read", file.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("netzwerk: " + file + ": Die PDF-Datei ist nicht das erwartete"
                + " Formular des Netzwerks (das Feld „organisation_name“ ist zweimal definiert). / The PDF file is"
                + " not the network's form that was expected (the field \"organisation_name\" is defined twice)."
                + " [FOREIGN_FORM]");
    }

    @Test
    void dateTypedWithSpacesReadsAsTheDate() throws Exception {
        Path file = write("datum.pdf", ClientQuirks.spacedDate(FORM.prefilled(ClientQuirks.declaration()).bytes()));
        var r = CommandLineIT.run("form", "read", file.toString());
        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        assertThat(r.out()).contains("\"date\" : \"2027-03-05\"");
    }

    private static Path write(String name, byte[] pdf) throws Exception {
        return Files.write(tmp.resolve(name), pdf);
    }
}
