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

    /** @return the form with one text field's value changed in an incremental update, as after signing */
    public static byte[] changeField(byte[] pdf, String field, String value) throws Exception {
        return Pdfs.appendUpdate(pdf, doc -> {
            COSDictionary f = Pdfs.field(doc, field);
            f.setString(COSName.V, value);
            f.setNeedToBeUpdated(true);
        });
    }
}
