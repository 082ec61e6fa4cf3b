package de.magdeburg.integration.netzwerk.web;

import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.InvalidDataException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The errors of one submitted form, each at the field it concerns, for the templates: the field
 * shows its messages and {@code aria-invalid}, the summary at the top links to the fields. The
 * messages are the library's; this class only decides where they stand. Not thread-safe: one per
 * request.
 */
public final class FormErrors {
    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    /** Adds a message at a form field (the input's {@code name}). */
    void add(String field, String message) {
        byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }

    /** Adds a library finding at a form field: its German message and its rule. */
    void add(String field, Finding finding) {
        add(field, finding.message() + " (Regel " + finding.rule() + ")");
    }

    /**
     * Adds a record's refusal of a value at the field its path names.
     *
     * @param e the library's exception, e.g. path {@code speakerTerm.to}
     * @param fields library path → form field; an unknown path goes to {@code fallback}
     * @param fallback the field for any other path
     */
    void add(InvalidDataException e, Map<String, String> fields, String fallback) {
        String message = e.getMessage().substring(Math.min(e.getMessage().length(), e.path().length() + 2));
        // the library's text is "German / English"; the pages are German (spring.web.locale=de)
        int english = message.indexOf(" / ");
        add(fields.getOrDefault(e.path(), fallback), english < 0 ? message : message.substring(0, english));
    }

    /**
     * The findings as lines for a flash attribute: the session is serialised into the database, the
     * library's findings are not serialisable, and the next page only shows them.
     *
     * @return one line per finding: severity in German, message, rule
     */
    static ArrayList<String> lines(List<Finding> findings) {
        var out = new ArrayList<String>();
        for (Finding f : findings) {
            out.add((f.isError() ? "Fehler" : f.severity().name().equals("WARNING") ? "Hinweis" : "Information")
                    + ": " + f.message() + " (Regel " + f.rule() + ")");
        }
        return out;
    }

    /** @return whether no field has an error */
    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** @return whether the field has an error */
    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** @return the field's messages; empty if none */
    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** @return every field with its messages, in the order found */
    public Map<String, List<String>> all() {
        return byField;
    }
}
