package de.magdeburg.integration.netzwerk.signatures;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A small real PKI for the tests: a root CA, end-entity certificates it issues (a partner, a
 * board member, an expired and a revoked one, a time-stamping authority), a CRL as DER bytes (the
 * "file" DSS gets offline) and RFC 3161 timestamps.
 */
final class TestPki {
    private static final AtomicLong SERIAL = new AtomicLong(1000);

    /** A key pair with its certificate. */
    record Identity(KeyPair keys, X509Certificate certificate) {
    }

    final Identity ca;
    final Identity partner;
    final Identity board;
    final Identity expired;
    final Identity revoked;
    /** Revoked only when a test says so, after it signed: {@link #crlRevokingLater}. */
    final Identity revokedLater;
    final Identity tsa;
    /** When {@link #revoked} was revoked: an hour before the tests run. */
    final Instant revokedAt;
    private final Instant now;

    TestPki(Instant now) throws Exception {
        this.now = now;
        ca = root("CN=Netzwerk Test-CA, O=Landeshauptstadt Magdeburg Test, C=DE");
        partner = issue("CN=Şükrü Yılmaz, O=Beispielverein e. V., C=DE", now.minus(Duration.ofDays(30)),
                now.plus(Duration.ofDays(700)), false);
        board = issue("CN=Olena Shevchenko, O=Beispielverein e. V., C=DE", now.minus(Duration.ofDays(30)),
                now.plus(Duration.ofDays(700)), false);
        expired = issue("CN=Abgelaufen Test, C=DE", now.minus(Duration.ofDays(800)), now.minus(Duration.ofDays(70)),
                false);
        revoked = issue("CN=Widerrufen Test, C=DE", now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(700)),
                false);
        revokedLater = issue("CN=Später Widerrufen Test, C=DE", now.minus(Duration.ofDays(30)),
                now.plus(Duration.ofDays(700)), false);
        tsa = issue("CN=Netzwerk Test-TSA, C=DE", now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(3000)),
                true);
        revokedAt = now.minus(Duration.ofHours(1));
    }

    private Identity root(String name) throws Exception {
        KeyPair keys = keys();
        X500Name subject = new X500Name(name);
        var builder = new JcaX509v3CertificateBuilder(subject, serial(), Date.from(now.minus(Duration.ofDays(3650))),
                Date.from(now.plus(Duration.ofDays(3650))), subject, keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        builder.addExtension(Extension.subjectKeyIdentifier, false,
                new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keys.getPublic()));
        return new Identity(keys, certificate(builder.build(signer(keys))));
    }

    private Identity issue(String name, Instant from, Instant to, boolean timeStamping) throws Exception {
        KeyPair keys = keys();
        var builder = new JcaX509v3CertificateBuilder(ca.certificate(), serial(), Date.from(from), Date.from(to),
                new X500Name(name), keys.getPublic());
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.authorityKeyIdentifier, false,
                utils.createAuthorityKeyIdentifier(ca.certificate()));
        builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
        if (timeStamping) {
            builder.addExtension(Extension.extendedKeyUsage, true,
                    new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        } else {
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        }
        return new Identity(keys, certificate(builder.build(signer(ca.keys()))));
    }

    /** @return the CA's CRL (DER): {@link #revoked} revoked at {@link #revokedAt}, issued a minute ago */
    byte[] crl() throws Exception {
        return crl(now.minus(Duration.ofMinutes(1)));
    }

    /** @return the CA's CRL (DER) issued at {@code issued}: {@link #revoked} revoked at {@link #revokedAt} */
    byte[] crl(Instant issued) throws Exception {
        return crl(issued, revoked, revokedAt);
    }

    /** @return the CA's CRL (DER) issued now: {@link #revokedLater} revoked at {@code at} */
    byte[] crlRevokingLater(Instant at) throws Exception {
        return crl(Instant.now(), revokedLater, at);
    }

    private byte[] crl(Instant issued, Identity who, Instant revocation) throws Exception {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(new JcaX509CertificateHolder(ca.certificate()).getSubject(),
                Date.from(issued));
        builder.setNextUpdate(Date.from(issued.plus(Duration.ofDays(7))));
        builder.addCRLEntry(who.certificate().getSerialNumber(), Date.from(revocation), CRLReason.keyCompromise);
        builder.addExtension(Extension.authorityKeyIdentifier, false,
                new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca.certificate()));
        builder.addExtension(Extension.cRLNumber, false, new org.bouncycastle.asn1.ASN1Integer(issued.getEpochSecond()));
        return builder.build(signer(ca.keys())).getEncoded();
    }

    /** @return an RFC 3161 timestamp token (DER) over a digest, from the TSA, at the current time */
    byte[] timestamp(ASN1ObjectIdentifier digestAlgorithm, byte[] digest) throws Exception {
        TimeStampTokenGenerator generator = new TimeStampTokenGenerator(new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().build()).build(signer(tsa.keys()), tsa.certificate()),
                new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier("1.2.3.4.1"));
        generator.addCertificates(new JcaCertStore(List.of(tsa.certificate(), ca.certificate())));
        TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
        requests.setCertReq(true);
        return generator.generate(requests.generate(digestAlgorithm, digest), serial(), new Date()).getEncoded();
    }

    private static KeyPair keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static ContentSigner signer(KeyPair keys) throws Exception {
        return new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIAL.incrementAndGet());
    }

    private static X509Certificate certificate(X509CertificateHolder holder) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(holder);
    }
}
