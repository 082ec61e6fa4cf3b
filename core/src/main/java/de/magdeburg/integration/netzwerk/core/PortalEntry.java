package de.magdeburg.integration.netzwerk.core;

import java.util.List;

/**
 * One organisation on the public portal listing ("Beteiligte am Netzwerk"): only organisations
 * that consented, and no personal data.
 *
 * <p>Immutable.
 *
 * @param organisation the organisation's name
 * @param city the city of its seat; may be empty
 * @param workingGroups ids of the working groups it works in
 */
public record PortalEntry(String organisation, String city, List<String> workingGroups) {
    /** Validates. */
    public PortalEntry {
        organisation = Text.require("portal.organisation", organisation, 200);
        city = Text.clean("portal.city", city, 200);
        workingGroups = Text.list("portal.workingGroups", workingGroups);
    }
}
