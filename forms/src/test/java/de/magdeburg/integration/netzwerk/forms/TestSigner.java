package de.magdeburg.integration.netzwerk.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * Signs forms as a partner's viewer and a PAdES signer would: a CMS signature into a signature field
 * (optionally with a signature timestamp, B-T), a /DSS update (B-LT) and a document timestamp
 * (B-LTA), each as an incremental update. Self-signed certificates: trust is not judged by forms.
 */
final class TestSigner {
    /** 2026-11-18T…Z, the time our signatures and timestamps claim. */
    static final long WHEN = 1_795_000_000_000L;

    private final KeyPair keys;
    private final X509Certificate certificate;

    private TestSigner(KeyPair keys, X509Certificate certificate) {
        this.keys = keys;
        this.certificate = certificate;
    }

    /**
     * @param commonName the certificate's CN
     * @param timeStamping whether the certificate is a time-stamping authority's
     */
    static TestSigner create(String commonName, boolean timeStamping) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=" + commonName + ", O=Test, C=DE");
        var builder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(System.nanoTime()),
                new Date(1_700_000_000_000L), new Date(2_000_000_000_000L), subject, keys.getPublic());
        if (timeStamping) {
            builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        }
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        return new TestSigner(keys, certificate);
    }

    X509Certificate certificate() {
        return certificate;
    }

    /**
     * Signs into the field {@code field}, or into a new signature field when it is null.
     *
     * @param tsa if not null, adds a signature timestamp (PAdES B-T) from this authority
     */
    byte[] sign(byte[] pdf, String field, TestSigner tsa) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setSignDate(calendar());
            if (field != null) {
                COSDictionary target = Pdfs.field(doc, field);
                target.setItem(COSName.V, signature);
            }
            doc.addSignature(signature, content -> {
                try {
                    CMSSignedData cms = cms(content.readAllBytes(), keys.getPrivate(), certificate);
                    return (tsa == null ? cms : tsa.stampSignature(cms)).getEncoded();
                } catch (Exception e) {
                    throw new IOException(e);
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /** PAdES B-LT: an update that only adds the certificates as a /DSS with a VRI entry. */
    static byte[] addDss(byte[] pdf, X509Certificate... certificates) throws Exception {
        return Pdfs.appendUpdate(pdf, doc -> {
            COSArray certs = new COSArray();
            for (X509Certificate c : certificates) {
                COSStream stream = doc.getDocument().createCOSStream();
                try (var out = stream.createRawOutputStream()) {
                    out.write(c.getEncoded());
                } catch (Exception e) {
                    throw new IOException(e);
                }
                certs.add(stream);
            }
            COSDictionary vri = new COSDictionary();
            COSDictionary entry = new COSDictionary();
            entry.setItem(COSName.getPDFName("Cert"), certs);
            vri.setItem(COSName.getPDFName("0123456789ABCDEF0123456789ABCDEF01234567"), entry);
            COSDictionary dss = new COSDictionary();
            dss.setItem(COSName.getPDFName("Certs"), certs);
            dss.setItem(COSName.getPDFName("VRI"), vri);
            COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
            catalog.setItem(COSName.getPDFName("DSS"), dss);
            catalog.setNeedToBeUpdated(true);
        });
    }

    /** PAdES B-LTA: a document timestamp (ETSI.RFC3161) in a new signature field. */
    byte[] documentTimestamp(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setType(COSName.getPDFName("DocTimeStamp"));
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName("ETSI.RFC3161"));
            doc.addSignature(signature, content -> {
                try {
                    return token(MessageDigest.getInstance("SHA-256").digest(content.readAllBytes()));
                } catch (Exception e) {
                    throw new IOException(e);
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    private static CMSSignedData cms(byte[] content, PrivateKey key, X509Certificate certificate) throws Exception {
        CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
        gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(key), certificate));
        gen.addCertificates(new JcaCertStore(List.of(certificate)));
        return gen.generate(new CMSProcessableByteArray(content), false);
    }

    /** Adds a signature timestamp over the signature value of every signer (CAdES-T). */
    private CMSSignedData stampSignature(CMSSignedData cms) throws Exception {
        List<SignerInformation> stamped = new java.util.ArrayList<>();
        for (SignerInformation signer : cms.getSignerInfos().getSigners()) {
            byte[] token = token(MessageDigest.getInstance("SHA-256").digest(signer.getSignature()));
            Attribute attribute = new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    new DERSet(org.bouncycastle.asn1.ASN1Primitive.fromByteArray(token)));
            stamped.add(SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(attribute)));
        }
        return CMSSignedData.replaceSigners(cms, new SignerInformationStore(stamped));
    }

    /** An RFC 3161 timestamp token over a SHA-256 digest, from this authority. */
    byte[] token(byte[] digest) throws Exception {
        TimeStampTokenGenerator generator = new TimeStampTokenGenerator(new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().build()).build(
                        new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()), certificate),
                new JcaDigestCalculatorProviderBuilder().build().get(
                        new org.bouncycastle.asn1.x509.AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier("1.2.3.4"));
        generator.addCertificates(new JcaCertStore(List.of(certificate)));
        TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
        // without certReq the authority leaves its certificate out of the token
        requests.setCertReq(true);
        var request = requests.generate(NISTObjectIdentifiers.id_sha256, digest);
        return generator.generate(request, BigInteger.ONE, new Date(WHEN + 60_000)).getEncoded();
    }

    private static Calendar calendar() {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.setTimeInMillis(WHEN);
        return when;
    }
}
