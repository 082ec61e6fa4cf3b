package de.magdeburg.integration.netzwerk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.core.SignatureStatus;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Signs pre-filled forms with a throw-away self-signed certificate, as a partner's viewer would. */
class SignatureTest {
    private static KeyPair keys;
    private static X509Certificate certificate;

    @BeforeAll
    static void throwAwayCertificate() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=Beispielverein Test, O=Beispielverein e. V., C=DE");
        Date from = new Date(1_700_000_000_000L);
        Date to = new Date(2_000_000_000_000L);
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
        certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(subject,
                BigInteger.ONE, from, to, subject, keys.getPublic()).build(signer));
    }

    static byte[] sign(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName("Şükrü Yılmaz");
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(1_795_000_000_000L);
            signature.setSignDate(when);
            // viewers sign into the form's empty signature field; tell PDFBox to do the same
            doc.getDocumentCatalog().getAcroForm(null).getField("signature").getCOSObject()
                    .setItem(COSName.V, signature);
            doc.addSignature(signature, content -> {
                try {
                    CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
                    ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
                    gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                            new JcaDigestCalculatorProviderBuilder().build()).build(signer, certificate));
                    gen.addCertificates(new JcaCertStore(List.of(certificate)));
                    return gen.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
                } catch (Exception e) {
                    throw new java.io.IOException(e);
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    @Test
    void unsignedFormHasNoSignature() {
        assertThat(Samples.FORM.read(Input.of(Samples.FORM.prefilled(Samples.complete()).bytes())).declaration().signature())
                .isEqualTo(SignatureStatus.NONE);
    }

    @Test
    void signedFormIsSignedValidAndKeepsItsValues() throws Exception {
        byte[] signed = sign(Samples.FORM.prefilled(Samples.complete()).bytes());
        DeclarationReading reading = Samples.FORM.read(Input.of(signed));
        assertThat(reading.declaration())
                .isEqualTo(Samples.complete().withSignature(SignatureStatus.SIGNED_VALID));
        assertThat(reading.findings()).isEmpty();
    }

    @Test
    void blankFormsSignatureFieldLocksEveryFieldButTheSecondSignatureOnceSigned() throws Exception {
        try (PDDocument doc = Loader.loadPDF(Samples.FORM.blank().bytes())) {
            COSDictionary field = doc.getDocumentCatalog().getAcroForm(null).getField("signature").getCOSObject();
            COSDictionary lock = field.getCOSDictionary(COSName.getPDFName("Lock"));
            assertThat(lock).isNotNull();
            assertThat(lock.getCOSName(COSName.TYPE)).isEqualTo(COSName.getPDFName("SigFieldLock"));
            assertThat(lock.getCOSName(COSName.getPDFName("Action"))).isEqualTo(COSName.getPDFName("Exclude"));
            assertThat(lock.getCOSArray(COSName.FIELDS).toCOSStringStringList()).containsExactly("signature_2");
            COSDictionary second = doc.getDocumentCatalog().getAcroForm(null).getField("signature_2").getCOSObject()
                    .getCOSDictionary(COSName.getPDFName("Lock"));
            assertThat(second.getCOSName(COSName.getPDFName("Action"))).isEqualTo(COSName.getPDFName("All"));
        }
    }

    @Test
    void signatureGoesIntoOurSignatureField() throws Exception {
        byte[] signed = sign(Samples.FORM.prefilled(Samples.complete()).bytes());
        try (PDDocument doc = Loader.loadPDF(signed)) {
            assertThat(doc.getDocumentCatalog().getAcroForm(null).getField("signature").getCOSObject()
                    .getDictionaryObject(COSName.V)).isInstanceOf(COSDictionary.class);
        }
    }

    @Test
    void updateAppendedAfterSigningMakesItInvalid() throws Exception {
        byte[] signed = sign(Samples.FORM.prefilled(Samples.complete()).bytes());
        byte[] changed = Pdfs.appendUpdate(signed, doc -> {
            COSDictionary field = Pdfs.field(doc, "organisation_name");
            field.setString(COSName.V, "Untergeschobener Verein");
            field.setNeedToBeUpdated(true);
        });
        DeclarationReading reading = Samples.FORM.read(Input.of(changed));
        assertThat(reading.declaration().signature()).isEqualTo(SignatureStatus.SIGNED_INVALID);
        assertThat(reading.declaration().organisation().name()).isEqualTo("Untergeschobener Verein");
        assertThat(reading.findings()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("signature");
            assertThat(f.message()).isEqualTo(
                    "Die digitale Unterschrift ist ungültig oder die Datei wurde nach dem Unterschreiben geändert.");
        });
    }

    @Test
    void byteChangedInsideTheSignedRangeMakesItInvalid() throws Exception {
        byte[] signed = sign(Samples.FORM.prefilled(Samples.complete()).bytes());
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf("(Breiter Weg 1)");
        assertThat(at).isPositive();
        byte[] tampered = signed.clone();
        tampered[at + "(Breiter Weg ".length()] = '7';
        DeclarationReading reading = Samples.FORM.read(Input.of(tampered));
        assertThat(reading.declaration().organisation().street()).isEqualTo("Breiter Weg 7");
        assertThat(reading.declaration().signature()).isEqualTo(SignatureStatus.SIGNED_INVALID);
    }

    @Test
    void bytesAppendedAfterTheEndMakeItInvalid() throws Exception {
        byte[] signed = sign(Samples.FORM.prefilled(Samples.complete()).bytes());
        byte[] longer = java.util.Arrays.copyOf(signed, signed.length + 2);
        longer[signed.length] = '\n';
        longer[signed.length + 1] = '\n';
        assertThat(Samples.FORM.read(Input.of(longer)).declaration().signature()).isEqualTo(SignatureStatus.SIGNED_INVALID);
    }
}
