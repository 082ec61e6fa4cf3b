package de.magdeburg.integration.netzwerk.forms.internal;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * The cryptographic part of one PDF signature: the CMS signature ({@code adbe.pkcs7.detached},
 * {@code ETSI.CAdES.detached}) or RFC 3161 document timestamp ({@code ETSI.RFC3161}) over its byte
 * range, the signer's name and the signing time. Certificates are taken from the CMS as they are:
 * whether anyone vouches for them is for a validator with trust lists to say.
 *
 * @param intact whether every signer of the CMS verifies over the signed bytes (for a timestamp: its
 *     message imprint is the hash of the signed bytes and the TSA's signature verifies)
 * @param signer the signing certificate's common name, else its subject; empty if none
 * @param timestamp the time of a timestamp: a signature timestamp's (PAdES B-T) or a document
 *     timestamp's; empty if none
 * @param signingTime the signer's own claim, the signed signing-time attribute; empty if none
 */
record SignatureCms(boolean intact, String signer, Optional<Instant> timestamp, Optional<Instant> signingTime) {
    static final String RFC3161 = "ETSI.RFC3161";

    static SignatureCms of(String subFilter, byte[] contents, byte[] signedContent) {
        try {
            if (RFC3161.equals(subFilter)) {
                return timestamp(new TimeStampToken(new CMSSignedData(contents)), signedContent);
            }
            if ("adbe.pkcs7.detached".equals(subFilter) || "ETSI.CAdES.detached".equals(subFilter)) {
                return signature(new CMSSignedData(new CMSProcessableByteArray(signedContent), contents));
            }
        } catch (Exception e) {
            // a CMS that cannot even be parsed is as broken as one that does not verify
            return new SignatureCms(false, "", Optional.empty(), Optional.empty());
        }
        return new SignatureCms(false, "", Optional.empty(), Optional.empty());
    }

    private static SignatureCms signature(CMSSignedData cms) throws Exception {
        Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
        boolean intact = !signers.isEmpty();
        String name = "";
        Optional<Instant> stamp = Optional.empty();
        Optional<Instant> claimed = Optional.empty();
        for (SignerInformation signer : signers) {
            X509CertificateHolder cert = certificate(cms, signer);
            intact &= cert != null && signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
            if (name.isEmpty() && cert != null) {
                name = name(cert.getSubject());
            }
            stamp = stamp.or(() -> timestampTime(signer));
            claimed = claimed.or(() -> signingTime(signer));
        }
        return new SignatureCms(intact, name, stamp, claimed);
    }

    private static SignatureCms timestamp(TimeStampToken token, byte[] signedContent) throws Exception {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> certs = token.getCertificates().getMatches(token.getSID());
        X509CertificateHolder cert = certs.isEmpty() ? null : certs.iterator().next();
        // the JDK knows its digests by OID too (SHA-256 is 2.16.840.1.101.3.4.2.1)
        byte[] digest = MessageDigest.getInstance(token.getTimeStampInfo().getMessageImprintAlgOID().getId())
                .digest(signedContent);
        boolean intact = cert != null && Arrays.equals(digest, token.getTimeStampInfo().getMessageImprintDigest())
                && token.isSignatureValid(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
        return new SignatureCms(intact, cert == null ? "" : name(cert.getSubject()),
                Optional.of(token.getTimeStampInfo().getGenTime().toInstant()), Optional.empty());
    }

    private static X509CertificateHolder certificate(CMSSignedData cms, SignerInformation signer) {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> certs = cms.getCertificates().getMatches(signer.getSID());
        return certs.isEmpty() ? null : certs.iterator().next();
    }

    /** PAdES B-T: the TSA's time of the signature value, a better witness than the signer's clock. */
    private static Optional<Instant> timestampTime(SignerInformation signer) {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null
                : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return Optional.empty();
        }
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(
                    attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
            return Optional.of(token.getTimeStampInfo().getGenTime().toInstant());
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> signingTime(SignerInformation signer) {
        AttributeTable signed = signer.getSignedAttributes();
        Attribute attribute = signed == null ? null : signed.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return Optional.empty();
        }
        try {
            Date date = Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate();
            return Optional.of(date.toInstant());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static String name(X500Name subject) {
        RDN[] cn = subject.getRDNs(BCStyle.CN);
        if (cn.length > 0) {
            ASN1Encodable value = cn[0].getFirst().getValue();
            return value instanceof ASN1String text ? text.getString() : IETFUtils.valueToString(value);
        }
        return subject.toString();
    }
}
