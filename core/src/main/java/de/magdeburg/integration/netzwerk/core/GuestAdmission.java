package de.magdeburg.integration.netzwerk.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * Which guests may attend a meeting (GO-1.5, §1(5)): the one decision the invitation, the
 * attendance sheet and every other path print from. Documents render {@link #meeting()} as given
 * and name {@link #leftOff()}; they decide nothing themselves.
 *
 * <p>Immutable.
 *
 * @param meeting the meeting with only the guests who may attend; not null
 * @param leftOff the announced or registered guests who may not attend, in order; not null
 * @param findings every GO-1.5 finding about the guests: the ERRORs that left a guest off and
 *     WARNINGs about approvers who were no speakers; each names its guest; not null
 */
public record GuestAdmission(Meeting meeting, List<Guest> leftOff, List<Finding> findings) {
    /** Validates and copies. */
    public GuestAdmission {
        Objects.requireNonNull(meeting, "meeting");
        leftOff = List.copyOf(leftOff);
        findings = List.copyOf(findings);
    }

    /**
     * Decides with the speakers and guests the register keeps (§4(3), §1(5)). The meeting's own
     * guests and those registered for it in the register ({@link Register#guests(String)}) are
     * judged together; a guest in both (same name, any case and spacing) counts once, as the
     * register records it, since the register is the coordinator's record.
     *
     * @param profile the rules; not null
     * @param meeting the meeting; not null
     * @param register the register with the speakers' terms and the guests' registrations; not null
     * @return the decision
     */
    public static GuestAdmission check(RulesProfile profile, Meeting meeting, Register register) {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(register, "register");
        var byName = new LinkedHashMap<String, Guest>();
        meeting.guests().forEach(g -> byName.put(RuleChecks.nameKey(g.name()), g));
        register.guests(meeting.id()).forEach(g -> byName.put(RuleChecks.nameKey(g.name()), g));
        return check(profile, meeting.withGuests(List.copyOf(byName.values())), register.speakerTerms());
    }

    /**
     * Decides with the given speakers' terms: each of the meeting's guests is judged by
     * {@link RuleChecks#checkGuest(RulesProfile, Meeting, Guest, List)}; a guest with an ERROR is
     * left off.
     *
     * @param profile the rules; not null
     * @param meeting the meeting with its announced guests; not null
     * @param speakerTerms the speakers' terms; not null (empty: no approval can be confirmed, so
     *     every guest is left off)
     * @return the decision
     */
    public static GuestAdmission check(RulesProfile profile, Meeting meeting, List<SpeakerTerm> speakerTerms) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(speakerTerms, "speakerTerms");
        var admitted = new ArrayList<Guest>();
        var leftOff = new ArrayList<Guest>();
        var findings = new ArrayList<Finding>();
        for (Guest g : meeting.guests()) {
            List<Finding> about = GuestRules.check(profile, meeting, g, speakerTerms);
            findings.addAll(about);
            (about.stream().anyMatch(Finding::isError) ? leftOff : admitted).add(g);
        }
        return new GuestAdmission(meeting.withGuests(admitted), leftOff, findings);
    }

    /**
     * The meeting as the caller decided it, without checking: for documents of a meeting whose
     * guests were admitted elsewhere, or that has none.
     *
     * @param meeting the meeting, printed with all its guests; not null
     * @return the meeting, nobody left off, no findings
     */
    public static GuestAdmission asGiven(Meeting meeting) {
        return new GuestAdmission(meeting, List.of(), List.of());
    }
}
