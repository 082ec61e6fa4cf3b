package de.magdeburg.integration.netzwerk.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A partner organisation on the register (Netzwerkpartner*in, §1(1), §1(3)).
 *
 * <p>Immutable.
 *
 * @param organisation the organisation; its {@link Organisation#key() key} identifies the partner; not null
 * @param representatives the people who represent it, first one is the contact; not null
 * @param workingGroups ids of the working groups it works in; not null, no duplicates
 * @param crossGroupMeetings whether it takes part in cross-group meetings
 * @param listOnPortal consent to be listed on the Integrationsportal
 * @param status register status; not null
 * @param joinedOn the day its (latest) entry declaration was applied; not null
 * @param removedOn the day it was removed; null while {@link PartnerStatus#ACTIVE}
 */
public record Partner(
        Organisation organisation,
        List<Representative> representatives,
        List<String> workingGroups,
        boolean crossGroupMeetings,
        boolean listOnPortal,
        PartnerStatus status,
        LocalDate joinedOn,
        LocalDate removedOn) {

    /** Validates and copies. */
    public Partner {
        Objects.requireNonNull(organisation, "organisation");
        if (organisation.name().isEmpty()) {
            throw Text.invalid("organisation.name", "ein*e Netzwerkpartner*in braucht einen Organisationsnamen",
                    "a partner needs an organisation name");
        }
        representatives = Text.list("representatives", representatives);
        workingGroups = Text.list("workingGroups", workingGroups);
        if (workingGroups.stream().distinct().count() != workingGroups.size()) {
            throw Text.invalid("workingGroups", "nennt eine Arbeitsgruppe doppelt: " + workingGroups,
                    "lists a group twice: " + workingGroups);
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(joinedOn, "joinedOn");
        if (status == PartnerStatus.ACTIVE && removedOn != null) {
            throw Text.invalid("removedOn", "ein*e aktive*r Netzwerkpartner*in hat kein Löschdatum, angegeben ist "
                    + removedOn, "an active partner has no removal date, got " + removedOn);
        }
        if (status != PartnerStatus.ACTIVE && removedOn == null) {
            throw Text.invalid("removedOn", "ein*e gelöschte*r Netzwerkpartner*in braucht ein Löschdatum",
                    "a removed partner needs a removal date");
        }
    }

    /** @return the register key of the organisation */
    public String key() {
        return organisation.key();
    }

    /** @return whether the partner is on the register and mailing list */
    public boolean isActive() {
        return status == PartnerStatus.ACTIVE;
    }

    /**
     * @param groupId a working group id; not null
     * @return whether the partner works in that group
     */
    public boolean isMemberOf(String groupId) {
        return workingGroups.contains(groupId);
    }
}
