package de.magdeburg.integration.netzwerk.forms;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * Signed declarations for the web sample's tests, made as the forms module's tests make them
 * ({@link TestSigner}: PDFBox + BouncyCastle, a self-made certificate): in this package because
 * {@code TestSigner} is the forms tests' own.
 */
public final class SignedForms {
    private final TestSigner signer;

    /** @param commonName the signer's name in the certificate */
    public SignedForms(String commonName) throws Exception {
        this.signer = TestSigner.create(commonName, false);
    }

    /** @return the filled form signed in its signature field (PAdES B-B) */
    public byte[] sign(byte[] prefilled) throws Exception {
        return signer.sign(prefilled, "signature", null);
    }

    /** @return the signed form with the organisation's name changed after signing, as an incremental update */
    public static byte[] changeOrganisationAfterSigning(byte[] signed, String name) throws Exception {
        return Pdfs.appendUpdate(signed, doc -> {
            COSDictionary field = Pdfs.field(doc, "organisation_name");
            field.setString(COSName.V, name);
            field.setNeedToBeUpdated(true);
        });
    }

    /** @return the signer's certificate written to {@code file} (DER), e.g. as the test trust anchor */
    public Path certificateTo(Path file) throws Exception {
        return Files.write(file, signer.certificate().getEncoded());
    }
}
