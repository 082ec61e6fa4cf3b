package de.magdeburg.integration.netzwerk.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * GO-4.3b (§4(3) Satz 2, "im Rhythmus von zwei Jahren zu wählen/zu benennen") behind
 * {@link Rules#GO_4_3B}: a speaker's term that ends without a successor, while the work plan has a
 * meeting of the group after it ended. The speakers prepare and moderate the group's meetings
 * (§5(1)), so the election is due before that meeting, not after it.
 */
final class SpeakerSuccession {
    private SpeakerSuccession() {
    }

    /**
     * @return a WARNING for each term of the plan that ends in the plan's year, with no term of the
     *     same group starting the day after and a working-group meeting of the group after its end,
     *     naming the first such meeting
     */
    static List<Finding> check(RuleContext context, WorkPlan plan) {
        List<Finding> out = new ArrayList<>();
        for (SpeakerTerm t : plan.speakerTerms().stream()
                .sorted(Comparator.comparing(SpeakerTerm::to).thenComparing(SpeakerTerm::name)).toList()) {
            List<SpeakerTerm> group = RuleChecks.termsOf(t.groupId(), plan.speakerTerms());
            if (t.to().getYear() != plan.year() || RuleChecks.succeeded(t, group)) {
                continue;
            }
            plan.meetings().stream()
                    .filter(m -> m.kind() == MeetingKind.WORKING_GROUP && m.groupId().equals(t.groupId()))
                    .filter(m -> m.start().toLocalDate().isAfter(t.to()))
                    .min(Comparator.comparing(Meeting::start))
                    .ifPresent(m -> out.add(Rules.GO_4_3B.finding(t.groupId(), "go43b.noSuccessor", t.name(),
                            RuleChecks.groupName(context.profile(), t.groupId()), RuleChecks.day(t.to()),
                            m.title(), RuleChecks.day(m.start().toLocalDate()))));
        }
        return out;
    }
}
