package de.magdeburg.integration.netzwerk.signatures;

import de.magdeburg.integration.netzwerk.core.NetzwerkException;

/** A file whose signatures cannot be validated at all (no PDF, unreadable structure). */
public final class SignatureValidationException extends NetzwerkException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message German, then English
     * @param cause DSS's exception
     */
    public SignatureValidationException(String message, Throwable cause) {
        super(message, cause);
    }
}
