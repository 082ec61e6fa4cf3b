package de.magdeburg.integration.netzwerk.core;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One rule of the catalogue ({@code docs/RULES.md}): its id, the § of the Geschäftsordnung it
 * implements, its default severity, the messages it may report (German and English) and what it
 * needs to be evaluated. The rules are those of {@link Rules#all()}; every finding the library
 * reports names one of them and, but for the signature findings whose messages live in the forms
 * and signatures modules, is made by it ({@link #finding(String, String, Object...)}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the id findings carry, {@code GO-<section>.<paragraph>} for the rules of the
 *     Geschäftsordnung, {@code FORM} and {@code FONT} for the form; not empty
 * @param section the § reference, e.g. {@code § 1 Abs. 2}, or {@code Anlage} for the form; not empty
 * @param severity the severity of a breach; other severities (a reminder, a doubt) are the
 *     exception and named by the finding; not null
 * @param needs what evaluating the whole rule needs beyond its subject; not null. A caller that
 *     lacks one gets the rule's checks that do without it (the content of a declaration needs no
 *     day, its date in the future needs {@link Need#TODAY})
 * @param messages the messages this rule reports by key, each a {@link MessageFormat} pattern in
 *     German and English; not empty
 */
public record Rule(String id, String section, Severity severity, Set<Need> needs, Map<String, Message> messages) {
    private static final Pattern ID = Pattern.compile("GO-[0-9]+(\\.[0-9]+[a-z]?)?|[A-Z]{3,10}");

    /** What a rule needs to be evaluated, beyond the subject it judges. */
    public enum Need {
        /** The rules profile: working groups, limits, dates, calendar. */
        PROFILE,
        /** Today, in the profile's time zone (a date typed by hand may lie in the future). */
        TODAY,
        /** The day a declaration or register change takes effect. */
        EFFECTIVE_DAY,
        /** The register of partners. */
        REGISTER,
        /** The declaration form's font, to know which characters it can show. */
        FORM_FONT
    }

    /**
     * One message of a rule, as {@link MessageFormat} patterns whose arguments name the offending
     * value. Immutable.
     *
     * @param german the German pattern, the working language of the network; not empty
     * @param english the English pattern; not empty
     */
    public record Message(String german, String english) {
        /** Validates. */
        public Message {
            german = Text.require("rule.message", german, 1_000);
            english = Text.require("rule.messageEn", english, 1_000);
        }
    }

    /**
     * Validates: the id has the catalogue's shape, and the rule reports at least one message.
     *
     * @throws InvalidDataException for a malformed id, an empty section or no message
     */
    public Rule {
        id = Text.require("rule.id", id, 20);
        if (!ID.matcher(id).matches()) {
            throw Text.invalid("rule.id", "ist keine Regel-Kennung: " + id, "is not a rule id: " + id);
        }
        section = Text.require("rule.section", section, 40);
        Objects.requireNonNull(severity, "severity");
        needs = needs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(needs));
        // insertion order kept: the catalogue lists the messages in the order the rule defines them
        messages = Collections.unmodifiableMap(new LinkedHashMap<>(messages));
        if (messages.isEmpty()) {
            throw Text.invalid("rule.messages", id + " meldet nichts", id + " reports nothing");
        }
    }

    /**
     * A finding of this rule with its default {@linkplain #severity() severity}.
     *
     * @param field the field or subject the finding is about; may be empty
     * @param key one of this rule's {@link #messages()}
     * @param args the message's arguments
     * @return the finding, with the German and the English message
     * @throws IllegalArgumentException if {@code key} is not one of this rule's messages
     */
    public Finding finding(String field, String key, Object... args) {
        return finding(severity, field, key, args);
    }

    /**
     * A finding of this rule with another severity (a reminder or a doubt rather than a breach).
     *
     * @param findingSeverity the finding's severity; not null
     * @param field the field or subject the finding is about; may be empty
     * @param key one of this rule's {@link #messages()}
     * @param args the message's arguments
     * @return the finding, with the German and the English message
     * @throws IllegalArgumentException if {@code key} is not one of this rule's messages
     */
    public Finding finding(Severity findingSeverity, String field, String key, Object... args) {
        Message m = messages.get(key);
        if (m == null) {
            // a programming error: the catalogue would no longer say which rule reports the message
            throw new IllegalArgumentException(id + " does not report " + key);
        }
        return new Finding(findingSeverity, id, field, new MessageFormat(m.german(), Locale.GERMAN).format(args),
                new MessageFormat(m.english(), Locale.ENGLISH).format(args));
    }

    /**
     * @param finding any finding; not null
     * @return whether this rule reported it
     */
    public boolean reported(Finding finding) {
        return finding.rule().equals(id);
    }

    /**
     * The messages of core's bundle ({@code messages.properties}, {@code messages_en.properties}).
     *
     * @throws java.util.MissingResourceException if a key is missing in either language
     */
    static Map<String, Message> bundled(String... keys) {
        Map<String, Message> out = new LinkedHashMap<>();
        for (String key : keys) {
            out.put(key, new Message(Messages.bundle(Locale.GERMAN).getString(key),
                    Messages.bundle(Locale.ENGLISH).getString(key)));
        }
        return out;
    }
}
