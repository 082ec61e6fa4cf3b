package de.magdeburg.integration.netzwerk.core;

import java.util.List;
import java.util.Objects;

/**
 * Shared argument checks for the model's compact constructors. Not public API. Every failed check
 * is an {@link InvalidDataException} naming the field and the value, in German and English.
 */
final class Text {
    private Text() {
    }

    /** Null becomes "", surrounding white space goes, and over-long text is rejected. */
    static String clean(String field, String value, int maxLength) {
        String v = value == null ? "" : value.strip();
        if (v.length() > maxLength) {
            throw invalid(field, "ist " + v.length() + " Zeichen lang, höchstens " + maxLength + " sind erlaubt",
                    "is " + v.length() + " characters long, at most " + maxLength + " are allowed");
        }
        return v;
    }

    static String require(String field, String value, int maxLength) {
        String v = clean(field, value, maxLength);
        if (v.isEmpty()) {
            throw invalid(field, "darf nicht leer sein", "must not be empty");
        }
        return v;
    }

    /**
     * @param field the field, e.g. {@code meeting.end}
     * @param german what is wrong, in German, naming the value
     * @param english the same in English
     * @return the exception to throw: {@code field: german / english}
     */
    static InvalidDataException invalid(String field, String german, String english) {
        return new InvalidDataException(field, german + " / " + english);
    }

    /** @throws InvalidDataException naming the first id that occurs twice in {@code ids} */
    static void requireUnique(String field, List<String> ids) {
        var seen = new java.util.HashSet<String>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw invalid(field, "nennt die Kennung „" + id + "“ doppelt", "lists the id '" + id + "' twice");
            }
        }
    }

    static <T> List<T> list(String field, List<T> values) {
        if (values == null) {
            return List.of();
        }
        for (T v : values) {
            Objects.requireNonNull(v, () -> field + " must not contain null");
        }
        return List.copyOf(values);
    }
}
