package de.magdeburg.integration.netzwerk.core;

import java.util.List;
import java.util.Objects;

/** Shared argument checks for the model's compact constructors. Not public API. */
final class Text {
    private Text() {
    }

    /** Null becomes "", surrounding white space goes, and over-long text is rejected. */
    static String clean(String field, String value, int maxLength) {
        String v = value == null ? "" : value.strip();
        if (v.length() > maxLength) {
            throw new IllegalArgumentException(
                    field + " is " + v.length() + " characters long, at most " + maxLength + " are allowed");
        }
        return v;
    }

    static String require(String field, String value, int maxLength) {
        String v = clean(field, value, maxLength);
        if (v.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return v;
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
