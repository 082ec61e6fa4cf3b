package de.magdeburg.integration.netzwerk.cli;

import de.magdeburg.integration.netzwerk.forms.SignatureReading;
import de.magdeburg.integration.netzwerk.forms.SignatureReading.Changes;
import de.magdeburg.integration.netzwerk.forms.SignatureReading.Kind;
import de.magdeburg.integration.netzwerk.signatures.SignatureVerdict;
import de.magdeburg.integration.netzwerk.signatures.SignatureVerdict.Indication;
import de.magdeburg.integration.netzwerk.signatures.SignatureVerdict.Level;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One signature as {@code netzwerk form verify} prints it (§1(2): a partner joins by a signed
 * declaration): the integrity part of a {@link SignatureReading} and, for a signature (not a
 * document timestamp), EU DSS's verdict on trust and qualification ({@link SignatureVerdict}).
 *
 * @param kind a signature or a document timestamp; not null
 * @param signer the signer's name from the certificate; not null, may be empty
 * @param signingTime the signing time; null when the signature names none (JSON {@code null})
 * @param revision the revision it covers, from 1
 * @param intact whether its cryptography verifies over its byte range
 * @param changes what was changed after it; not null
 * @param changedFields fields changed after it that it does not permit; not null, copied
 * @param changedPages pages (from 1) changed after it that it does not permit; not null, copied
 * @param indication DSS's indication (ETSI EN 319 102-1); null for a document timestamp
 * @param subIndication why it is not {@code TOTAL_PASSED}, e.g. {@code NO_CERTIFICATE_CHAIN_FOUND};
 *     null when passed or for a document timestamp
 * @param level the eIDAS level from the trusted lists; null for a document timestamp
 * @param format the PAdES level DSS found, e.g. {@code PAdES-BASELINE-T}; null for a document timestamp
 */
record VerifiedSignature(Kind kind, String signer, Instant signingTime, int revision, boolean intact,
        Changes changes, List<String> changedFields, List<Integer> changedPages, Indication indication,
        String subIndication, Level level, String format) {

    /** Validates and copies. */
    VerifiedSignature {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(changes, "changes");
        if (revision < 1) {
            throw new IllegalArgumentException("revision " + revision + " must be at least 1");
        }
        changedFields = List.copyOf(changedFields);
        changedPages = List.copyOf(changedPages);
    }

    /**
     * @param r the library's reading of one signature; not null
     * @param verdicts DSS's verdicts on the file's signatures; not null
     * @return what the command prints of it, with the verdict on the same signature field if there is one
     */
    static VerifiedSignature of(SignatureReading r, List<SignatureVerdict> verdicts) {
        SignatureVerdict v = r.kind() != Kind.SIGNATURE ? null
                : verdicts.stream().filter(x -> !x.field().isEmpty() && x.field().equals(r.field())).findFirst()
                        .orElse(null);
        return new VerifiedSignature(r.kind(), r.signer(), r.signingTime().orElse(null), r.revision(), r.intact(),
                r.changes(), r.changedFields(), r.changedPages(), v == null ? null : v.indication(),
                v == null || v.subIndication().isEmpty() ? null : v.subIndication(), v == null ? null : v.level(),
                v == null ? null : v.format());
    }

    /** @return whether DSS judged it invalid (altered, revoked before signing, broken cryptography) */
    boolean failed() {
        return indication == Indication.TOTAL_FAILED;
    }
}
