package de.magdeburg.integration.netzwerk.signatures;

import de.magdeburg.integration.netzwerk.signatures.internal.Verdicts;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CertificateSource;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.spi.x509.revocation.ocsp.ExternalResourcesOCSPSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * Judges the signatures of a returned declaration form as a PAdES validator does, with EU DSS
 * (ETSI EN 319 102-1 validation, ETSI TS 119 172-4 qualification): certificate chain up to a trust
 * anchor, revocation, signing time, PAdES level (B-B … B-LTA) and whether it is a qualified
 * electronic signature (eIDAS Art. 25(2)) — what {@code netzwerk-forms} leaves out (§1(2): a partner
 * joins by a signed declaration).
 *
 * <p>Offline: nothing is fetched while a form is judged (no AIA, no online CRL or OCSP). Trust comes
 * from {@link TrustedLists} (their file cache) and from certificates given here; revocation data from
 * the file itself (PAdES B-LT/B-LTA) and from CRLs and OCSP responses given here.
 *
 * <p>Immutable and thread-safe; {@link #create()} trusts nothing, so every signature is at best
 * {@code INDETERMINATE} until trust anchors or trusted lists are configured.
 *
 * <pre>{@code
 * SignatureValidator validator = SignatureValidator.builder()
 *         .trustedLists(TrustedLists.euLotl(Path.of("/var/cache/netzwerk/tl"), ojCertificates))
 *         .build();
 * SignatureValidation result = validator.validate(Files.readAllBytes(received));
 * }</pre>
 */
public final class SignatureValidator {
    private final List<X509Certificate> anchors;
    private final TrustedLists trustedLists;
    private final List<byte[]> crls;
    private final List<byte[]> ocspResponses;
    private final Clock clock;

    private SignatureValidator(Builder b) {
        this.anchors = List.copyOf(b.anchors);
        this.trustedLists = b.trustedLists;
        this.crls = b.crls.stream().map(byte[]::clone).toList();
        this.ocspResponses = b.ocspResponses.stream().map(byte[]::clone).toList();
        this.clock = b.clock;
    }

    /** @return a validator that trusts no one: every chain ends {@code INDETERMINATE} */
    public static SignatureValidator create() {
        return builder().build();
    }

    /** @return a builder with no trust anchors, no trusted lists, no revocation data, the system clock */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates every signature of a PDF.
     *
     * @param pdf the received file; not null
     * @return a verdict and a finding per signature and the ETSI validation report
     * @throws SignatureValidationException if the file is no PDF DSS can read
     */
    public SignatureValidation validate(byte[] pdf) {
        Objects.requireNonNull(pdf, "pdf");
        Reports reports;
        try {
            SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
            validator.setCertificateVerifier(verifier());
            validator.setValidationTime(Date.from(clock.instant()));
            validator.setEnableEtsiValidationReport(true);
            reports = validator.validateDocument();
        } catch (RuntimeException e) {
            throw new SignatureValidationException("Die Datei lässt sich nicht auf Signaturen prüfen: "
                    + e.getMessage() + " / the file's signatures cannot be validated: " + e.getMessage(), e);
        }
        return Verdicts.of(reports);
    }

    private CommonCertificateVerifier verifier() {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        List<CertificateSource> trusted = new ArrayList<>();
        if (!anchors.isEmpty()) {
            CommonTrustedCertificateSource own = new CommonTrustedCertificateSource();
            anchors.forEach(c -> own.addCertificate(new CertificateToken(c)));
            trusted.add(own);
        }
        if (trustedLists != null) {
            trusted.add(trustedLists.source());
        }
        verifier.setTrustedCertSources(trusted.toArray(CertificateSource[]::new));
        // offline: revocation only from the file and from what the caller gave, no AIA downloads
        verifier.setAIASource(null);
        verifier.setCrlSource(crls.isEmpty() ? null : new ExternalResourcesCRLSource(streams(crls)));
        verifier.setOcspSource(ocspResponses.isEmpty() ? null : new ExternalResourcesOCSPSource(streams(ocspResponses)));
        return verifier;
    }

    private static InputStream[] streams(List<byte[]> data) {
        return data.stream().map(ByteArrayInputStream::new).toArray(InputStream[]::new);
    }

    /** Collects a validator's configuration; not thread-safe. */
    public static final class Builder {
        private final List<X509Certificate> anchors = new ArrayList<>();
        private TrustedLists trustedLists;
        private final List<byte[]> crls = new ArrayList<>();
        private final List<byte[]> ocspResponses = new ArrayList<>();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * @param certificates certificates trusted directly, e.g. the city's own CA or a test CA; not null
         * @return this builder
         */
        public Builder trustAnchors(Collection<X509Certificate> certificates) {
            certificates.forEach(c -> anchors.add(Objects.requireNonNull(c, "certificate")));
            return this;
        }

        /**
         * @param lists the EU trusted lists from their cache; not null
         * @return this builder
         */
        public Builder trustedLists(TrustedLists lists) {
            this.trustedLists = Objects.requireNonNull(lists, "lists");
            return this;
        }

        /**
         * @param derCrls certificate revocation lists (DER), e.g. downloaded by the city on a schedule; not null
         * @return this builder
         */
        public Builder crls(Collection<byte[]> derCrls) {
            derCrls.forEach(c -> crls.add(Objects.requireNonNull(c, "crl").clone()));
            return this;
        }

        /**
         * @param derResponses OCSP responses (DER, {@code OCSPResponse}); not null
         * @return this builder
         */
        public Builder ocspResponses(Collection<byte[]> derResponses) {
            derResponses.forEach(r -> ocspResponses.add(Objects.requireNonNull(r, "ocspResponse").clone()));
            return this;
        }

        /**
         * @param value the validation time's source; not null
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** @return the validator */
        public SignatureValidator build() {
            return new SignatureValidator(this);
        }
    }
}
