package de.magdeburg.integration.netzwerk.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * GO-4.3b (§4(3) Satz 2, "im Rhythmus von zwei Jahren zu wählen/zu benennen") behind
 * {@link Rules#GO_4_3B}: a speaker's term that ends without a successor, while the work plan has a
 * meeting of the group after it ended. The speakers prepare and moderate the group's meetings
 * (§5(1)), so the election is due before that meeting, not after it.
 *
 * <p>One fact, one finding: the terms of a group that end on the same day are one finding, and
 * the work plan's GO-4.3 check leaves out what this finding says already (the speaker count of the
 * days after, the reminder of the election), see {@link WorkPlanRules}.
 */
final class SpeakerSuccession {
    private SpeakerSuccession() {
    }

    /**
     * Seats of a group that empty on one day, with no successor, before the group meets again.
     *
     * @param groupId the working group
     * @param end the last day of the terms
     * @param terms the terms ending that day, by name
     * @param meeting the group's first working-group meeting after {@code end}
     */
    record Due(String groupId, LocalDate end, List<SpeakerTerm> terms, Meeting meeting) {
    }

    /**
     * @return for each group and day: the terms of the plan that end in the plan's year, with no
     *     term of the same group starting the day after and a working-group meeting of the group
     *     after their end; by day, then group
     */
    static List<Due> due(WorkPlan plan) {
        Map<List<Object>, List<SpeakerTerm>> byGroupAndDay = new LinkedHashMap<>();
        plan.speakerTerms().stream()
                .sorted(Comparator.comparing(SpeakerTerm::to).thenComparing(SpeakerTerm::groupId)
                        .thenComparing(SpeakerTerm::name))
                .filter(t -> t.to().getYear() == plan.year()
                        && !RuleChecks.succeeded(t, RuleChecks.termsOf(t.groupId(), plan.speakerTerms())))
                .forEach(t -> byGroupAndDay.computeIfAbsent(List.of(t.groupId(), t.to()), k -> new ArrayList<>())
                        .add(t));
        List<Due> out = new ArrayList<>();
        byGroupAndDay.forEach((key, terms) -> {
            SpeakerTerm t = terms.get(0);
            plan.meetings().stream()
                    .filter(m -> m.kind() == MeetingKind.WORKING_GROUP && m.groupId().equals(t.groupId()))
                    .filter(m -> m.start().toLocalDate().isAfter(t.to()))
                    .min(Comparator.comparing(Meeting::start))
                    .ifPresent(m -> out.add(new Due(t.groupId(), t.to(), List.copyOf(terms), m)));
        });
        return out;
    }

    /** @return a WARNING for each {@link #due} seat, naming the persons and the meeting */
    static List<Finding> check(RuleContext context, WorkPlan plan) {
        return due(plan).stream().map(d -> Rules.GO_4_3B.finding(d.groupId(), "go43b.noSuccessor",
                d.terms().stream().map(SpeakerTerm::name).collect(Collectors.joining(", ")),
                RuleChecks.groupName(context.profile(), d.groupId()), RuleChecks.day(d.end()), d.meeting().title(),
                RuleChecks.day(d.meeting().start().toLocalDate()))).toList();
    }
}
