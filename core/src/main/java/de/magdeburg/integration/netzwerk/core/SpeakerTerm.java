package de.magdeburg.integration.netzwerk.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A speaker's term of office in a working group (Sprecher*in, §4(3)).
 *
 * <p>Immutable. The profile limits the length of a term (two years in Magdeburg, GO-4.3); that is
 * checked by the rules, not here.
 *
 * @param groupId working group id; not empty
 * @param name the speaker's name; not empty
 * @param organisation the partner organisation the speaker comes from; may be empty
 * @param from first day of the term; not null
 * @param to last day of the term; not before {@code from}
 */
public record SpeakerTerm(String groupId, String name, String organisation, LocalDate from, LocalDate to) {
    /** Validates. */
    public SpeakerTerm {
        groupId = Text.require("speakerTerm.groupId", groupId, 100);
        name = Text.require("speakerTerm.name", name, 200);
        organisation = Text.clean("speakerTerm.organisation", organisation, 200);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw Text.invalid("speakerTerm.to", "die Amtszeit von „" + name + "“ endet am " + to
                    + ", vor ihrem Beginn am " + from, "speaker term of '" + name + "' ends on " + to
                    + ", before it starts on " + from);
        }
    }

    /**
     * A full term as the profile sets it: from {@code from} to the day before the anniversary
     * after {@code speakerTermYears} (28 February for a term starting on 29 February), GO-4.3.
     *
     * @param profile the rules, for the term's length; not null
     * @param groupId working group id; not empty
     * @param name the speaker's name; not empty
     * @param organisation the partner organisation the speaker comes from; may be empty
     * @param from first day of the term; not null
     * @return the term
     */
    public static SpeakerTerm fullTerm(RulesProfile profile, String groupId, String name, String organisation,
            LocalDate from) {
        Objects.requireNonNull(from, "from");
        return new SpeakerTerm(groupId, name, organisation, from,
                RuleChecks.lastDayOfTerm(from, profile.limits().speakerTermYears()));
    }

    /**
     * @param day a day; not null
     * @return whether the term covers that day, first and last day included
     */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
