package de.magdeburg.integration.netzwerk.core;

/**
 * Thrown when JSON data (a rules profile, a register, a declaration, a meeting …) cannot be
 * read: malformed JSON, a missing or impossible value, or input beyond the documented limits.
 *
 * <p>{@link #path()} names the JSON location of the problem, e.g. {@code $.limits.speakersPerGroup}.
 */
public final class InvalidDataException extends NetzwerkException {
    private static final long serialVersionUID = 1L;
    private final String path;

    /**
     * Creates the exception.
     *
     * @param path JSON path of the problem, {@code $} for the whole document; not null
     * @param problem what is wrong there, for people; not null
     */
    public InvalidDataException(String path, String problem) {
        this(path, problem, null);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param path JSON path of the problem, {@code $} for the whole document; not null
     * @param problem what is wrong there, for people; not null
     * @param cause the parser's exception; may be null
     */
    public InvalidDataException(String path, String problem, Throwable cause) {
        super(path + ": " + problem, cause);
        this.path = path;
    }

    /** @return the JSON path of the problem, {@code $} for the whole document */
    public String path() {
        return path;
    }
}
