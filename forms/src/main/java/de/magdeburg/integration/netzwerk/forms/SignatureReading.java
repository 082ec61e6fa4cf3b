package de.magdeburg.integration.netzwerk.forms;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.InvalidDataException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One digital signature or document timestamp of a returned form, as the library judges it without
 * trust lists: whose it is, when it was made, which revision of the file it covers and what was
 * changed after it (§1(2): a partner joins by a <em>signed</em> declaration).
 *
 * <p>Immutable. Not judged here: the certificate's chain, trust anchor, revocation and whether the
 * signature is qualified (eIDAS) — the optional module {@code netzwerk-signatures} does that.
 *
 * @param kind a signature or a document timestamp (PAdES B-LTA); not null
 * @param field the signature field's fully qualified name; may be empty
 * @param signer the signer's name from the certificate (its common name, else the whole subject);
 *     for a timestamp the time-stamping authority's; empty when the signature carries no certificate
 * @param signingTime the time of a signature timestamp (PAdES B-T) if there is one, else the signed
 *     signing-time attribute, else the time the signature dictionary claims; empty if none
 * @param revision the revision the signature covers, counted from 1 (the first save of the file)
 * @param revisionEnd the length in bytes of that revision: the file truncated there is what was signed
 * @param intact whether the signature's cryptography verifies over its byte range and the byte range
 *     is well formed
 * @param changes what was changed after the signed revision; not null
 * @param changedFields fields changed after signing that the signature does not permit, by fully
 *     qualified name, sorted; not null, copied
 * @param changedPages pages (from 1) whose content or annotations changed in a way the signature does
 *     not permit; not null, copied
 * @param asSigned the declaration's values as they were signed, read from {@code revisionEnd}; present
 *     when changes were made that the signature does not permit and that revision could be read
 */
public record SignatureReading(Kind kind, String field, String signer, Optional<Instant> signingTime, int revision,
        long revisionEnd, boolean intact, Changes changes, List<String> changedFields, List<Integer> changedPages,
        Optional<Declaration> asSigned) {

    /** What the entry is. */
    public enum Kind {
        /** A signature of a person (CMS: {@code adbe.pkcs7.detached} or {@code ETSI.CAdES.detached}). */
        SIGNATURE,
        /** A document timestamp ({@code ETSI.RFC3161}), added for long-term validation (PAdES B-LTA). */
        DOCUMENT_TIMESTAMP
    }

    /** What was changed in the file after the revision a signature covers. */
    public enum Changes {
        /** The signature covers the whole file. */
        NONE,
        /**
         * Later revisions only add what a signed PDF may receive (ISO 32000-2 § 12.8): validation data
         * ({@code /DSS}, VRI), document timestamps, further signatures, metadata, or fields the
         * signature's {@code /Lock} leaves open.
         */
        ALLOWED,
        /** Field values, appearances, pages or other content were changed after signing. */
        NOT_ALLOWED
    }

    /** Validates and copies. */
    public SignatureReading {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(signingTime, "signingTime");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(asSigned, "asSigned");
        if (revision < 1 || revisionEnd < 1) {
            throw new InvalidDataException("signature.revision", "revision " + revision + " ending at byte "
                    + revisionEnd + ", both must be at least 1");
        }
        changedFields = List.copyOf(changedFields);
        changedPages = List.copyOf(changedPages);
        if (changes != Changes.NOT_ALLOWED && (!changedFields.isEmpty() || !changedPages.isEmpty())) {
            throw new InvalidDataException("signature.changes", "changed fields or pages need NOT_ALLOWED, not "
                    + changes);
        }
    }

    /** @return whether this signature verifies and nothing it does not permit was changed after it */
    public boolean valid() {
        return intact && changes != Changes.NOT_ALLOWED;
    }

    /**
     * @param declaration the values of the signed revision; not null
     * @return a copy with the values as signed
     */
    public SignatureReading withAsSigned(Declaration declaration) {
        return new SignatureReading(kind, field, signer, signingTime, revision, revisionEnd, intact, changes,
                changedFields, changedPages, Optional.of(declaration));
    }
}
