package de.magdeburg.integration.netzwerk.core;

import static de.magdeburg.integration.netzwerk.core.RuleChecks.day;
import static de.magdeburg.integration.netzwerk.core.RuleChecks.groupName;
import static de.magdeburg.integration.netzwerk.core.RuleChecks.nameKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * GO-1.5 (§1(5)) behind {@link RuleChecks#checkGuest} and {@link GuestAdmission}: one
 * rule for the checks and for the documents that print guests.
 */
final class GuestRules {
    private GuestRules() {
    }

    static List<Finding> check(RulesProfile profile, Meeting meeting, Guest guest, List<SpeakerTerm> speakerTerms) {
        LocalDate meetingDay = meeting.start().toLocalDate();
        String subject = meeting.id() + "/" + guest.name();
        var findings = new ArrayList<Finding>();
        if (guest.registeredOn() == null) {
            findings.add(Rules.GO_1_5.finding(Severity.ERROR, subject, "go15.notRegistered", guest.name(),
                    meeting.title(), day(meetingDay)));
        } else if (guest.registeredOn().isAfter(meetingDay)) {
            findings.add(Rules.GO_1_5.finding(Severity.ERROR, subject, "go15.registeredAfter", guest.name(),
                    day(guest.registeredOn()), meeting.title(), day(meetingDay)));
        }
        if (guest.approvedOn() == null) {
            findings.add(Rules.GO_1_5.finding(Severity.ERROR, subject, "go15.notApproved", guest.name(),
                    meeting.title(), day(meetingDay)));
            return List.copyOf(findings);
        }
        if (guest.approvedOn().isAfter(meetingDay)) {
            findings.add(Rules.GO_1_5.finding(Severity.ERROR, subject, "go15.approvedAfter", guest.name(),
                    day(guest.approvedOn()), meeting.title(), day(meetingDay)));
        }
        boolean anyGroup = meeting.groupId().isEmpty();
        Set<String> speakers = speakerTerms.stream()
                .filter(t -> anyGroup || t.groupId().equals(meeting.groupId()))
                .filter(t -> t.covers(guest.approvedOn()))
                .map(t -> nameKey(t.name()))
                .collect(Collectors.toSet());
        String groupName = anyGroup ? "" : groupName(profile, meeting.groupId());
        String suffix = anyGroup ? "Any" : "";
        boolean oneSpeaker = false;
        for (String approver : guest.approvedBy()) {
            if (speakers.contains(nameKey(approver))) {
                oneSpeaker = true;
            } else {
                findings.add(Rules.GO_1_5.finding(Severity.WARNING, subject, "go15.notASpeaker" + suffix, approver,
                        guest.name(), day(guest.approvedOn()), groupName));
            }
        }
        if (!oneSpeaker) {
            findings.add(Rules.GO_1_5.finding(Severity.ERROR, subject, "go15.noSpeakerApproved" + suffix, guest.name(),
                    guest.approvedBy().isEmpty() ? "–" : String.join(", ", guest.approvedBy()),
                    day(guest.approvedOn()), groupName));
        }
        return List.copyOf(findings);
    }
}
