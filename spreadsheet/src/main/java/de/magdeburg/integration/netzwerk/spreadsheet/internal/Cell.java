package de.magdeburg.integration.netzwerk.spreadsheet.internal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One cell as the spreadsheet stored it: its text, and for a number or date cell the typed value,
 * so that a phone number stored as a number or a date stored as an Excel serial number can be
 * told from text.
 *
 * @param text the text as shown (numbers without exponent or trailing ".0"); not null
 * @param number the value of a number cell; null otherwise
 * @param date the value of a date cell; null otherwise
 */
public record Cell(String text, Double number, LocalDate date) {
    /** An empty cell. */
    public static final Cell EMPTY = new Cell("", null, null);

    /** Validates. */
    public Cell {
        Objects.requireNonNull(text, "text");
    }

    /**
     * @param text a text cell's content; not null
     * @return the cell
     */
    public static Cell text(String text) {
        return new Cell(text, null, null);
    }

    /**
     * @param value a number cell's value
     * @return the cell, with the number written out in full ({@code 3915401234}, {@code 2.5})
     */
    public static Cell number(double value) {
        String text = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return new Cell(text, value, null);
    }

    /**
     * @param value a date cell's day; not null
     * @return the cell
     */
    public static Cell date(LocalDate value) {
        return new Cell(value.toString(), null, value);
    }

    /** @return whether the cell shows nothing but white space */
    public boolean isEmpty() {
        return number == null && date == null && Sheet.clean(text).isEmpty();
    }
}
