package de.magdeburg.integration.netzwerk.core;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rule checks of the Geschäftsordnung that are not register changes. Each returns findings
 * naming the rule id of the catalogue; an empty list means the rule holds.
 *
 * <p>Every number comes from {@link RulesProfile#limits()}; none is written into the code, so a
 * later version of the rules or another city's rules is a new profile, not a new release.
 * Messages are German with an English variant (see {@link Finding}); dates in messages are
 * printed as {@code dd.MM.yyyy}.
 *
 * <p>Stateless and thread-safe.
 */
// One public entry point per subject a rule judges, each with the Javadoc that states the rules;
// the rules themselves (id, §, messages, needs) are the values of Rules, and the bodies of the
// declaration, guest and work plan checks live in DeclarationRules, GuestRules and WorkPlanRules.
public final class RuleChecks {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMAN);

    private RuleChecks() {
    }

    /**
     * Checks the content of a declaration (Erklärung, §1(2) and Anlage), whatever it came from: a
     * returned form, JSON, a web form. {@link Register#apply(RulesProfile, Declaration, LocalDate)}
     * runs these checks and refuses a declaration with an ERROR.
     *
     * <ul>
     *   <li>GO-1.2: every request names the organisation and the signatory; an ENTRY also needs
     *       street, postal code, city, the representative's names and email, and at least one
     *       working group or the cross-group meetings (ERROR). A missing place or date and an
     *       invalid digital signature are WARNINGs.</li>
     *   <li>FORM: a postal code that is not five digits, a phone number with fewer than five
     *       digits or other characters, an email address that is not {@code name@domain.tld}
     *       (ERROR).</li>
     *   <li>GO-4.1: a working group the profile does not have (ERROR).</li>
     *   <li>GO-6: a declaration dated before the profile's {@link RulesProfile#versionDate()} (the
     *       day the rules were adopted) cannot accept them (ERROR).</li>
     * </ul>
     *
     * @param profile the rules (working groups, adoption date); not null
     * @param declaration the declaration; not null
     * @return findings in the order of the form's fields, named by {@link DeclarationField}; empty
     *     when complete and well-formed
     */
    public static List<Finding> checkDeclaration(RulesProfile profile, Declaration declaration) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(declaration, "declaration");
        return Rules.checkDeclaration(RuleContext.of(profile), declaration);
    }

    /**
     * Checks an annual work plan (Jahresarbeitsplan, §5(1)).
     *
     * <ul>
     *   <li>GO-4.1 (§4(1)): a group plan for, or a network-wide plan with meetings of, a working
     *       group the profile does not have is an ERROR.</li>
     *   <li>GO-5.2a (§5(2)): every {@link MeetingKind#WORKING_GROUP} meeting beyond
     *       {@code maxMeetingsPerGroupPerYear} in one calendar year is an ERROR naming the AG, the
     *       year and the meeting. A group plan counts only its own group's meetings; the
     *       network-wide plan counts per {@code groupId}. Project-group meetings (§4(4)) are not
     *       AG meetings and are not counted.</li>
     *   <li>GO-5.2b (§5(2)), network-wide plan only: fewer than
     *       {@code minCrossGroupMeetingsPerYear} cross-group meetings in the plan's year is an
     *       ERROR, more than {@code typicalMaxCrossGroupMeetingsPerYear} an INFO.</li>
     *   <li>GO-5.3 (§5(3)), network-wide plan only: a calendar quarter of the plan's year with
     *       fewer than {@code minSpeakersRoundsPerQuarter} speakers' rounds is an ERROR naming the
     *       quarter, e.g. {@code Q2/2027}.</li>
     *   <li>GO-4.3 (§4(3)) on {@link WorkPlan#speakerTerms()}, for the plan's group or, network-wide,
     *       for every group of the profile: each stretch of days of the plan's year on which a group
     *       has another number of speakers than {@code speakersPerGroup} is an ERROR; a term longer
     *       than {@code speakerTermYears} is an ERROR; a term ending within
     *       {@code speakerTermWarningMonths} after 1 January of the plan's year is a WARNING, any
     *       other term ending in the plan's year an INFO (an election is due). A plan without
     *       any speaker terms gives one WARNING that GO-4.3 could not be checked.</li>
     * </ul>
     *
     * <p>Cross-group meetings and speakers' rounds are meetings of the whole network (their
     * {@code groupId} is empty), so GO-5.2b and GO-5.3 are checked on the network-wide plan, not
     * on each group's plan.
     *
     * <p>A meeting outside the plan's year is an ERROR (GO-5.1, §5(1): a Jahresarbeitsplan is the
     * plan of one year). A meeting dated before the rules are in force (GO-6, §6) is an ERROR: the
     * rules do not apply to it.
     *
     * @param profile the rules; not null
     * @param plan the plan; not null
     * @return findings naming the AG, the year and the quarter, in the order of the rules above; not null
     */
    public static List<Finding> checkWorkPlan(RulesProfile profile, WorkPlan plan) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(plan, "plan");
        return Rules.checkWorkPlan(RuleContext.of(profile), plan);
    }

    /**
     * A stretch of days on which a group has another number of speakers than §4(3) wants.
     *
     * @param from the first day
     * @param to the last day
     * @param count the speakers on each of these days
     */
    record Stretch(LocalDate from, LocalDate to, int count) {
    }

    /** The stretches of days with the wrong number of speakers between two days, not each day. */
    static List<Stretch> wrongCounts(RulesProfile profile, List<SpeakerTerm> terms, LocalDate first, LocalDate last) {
        int wanted = profile.limits().speakersPerGroup();
        // the count can only change on the first day of a term or the day after one ends
        var changes = new TreeSet<LocalDate>();
        changes.add(first);
        for (SpeakerTerm t : terms) {
            changes.add(t.from());
            changes.add(t.to().plusDays(1));
        }
        List<LocalDate> starts = changes.subSet(first, true, last, true).stream().toList();
        var stretches = new ArrayList<Stretch>();
        LocalDate stretchStart = null;
        int stretchCount = -1;
        for (int i = 0; i <= starts.size(); i++) {
            int count = i < starts.size() ? speakersOn(terms, starts.get(i)) : wanted;
            if (stretchStart != null && count != stretchCount) {
                stretches.add(new Stretch(stretchStart, i < starts.size() ? starts.get(i).minusDays(1) : last,
                        stretchCount));
                stretchStart = null;
            }
            if (i < starts.size() && count != wanted && stretchStart == null) {
                stretchStart = starts.get(i);
                stretchCount = count;
            }
        }
        return stretches;
    }

    /** @return the GO-4.3 ERROR for a stretch with the wrong number of speakers */
    static Finding wrongCount(RulesProfile profile, String groupId, Stretch s) {
        return Rules.GO_4_3.finding(Severity.ERROR, groupId, "go43.speakerCountPeriod", groupName(profile, groupId),
                day(s.from()), day(s.to()), s.count(), profile.limits().speakersPerGroup());
    }

    /**
     * GO-4.3 (§4(3)) on one day: the group has {@code speakersPerGroup} speakers whose terms cover
     * the day, and each term of the group is at most {@code speakerTermYears} long.
     *
     * <p>A term of <i>n</i> years starting on day <i>d</i> may last until the day before the
     * <i>n</i>-th anniversary of <i>d</i>; a term starting on 29 February may last until
     * 28 February.
     *
     * @param profile the rules; not null
     * @param groupId the working group; not empty
     * @param terms speaker terms of any group (other groups' terms are ignored); not null
     * @param on the day to check; not null
     * @return findings: ERROR for another number of speakers on the day and for each term of the
     *     group longer than allowed, WARNING for each term covering the day that ends within
     *     {@code speakerTermWarningMonths} of it (inclusive); not null
     */
    public static List<Finding> checkSpeakers(RulesProfile profile, String groupId, List<SpeakerTerm> terms,
            LocalDate on) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(on, "on");
        var limits = profile.limits();
        List<SpeakerTerm> own = termsOf(groupId, terms);
        var findings = new ArrayList<Finding>();
        int count = speakersOn(own, on);
        if (count != limits.speakersPerGroup()) {
            findings.add(Rules.GO_4_3.finding(Severity.ERROR, groupId, "go43.speakerCount", groupName(profile, groupId),
                    day(on), count, limits.speakersPerGroup()));
        }
        LocalDate warnUntil = on.plusMonths(limits.speakerTermWarningMonths());
        for (SpeakerTerm t : own) {
            if (t.to().isAfter(lastDayOfTerm(t.from(), limits.speakerTermYears()))) {
                findings.add(termTooLong(profile, t));
            }
            if (limits.speakerTermWarningMonths() > 0 && t.covers(on) && !t.to().isAfter(warnUntil)
                    && !succeeded(t, own)) {
                findings.add(Rules.GO_4_3.finding(Severity.WARNING, groupId, "go43.termEndingSoon", t.name(),
                        groupName(profile, groupId), day(t.to()), limits.speakerTermWarningMonths(), day(on)));
            }
        }
        return List.copyOf(findings);
    }

    /** An election already held: nothing to prepare, the speaker count check covers the rest. */
    static boolean succeeded(SpeakerTerm t, List<SpeakerTerm> sameGroup) {
        LocalDate next = t.to().plusDays(1);
        return sameGroup.stream().anyMatch(o -> o.from().equals(next));
    }

    /**
     * GO-1.5 (§1(5)): a guest may attend a meeting only after registration with the coordinator
     * and approval after agreement with the speakers of the meeting's working group, both on or
     * before the day of the meeting (the model knows days, not hours, so the meeting day itself
     * counts as "before").
     *
     * <p>The approval must name at least one person who, on the day of approval, held a speaker
     * term of the meeting's group; for a meeting without a group (cross-group meeting, speakers'
     * round, network-wide project group) a speaker of any group suffices. Names are compared
     * ignoring case and surrounding white space.
     *
     * @param profile the rules (for the groups' names); not null
     * @param meeting the meeting; not null
     * @param guest the guest; not null
     * @param speakerTerms the speakers' terms, to check who approved; not null
     * @return findings: ERROR if the guest may not attend, WARNING for an approver who was no
     *     speaker; empty if the guest may attend
     */
    public static List<Finding> checkGuest(RulesProfile profile, Meeting meeting, Guest guest,
            List<SpeakerTerm> speakerTerms) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(guest, "guest");
        Objects.requireNonNull(speakerTerms, "speakerTerms");
        return GuestRules.check(profile, meeting, guest, speakerTerms);
    }

    /**
     * GO-4.2 (§4(2)): a proposed new working group needs representatives of at least
     * {@code minOrganisationsForNewGroup} distinct organisations declaring their readiness.
     * Organisations are told apart by {@link Organisation#key()}, so "Verein  X" and "verein x"
     * count once; a declaration naming no organisation does not count.
     *
     * @param profile the rules; not null
     * @param proposedName the proposed group's name; not empty
     * @param founders declarations of readiness (organisation + representative); not null
     * @return findings: ERROR for too few organisations or a name the profile already has,
     *     INFO for an organisation that declared more than once, WARNING for a declaration without
     *     organisation; no ERROR if the group may be established
     * @throws InvalidDataException if {@code proposedName} is empty
     */
    public static List<Finding> checkNewWorkingGroup(RulesProfile profile, String proposedName,
            List<Declaration> founders) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(founders, "founders");
        String name = Text.require("proposedName", proposedName, 200);
        var findings = new ArrayList<Finding>();
        if (profile.workingGroups().stream().anyMatch(g -> g.name().equalsIgnoreCase(name))) {
            findings.add(Rules.GO_4_2.finding(Severity.ERROR, name, "go42.exists", name));
        }
        Map<String, String> organisations = new LinkedHashMap<>();
        Set<String> reportedTwice = new LinkedHashSet<>();
        for (Declaration d : founders) {
            String key = d.organisation().key();
            if (key.isEmpty()) {
                findings.add(Rules.GO_4_2.finding(Severity.WARNING, name, "go42.noOrganisation", name));
            } else if (organisations.putIfAbsent(key, d.organisation().name()) != null && reportedTwice.add(key)) {
                findings.add(Rules.GO_4_2.finding(Severity.INFO, key, "go42.duplicate", d.organisation().name(), name));
            }
        }
        int min = profile.limits().minOrganisationsForNewGroup();
        if (organisations.size() < min) {
            findings.add(Rules.GO_4_2.finding(Severity.ERROR, name, "go42.tooFew", name, organisations.size(), min));
        }
        return List.copyOf(findings);
    }

    /**
     * The last day a term starting on {@code from} may last: the day before the anniversary, and
     * 28 February for a term starting on 29 February of a leap year (whose anniversary is 1 March).
     */
    static LocalDate lastDayOfTerm(LocalDate from, int years) {
        LocalDate a = from.plusYears(years).minusDays(1);
        LocalDate b = from.minusDays(1).plusYears(years);
        return a.isAfter(b) ? a : b;
    }

    static Finding termTooLong(RulesProfile profile, SpeakerTerm t) {
        return Rules.GO_4_3.finding(Severity.ERROR, t.groupId(), "go43.termTooLong", t.name(),
                groupName(profile, t.groupId()), day(t.from()), day(t.to()), profile.limits().speakerTermYears());
    }

    static List<SpeakerTerm> termsOf(String groupId, List<SpeakerTerm> terms) {
        return terms.stream().filter(t -> t.groupId().equals(groupId))
                .sorted(Comparator.comparing(SpeakerTerm::from).thenComparing(SpeakerTerm::name)).toList();
    }

    static int speakersOn(List<SpeakerTerm> terms, LocalDate day) {
        // the same person listed twice for overlapping terms is still one speaker
        return (int) terms.stream().filter(t -> t.covers(day)).map(t -> nameKey(t.name())).distinct().count();
    }

    static String nameKey(String name) {
        return Organisation.key(name);
    }

    static String groupName(RulesProfile profile, String groupId) {
        return profile.findWorkingGroup(groupId).map(WorkingGroup::name).orElse(groupId);
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }
}
