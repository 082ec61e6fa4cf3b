package de.magdeburg.integration.netzwerk.core;

/**
 * A thematic working group (Arbeitsgruppe, AG, §4(1)) as defined by a {@link RulesProfile}.
 *
 * <p>Immutable.
 *
 * @param id stable id, lower case letters, digits and underscores, e.g. "language"; it names the
 *     form field {@code wg_<id>}
 * @param name German name without the "AG" prefix, e.g. "Sprache"
 */
public record WorkingGroup(String id, String name) {
    /** Validates. */
    public WorkingGroup {
        id = Text.require("workingGroup.id", id, 60);
        if (!id.matches("[a-z][a-z0-9_]*")) {
            throw Text.invalid("workingGroup.id", "„" + id + "“ besteht nicht aus Kleinbuchstaben, Ziffern und "
                    + "Unterstrichen mit einem Buchstaben am Anfang", "'" + id + "' must be lower case letters, digits "
                    + "and underscores, starting with a letter");
        }
        name = Text.require("workingGroup.name", name, 200);
    }

    /** @return the declaration form's checkbox field name for this group, {@code wg_<id>} */
    public String fieldName() {
        return "wg_" + id;
    }
}
