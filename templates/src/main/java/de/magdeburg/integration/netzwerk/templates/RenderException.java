package de.magdeburg.integration.netzwerk.templates;

import de.magdeburg.integration.netzwerk.core.NetzwerkException;

/**
 * A document could not be rendered or written: the renderer failed, the output stream failed, or
 * the data cannot be expressed in the document.
 *
 * <p>The message names the document ("Anwesenheitsliste", "Protokoll", …) and, where known, the
 * meeting or year it was for. The cause carries the underlying renderer or I/O exception.
 */
public final class RenderException extends NetzwerkException {
    private static final long serialVersionUID = 1L;

    /** The document that failed, e.g. "Protokoll". */
    private final String document;

    /**
     * Creates an exception for a failed document.
     *
     * @param document the document's German name, e.g. "Protokoll"; not null
     * @param message what went wrong, naming the offending value; not null
     * @param cause the underlying problem; may be null
     */
    public RenderException(String document, String message, Throwable cause) {
        super(document + ": " + message, cause);
        this.document = document;
    }

    /** @return the German name of the document that failed, e.g. "Protokoll"; never null */
    public String document() {
        return document;
    }
}
