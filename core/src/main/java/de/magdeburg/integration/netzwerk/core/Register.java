package de.magdeburg.integration.netzwerk.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The register of partner organisations (Übersicht der Netzwerkpartner*innen, §1(3)) with its
 * append-only history.
 *
 * <p>Immutable and thread-safe: every change returns a new register in a {@link RegisterUpdate}.
 * Nothing is silently overwritten: an ENTRY for a registered organisation, a CHANGE for an unknown
 * one or a DELETION for one already removed are ERROR findings and leave the register unchanged.
 *
 * <p>Derived views: {@link #mailingList()} and {@link #mailingList(String)} (Verteiler, §1(4)),
 * {@link #portalListing()} (Integrationsportal, consenting partners only, no personal data) and
 * {@link #inactiveCandidates(RulesProfile, List, LocalDate)} (GO-1.4), {@link #expectedAt(Meeting)}
 * (§1(4)). Files are read and written with {@link JsonCodec#REGISTER}.
 *
 * <p>The same history records, with {@link #record(RulesProfile, NetworkChange)}, founded groups
 * (§4(2)), speakers' terms (§4(3)) and guests' registrations and approvals (§1(5)).
 */
public final class Register {
    private static final Register EMPTY = new Register(Map.of(), List.of(), NetworkState.EMPTY);

    private final Map<String, Partner> partners;
    private final List<HistoryEntry> history;
    // the groups, speakers and guests: one history with the partners, so one record of who changed what when
    final NetworkState network;

    private Register(Map<String, Partner> partners, List<HistoryEntry> history, NetworkState network) {
        this.partners = partners;
        this.history = history;
        this.network = network;
    }

    /** @return the register with no partners and no history */
    public static Register empty() {
        return EMPTY;
    }

    /**
     * Rebuilds a register by replaying a history from the empty register.
     *
     * @param history entries in order, sequence 1, 2, …; not null
     * @return the register
     * @throws InvalidDataException if an entry cannot be replayed (null, gap in sequence, refused
     *     change) or does not match what replaying it gives (another action, partner key or note
     *     than its declaration leads to), naming the entry as {@code $.history[i]}
     */
    public static Register replay(List<HistoryEntry> history) {
        Objects.requireNonNull(history, "history");
        Register r = empty();
        for (HistoryEntry e : history) {
            if (e == null) {
                throw new InvalidDataException("$.history[" + r.history.size() + "]", "must not be null");
            }
            if (e.sequence() != r.history.size() + 1) {
                throw new InvalidDataException("$.history[" + r.history.size() + "]",
                        "sequence " + e.sequence() + " where " + (r.history.size() + 1) + " was expected");
            }
            // an entry about groups, speakers or guests is its own record; a partner's comes from its declaration
            RegisterUpdate u = !e.action().isPartnerAction() ? r.append(e)
                    : e.action() == HistoryAction.REMOVED_INACTIVE
                    ? r.removeInactive(e.partnerKey(), e.date(), e.note())
                    : r.record(e.declaration(), e.date());
            if (u.rejected()) {
                throw new InvalidDataException("$.history[" + r.history.size() + "]",
                        "cannot be replayed: " + u.findings().get(0).message());
            }
            HistoryEntry replayed = u.register().history.get(r.history.size());
            if (!replayed.equals(e)) {
                // a history that says one thing while its declaration does another is not a record
                throw new InvalidDataException("$.history[" + r.history.size() + "]", "does not match its "
                        + "declaration: replaying gives " + replayed.action() + " of '" + replayed.partnerKey()
                        + "' with note '" + replayed.note() + "', the entry says " + e.action() + " of '"
                        + e.partnerKey() + "' with note '" + e.note() + "'"
                        + (e.action() == HistoryAction.REMOVED_INACTIVE && e.declaration() != null
                                ? " and carries a declaration" : ""));
            }
            r = u.register();
        }
        return r;
    }

    /** @return every partner ever registered, active or removed, in order of first admission */
    public List<Partner> partners() {
        return List.copyOf(partners.values());
    }

    /**
     * @return the partners on the register and mailing list, sorted by organisation name after
     *     DIN 5007-1 ({@link GermanOrder})
     */
    public List<Partner> activePartners() {
        return partners.values().stream().filter(Partner::isActive).sorted(GermanOrder.byOrganisation()).toList();
    }

    /** @return the history, oldest first */
    public List<HistoryEntry> history() {
        return history;
    }

    /** @return the speakers' terms (§4(3)) in the order recorded, ended terms with their real last day */
    public List<SpeakerTerm> speakerTerms() {
        return network.terms();
    }

    /** @return the working groups founded after the profile's groups (§4(2)), in order of founding; not null */
    public List<WorkingGroupFounding> foundedGroups() {
        return network.groups();
    }

    /**
     * The guests registered for a meeting (§1(5)); approved on the day of the last agreement.
     * Whether they may attend is {@link GuestAdmission}'s decision.
     *
     * @param meetingId a meeting id; not null (an unknown id gives an empty list)
     * @return the guests in order of registration; not null
     */
    public List<Guest> guests(String meetingId) {
        Objects.requireNonNull(meetingId, "meetingId");
        return network.guests(meetingId);
    }

    /**
     * Records a change of groups, speakers or guests ({@link NetworkChange}), checking GO-4.2,
     * GO-4.3 (known group, term length, at most two speakers) and GO-1.5 (approval after registration).
     *
     * @param profile the rules the change is judged by; not null
     * @param change the change; not null
     * @return the new register and findings (WARNING: a group short of speakers); unchanged with an ERROR if refused
     */
    public RegisterUpdate record(RulesProfile profile, NetworkChange change) {
        return NetworkChanges.record(profile, this, change);
    }

    /**
     * The partners expected at a meeting (§1(4)): the group's mailing list for a group's meeting; for
     * a speakers' round (§5(3)) the organisations of the speakers in office that day (everyone while
     * no speakers are recorded); else the whole mailing list.
     *
     * @param meeting the meeting; not null
     * @return the active partners expected, sorted by organisation name; not null
     */
    public List<Partner> expectedAt(Meeting meeting) {
        return NetworkChanges.expected(this, meeting);
    }

    /** Appends an entry that is not about a partner: the new register, or this one with the refusal. */
    RegisterUpdate append(HistoryEntry e) {
        NetworkState.Outcome o = network.apply(e);
        if (o.refusal() != null) {
            return refused(o.refusal());
        }
        var h = new ArrayList<>(history);
        h.add(e);
        return new RegisterUpdate(new Register(partners, List.copyOf(h), o.state()), List.of());
    }

    /**
     * @param organisationName the organisation's name, in any case and spacing; not null
     * @return the partner, active or removed, if ever registered
     */
    public Optional<Partner> findPartner(String organisationName) {
        return Optional.ofNullable(partners.get(Organisation.key(organisationName)));
    }

    /**
     * Applies a declaration under the embedded Magdeburg 2016 rules: the same as
     * {@link #apply(RulesProfile, Declaration, LocalDate)} with {@link RulesProfile#magdeburg2016()}.
     *
     * @param declaration the declaration; not null
     * @param on the day it takes effect; not null
     * @return the new register and findings; the unchanged register when refused
     */
    public RegisterUpdate apply(Declaration declaration, LocalDate on) {
        return apply(RulesProfile.magdeburg2016(), declaration, on);
    }

    /**
     * Applies a declaration (GO-1.2): ENTRY admits (or re-admits a removed partner), CHANGE
     * updates, DELETION removes from register and mailing list.
     *
     * <p>The declaration is checked first by
     * {@link Rules#checkDeclaration(RuleContext, Declaration)} with the effective day: its content,
     * as {@link RuleChecks#checkDeclaration(RulesProfile, Declaration)}, and a declaration signed
     * after {@code on} cannot take effect on that day (GO-1.2). Any ERROR refuses the declaration; the
     * findings of the content come before those of the register. Every path (core, facade, command
     * line, web sample) goes through here, so each gives the same findings for the same
     * declaration.
     *
     * @param profile the rules the declaration is judged by; not null
     * @param declaration the declaration; not null
     * @param on the day it takes effect; not null
     * @return the new register and findings; the unchanged register when refused
     */
    public RegisterUpdate apply(RulesProfile profile, Declaration declaration, LocalDate on) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(declaration, "declaration");
        Objects.requireNonNull(on, "on");
        var content = new ArrayList<>(
                Rules.checkDeclaration(RuleContext.of(profile).withEffectiveDay(on).withRegister(this),
                        declaration));
        if (content.stream().anyMatch(Finding::isError)) {
            return new RegisterUpdate(this, content);
        }
        RegisterUpdate u = record(declaration, on);
        content.addAll(u.findings());
        return new RegisterUpdate(u.register(), content);
    }

    // The register's own rules, without the content checks: replaying a history repeats decisions
    // taken under the rules of their day, and a later profile must not make an old register unreadable.
    private RegisterUpdate record(Declaration declaration, LocalDate on) {
        Objects.requireNonNull(declaration, "declaration");
        String key = declaration.organisation().key();
        if (key.isEmpty()) {
            return refused(Rules.GO_1_2.finding(Severity.ERROR, "organisation_name", "register.noOrganisation"));
        }
        Partner existing = partners.get(key);
        String name = declaration.organisation().name();
        switch (declaration.request()) {
            case ENTRY -> {
                if (existing != null && existing.isActive()) {
                    return refused(Rules.GO_1_2.finding(Severity.ERROR, key, "register.alreadyRegistered", name));
                }
                Partner p = new Partner(declaration.organisation(), representatives(declaration),
                        declaration.workingGroups(), declaration.crossGroupMeetings(), declaration.listOnPortal(),
                        PartnerStatus.ACTIVE, on, null);
                return changed(p, on, HistoryAction.ADMITTED, declaration, "");
            }
            case CHANGE -> {
                if (existing == null || !existing.isActive()) {
                    return refused(Rules.GO_1_3.finding(Severity.ERROR, key, "register.unknownForChange", name));
                }
                Partner p = new Partner(declaration.organisation(), representatives(declaration),
                        declaration.workingGroups(), declaration.crossGroupMeetings(), declaration.listOnPortal(),
                        PartnerStatus.ACTIVE, existing.joinedOn(), null);
                return changed(p, on, HistoryAction.CHANGED, declaration, "");
            }
            case DELETION -> {
                if (existing == null || !existing.isActive()) {
                    return refused(Rules.GO_1_3.finding(Severity.ERROR, key, "register.unknownForDeletion", name));
                }
                Partner p = new Partner(existing.organisation(), existing.representatives(),
                        existing.workingGroups(), existing.crossGroupMeetings(), existing.listOnPortal(),
                        PartnerStatus.DELETED, existing.joinedOn(), on);
                return changed(p, on, HistoryAction.DELETED, declaration, "");
            }
            default -> throw new IllegalStateException(declaration.request().toString());
        }
    }

    /**
     * Removes a partner for inactivity (GO-1.4): an explicit step of the coordinator, recorded in
     * the history. A later ENTRY declaration re-admits the partner.
     *
     * @param organisationName the partner's organisation name; not null
     * @param on the day of removal; not null
     * @param note the reason, e.g. "keine Teilnahme seit 03.05.2025"; may be empty
     * @return the new register, or the unchanged one with an ERROR finding if the partner is not active
     */
    public RegisterUpdate removeInactive(String organisationName, LocalDate on, String note) {
        String key = Organisation.key(organisationName);
        Partner existing = partners.get(key);
        if (existing == null || !existing.isActive()) {
            return refused(Rules.GO_1_4.finding(Severity.ERROR, key, "register.unknownForRemoval", organisationName));
        }
        Partner p = new Partner(existing.organisation(), existing.representatives(), existing.workingGroups(),
                existing.crossGroupMeetings(), existing.listOnPortal(), PartnerStatus.REMOVED_INACTIVE,
                existing.joinedOn(), on);
        return changed(p, on, HistoryAction.REMOVED_INACTIVE, null, note);
    }

    /**
     * GO-1.4 (§1(4)): the active partners that did not take part in the working groups during the
     * {@code inactivityYears} before {@code asOf}, and so may be removed with
     * {@link #removeInactive(String, LocalDate, String)}. Listing removes nothing: removal is the
     * coordinator's explicit step, recorded in the history.
     *
     * <p>What counts as taking part: a record with {@code present = true} of a
     * {@link MeetingKind#WORKING_GROUP}, {@link MeetingKind#CROSS_GROUP} or
     * {@link MeetingKind#PROJECT_GROUP} meeting of any group. §1(4) speaks of taking part "an den
     * Arbeitsgruppen"; a cross-group meeting is a meeting of all working groups (§5(2)) and a
     * project group is a working group too (§4(4)), and removal is the harsher mistake, so both
     * count. A {@link MeetingKind#SPEAKERS_ROUND} is a meeting with the coordinator, not of a
     * working group, and does not count. Absent or excused records do not count either.
     *
     * <p>The period is {@code (asOf − inactivityYears, asOf]} in calendar years: attendance on
     * exactly the day {@code asOf.minusYears(inactivityYears)} is a full period ago and no longer
     * counts; later attendance (and attendance after {@code asOf}, which is ignored) does.
     * Partners whose (latest) admission lies inside that period are excepted: they have not yet
     * had a full period to take part. With one year, for {@code asOf} 2028-02-29 the period
     * starts after 2027-02-28.
     *
     * @param profile the rules, for {@code inactivityYears}; not null
     * @param attendance attendance records of any meetings, in any order; not null
     * @param asOf the day of the check; not null
     * @return the candidates, sorted by organisation name; not null, may be empty
     */
    public List<Partner> inactiveCandidates(RulesProfile profile, List<AttendanceRecord> attendance, LocalDate asOf) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(attendance, "attendance");
        Objects.requireNonNull(asOf, "asOf");
        LocalDate periodStart = asOf.minusYears(profile.limits().inactivityYears());
        var attended = new HashSet<String>();
        for (AttendanceRecord a : attendance) {
            if (a.present() && a.kind() != MeetingKind.SPEAKERS_ROUND
                    && a.date().isAfter(periodStart) && !a.date().isAfter(asOf)) {
                attended.add(a.partnerKey());
            }
        }
        return activePartners().stream()
                .filter(p -> !p.joinedOn().isAfter(periodStart))
                .filter(p -> !attended.contains(p.key()))
                .toList();
    }

    /**
     * The network-wide mailing list (Verteiler, §1(4)): the active partners, who receive
     * invitations and minutes. Deleted and removed partners are not on it.
     *
     * @return the active partners, sorted by organisation name; not null
     */
    public List<Partner> mailingList() {
        return activePartners();
    }

    /**
     * The mailing list of one working group: the active partners working in it.
     *
     * @param groupId a working group id; not null (an unknown id gives an empty list)
     * @return the active members of the group, sorted by organisation name; not null
     */
    public List<Partner> mailingList(String groupId) {
        Objects.requireNonNull(groupId, "groupId");
        return activePartners().stream().filter(p -> p.isMemberOf(groupId)).toList();
    }

    /**
     * The public listing "Beteiligte am Netzwerk" on the Integrationsportal: the active partners
     * that ticked the consent box on their declaration, with organisation name, city and groups
     * only. No representative's name, phone or email is ever part of it, and neither are street
     * or postal code.
     *
     * @return the entries, sorted by organisation name; not null
     */
    public List<PortalEntry> portalListing() {
        return activePartners().stream().filter(Partner::listOnPortal)
                .map(p -> new PortalEntry(p.organisation().name(), p.organisation().city(), p.workingGroups()))
                .toList();
    }

    private static List<Representative> representatives(Declaration d) {
        return d.representative().equals(Representative.empty()) ? List.of() : List.of(d.representative());
    }

    private RegisterUpdate refused(Finding f) {
        return new RegisterUpdate(this, List.of(f));
    }

    private RegisterUpdate changed(Partner p, LocalDate on, HistoryAction action, Declaration d, String note) {
        var map = new LinkedHashMap<>(partners);
        map.put(p.key(), p);
        var h = new ArrayList<>(history);
        h.add(new HistoryEntry(history.size() + 1, on, action, p.key(), d, note));
        // Map.copyOf would lose the order of admission, and with it reproducible register files
        return new RegisterUpdate(new Register(Collections.unmodifiableMap(map), List.copyOf(h), network), List.of());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Register r && r.partners.equals(partners) && r.history.equals(history)
                && r.network.equals(network);
    }

    @Override
    public int hashCode() {
        return Objects.hash(partners, history, network);
    }

    @Override
    public String toString() {
        return "Register[" + activePartners().size() + " active of " + partners.size() + ", " + history.size()
                + " history entries, " + network.terms().size() + " speakers' terms]";
    }
}
