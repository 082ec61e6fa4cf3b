package de.magdeburg.integration.netzwerk.core;

/** How serious a {@link Finding} is. */
public enum Severity {
    /** The rule is broken; the data must not be used as it is. */
    ERROR,
    /** Probably a problem, or one soon (e.g. a speaker's term ending within three months). */
    WARNING,
    /** Worth knowing, nothing to do. */
    INFO
}
