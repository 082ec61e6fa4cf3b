package de.magdeburg.integration.netzwerk.signatures;

import eu.europa.esig.dss.alert.SilentOnStatusAlert;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.PAdESTimestampParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.Signature;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/** Signs forms at PAdES B-B … B-LTA with DSS, as a signing application (or Acrobat) would. */
final class DssSigner {
    private final TestPki pki;
    private final PAdESService service;

    DssSigner(TestPki pki) throws Exception {
        this.pki = pki;
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(pki.ca.certificate()));
        verifier.setTrustedCertSources(trusted);
        byte[] crl = pki.crl();
        verifier.setCrlSource(new ExternalResourcesCRLSource(new InputStream[] {new ByteArrayInputStream(crl)}));
        verifier.setAIASource(null);
        // the tests sign with an expired and a revoked certificate on purpose: DSS refuses by default
        verifier.setAlertOnExpiredCertificate(new SilentOnStatusAlert());
        verifier.setAlertOnRevokedCertificate(new SilentOnStatusAlert());
        service = new PAdESService(verifier);
        // no permission override: DSS checks the form's /Lock itself (the first signature leaves only
        // signature_2 open) and refuses a signature field the lock forbids
        service.setTspSource((DigestAlgorithm algorithm, byte[] digest) -> {
            try {
                return new TimestampBinary(pki.timestamp(new ASN1ObjectIdentifier(algorithm.getOid()), digest));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * @param field the signature field to sign into; null for a new field
     */
    byte[] sign(byte[] pdf, TestPki.Identity who, SignatureLevel level, String field) throws Exception {
        return sign(pdf, who, level, field, false);
    }

    /**
     * Signs with a content timestamp (a signed attribute): it proves the signature was made after the
     * timestamp's time, which is what lets a validator call a revoked certificate's signature failed.
     */
    byte[] signAfterContentTimestamp(byte[] pdf, TestPki.Identity who, SignatureLevel level, String field)
            throws Exception {
        return sign(pdf, who, level, field, true);
    }

    private byte[] sign(byte[] pdf, TestPki.Identity who, SignatureLevel level, String field,
            boolean contentTimestamp) throws Exception {
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(level);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(new CertificateToken(who.certificate()));
        parameters.setCertificateChain(List.of(new CertificateToken(pki.ca.certificate())));
        parameters.bLevel().setSigningDate(new Date());
        if (field != null) {
            parameters.getImageParameters().getFieldParameters().setFieldId(field);
        }
        DSSDocument document = new InMemoryDocument(pdf);
        if (contentTimestamp) {
            parameters.getContentTimestampParameters().setDigestAlgorithm(DigestAlgorithm.SHA256);
            parameters.setContentTimestamps(List.of(service.getContentTimestamp(document, parameters)));
        }
        ToBeSigned data = service.getDataToSign(document, parameters);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(who.keys().getPrivate());
        rsa.update(data.getBytes());
        SignatureValue value = new SignatureValue(SignatureAlgorithm.RSA_SHA256, rsa.sign());
        return bytes(service.signDocument(document, parameters, value));
    }

    /** PAdES B-LTA on top of whatever the file has: validation data and a document timestamp. */
    byte[] timestamp(byte[] pdf) throws IOException {
        return bytes(service.timestamp(new InMemoryDocument(pdf), new PAdESTimestampParameters()));
    }

    private static byte[] bytes(DSSDocument document) throws IOException {
        try (InputStream in = document.openStream()) {
            return in.readAllBytes();
        }
    }
}
