package de.magdeburg.integration.netzwerk.core;

/** Names of core's message bundle. Not public API. */
final class Messages {
    static final String BUNDLE = "de.magdeburg.integration.netzwerk.core.messages";

    private Messages() {
    }
}
