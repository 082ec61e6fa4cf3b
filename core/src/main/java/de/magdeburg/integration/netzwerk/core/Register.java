package de.magdeburg.integration.netzwerk.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
 */
public final class Register {
    private static final Register EMPTY = new Register(Map.of(), List.of());

    private final Map<String, Partner> partners;
    private final List<HistoryEntry> history;

    private Register(Map<String, Partner> partners, List<HistoryEntry> history) {
        this.partners = partners;
        this.history = history;
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
     * @throws InvalidDataException if an entry cannot be replayed (gap in sequence, refused change)
     */
    public static Register replay(List<HistoryEntry> history) {
        Register r = empty();
        for (HistoryEntry e : history) {
            if (e.sequence() != r.history.size() + 1) {
                throw new InvalidDataException("$.history[" + r.history.size() + "]",
                        "sequence " + e.sequence() + " where " + (r.history.size() + 1) + " was expected");
            }
            RegisterUpdate u = e.action() == HistoryAction.REMOVED_INACTIVE
                    ? r.removeInactive(e.partnerKey(), e.date(), e.note())
                    : r.apply(e.declaration(), e.date());
            if (u.rejected()) {
                throw new InvalidDataException("$.history[" + r.history.size() + "]",
                        "cannot be replayed: " + u.findings().get(0).message());
            }
            r = u.register();
        }
        return r;
    }

    /** @return every partner ever registered, active or removed, in order of first admission */
    public List<Partner> partners() {
        return List.copyOf(partners.values());
    }

    /** @return the partners on the register and mailing list, sorted by organisation name */
    public List<Partner> activePartners() {
        return partners.values().stream().filter(Partner::isActive)
                .sorted(Comparator.comparing(p -> p.organisation().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** @return the history, oldest first */
    public List<HistoryEntry> history() {
        return history;
    }

    /**
     * @param organisationName the organisation's name, in any case and spacing; not null
     * @return the partner, active or removed, if ever registered
     */
    public Optional<Partner> findPartner(String organisationName) {
        return Optional.ofNullable(partners.get(Organisation.key(organisationName)));
    }

    /**
     * Applies a declaration (GO-1.2): ENTRY admits (or re-admits a removed partner), CHANGE
     * updates, DELETION removes from register and mailing list.
     *
     * @param declaration the declaration; not null
     * @param on the day it takes effect; not null
     * @return the new register and findings; the unchanged register when refused
     */
    public RegisterUpdate apply(Declaration declaration, LocalDate on) {
        Objects.requireNonNull(declaration, "declaration");
        Objects.requireNonNull(on, "on");
        String key = declaration.organisation().key();
        if (key.isEmpty()) {
            return refused(Finding.of(Severity.ERROR, "GO-1.2", "organisation_name", Messages.BUNDLE,
                    "register.noOrganisation"));
        }
        Partner existing = partners.get(key);
        String name = declaration.organisation().name();
        switch (declaration.request()) {
            case ENTRY -> {
                if (existing != null && existing.isActive()) {
                    return refused(Finding.of(Severity.ERROR, "GO-1.2", key, Messages.BUNDLE,
                            "register.alreadyRegistered", name));
                }
                Partner p = new Partner(declaration.organisation(), representatives(declaration),
                        declaration.workingGroups(), declaration.crossGroupMeetings(), declaration.listOnPortal(),
                        PartnerStatus.ACTIVE, on, null);
                return changed(p, on, HistoryAction.ADMITTED, declaration, "");
            }
            case CHANGE -> {
                if (existing == null || !existing.isActive()) {
                    return refused(Finding.of(Severity.ERROR, "GO-1.3", key, Messages.BUNDLE,
                            "register.unknownForChange", name));
                }
                Partner p = new Partner(declaration.organisation(), representatives(declaration),
                        declaration.workingGroups(), declaration.crossGroupMeetings(), declaration.listOnPortal(),
                        PartnerStatus.ACTIVE, existing.joinedOn(), null);
                return changed(p, on, HistoryAction.CHANGED, declaration, "");
            }
            case DELETION -> {
                if (existing == null || !existing.isActive()) {
                    return refused(Finding.of(Severity.ERROR, "GO-1.3", key, Messages.BUNDLE,
                            "register.unknownForDeletion", name));
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
            return refused(Finding.of(Severity.ERROR, "GO-1.4", key, Messages.BUNDLE,
                    "register.unknownForRemoval", organisationName));
        }
        Partner p = new Partner(existing.organisation(), existing.representatives(), existing.workingGroups(),
                existing.crossGroupMeetings(), existing.listOnPortal(), PartnerStatus.REMOVED_INACTIVE,
                existing.joinedOn(), on);
        return changed(p, on, HistoryAction.REMOVED_INACTIVE, null, note);
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
        return new RegisterUpdate(new Register(Map.copyOf(map), List.copyOf(h)), List.of());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Register r && r.partners.equals(partners) && r.history.equals(history);
    }

    @Override
    public int hashCode() {
        return Objects.hash(partners, history);
    }

    @Override
    public String toString() {
        return "Register[" + activePartners().size() + " active of " + partners.size() + ", " + history.size()
                + " history entries]";
    }
}
