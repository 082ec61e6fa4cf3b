package de.magdeburg.integration.netzwerk.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.forms.DeclarationForm;
import de.magdeburg.integration.netzwerk.forms.Input;
import de.magdeburg.integration.netzwerk.forms.SignatureReading;
import de.magdeburg.integration.netzwerk.signatures.SignatureVerdict.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Forms signed at every PAdES level with a PKI built here, judged by DSS with the test CA as trust
 * anchor and the CRL as a file — offline — and by forms' own revision analysis, which must agree on
 * integrity in every case.
 */
class SignatureValidatorTest {
    private static final DeclarationForm FORM = DeclarationForm.create();
    private static TestPki pki;
    private static DssSigner signer;
    private static SignatureValidator validator;
    private static byte[] blank;

    @BeforeAll
    static void pki() throws Exception {
        pki = new TestPki(Instant.now());
        signer = new DssSigner(pki);
        validator = SignatureValidator.builder().trustAnchors(List.of(pki.ca.certificate()))
                .crls(List.of(pki.crl())).build();
        blank = FORM.blank().bytes();
    }

    @Test
    void baselineBWithTheTestAnchorPasses() throws Exception {
        byte[] signed = signer.sign(blank, pki.partner, SignatureLevel.PAdES_BASELINE_B, "signature");
        SignatureVerdict verdict = only(signed);
        assertThat(verdict.signer()).isEqualTo("Şükrü Yılmaz");
        assertThat(verdict.field()).isEqualTo("signature");
        assertThat(verdict.format()).isEqualTo("PAdES-BASELINE-B");
        assertThat(verdict.indication()).as(verdict.subIndication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(verdict.level()).isEqualTo(SignatureVerdict.Level.NOT_DETERMINED);
    }

    @Test
    void baselineTPassesWithTheAuthoritysTime() throws Exception {
        byte[] signed = signer.sign(blank, pki.partner, SignatureLevel.PAdES_BASELINE_T, "signature");
        SignatureVerdict verdict = only(signed);
        assertThat(verdict.indication()).as(verdict.subIndication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(verdict.format()).isEqualTo("PAdES-BASELINE-T");
        assertThat(verdict.signingTime()).isPresent();
    }

    @Test
    void baselineLtPassesWithoutRevocationDataFromOutside() throws Exception {
        byte[] signed = signer.sign(blank, pki.partner, SignatureLevel.PAdES_BASELINE_LT, "signature");
        SignatureValidation result = SignatureValidator.builder().trustAnchors(List.of(pki.ca.certificate()))
                .build().validate(signed);
        SignatureVerdict verdict = result.signatures().get(0);
        assertThat(verdict.indication()).as(verdict.subIndication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(verdict.format()).isEqualTo("PAdES-BASELINE-LT");
        assertThat(formsSays(signed)).extracting(SignatureReading::changes)
                .containsExactly(SignatureReading.Changes.ALLOWED);
        assertIntegrityAgrees(signed, result);
    }

    @Test
    void baselineLtaPassesAndFormsReadsItValid() throws Exception {
        byte[] signed = signer.sign(blank, pki.partner, SignatureLevel.PAdES_BASELINE_LTA, "signature");
        SignatureVerdict verdict = only(signed);
        assertThat(verdict.indication()).as(verdict.subIndication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(verdict.format()).isEqualTo("PAdES-BASELINE-LTA");
        assertThat(FORM.read(Input.of(signed)).declaration().signature())
                .isEqualTo(de.magdeburg.integration.netzwerk.core.SignatureStatus.SIGNED_VALID);
    }

    @Test
    void twoSignersOfTheBoardBothPassInTheFormsTwoSignatureFields() throws Exception {
        byte[] once = signer.sign(blank, pki.partner, SignatureLevel.PAdES_BASELINE_T, "signature");
        byte[] twice = signer.sign(once, pki.board, SignatureLevel.PAdES_BASELINE_T,
                DeclarationForm.SECOND_SIGNATURE_FIELD);
        SignatureValidation result = validator.validate(twice);
        // DSS lets the second signature into signature_2 (the partner's /Lock leaves it open) and both
        // pass. Its default policy still reports a change after the partner's signature: the
        // appearance DSS itself drew into signature_2 (a visual difference on page 1, an XObject
        // replaced) — a warning, not a failure; forms does not compare a signature field's own
        // appearance and counts the second signature as allowed
        assertThat(result.signatures()).extracting(SignatureVerdict::field, SignatureVerdict::signer,
                SignatureVerdict::indication, SignatureVerdict::changedAfterSigning).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("signature", "Şükrü Yılmaz", Indication.TOTAL_PASSED, true),
                        org.assertj.core.groups.Tuple.tuple("signature_2", "Olena Shevchenko", Indication.TOTAL_PASSED,
                                false));
        assertThat(FORM.read(Input.of(twice)).declaration().signature())
                .isEqualTo(de.magdeburg.integration.netzwerk.core.SignatureStatus.SIGNED_VALID);
        assertThat(formsSays(twice)).extracting(SignatureReading::field, SignatureReading::changes).containsExactly(
                org.assertj.core.groups.Tuple.tuple("signature", SignatureReading.Changes.ALLOWED),
                org.assertj.core.groups.Tuple.tuple("signature_2", SignatureReading.Changes.NONE));
        assertIntegrityAgrees(twice, result);
    }

    @Test
    void fieldOutsideTheFirstSignaturesLockIsRefusedByDss() throws Exception {
        // the partner's /Lock leaves only signature_2 open: a third signature in a new field is refused
        byte[] once = signer.sign(blank, pki.partner, SignatureLevel.PAdES_BASELINE_B, "signature");
        byte[] twice = signer.sign(once, pki.board, SignatureLevel.PAdES_BASELINE_B,
                DeclarationForm.SECOND_SIGNATURE_FIELD);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> signer.sign(twice, pki.partner, SignatureLevel.PAdES_BASELINE_B, null))
                .hasMessageContaining("FieldMDP dictionary does not permit a new signature creation");
    }

    @Test
    void unknownCaIsIndeterminate() throws Exception {
        byte[] signed = signer.sign(blank, pki.partner, SignatureLevel.PAdES_BASELINE_T, "signature");
        SignatureVerdict verdict = SignatureValidator.create().validate(signed).signatures().get(0);
        assertThat(verdict.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(verdict.subIndication()).isEqualTo("NO_CERTIFICATE_CHAIN_FOUND");
    }

    @Test
    void revokedCertificateIsRevokedWithoutProofOfExistence() throws Exception {
        byte[] signed = signer.sign(blank, pki.revoked, SignatureLevel.PAdES_BASELINE_T, "signature");
        // revoked an hour before signing, CRL issued after the signature timestamp: DSS's default
        // policy answers INDETERMINATE/REVOKED_NO_POE (ETSI EN 319 102-1), not TOTAL_FAILED
        SignatureVerdict verdict = afterFreshCrl(signed).signatures().get(0);
        assertThat(verdict.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(verdict.subIndication()).isEqualTo("REVOKED_NO_POE");
        assertThat(verdict.intact()).isTrue();
    }

    @Test
    void revokedCertificateFailsWhenAContentTimestampProvesItSignedAfterTheRevocation() throws Exception {
        // the content timestamp is a signed attribute: the signature was made after its time, which is
        // after the revocation (ETSI EN 319 102-1 § 5.3.4, step 4 c) — DSS answers FAILED/REVOKED
        byte[] signed = signer.signAfterContentTimestamp(blank, pki.revoked, SignatureLevel.PAdES_BASELINE_T,
                "signature");
        SignatureValidation result = afterFreshCrl(signed);
        SignatureVerdict verdict = result.signatures().get(0);
        assertThat(verdict.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(verdict.subIndication()).isEqualTo("REVOKED");
        assertThat(verdict.intact()).isTrue();
        assertThat(result.findings().get(0).messageEn()).startsWith("The signature of \"Widerrufen Test\" is"
                + " invalid (TOTAL_FAILED/REVOKED;");
    }

    @Test
    void certificateRevokedAfterTheSignatureTimestampStillPasses() throws Exception {
        // the signature timestamp proves the signature existed before the revocation (past signature
        // validation, ETSI EN 319 102-1 § 5.6.2.4): a later revocation does not void it
        byte[] signed = signer.sign(blank, pki.revokedLater, SignatureLevel.PAdES_BASELINE_T, "signature");
        // timestamps and CRLs count whole seconds: revoke at least one second after the timestamp
        Thread.sleep(2_100);
        byte[] crl = pki.crlRevokingLater(Instant.now().minusMillis(500));
        Thread.sleep(1_100);
        SignatureValidation result = SignatureValidator.builder().trustAnchors(List.of(pki.ca.certificate()))
                .crls(List.of(crl)).build().validate(signed);
        SignatureVerdict verdict = result.signatures().get(0);
        assertThat(verdict.indication()).as(verdict.subIndication()).isEqualTo(Indication.TOTAL_PASSED);
        assertIntegrityAgrees(signed, result);
    }

    @Test
    void expiredCertificateIsIndeterminate() throws Exception {
        byte[] signed = signer.sign(blank, pki.expired, SignatureLevel.PAdES_BASELINE_T, "signature");
        SignatureVerdict verdict = only(signed);
        assertThat(verdict.indication()).isEqualTo(Indication.INDETERMINATE);
        // DSS's default policy: the chain of a certificate expired before the signature timestamp fails
        // as a whole (no revocation data can cover it any more)
        assertThat(verdict.subIndication()).isEqualTo("CERTIFICATE_CHAIN_GENERAL_FAILURE");
    }

    @Test
    void alteredSignedBytesFailAsHashFailure() throws Exception {
        byte[] signed = signer.sign(blank, pki.partner, SignatureLevel.PAdES_BASELINE_T, "signature");
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("/Producer");
        assertThat(at).isPositive();
        byte[] altered = signed.clone();
        altered[at + 3] = 'x';
        SignatureValidation result = validator.validate(altered);
        SignatureVerdict verdict = result.signatures().get(0);
        assertThat(verdict.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(verdict.subIndication()).isEqualTo("HASH_FAILURE");
        assertIntegrityAgrees(altered, result);
    }

    @Test
    void valueChangedAfterSigningIsNamedByBoth() throws Exception {
        byte[] signed = signer.sign(blank, pki.partner, SignatureLevel.PAdES_BASELINE_T, "signature");
        byte[] changed = update(signed, doc -> {
            COSDictionary field = doc.getDocumentCatalog().getAcroForm(null).getField("organisation_name")
                    .getCOSObject();
            field.setString(COSName.V, "Untergeschobener Verein");
            field.setNeedToBeUpdated(true);
        });
        SignatureValidation result = validator.validate(changed);
        SignatureVerdict verdict = result.signatures().get(0);
        // DSS's default policy only warns about form-fill changes: it passes, and says what changed
        assertThat(verdict.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(verdict.changedAfterSigning()).isTrue();
        // DSS sees the change but does not name the field (PDFBox rewrote the field dictionary in place)
        assertThat(result.findings()).extracting(f -> f.messageEn()).contains("The file was changed after the"
                + " signature of \"Şükrü Yılmaz\" (fields: –); only the state before was signed.");
        SignatureReading forms = formsSays(changed).get(0);
        assertThat(forms.changes()).isEqualTo(SignatureReading.Changes.NOT_ALLOWED);
        assertThat(forms.changedFields()).containsExactly("organisation_name");
        assertIntegrityAgrees(changed, result);
    }

    @Test
    void contentDrawnOverTheSignedPageIsAChangeForBoth() throws Exception {
        byte[] signed = signer.sign(blank, pki.partner, SignatureLevel.PAdES_BASELINE_T, "signature");
        byte[] shadowed = update(signed, doc -> {
            PDPage page = doc.getPage(0);
            COSStream overlay = doc.getDocument().createCOSStream();
            try (var out = overlay.createOutputStream()) {
                out.write("1 1 1 rg 50 600 300 40 re f".getBytes(StandardCharsets.US_ASCII));
            }
            COSArray contents = new COSArray();
            contents.add(page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
            contents.add(overlay);
            page.getCOSObject().setItem(COSName.CONTENTS, contents);
            page.getCOSObject().setNeedToBeUpdated(true);
        });
        SignatureValidation result = validator.validate(shadowed);
        assertThat(result.signatures().get(0).changedAfterSigning()).isTrue();
        assertThat(formsSays(shadowed).get(0).changedPages()).containsExactly(1);
        assertIntegrityAgrees(shadowed, result);
    }

    @Test
    void findingsAreGermanAndEnglishAndTheEtsiReportIsXml() throws Exception {
        byte[] signed = signer.sign(blank, pki.revoked, SignatureLevel.PAdES_BASELINE_T, "signature");
        SignatureValidation result = afterFreshCrl(signed);
        assertThat(result.findings()).hasSize(1);
        String time = result.signatures().get(0).signingTime().orElseThrow().toString();
        assertThat(result.findings().get(0).message()).isEqualTo("Die Signatur von „Widerrufen Test“ lässt sich"
                + " nicht abschließend prüfen (INDETERMINATE/REVOKED_NO_POE; Stufe nach eIDAS nicht bestimmt (" + result.signatures().get(0).qualification()
                + "); Zeit " + time + ").");
        assertThat(result.findings().get(0).messageEn()).isEqualTo("The signature of \"Widerrufen Test\" cannot be"
                + " decided (INDETERMINATE/REVOKED_NO_POE; eIDAS level not determined (" + result.signatures().get(0).qualification()
                + "); time " + time + ").");
        assertThat(new String(result.etsiReport(), StandardCharsets.UTF_8)).contains("ValidationReport")
                .contains("urn:etsi:019102:mainindication:indeterminate");
    }

    /** Validates with a CRL issued after the signature's timestamp, which proves the revocation came first. */
    private static SignatureValidation afterFreshCrl(byte[] pdf) throws Exception {
        Thread.sleep(1_100);
        SignatureValidation result = SignatureValidator.builder().trustAnchors(List.of(pki.ca.certificate()))
                .crls(List.of(pki.crl(Instant.now()))).build().validate(pdf);
        assertIntegrityAgrees(pdf, result);
        return result;
    }

    private static SignatureVerdict only(byte[] pdf) {
        SignatureValidation result = validator.validate(pdf);
        assertThat(result.signatures()).hasSize(1);
        assertIntegrityAgrees(pdf, result);
        return result.signatures().get(0);
    }

    private static List<SignatureReading> formsSays(byte[] pdf) {
        return FORM.read(Input.of(pdf)).signatures().stream().filter(s -> s.kind() == SignatureReading.Kind.SIGNATURE).toList();
    }

    /** forms' answer without DSS and DSS's answer agree on each signature's integrity. */
    private static void assertIntegrityAgrees(byte[] pdf, SignatureValidation dss) {
        List<SignatureReading> forms = formsSays(pdf);
        assertThat(forms).hasSameSizeAs(dss.signatures());
        assertThat(forms).extracting(SignatureReading::intact)
                .containsExactlyInAnyOrderElementsOf(dss.signatures().stream().map(SignatureVerdict::intact).toList());
    }

    private interface Change {
        void apply(PDDocument doc) throws IOException;
    }

    private static byte[] update(byte[] pdf, Change change) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            change.apply(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }
}
