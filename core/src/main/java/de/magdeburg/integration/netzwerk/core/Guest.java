package de.magdeburg.integration.netzwerk.core;

import java.time.LocalDate;
import java.util.List;

/**
 * A guest with a contribution to the agenda (Gast, §1(5)).
 *
 * <p>Immutable. A guest may attend only after registration with the coordinator and approval
 * after agreement with the group's speakers (GO-1.5), both before the meeting.
 *
 * @param name the guest's name; not empty
 * @param organisation organisation, if any; may be empty
 * @param contribution the contribution to the agenda; may be empty
 * @param registeredOn day of registration with the coordinator; null if not registered
 * @param approvedOn day of approval after agreement with the speakers; null if not approved
 * @param approvedBy the speakers who agreed; not null
 */
public record Guest(String name, String organisation, String contribution, LocalDate registeredOn,
        LocalDate approvedOn, List<String> approvedBy) {
    /** Validates. */
    public Guest {
        name = Text.require("guest.name", name, 200);
        organisation = Text.clean("guest.organisation", organisation, 200);
        contribution = Text.clean("guest.contribution", contribution, 2_000);
        approvedBy = Text.list("guest.approvedBy", approvedBy);
        if (approvedOn != null && registeredOn == null) {
            throw Text.invalid("guest.registeredOn", "der Gast „" + name + "“ ist zugelassen, aber nie angemeldet "
                    + "worden", "guest '" + name + "' is approved but was never registered");
        }
        if (approvedOn != null && approvedOn.isBefore(registeredOn)) {
            throw Text.invalid("guest.approvedOn", "der Gast „" + name + "“ ist am " + approvedOn
                    + " zugelassen, vor der Anmeldung am " + registeredOn, "guest '" + name + "' is approved on "
                    + approvedOn + ", before the registration on " + registeredOn);
        }
    }
}
