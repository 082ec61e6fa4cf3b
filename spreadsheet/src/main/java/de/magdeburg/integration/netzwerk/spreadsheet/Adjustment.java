package de.magdeburg.integration.netzwerk.spreadsheet;

import java.util.Locale;
import java.util.Objects;

/**
 * What the import did to a cell so that it says what the coordinator meant: a phone number stored
 * as a number gets its leading zero back, an Excel serial number becomes a day, a missing
 * signatory is the representative. Shown in the preview beside the row, so nothing changes unseen.
 *
 * <p>Immutable.
 *
 * @param column what the cell holds; not null
 * @param original the cell as stored; not null
 * @param value what the import takes; not null
 * @param message German, naming both; not empty
 * @param messageEn English; not empty
 */
public record Adjustment(Column column, String original, String value, String message, String messageEn) {
    /** Validates. */
    public Adjustment {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /**
     * @param locale the reader's; not null
     * @return the English message for an English locale, the German one otherwise
     */
    public String message(Locale locale) {
        return "en".equals(locale.getLanguage()) ? messageEn : message;
    }
}
