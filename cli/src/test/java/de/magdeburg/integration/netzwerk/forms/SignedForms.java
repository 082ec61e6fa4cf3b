package de.magdeburg.integration.netzwerk.forms;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * The forms tests' signer ({@link TestSigner}, from the forms test-jar) for the CLI tests. It lives in
 * the forms package because TestSigner and Pdfs are package-private there; one signer, not a second.
 */
public final class SignedForms {
    private SignedForms() {
    }

    /** @return the form signed into its field "signature" by a self-signed certificate with this CN */
    public static byte[] sign(byte[] pdf, String commonName) throws Exception {
        return TestSigner.create(commonName, false).sign(pdf, "signature", null);
    }

    /**
     * A form signed as by {@link #sign}, with the signer's certificate to trust.
     *
     * @param pdf the signed form
     * @param certificatePem the signer's self-signed certificate, PEM
     */
    public record Signed(byte[] pdf, String certificatePem) {
    }

    /** @return the form signed as by {@link #sign}, and the certificate that signed it */
    public static Signed signWithCertificate(byte[] pdf, String commonName) throws Exception {
        TestSigner signer = TestSigner.create(commonName, false);
        String pem = "-----BEGIN CERTIFICATE-----\n" + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'})
                .encodeToString(signer.certificate().getEncoded()) + "\n-----END CERTIFICATE-----\n";
        return new Signed(signer.sign(pdf, "signature", null), pem);
    }

    /** @return the form with one text field's value changed in an incremental update, as after signing */
    public static byte[] changeField(byte[] pdf, String field, String value) throws Exception {
        return Pdfs.appendUpdate(pdf, doc -> {
            COSDictionary f = Pdfs.field(doc, field);
            f.setString(COSName.V, value);
            f.setNeedToBeUpdated(true);
        });
    }
}
