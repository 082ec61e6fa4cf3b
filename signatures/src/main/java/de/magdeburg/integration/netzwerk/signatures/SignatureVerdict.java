package de.magdeburg.integration.netzwerk.signatures;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a PAdES validator (EU DSS, ETSI EN 319 102-1) judges one signature of a returned declaration
 * (§1(2): a partner joins by a signed declaration).
 *
 * <p>Immutable.
 *
 * @param id the validator's id of the signature; not empty
 * @param field the signature field's name, as {@code netzwerk-forms}' reading gives it; empty if the
 *     validator names none
 * @param signer the signer's name as the certificate gives it; may be empty
 * @param signingTime the best signature time the validator could prove (a timestamp's), else the
 *     claimed signing time; empty if none
 * @param indication the overall answer; not null
 * @param subIndication why it is not {@code TOTAL_PASSED} (ETSI EN 319 102-1 sub-indication, e.g.
 *     {@code REVOKED_NO_POE}, {@code HASH_FAILURE}, {@code NO_CERTIFICATE_CHAIN_FOUND}); empty when passed
 * @param level the signature's level under eIDAS; not null
 * @param qualification the validator's label of the level ({@code QESig}, {@code AdESig-QC},
 *     {@code AdESig}, {@code N/A} …); not null
 * @param format the PAdES level found ({@code PAdES-BASELINE-B}, {@code -T}, {@code -LT}, {@code -LTA}); not null
 * @param intact whether the signature's bytes are intact (its hash and cryptography verify)
 * @param changedAfterSigning whether the validator found the file changed after this signature beyond
 *     what a signed PDF may receive: visible differences, form fields, annotations or undefined object
 *     changes. DSS's default policy only warns about this, so the indication may still be
 *     {@code TOTAL_PASSED}; {@code netzwerk-forms} counts such changes as not allowed
 * @param modifiedFields the form fields the validator found changed after this signature; not null, copied
 */
public record SignatureVerdict(String id, String field, String signer, Optional<Instant> signingTime, Indication indication,
        String subIndication, Level level, String qualification, String format, boolean intact,
        boolean changedAfterSigning, List<String> modifiedFields) {

    /** The overall answer of ETSI EN 319 102-1. */
    public enum Indication {
        /** Valid: integrity, chain up to a trust anchor, not revoked at the signing time. */
        TOTAL_PASSED,
        /** Could not be decided, e.g. unknown CA, missing revocation data, expired without proof of existence. */
        INDETERMINATE,
        /** Invalid: altered, revoked before signing, broken cryptography. */
        TOTAL_FAILED
    }

    /** The signature's level under eIDAS (Art. 3, 25, 26), as far as the trusted lists say. */
    public enum Level {
        /** Qualified electronic signature: qualified certificate and QSCD (eIDAS Art. 25(2)). */
        QESIG,
        /** Advanced electronic signature with a qualified certificate. */
        ADESIG_QC,
        /** Advanced electronic signature (eIDAS Art. 26). */
        ADESIG,
        /** None of these, or not determinable (no trusted list covers the CA, or validation failed). */
        NOT_DETERMINED
    }

    /** Validates. */
    public SignatureVerdict {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(signingTime, "signingTime");
        Objects.requireNonNull(indication, "indication");
        Objects.requireNonNull(subIndication, "subIndication");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(format, "format");
        modifiedFields = List.copyOf(modifiedFields);
    }
}
