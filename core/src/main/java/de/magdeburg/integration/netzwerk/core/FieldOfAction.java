package de.magdeburg.integration.netzwerk.core;

/**
 * A field of action of the network's work (Handlungsfeld, §2).
 *
 * <p>Immutable.
 *
 * @param id stable id, e.g. "language_acquisition"
 * @param name German name as in §2
 */
public record FieldOfAction(String id, String name) {
    /** Validates. */
    public FieldOfAction {
        id = Text.require("fieldOfAction.id", id, 60);
        name = Text.require("fieldOfAction.name", name, 500);
    }
}
