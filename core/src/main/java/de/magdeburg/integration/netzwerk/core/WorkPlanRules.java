package de.magdeburg.integration.netzwerk.core;

import static de.magdeburg.integration.netzwerk.core.RuleChecks.day;
import static de.magdeburg.integration.netzwerk.core.RuleChecks.groupName;
import static de.magdeburg.integration.netzwerk.core.RuleChecks.lastDayOfTerm;
import static de.magdeburg.integration.netzwerk.core.RuleChecks.succeeded;
import static de.magdeburg.integration.netzwerk.core.RuleChecks.termTooLong;
import static de.magdeburg.integration.netzwerk.core.RuleChecks.termsOf;
import static de.magdeburg.integration.netzwerk.core.RuleChecks.wrongCount;
import static de.magdeburg.integration.netzwerk.core.RuleChecks.wrongCounts;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The checks of a work plan (Jahresarbeitsplan, §5(1)) behind {@link RuleChecks#checkWorkPlan}:
 * GO-4.1, GO-5.1, GO-6, GO-5.2a, GO-5.2b, GO-5.3, GO-4.3 and meetings on days off.
 */
final class WorkPlanRules {
    private WorkPlanRules() {
    }

    static List<Finding> check(RulesProfile profile, WorkPlan plan) {
        var findings = new ArrayList<Finding>();
        if (!plan.isNetworkWide() && profile.findWorkingGroup(plan.groupId()).isEmpty()) {
            findings.add(Rules.GO_4_1.finding(Severity.ERROR, plan.groupId(), "go41.unknownGroup", plan.groupId(),
                    profile.id()));
        }
        if (plan.isNetworkWide()) {
            plan.meetings().stream().filter(m -> m.kind() == MeetingKind.WORKING_GROUP).map(Meeting::groupId)
                    .filter(g -> profile.findWorkingGroup(g).isEmpty()).distinct().sorted()
                    .forEach(g -> findings.add(Rules.GO_4_1.finding(Severity.ERROR, g, "go41.unknownGroup", g,
                            profile.id())));
        }
        plan.meetings().stream().filter(m -> m.start().getYear() != plan.year())
                .forEach(m -> findings.add(Rules.GO_5_1.finding(Severity.ERROR, m.id(), "go51.meetingOutsideYear",
                        m.title(), day(m.start().toLocalDate()), String.valueOf(plan.year()))));
        plan.meetings().stream().filter(m -> m.start().toLocalDate().isBefore(profile.inForce()))
                .forEach(m -> findings.add(Rules.GO_6.finding(Severity.ERROR, m.id(), "go6.beforeInForce", m.title(),
                        day(m.start().toLocalDate()), day(profile.inForce()))));
        findings.addAll(meetingsPerYear(profile, plan));
        if (plan.isNetworkWide()) {
            findings.addAll(crossGroupMeetings(profile, plan));
            findings.addAll(speakersRounds(profile, plan));
        }
        findings.addAll(speakerTermsOfPlan(profile, plan));
        findings.addAll(meetingsOnDaysOff(profile, plan));
        return List.copyOf(findings);
    }

    /**
     * A meeting on a public holiday or a weekend day of the profile's {@linkplain WorkCalendar
     * calendar} is a WARNING of GO-5.1 (§5(1), the annual work plan): the partners are mostly
     * offices and associations with staff who work on weekdays, so such a date is usually a typing
     * error. The Geschäftsordnung does not forbid it. The holiday is named where the holiday data
     * lists one; a Sunday holiday it does not list (Saxony-Anhalt: Easter and Whit Sunday) is a
     * weekend day.
     */
    private static List<Finding> meetingsOnDaysOff(RulesProfile profile, WorkPlan plan) {
        WorkCalendar calendar = profile.calendar();
        var findings = new ArrayList<Finding>();
        plan.meetings().stream().sorted(Comparator.comparing(Meeting::start)).forEach(m -> {
            LocalDate day = m.start().toLocalDate();
            Optional<String> holiday = calendar.findHoliday(day);
            if (holiday.isPresent()) {
                List<String> region = calendar.regionNames();
                findings.add(Rules.GO_5_1.finding(Severity.WARNING, m.id(), "plan.holiday", m.title(), day(day),
                        holiday.get(), region.get(0), region.get(1)));
            } else if (calendar.weekendDay(day)) {
                findings.add(Rules.GO_5_1.finding(Severity.WARNING, m.id(), "plan.weekend", m.title(), day(day),
                        day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.GERMAN)));
            }
        });
        return findings;
    }

    private static List<Finding> meetingsPerYear(RulesProfile profile, WorkPlan plan) {
        int max = profile.limits().maxMeetingsPerGroupPerYear();
        // group → year → meetings in date order; a TreeMap keeps findings in a stable order
        Map<String, Map<Integer, List<Meeting>>> byGroupAndYear = new TreeMap<>();
        for (Meeting m : plan.meetings()) {
            if (m.kind() != MeetingKind.WORKING_GROUP
                    || (!plan.isNetworkWide() && !m.groupId().equals(plan.groupId()))) {
                continue;
            }
            byGroupAndYear.computeIfAbsent(m.groupId(), g -> new TreeMap<>())
                    .computeIfAbsent(m.start().getYear(), y -> new ArrayList<>()).add(m);
        }
        var findings = new ArrayList<Finding>();
        byGroupAndYear.forEach((groupId, years) -> years.forEach((year, meetings) -> {
            meetings.sort(Comparator.comparing(Meeting::start));
            for (int i = max; i < meetings.size(); i++) {
                Meeting m = meetings.get(i);
                findings.add(Rules.GO_5_2A.finding(Severity.ERROR, groupId + "/" + year, "go52a.tooManyMeetings",
                        i + 1, groupName(profile, groupId), String.valueOf(year), m.title(),
                        day(m.start().toLocalDate()), max));
            }
        }));
        return findings;
    }

    private static List<Finding> crossGroupMeetings(RulesProfile profile, WorkPlan plan) {
        var limits = profile.limits();
        long count = plan.meetings().stream()
                .filter(m -> m.kind() == MeetingKind.CROSS_GROUP && m.start().getYear() == plan.year())
                .count();
        String year = String.valueOf(plan.year());
        if (count < limits.minCrossGroupMeetingsPerYear()) {
            return List.of(Rules.GO_5_2B.finding(Severity.ERROR, year, "go52b.tooFew", year, count,
                    limits.minCrossGroupMeetingsPerYear()));
        }
        if (count > limits.typicalMaxCrossGroupMeetingsPerYear()) {
            return List.of(Rules.GO_5_2B.finding(Severity.INFO, year, "go52b.moreThanTypical", year, count,
                    limits.typicalMaxCrossGroupMeetingsPerYear()));
        }
        return List.of();
    }

    private static List<Finding> speakersRounds(RulesProfile profile, WorkPlan plan) {
        int min = profile.limits().minSpeakersRoundsPerQuarter();
        int[] perQuarter = new int[4];
        for (Meeting m : plan.meetings()) {
            if (m.kind() == MeetingKind.SPEAKERS_ROUND && m.start().getYear() == plan.year()) {
                perQuarter[(m.start().getMonthValue() - 1) / 3]++;
            }
        }
        var findings = new ArrayList<Finding>();
        for (int q = 0; q < 4; q++) {
            if (perQuarter[q] < min) {
                String quarter = "Q" + (q + 1) + "/" + plan.year();
                // the German text uses the notation of the printed documents ("2. Quartal 2027")
                findings.add(Rules.GO_5_3.finding(Severity.ERROR, quarter, "go53.tooFewSpeakersRounds", quarter,
                        perQuarter[q], min, (q + 1) + ". Quartal " + plan.year()));
            }
        }
        return findings;
    }

    /**
     * GO-4.3 over the plan's year: the speaker count of every stretch of days, terms longer than
     * allowed, and a reminder for each term that ends in the year without a successor.
     *
     * <p>One fact, one finding, the most specific one: the seats that empty before the group meets
     * again are GO-4.3b's finding ({@link SpeakerSuccession}), so neither the count of the days
     * after nor the reminder repeats it; a count that drops the day after a term ends without a
     * successor is the count's finding, not the reminder's.
     */
    private static List<Finding> speakerTermsOfPlan(RulesProfile profile, WorkPlan plan) {
        String planName = plan.isNetworkWide() ? String.valueOf(plan.year()) : plan.groupId() + "/" + plan.year();
        if (plan.speakerTerms().isEmpty()) {
            return List.of(Rules.GO_4_3.finding(Severity.WARNING, planName, "go43.noTerms", planName));
        }
        List<String> groups = plan.isNetworkWide()
                ? profile.workingGroups().stream().map(WorkingGroup::id).toList()
                : List.of(plan.groupId());
        LocalDate first = LocalDate.of(plan.year(), 1, 1);
        LocalDate last = LocalDate.of(plan.year(), 12, 31);
        List<SpeakerSuccession.Due> due = SpeakerSuccession.due(plan);
        var findings = new ArrayList<Finding>();
        var limits = profile.limits();
        for (String groupId : groups) {
            List<SpeakerTerm> terms = termsOf(groupId, plan.speakerTerms());
            Set<LocalDate> dueEnds = due.stream().filter(d -> d.groupId().equals(groupId))
                    .map(SpeakerSuccession.Due::end).collect(Collectors.toSet());
            Set<LocalDate> shortFrom = new HashSet<>();
            for (RuleChecks.Stretch s : wrongCounts(profile, terms, first, last)) {
                if (s.count() < limits.speakersPerGroup()) {
                    shortFrom.add(s.from());
                }
                if (!(s.count() < limits.speakersPerGroup() && dueEnds.contains(s.from().minusDays(1)))) {
                    findings.add(wrongCount(profile, groupId, s));
                }
            }
            for (SpeakerTerm t : terms) {
                if (t.to().isAfter(lastDayOfTerm(t.from(), limits.speakerTermYears()))) {
                    findings.add(termTooLong(profile, t));
                }
                if (!t.to().isBefore(first) && !t.to().isAfter(last) && !succeeded(t, terms)
                        && !dueEnds.contains(t.to()) && !shortFrom.contains(t.to().plusDays(1))) {
                    boolean soon = t.to().isBefore(first.plusMonths(limits.speakerTermWarningMonths()));
                    findings.add(soon
                            ? Rules.GO_4_3.finding(Severity.WARNING, groupId, "go43.termEndingSoon", t.name(),
                                    groupName(profile, groupId), day(t.to()), limits.speakerTermWarningMonths(),
                                    day(first))
                            : Rules.GO_4_3.finding(Severity.INFO, groupId, "go43.termEndsInYear", t.name(),
                                    groupName(profile, groupId), day(t.to()), String.valueOf(plan.year())));
                }
            }
        }
        return findings;
    }
}
