package de.magdeburg.integration.netzwerk.core;

import java.util.Locale;
import java.util.ResourceBundle;

/** Core's message bundle. Not public API. */
final class Messages {
    static final String BUNDLE = "de.magdeburg.integration.netzwerk.core.messages";

    private Messages() {
    }

    /**
     * The bundle in German ({@code messages.properties}) or English ({@code messages_en.properties}),
     * never the JVM's default locale: {@link Locale#ROOT} gets the German base bundle without a
     * fallback, and named modules may not pass a {@code ResourceBundle.Control} that would say so.
     * Looked up here because on the module path only core itself sees core's bundle.
     *
     * @param locale English for any English locale, German otherwise; not null
     * @return the bundle
     */
    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT);
    }
}
