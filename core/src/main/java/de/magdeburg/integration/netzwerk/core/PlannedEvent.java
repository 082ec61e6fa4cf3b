package de.magdeburg.integration.netzwerk.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An event in an annual work plan (Netzwerkveranstaltung, §3, §5(1)).
 *
 * <p>Immutable.
 *
 * @param title title; not empty
 * @param date planned day; not null
 * @param responsible responsible partner organisations; not null
 * @param fieldOfAction id of the field of action of the profile (§2); may be empty
 */
public record PlannedEvent(String title, LocalDate date, List<String> responsible, String fieldOfAction) {
    /** Validates. */
    public PlannedEvent {
        title = Text.require("event.title", title, 500);
        Objects.requireNonNull(date, "date");
        responsible = Text.list("event.responsible", responsible);
        fieldOfAction = Text.clean("event.fieldOfAction", fieldOfAction, 100);
    }
}
