package de.magdeburg.integration.netzwerk.core;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * A result of a rule check: which rule, about what, how serious, and a message for people in
 * German (the working language of the network) and English.
 *
 * <p>Immutable. Rule ids are those of the rules catalogue, {@link Rules#all()} ({@code GO-1.4},
 * {@code GO-5.2a}, …, and {@code FORM} and {@code FONT} for the form); {@link Rules#of(Finding)}
 * gives a finding's rule.
 *
 * @param severity how serious; not null
 * @param rule the rule id, e.g. "GO-5.2a"; not empty
 * @param field what the finding is about: a form field name ({@code email}), an organisation key,
 *     or a subject such as {@code language/2027}; may be empty
 * @param message the German message, naming the offending value; not empty
 * @param messageEn the same in English; not empty (defaults to the German text)
 */
public record Finding(Severity severity, String rule, String field, String message, String messageEn) {
    /** Validates. */
    public Finding {
        Objects.requireNonNull(severity, "severity");
        rule = Text.require("finding.rule", rule, 100);
        field = Text.clean("finding.field", field, 500);
        message = Text.require("finding.message", message, 4_000);
        messageEn = Text.clean("finding.messageEn", messageEn, 4_000);
        if (messageEn.isEmpty()) {
            messageEn = message;
        }
    }

    /**
     * Creates a finding whose messages come from a resource bundle with a German default
     * ({@code name.properties}) and an English variant ({@code name_en.properties}), both UTF-8.
     *
     * <p>The caller looks its bundle up itself: on the module path a module's resources are visible
     * to that module only, so core could not find another module's bundle by name.
     *
     * @param severity how serious; not null
     * @param rule the rule id; not empty
     * @param field the subject; may be empty
     * @param bundle the caller's bundle for {@link Locale#GERMAN} and {@link Locale#ENGLISH}; not null
     * @param key message key in the bundle
     * @param args {@link MessageFormat} arguments
     * @return the finding
     * @throws java.util.MissingResourceException if the bundle or key does not exist
     */
    public static Finding of(Severity severity, String rule, String field,
            Function<Locale, ResourceBundle> bundle, String key, Object... args) {
        return new Finding(severity, rule, field, format(bundle, key, Locale.GERMAN, args),
                format(bundle, key, Locale.ENGLISH, args));
    }

    private static String format(Function<Locale, ResourceBundle> bundle, String key, Locale locale,
            Object[] args) {
        return new MessageFormat(bundle.apply(locale).getString(key), locale).format(args);
    }

    /**
     * The message in the given language: English for any English locale, German otherwise.
     *
     * @param locale the reader's locale; not null
     * @return the message
     */
    public String message(Locale locale) {
        return "en".equals(locale.getLanguage()) ? messageEn : message;
    }

    /** @return whether the severity is {@link Severity#ERROR} */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
