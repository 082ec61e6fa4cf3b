package de.magdeburg.integration.netzwerk.core;

import java.util.List;

/**
 * An annual work plan (Jahresarbeitsplan, §5(1)), for one working group or the whole network.
 *
 * <p>Immutable.
 *
 * @param year the calendar year, 2016–9999
 * @param groupId the working group; empty for the network-wide plan
 * @param meetings planned meetings of every kind; not null
 * @param events planned events; not null
 * @param speakerTerms the speakers' terms relevant to the year (GO-4.3); not null
 */
public record WorkPlan(int year, String groupId, List<Meeting> meetings, List<PlannedEvent> events,
        List<SpeakerTerm> speakerTerms) {
    /** Validates. */
    public WorkPlan {
        if (year < 2016 || year > 9999) {
            throw Text.invalid("workPlan.year", year + " liegt nicht in 2016–9999", year + " is outside 2016–9999");
        }
        groupId = Text.clean("workPlan.groupId", groupId, 100);
        meetings = Text.list("workPlan.meetings", meetings);
        events = Text.list("workPlan.events", events);
        speakerTerms = Text.list("workPlan.speakerTerms", speakerTerms);
    }

    /** @return whether this is the network-wide plan */
    public boolean isNetworkWide() {
        return groupId.isEmpty();
    }
}
