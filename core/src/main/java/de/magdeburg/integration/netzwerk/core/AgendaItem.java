package de.magdeburg.integration.netzwerk.core;

/**
 * One item of a meeting's agenda (Tagesordnungspunkt).
 *
 * <p>Immutable.
 *
 * @param title short title; not empty
 * @param description longer text; may be empty
 * @param presenter who presents it (a partner or guest); may be empty
 */
public record AgendaItem(String title, String description, String presenter) {
    /** Validates. */
    public AgendaItem {
        title = Text.require("agendaItem.title", title, 500);
        description = Text.clean("agendaItem.description", description, 10_000);
        presenter = Text.clean("agendaItem.presenter", presenter, 200);
    }
}
