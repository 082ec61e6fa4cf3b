package de.magdeburg.integration.netzwerk.core;

/**
 * Root of every exception the Netzwerk library throws on purpose.
 *
 * <p>Unchecked: callers catch it at their own boundary (a web request, a CLI command).
 * Messages name the offending value, the field or JSON path, and where it applies the
 * rule id of the Geschäftsordnung. The library never logs an exception it throws.
 */
public class NetzwerkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message for people.
     *
     * @param message what went wrong, naming the offending value; not null
     */
    public NetzwerkException(String message) {
        super(message);
    }

    /**
     * Creates an exception that wraps a lower-level cause.
     *
     * @param message what went wrong, naming the offending value; not null
     * @param cause the underlying problem; may be null
     */
    public NetzwerkException(String message, Throwable cause) {
        super(message, cause);
    }
}
