package de.magdeburg.integration.netzwerk.web;

import de.magdeburg.integration.netzwerk.signatures.SignatureValidation;
import de.magdeburg.integration.netzwerk.signatures.SignatureValidator;
import de.magdeburg.integration.netzwerk.signatures.SignatureVerdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * EU DSS's verdict on a received form's signatures (issue 25), when the optional module
 * {@code netzwerk-signatures} is on the classpath and {@code netzwerk.web.signatures.trust-anchors}
 * names the certificates (PEM or DER files, comma-separated) the city trusts — a test anchor, or
 * the qualified CAs it accepts; {@code netzwerk.web.signatures.crls} the revocation lists (DER)
 * available offline. The EU trusted lists (DSS's offline cache, refreshed on the city's schedule)
 * are configured the same way on {@link SignatureValidator.Builder#trustedLists}; this sample
 * wires anchors and CRLs only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "de.magdeburg.integration.netzwerk.signatures.SignatureValidator")
@ConditionalOnProperty("netzwerk.web.signatures.trust-anchors")
class SignatureTrustConfig {

    @Bean
    TrustVerdicts dssVerdicts(@Value("${netzwerk.web.signatures.trust-anchors}") String anchors,
            @Value("${netzwerk.web.signatures.crls:}") String crls) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Path anchor : paths(anchors)) {
            certificates.add(certificate(anchor));
        }
        List<byte[]> revocations = new ArrayList<>();
        for (Path crl : paths(crls)) {
            revocations.add(bytes(crl));
        }
        SignatureValidator validator = SignatureValidator.builder().trustAnchors(certificates).crls(revocations)
                .build();
        return pdf -> {
            SignatureValidation validation = validator.validate(pdf);
            return validation.signatures().stream().map(SignatureTrustConfig::german).toList();
        };
    }

    /** The verdict in German, with the ETSI terms in brackets for whoever checks it elsewhere. */
    static TrustVerdicts.TrustVerdict german(SignatureVerdict v) {
        String indication = switch (v.indication()) {
            case TOTAL_PASSED -> "gültig (TOTAL_PASSED)";
            case INDETERMINATE -> "nicht entscheidbar (INDETERMINATE)";
            case TOTAL_FAILED -> "ungültig (TOTAL_FAILED)";
        };
        String level = switch (v.level()) {
            case QESIG -> "qualifizierte elektronische Signatur (QESig, eIDAS Art. 25 Abs. 2)";
            case ADESIG_QC -> "fortgeschrittene Signatur mit qualifiziertem Zertifikat (AdESig-QC)";
            case ADESIG -> "fortgeschrittene elektronische Signatur (AdESig, eIDAS Art. 26)";
            case NOT_DETERMINED -> "nicht bestimmbar (" + v.qualification() + ")";
        };
        return new TrustVerdicts.TrustVerdict(indication, subIndication(v.subIndication()), level, v.format());
    }

    private static String subIndication(String code) {
        return switch (code) {
            case "" -> "";
            case "NO_CERTIFICATE_CHAIN_FOUND" -> "keine Zertifikatskette zu einem vertrauenswürdigen Aussteller "
                    + "(NO_CERTIFICATE_CHAIN_FOUND)";
            case "REVOKED_NO_POE" -> "Zertifikat vor dem Signaturzeitpunkt widerrufen (REVOKED_NO_POE)";
            case "REVOKED" -> "Zertifikat widerrufen (REVOKED)";
            case "OUT_OF_BOUNDS_NO_POE", "OUT_OF_BOUNDS_NOT_REVOKED" -> "Zertifikat zum Signaturzeitpunkt nicht "
                    + "gültig (" + code + ")";
            case "HASH_FAILURE" -> "Datei nach dem Signieren verändert (HASH_FAILURE)";
            case "SIG_CRYPTO_FAILURE" -> "Signaturwert passt nicht zum Zertifikat (SIG_CRYPTO_FAILURE)";
            case "TRY_LATER" -> "Sperrinformationen fehlen noch (TRY_LATER)";
            default -> code;
        };
    }

    private static List<Path> paths(String commaSeparated) {
        return java.util.Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(p -> !p.isEmpty())
                .map(Path::of).toList();
    }

    private static X509Certificate certificate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException e) {
            throw new UncheckedIOException("netzwerk.web.signatures.trust-anchors: cannot read " + file, e);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("netzwerk.web.signatures.trust-anchors: not a certificate: " + file, e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("netzwerk.web.signatures.crls: cannot read " + file, e);
        }
    }
}
