package de.magdeburg.integration.netzwerk.cli;

import static de.magdeburg.integration.netzwerk.cli.CommandLineIT.run;
import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.forms.SignedForms;
import de.magdeburg.integration.netzwerk.cli.CommandLineIT.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code netzwerk form verify}: the signatures of a received form, integrity only (§1(2)). */
class FormVerifyIT {
    @TempDir
    static Path tmp;
    private static byte[] filled;

    @BeforeAll
    static void fill() throws Exception {
        Path pdf = tmp.resolve("ausgefuellt.pdf");
        Result fill = run("form", "fill", Path.of("..", "samples", "data", "declaration-change.json").toString(), "-o", pdf.toString());
        assertThat(fill.exit()).as(fill.err()).isZero();
        filled = Files.readAllBytes(pdf);
    }

    private static Result verify(String name, byte[] pdf) throws Exception {
        Path file = tmp.resolve(name);
        Files.write(file, pdf);
        return run("form", "verify", file.toString());
    }

    @Test
    void unsignedFormVerifiesAsNoSignature() throws Exception {
        Result r = verify("ohne.pdf", filled);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"signature\" : \"NONE\"").contains("\"signatures\" : [ ]")
                .contains("\"findings\" : [ ]");
    }

    @Test
    void signedFormVerifiesAsValidWithTheSignersName() throws Exception {
        Result r = verify("signiert.pdf", SignedForms.sign(filled, "Şükrü Yılmaz"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("""
                {
                  "signature" : "SIGNED_VALID",
                  "signatures" : [
                    {
                      "kind" : "SIGNATURE",
                      "signer" : "Şükrü Yılmaz",
                      "signingTime" : "2026-11-18T11:06:40Z",
                      "revision" : 2,
                      "intact" : true,
                      "changes" : "NONE",
                      "changedFields" : [ ],
                      "changedPages" : [ ]
                    }
                  ],
                  "findings" : [ ]
                }
                """);
    }

    @Test
    void formChangedAfterSigningVerifiesAsInvalidNamingTheField() throws Exception {
        byte[] changed = SignedForms.changeField(SignedForms.sign(filled, "Şükrü Yılmaz"), "organisation_name",
                "Untergeschobener Verein");
        Result r = verify("geaendert.pdf", changed);
        assertThat(r.exit()).as(r.err()).isEqualTo(NetzwerkCli.FINDINGS);
        assertThat(r.out()).contains("\"signature\" : \"SIGNED_INVALID\"").contains("""
                      "changes" : "NOT_ALLOWED",
                      "changedFields" : [
                        "organisation_name"
                      ],
                      "changedPages" : [ ]
                """).contains("Nach der Unterschrift von „Şükrü Yılmaz“ (Revision 2) wurde geändert: „organisation_name“.");
    }

    @Test
    void unreadableFileIsRefusedWithExitTwo() throws Exception {
        Result r = verify("kein.pdf", "kein PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(r.exit()).isEqualTo(NetzwerkCli.UNUSABLE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("netzwerk: " + tmp.resolve("kein.pdf") + ": ").doesNotContain("at de.");
        assertThat(r.err().lines().count()).isEqualTo(1);
    }
}
