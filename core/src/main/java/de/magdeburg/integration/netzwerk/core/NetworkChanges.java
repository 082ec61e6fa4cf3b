package de.magdeburg.integration.netzwerk.core;

import static de.magdeburg.integration.netzwerk.core.RuleChecks.day;
import static de.magdeburg.integration.netzwerk.core.RuleChecks.groupName;
import static de.magdeburg.integration.netzwerk.core.RuleChecks.nameKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules behind {@link Register#record(RulesProfile, NetworkChange)} and
 * {@link Register#expectedAt(Meeting)}: GO-4.2 for a new group, GO-4.3 for speakers, GO-1.5 for
 * guests' registrations and approvals, §1(4) for who is expected. Not public API.
 */
final class NetworkChanges {
    private NetworkChanges() {
    }

    static RegisterUpdate record(RulesProfile profile, Register register, NetworkChange change) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(change, "change");
        int next = register.history().size() + 1;
        var entries = new ArrayList<HistoryEntry>();
        var findings = new ArrayList<Finding>();
        if (change instanceof NetworkChange.FoundGroup f) {
            WorkingGroupFounding g = f.group();
            if (profile.findWorkingGroup(g.groupId()).isPresent()) {
                findings.add(Rules.GO_4_2.finding(Severity.ERROR, g.groupId(), "go42.exists", g.name()));
            }
            findings.addAll(RuleChecks.checkNewWorkingGroup(profile, g.name(), g.founders().stream()
                    .map(o -> Declaration.of(RequestType.ENTRY, new Organisation(o, "", "", ""))).toList()));
            entries.add(entry(next, f, HistoryAction.GROUP_FOUNDED, null, g, null));
        } else if (change instanceof NetworkChange.ElectSpeaker e) {
            SpeakerTerm t = e.term();
            if (profile.findWorkingGroup(t.groupId()).isEmpty() && !register.network.hasGroup(t.groupId())) {
                findings.add(Rules.GO_4_3.finding(Severity.ERROR, t.groupId(), "register.unknownGroup", t.groupId(),
                        t.name()));
            } else if (t.to().isAfter(RuleChecks.lastDayOfTerm(t.from(), profile.limits().speakerTermYears()))) {
                findings.add(RuleChecks.termTooLong(profile, t));
            }
            if (!e.succeeds().isEmpty()) {
                SpeakerTerm before = register.network.findTerm(t.groupId(), e.succeeds(), t.from().minusDays(1));
                if (before == null) {
                    findings.add(Rules.GO_4_3.finding(Severity.ERROR, t.groupId(), "register.noPredecessor",
                            e.succeeds(), groupName(profile, t.groupId()), day(t.from().minusDays(1))));
                } else if (before.to().isAfter(t.from().minusDays(1))) {
                    entries.add(entry(next, e, HistoryAction.SPEAKER_LEFT, ended(before, t.from().minusDays(1)),
                            null, null));
                }
            }
            entries.add(entry(next + entries.size(), e, HistoryAction.SPEAKER_ELECTED, t, null, null));
        } else if (change instanceof NetworkChange.EndTerm e) {
            SpeakerTerm t = register.network.findTerm(e.groupId(), e.name(), e.lastDay());
            if (t == null) {
                findings.add(Rules.GO_4_3.finding(Severity.ERROR, e.groupId(), "register.noTermToEnd", e.name(),
                        day(e.lastDay())));
            } else if (t.to().equals(e.lastDay())) {
                findings.add(Rules.GO_4_3.finding(Severity.ERROR, e.groupId(), "register.termEndsAnyway", e.name(),
                        day(e.lastDay())));
            } else {
                entries.add(entry(next, e, HistoryAction.SPEAKER_LEFT, ended(t, e.lastDay()), null, null));
            }
        } else if (change instanceof NetworkChange.RegisterGuest g) {
            entries.add(entry(next, g, HistoryAction.GUEST_REGISTERED, null, null, g.guest()));
        } else if (change instanceof NetworkChange.ApproveGuest a) {
            boolean speaker = register.speakerTerms().stream()
                    .anyMatch(t -> t.covers(a.on()) && nameKey(t.name()).equals(nameKey(a.by())));
            if (!speaker) {
                findings.add(Rules.GO_1_5.finding(Severity.WARNING, a.meetingId() + "/" + a.guestName(),
                        "register.approverNoSpeaker", a.by(), a.guestName(), day(a.on())));
            }
            entries.add(entry(next, a, HistoryAction.GUEST_APPROVED, null, null,
                    new GuestNotice(a.meetingId(), a.guestName(), "", "")));
        }
        if (findings.stream().anyMatch(Finding::isError)) {
            return new RegisterUpdate(register, findings);
        }
        Register r = register;
        for (HistoryEntry e : entries) {
            RegisterUpdate u = r.append(e);
            if (u.rejected()) {
                return new RegisterUpdate(register, u.findings());
            }
            r = u.register();
        }
        if (change instanceof NetworkChange.ElectSpeaker e) {
            String gid = e.term().groupId();
            int count = RuleChecks.speakersOn(RuleChecks.termsOf(gid, r.speakerTerms()), e.term().from());
            if (count > profile.limits().speakersPerGroup()) {
                return new RegisterUpdate(register, List.of(Rules.GO_4_3.finding(Severity.ERROR, e.term().groupId(),
                        "go43.speakerCount", groupName(profile, e.term().groupId()), day(e.term().from()), count,
                        profile.limits().speakersPerGroup())));
            }
        }
        for (HistoryEntry e : entries) {
            if (e.action() == HistoryAction.SPEAKER_LEFT && !(change instanceof NetworkChange.ElectSpeaker)) {
                findings.addAll(vacancy(profile, r, e.speaker()));
            }
        }
        return new RegisterUpdate(r, findings);
    }

    /** GO-4.3: a term that ends without a successor leaves the group short of speakers the next day. */
    static List<Finding> vacancy(RulesProfile profile, Register register, SpeakerTerm ended) {
        LocalDate after = ended.to().plusDays(1);
        int count = RuleChecks.speakersOn(RuleChecks.termsOf(ended.groupId(), register.speakerTerms()), after);
        int wanted = profile.limits().speakersPerGroup();
        if (count >= wanted) {
            return List.of();
        }
        return List.of(Rules.GO_4_3.finding(Severity.WARNING, ended.groupId(), "go43.vacancy", ended.name(),
                groupName(profile, ended.groupId()), day(ended.to()), count, wanted));
    }

    static List<Partner> expected(Register register, Meeting meeting) {
        Objects.requireNonNull(meeting, "meeting");
        if (meeting.kind() == MeetingKind.WORKING_GROUP
                || meeting.kind() == MeetingKind.PROJECT_GROUP && !meeting.groupId().isEmpty()) {
            return register.mailingList(meeting.groupId());
        }
        if (meeting.kind() == MeetingKind.SPEAKERS_ROUND && !register.speakerTerms().isEmpty()) {
            LocalDate day = meeting.start().toLocalDate();
            Set<String> organisations = register.speakerTerms().stream().filter(t -> t.covers(day))
                    .map(t -> Organisation.key(t.organisation())).collect(Collectors.toSet());
            return register.mailingList().stream().filter(p -> organisations.contains(p.key())).toList();
        }
        return register.mailingList();
    }

    private static SpeakerTerm ended(SpeakerTerm t, LocalDate lastDay) {
        return new SpeakerTerm(t.groupId(), t.name(), t.organisation(), t.from(), lastDay);
    }

    private static HistoryEntry entry(int sequence, NetworkChange c, HistoryAction action, SpeakerTerm speaker,
            WorkingGroupFounding group, GuestNotice guest) {
        return new HistoryEntry(sequence, c.on(), action, "", null, c.note(), c.by(), speaker, group, guest);
    }
}
