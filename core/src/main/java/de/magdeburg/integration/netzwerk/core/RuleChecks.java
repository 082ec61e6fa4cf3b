package de.magdeburg.integration.netzwerk.core;

import java.time.LocalDate;
import java.util.List;

/**
 * The rule checks of the Geschäftsordnung that are not register changes. Each returns findings
 * naming the rule id of the catalogue; an empty list means the rule holds.
 *
 * <p>Stateless and thread-safe.
 */
public final class RuleChecks {
    private RuleChecks() {
    }

    /**
     * Checks an annual work plan: GO-5.2a (at most N meetings per AG and calendar year), GO-5.2b
     * (at least N cross-group meetings a year), GO-5.3 (a speakers' round every calendar quarter)
     * and GO-4.3 (speaker terms: count, length, terms ending that year).
     *
     * @param profile the rules; not null
     * @param plan the plan; not null
     * @return findings naming the AG, the year and the quarter
     */
    public static List<Finding> checkWorkPlan(RulesProfile profile, WorkPlan plan) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * GO-4.3: the group has the profile's number of speakers with valid terms on the given day.
     *
     * @param profile the rules; not null
     * @param groupId the working group; not null
     * @param terms speaker terms of any group; not null
     * @param on the day to check; not null
     * @return findings: ERROR for too few/many speakers or a term longer than allowed, WARNING for
     *     a term ending within the warning period
     */
    public static List<Finding> checkSpeakers(RulesProfile profile, String groupId, List<SpeakerTerm> terms,
            LocalDate on) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * GO-1.5: a guest may attend only if registered with the coordinator and approved after
     * agreement with the group's speakers, both before the meeting.
     *
     * @param profile the rules; not null
     * @param meeting the meeting; not null
     * @param guest the guest; not null
     * @param speakerTerms the speakers' terms, to check who approved; not null
     * @return findings; empty if the guest may attend
     */
    public static List<Finding> checkGuest(RulesProfile profile, Meeting meeting, Guest guest,
            List<SpeakerTerm> speakerTerms) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * GO-4.2: a proposed new working group needs representatives of at least N distinct organisations.
     *
     * @param profile the rules; not null
     * @param proposedName the proposed group's name; not empty
     * @param founders declarations of readiness (organisation + representative); not null
     * @return findings; empty if the group may be established
     */
    public static List<Finding> checkNewWorkingGroup(RulesProfile profile, String proposedName,
            List<Declaration> founders) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
