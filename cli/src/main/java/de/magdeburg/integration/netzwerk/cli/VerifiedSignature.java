package de.magdeburg.integration.netzwerk.cli;

import de.magdeburg.integration.netzwerk.forms.SignatureReading;
import de.magdeburg.integration.netzwerk.forms.SignatureReading.Changes;
import de.magdeburg.integration.netzwerk.forms.SignatureReading.Kind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One signature as {@code netzwerk form verify} prints it (§1(2): a partner joins by a signed
 * declaration): the integrity part of a {@link SignatureReading}, without the values as signed and
 * without any judgement of trust or qualification.
 *
 * @param kind a signature or a document timestamp; not null
 * @param signer the signer's name from the certificate; not null, may be empty
 * @param signingTime the signing time; null when the signature names none (JSON {@code null})
 * @param revision the revision it covers, from 1
 * @param intact whether its cryptography verifies over its byte range
 * @param changes what was changed after it; not null
 * @param changedFields fields changed after it that it does not permit; not null, copied
 * @param changedPages pages (from 1) changed after it that it does not permit; not null, copied
 */
record VerifiedSignature(Kind kind, String signer, Instant signingTime, int revision, boolean intact,
        Changes changes, List<String> changedFields, List<Integer> changedPages) {

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
     * @return what the command prints of it
     */
    static VerifiedSignature of(SignatureReading r) {
        return new VerifiedSignature(r.kind(), r.signer(), r.signingTime().orElse(null), r.revision(), r.intact(),
                r.changes(), r.changedFields(), r.changedPages());
    }
}
