package de.magdeburg.integration.netzwerk.core;

import static de.magdeburg.integration.netzwerk.core.RuleChecks.day;
import static de.magdeburg.integration.netzwerk.core.RuleChecks.nameKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of the {@link Register} beyond partners: founded working groups (§4(2)), speakers'
 * terms (§4(3)) and guests' registrations and approvals (§1(5)), built only by applying history
 * entries. Immutable. Not public API: {@link Register} shows it.
 *
 * <p>{@link #apply(HistoryEntry)} holds the rules every recorded entry keeps, whatever profile
 * was in force: a register written under an earlier profile must stay readable.
 */
final class NetworkState {
    static final NetworkState EMPTY = new NetworkState(Map.of(), List.of(), Map.of());

    /** A guest of one meeting as registered and approved so far. */
    record GuestState(GuestNotice notice, LocalDate registeredOn, List<String> approvedBy, LocalDate approvedOn) {
        Guest guest() {
            return new Guest(notice.name(), notice.organisation(), notice.contribution(), registeredOn, approvedOn,
                    approvedBy);
        }
    }

    /** The new state, or the unchanged one with the finding that refused the entry. */
    record Outcome(NetworkState state, Finding refusal) {
    }

    private final Map<String, WorkingGroupFounding> groups;
    private final List<SpeakerTerm> terms;
    private final Map<String, GuestState> guests;

    private NetworkState(Map<String, WorkingGroupFounding> groups, List<SpeakerTerm> terms,
            Map<String, GuestState> guests) {
        this.groups = groups;
        this.terms = terms;
        this.guests = guests;
    }

    List<WorkingGroupFounding> groups() {
        return List.copyOf(groups.values());
    }

    boolean hasGroup(String groupId) {
        return groups.containsKey(groupId);
    }

    List<SpeakerTerm> terms() {
        return terms;
    }

    List<Guest> guests(String meetingId) {
        return guests.values().stream().filter(g -> g.notice().meetingId().equals(meetingId))
                .map(GuestState::guest).toList();
    }

    /** @return the term of that person in that group covering {@code day}, if any */
    SpeakerTerm findTerm(String groupId, String name, LocalDate day) {
        return terms.stream().filter(t -> t.groupId().equals(groupId) && nameKey(t.name()).equals(nameKey(name))
                && t.covers(day)).findFirst().orElse(null);
    }

    Outcome apply(HistoryEntry e) {
        return switch (e.action()) {
            case GROUP_FOUNDED -> found(e.group());
            case SPEAKER_ELECTED -> elect(e.speaker());
            case SPEAKER_LEFT -> endTerm(e.speaker());
            case GUEST_REGISTERED -> register(e.guest(), e.date());
            case GUEST_APPROVED -> approve(e.guest(), e.by(), e.date());
            default -> throw new IllegalArgumentException("not a network entry: " + e.action());
        };
    }

    private Outcome found(WorkingGroupFounding g) {
        if (groups.containsKey(g.groupId())) {
            return refused(Rules.GO_4_2.finding(Severity.ERROR, g.groupId(), "go42.exists", g.name()));
        }
        var map = new LinkedHashMap<>(groups);
        map.put(g.groupId(), g);
        return changed(Collections.unmodifiableMap(map), terms, guests);
    }

    private Outcome elect(SpeakerTerm t) {
        for (SpeakerTerm other : terms) {
            if (other.groupId().equals(t.groupId()) && nameKey(other.name()).equals(nameKey(t.name()))
                    && !other.to().isBefore(t.from()) && !other.from().isAfter(t.to())) {
                return refused(Rules.GO_4_3.finding(Severity.ERROR, t.groupId(), "register.termOverlaps", t.name(),
                        day(other.from()), day(other.to())));
            }
        }
        var list = new ArrayList<>(terms);
        list.add(t);
        return changed(groups, List.copyOf(list), guests);
    }

    private Outcome endTerm(SpeakerTerm ended) {
        for (int i = 0; i < terms.size(); i++) {
            SpeakerTerm t = terms.get(i);
            if (t.groupId().equals(ended.groupId()) && nameKey(t.name()).equals(nameKey(ended.name()))
                    && t.from().equals(ended.from()) && ended.to().isBefore(t.to())) {
                var list = new ArrayList<>(terms);
                list.set(i, ended);
                return changed(groups, List.copyOf(list), guests);
            }
        }
        return refused(Rules.GO_4_3.finding(Severity.ERROR, ended.groupId(), "register.noTermToEnd", ended.name(),
                day(ended.to())));
    }

    private Outcome register(GuestNotice g, LocalDate on) {
        if (guests.containsKey(g.key())) {
            return refused(Rules.GO_1_5.finding(Severity.ERROR, g.meetingId() + "/" + g.name(),
                    "register.guestRegistered", g.name(), g.meetingId()));
        }
        var map = new LinkedHashMap<>(guests);
        map.put(g.key(), new GuestState(g, on, List.of(), null));
        return changed(groups, terms, Collections.unmodifiableMap(map));
    }

    private Outcome approve(GuestNotice g, String speaker, LocalDate on) {
        String subject = g.meetingId() + "/" + g.name();
        GuestState s = guests.get(g.key());
        if (s == null) {
            return refused(Rules.GO_1_5.finding(Severity.ERROR, subject, "register.guestUnknown", g.name(),
                    g.meetingId()));
        }
        if (on.isBefore(s.registeredOn())) {
            return refused(Rules.GO_1_5.finding(Severity.ERROR, subject, "register.approvedBeforeRegistration",
                    speaker, g.name(), day(on), day(s.registeredOn())));
        }
        if (s.approvedBy().stream().anyMatch(a -> nameKey(a).equals(nameKey(speaker)))) {
            return refused(Rules.GO_1_5.finding(Severity.ERROR, subject, "register.approvedTwice", speaker, g.name()));
        }
        var by = new ArrayList<>(s.approvedBy());
        by.add(speaker);
        var map = new LinkedHashMap<>(guests);
        // the agreement is complete on the day of the last approval, so that day is the guest's approval day
        map.put(g.key(), new GuestState(s.notice(), s.registeredOn(), List.copyOf(by), on));
        return changed(groups, terms, Collections.unmodifiableMap(map));
    }

    private Outcome refused(Finding f) {
        return new Outcome(this, f);
    }

    private static Outcome changed(Map<String, WorkingGroupFounding> groups, List<SpeakerTerm> terms,
            Map<String, GuestState> guests) {
        return new Outcome(new NetworkState(groups, terms, guests), null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkState s && s.groups.equals(groups) && s.terms.equals(terms)
                && s.guests.equals(guests);
    }

    @Override
    public int hashCode() {
        return groups.hashCode() * 31 + terms.hashCode() * 17 + guests.hashCode();
    }
}
