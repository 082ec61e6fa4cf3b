package de.magdeburg.integration.netzwerk.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A submitted form's values as the coordinator typed them, to show them again next to their errors,
 * and the parsing of dates and times (an {@code <input type="date">} sends ISO dates). Not
 * thread-safe: one per request.
 */
public final class FormValues {
    private final MultiValueMap<String, String> values;
    private final FormErrors errors;

    FormValues(MultiValueMap<String, String> values, FormErrors errors) {
        this.values = values == null ? new LinkedMultiValueMap<>() : values;
        this.errors = errors;
    }

    /** @return an empty form */
    static FormValues empty() {
        return new FormValues(null, new FormErrors());
    }

    /** @return the field's trimmed value; empty if absent */
    public String get(String field) {
        String v = values.getFirst(field);
        return v == null ? "" : v.strip();
    }

    /** @return all values of a multi-valued field (check boxes); empty if none */
    public List<String> all(String field) {
        List<String> v = values.get(field);
        return v == null ? List.of() : v;
    }

    /** @return whether a check box or option with this value was chosen */
    public boolean chosen(String field, String value) {
        return all(field).contains(value);
    }

    /** Sets a value shown in the form (a default). */
    FormValues with(String field, String value) {
        values.set(field, value);
        return this;
    }

    /** @return the errors of this form */
    public FormErrors errors() {
        return errors;
    }

    /**
     * @param label the field's caption, for the message
     * @return the date, or null with an error at the field (when required or not a date)
     */
    LocalDate date(String field, String label, boolean required) {
        String v = get(field);
        if (v.isEmpty()) {
            if (required) {
                errors.add(field, "„" + label + "“ fehlt: bitte ein Datum angeben.");
            }
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(field, "„" + label + "“: „" + v + "“ ist kein Datum (TT.MM.JJJJ).");
            return null;
        }
    }

    /**
     * @param label the field's caption, for the message
     * @return the time, or null with an error at the field (when required or not a time)
     */
    LocalTime time(String field, String label, boolean required) {
        String v = get(field);
        if (v.isEmpty()) {
            if (required) {
                errors.add(field, "„" + label + "“ fehlt: bitte eine Uhrzeit angeben.");
            }
            return null;
        }
        try {
            return LocalTime.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(field, "„" + label + "“: „" + v + "“ ist keine Uhrzeit (HH:MM).");
            return null;
        }
    }
}
