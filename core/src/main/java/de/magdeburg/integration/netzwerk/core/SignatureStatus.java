package de.magdeburg.integration.netzwerk.core;

/**
 * State of the digital signature field of a returned declaration.
 *
 * <p>{@link #SIGNED_VALID} means only that the CMS signature verifies over its byte range and
 * that the byte range covers the whole file except the signature itself; whether the signer's
 * certificate is trusted is not judged.
 */
public enum SignatureStatus {
    /** No digital signature (a handwritten signature on paper is not seen here). */
    NONE,
    /** The signature verifies and covers the whole file. */
    SIGNED_VALID,
    /** A signature is present but does not verify, or the file was changed after signing. */
    SIGNED_INVALID
}
