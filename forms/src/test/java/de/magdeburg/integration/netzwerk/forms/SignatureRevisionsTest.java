package de.magdeburg.integration.netzwerk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.SignatureStatus;
import de.magdeburg.integration.netzwerk.forms.SignatureReading.Changes;
import de.magdeburg.integration.netzwerk.forms.SignatureReading.Kind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The revision analysis without trust lists: which revision each signature covers and what changed
 * after it — long-term validation data, document timestamps and further signatures are allowed;
 * values, appearances and page content are not.
 */
class SignatureRevisionsTest {
    private static TestSigner partner;
    private static TestSigner board;
    private static TestSigner tsa;
    private static byte[] prefilled;

    @BeforeAll
    static void keys() throws Exception {
        partner = TestSigner.create("Şükrü Yılmaz", false);
        board = TestSigner.create("Olena Shevchenko", false);
        tsa = TestSigner.create("Test TSA", true);
        prefilled = Samples.FORM.prefilled(Samples.complete()).bytes();
    }

    @Test
    void signedFormNamesSignerTimeAndRevision() throws Exception {
        byte[] signed = partner.sign(prefilled, "signature", null);
        DeclarationReading reading = Samples.FORM.read(Input.of(signed));
        assertThat(reading.declaration().signature()).isEqualTo(SignatureStatus.SIGNED_VALID);
        assertThat(reading.signatures()).containsExactly(new SignatureReading(Kind.SIGNATURE, "signature",
                "Şükrü Yılmaz", Optional.of(Instant.ofEpochMilli(TestSigner.WHEN)), 2, signed.length, true,
                Changes.NONE, List.of(), List.of(), Optional.empty()));
    }

    @Test
    void signatureTimestampGivesTheAuthoritysTime() throws Exception {
        byte[] signed = partner.sign(prefilled, "signature", tsa);
        SignatureReading only = Samples.FORM.read(Input.of(signed)).signatures().get(0);
        assertThat(only.signingTime()).contains(Instant.ofEpochMilli(TestSigner.WHEN + 60_000));
        assertThat(only.valid()).isTrue();
    }

    @Test
    void longTermValidationDataAfterSigningKeepsItValid() throws Exception {
        byte[] bLt = TestSigner.addDss(partner.sign(prefilled, "signature", tsa), partner.certificate(),
                tsa.certificate());
        DeclarationReading reading = Samples.FORM.read(Input.of(bLt));
        assertThat(reading.declaration()).isEqualTo(Samples.complete().withSignature(SignatureStatus.SIGNED_VALID));
        assertThat(reading.findings()).isEmpty();
        SignatureReading only = reading.signatures().get(0);
        assertThat(only.changes()).isEqualTo(Changes.ALLOWED);
        assertThat(only.revision()).isEqualTo(2);
        assertThat(only.revisionEnd()).isLessThan(bLt.length);
    }

    @Test
    void documentTimestampAfterValidationDataKeepsItValid() throws Exception {
        byte[] bLt = TestSigner.addDss(partner.sign(prefilled, "signature", tsa), partner.certificate(),
                tsa.certificate());
        byte[] bLta = tsa.documentTimestamp(bLt);
        DeclarationReading reading = Samples.FORM.read(Input.of(bLta));
        assertThat(reading.declaration().signature()).isEqualTo(SignatureStatus.SIGNED_VALID);
        assertThat(reading.signatures()).extracting(SignatureReading::kind, SignatureReading::signer,
                SignatureReading::revision, SignatureReading::changes).containsExactly(
                        tuple(Kind.SIGNATURE, "Şükrü Yılmaz", 2, Changes.ALLOWED),
                        tuple(Kind.DOCUMENT_TIMESTAMP, "Test TSA", 4, Changes.NONE));
    }

    @Test
    void secondSignerInANewFieldKeepsBothValid() throws Exception {
        byte[] twice = board.sign(partner.sign(prefilled, "signature", null), null, null);
        DeclarationReading reading = Samples.FORM.read(Input.of(twice));
        assertThat(reading.declaration().signature()).isEqualTo(SignatureStatus.SIGNED_VALID);
        assertThat(reading.signatures()).extracting(SignatureReading::signer, SignatureReading::changes)
                .containsExactly(tuple("Şükrü Yılmaz", Changes.ALLOWED),
                        tuple("Olena Shevchenko", Changes.NONE));
    }

    @Test
    void boardOfTwoSignsIntoTheFormsTwoSignatureFieldsAndBothReadValid() throws Exception {
        byte[] twice = board.sign(partner.sign(prefilled, "signature", null), DeclarationForm.SECOND_SIGNATURE_FIELD,
                null);
        DeclarationReading reading = Samples.FORM.read(Input.of(twice));
        assertThat(reading.declaration().signature()).isEqualTo(SignatureStatus.SIGNED_VALID);
        assertThat(reading.signatures()).extracting(SignatureReading::field, SignatureReading::signer,
                SignatureReading::changes, SignatureReading::intact).containsExactly(
                        tuple("signature", "Şükrü Yılmaz", Changes.ALLOWED, true),
                        tuple("signature_2", "Olena Shevchenko", Changes.NONE, true));
        assertThat(reading.findings()).isEmpty();
    }

    @Test
    void valueChangedAfterTheSecondSignatureBreaksBoth() throws Exception {
        byte[] twice = board.sign(partner.sign(prefilled, "signature", null), DeclarationForm.SECOND_SIGNATURE_FIELD,
                null);
        DeclarationReading reading = Samples.FORM.read(Input.of(Pdfs.appendUpdate(twice, doc -> {
            COSDictionary field = Pdfs.field(doc, "email");
            field.setString(COSName.V, "x@example.org");
            field.setNeedToBeUpdated(true);
        })));
        assertThat(reading.declaration().signature()).isEqualTo(SignatureStatus.SIGNED_INVALID);
        assertThat(reading.signatures()).extracting(SignatureReading::changes)
                .containsExactly(Changes.NOT_ALLOWED, Changes.NOT_ALLOWED);
    }

    @Test
    void valueChangedAfterSigningNamesTheFieldAndKeepsTheSignedValue() throws Exception {
        byte[] signed = partner.sign(prefilled, "signature", null);
        byte[] changed = Pdfs.appendUpdate(signed, doc -> {
            COSDictionary field = Pdfs.field(doc, "organisation_name");
            field.setString(COSName.V, "Untergeschobener Verein");
            field.setNeedToBeUpdated(true);
        });
        DeclarationReading reading = Samples.FORM.read(Input.of(changed));
        assertThat(reading.declaration().signature()).isEqualTo(SignatureStatus.SIGNED_INVALID);
        assertThat(reading.declaration().organisation().name()).isEqualTo("Untergeschobener Verein");
        SignatureReading only = reading.signatures().get(0);
        assertThat(only.changes()).isEqualTo(Changes.NOT_ALLOWED);
        assertThat(only.changedFields()).containsExactly("organisation_name");
        assertThat(only.asSigned()).map(d -> d.organisation().name())
                .contains(Samples.complete().organisation().name());
        Finding finding = reading.findings().stream().filter(f -> f.message().startsWith("Nach der Unterschrift"))
                .findFirst().orElseThrow();
        assertThat(finding.rule()).isEqualTo("GO-1.2");
        assertThat(finding.field()).isEqualTo("signature");
        assertThat(finding.message()).isEqualTo("Nach der Unterschrift von „Şükrü Yılmaz“ (Revision 2) wurde"
                + " geändert: „organisation_name“. Unterschrieben wurden die Werte jener Revision.");
        assertThat(finding.messageEn()).isEqualTo("Changed after the signature of \"Şükrü Yılmaz\" (revision 2):"
                + " \"organisation_name\". What was signed are the values of that revision.");
    }

    @Test
    void appearanceReplacedAfterSigningIsAShadowAttackOnThatField() throws Exception {
        byte[] signed = partner.sign(prefilled, "signature", null);
        byte[] shadowed = Pdfs.appendUpdate(signed, doc -> {
            // hide-and-replace: the value stays, what the field shows is another text
            COSDictionary widget = Pdfs.field(doc, "organisation_name");
            COSDictionary ap = widget.getCOSDictionary(COSName.AP);
            COSStream stream = doc.getDocument().createCOSStream();
            try (var out = stream.createOutputStream()) {
                out.write("BT /F1 9 Tf 2 4 Td (Anderer Verein) Tj ET".getBytes(StandardCharsets.US_ASCII));
            }
            stream.setItem(COSName.TYPE, COSName.XOBJECT);
            stream.setItem(COSName.SUBTYPE, COSName.FORM);
            ap.setItem(COSName.N, stream);
            widget.setNeedToBeUpdated(true);
        });
        DeclarationReading reading = Samples.FORM.read(Input.of(shadowed));
        assertThat(reading.declaration().signature()).isEqualTo(SignatureStatus.SIGNED_INVALID);
        assertThat(reading.signatures().get(0).changedFields()).containsExactly("organisation_name");
        // the value was not touched: what the partner signed and what the field holds agree
        assertThat(reading.signatures().get(0).asSigned()).map(d -> d.organisation().name())
                .contains(reading.declaration().organisation().name());
    }

    @Test
    void contentDrawnOverAPageAfterSigningNamesThePage() throws Exception {
        byte[] signed = partner.sign(prefilled, "signature", null);
        byte[] overlaid = Pdfs.appendUpdate(signed, doc -> {
            PDPage page = doc.getPage(0);
            COSStream overlay = doc.getDocument().createCOSStream();
            try (var out = overlay.createOutputStream()) {
                out.write("1 1 1 rg 50 600 300 40 re f".getBytes(StandardCharsets.US_ASCII));
            }
            var contents = new org.apache.pdfbox.cos.COSArray();
            contents.add(page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
            contents.add(overlay);
            page.getCOSObject().setItem(COSName.CONTENTS, contents);
            page.getCOSObject().setNeedToBeUpdated(true);
        });
        DeclarationReading reading = Samples.FORM.read(Input.of(overlaid));
        assertThat(reading.declaration().signature()).isEqualTo(SignatureStatus.SIGNED_INVALID);
        SignatureReading only = reading.signatures().get(0);
        assertThat(only.changedPages()).containsExactly(1);
        assertThat(only.changedFields()).isEmpty();
        assertThat(reading.findings()).extracting(Finding::messageEn).contains("Changed after the signature of"
                + " \"Şükrü Yılmaz\" (revision 2): page 1. What was signed are the values of that revision.");
    }
}
