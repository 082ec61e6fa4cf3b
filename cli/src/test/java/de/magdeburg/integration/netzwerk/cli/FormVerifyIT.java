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

    private static Result verify(String name, byte[] pdf, String... options) throws Exception {
        Path file = tmp.resolve(name);
        Files.write(file, pdf);
        var args = new java.util.ArrayList<>(java.util.List.of("form", "verify", file.toString()));
        args.addAll(java.util.List.of(options));
        return run(args.toArray(String[]::new));
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
                      "changedPages" : [ ],
                      "indication" : "INDETERMINATE",
                      "subIndication" : "NO_CERTIFICATE_CHAIN_FOUND",
                      "level" : "NOT_DETERMINED",
                      "format" : "PDF-NOT-ETSI"
                    }
                  ],
                  "findings" : [ ]
                }
                """);
    }

    @Test
    void signerTrustedAsAnchorPassesWithDss() throws Exception {
        SignedForms.Signed signed = SignedForms.signWithCertificate(filled, "Şükrü Yılmaz");
        Path anchor = tmp.resolve("anker.pem");
        Files.writeString(anchor, signed.certificatePem());
        Result r = verify("vertraut.pdf", signed.pdf(), "--trust-anchor", anchor.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"indication\" : \"TOTAL_PASSED\"").contains("\"subIndication\" : null");
    }

    @Test
    void alteredSignedBytesFailWithDssAndExitOne() throws Exception {
        byte[] signed = SignedForms.sign(filled, "Şükrü Yılmaz");
        String text = new String(signed, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("/Producer");
        assertThat(at).isPositive();
        signed[at + 3] = 'x';
        Result r = verify("verfaelscht.pdf", signed);
        assertThat(r.exit()).as(r.err()).isEqualTo(NetzwerkCli.FINDINGS);
        assertThat(r.out()).contains("\"indication\" : \"TOTAL_FAILED\"")
                .contains("\"subIndication\" : \"HASH_FAILURE\"");
    }

    @Test
    void trustAnchorThatIsNoCertificateIsRefusedWithExitTwo() throws Exception {
        Path notPem = tmp.resolve("kein-zertifikat.pem");
        Files.writeString(notPem, "kein Zertifikat");
        Result r = verify("signiert2.pdf", SignedForms.sign(filled, "Şükrü Yılmaz"), "--trust-anchor", notPem.toString());
        assertThat(r.exit()).isEqualTo(NetzwerkCli.UNUSABLE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("netzwerk: " + notPem + ": ").contains("no X.509 certificate (PEM or DER)");
        assertThat(r.err().lines().count()).isEqualTo(1);
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
                      "changedPages" : [ ],
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
