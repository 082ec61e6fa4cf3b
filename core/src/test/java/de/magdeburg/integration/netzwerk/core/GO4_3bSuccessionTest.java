package de.magdeburg.integration.netzwerk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GO-4.3b (§ 4 Abs. 3): a speaker's term that ends without a successor before the group meets again. */
class GO4_3bSuccessionTest {
    private static final RulesProfile PROFILE = RulesProfile.magdeburg2016();

    /** The valid 2027 plan, with the first speaker of "language" ending on {@code end}, followed by {@code next}. */
    private static List<Finding> succession(LocalDate end, LocalDate successorFrom) {
        WorkPlan valid = Fixtures.validNetworkPlan(2027);
        var terms = new ArrayList<>(valid.speakerTerms());
        SpeakerTerm first = terms.stream().filter(t -> t.groupId().equals("language")).findFirst().orElseThrow();
        terms.set(terms.indexOf(first), Fixtures.term("language", first.name(), first.from(), end));
        if (successorFrom != null) {
            terms.add(Fixtures.term("language", "Nora Neu", successorFrom, LocalDate.of(2028, 12, 31)));
        }
        WorkPlan plan = new WorkPlan(2027, "", valid.meetings(), valid.events(), terms);
        return RuleChecks.checkWorkPlan(PROFILE, plan).stream().filter(Rules.GO_4_3B::reported).toList();
    }

    @Test
    void aTermEndingWithoutSuccessorBeforeTheGroupsNextMeetingIsAWarningNamingTheMeeting() {
        assertThat(succession(LocalDate.of(2027, 5, 31), null)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.field()).isEqualTo("language");
            assertThat(f.message()).isEqualTo("Die Amtszeit von " + name() + " (AG „Sprache“) endet am 31.05.2027 "
                    + "ohne Nachfolge, vor der Sitzung „Sitzung der AG Sprache“ am 10.06.2027: die Wahl/Benennung "
                    + "ist vor dieser Sitzung nötig (§ 4 Abs. 3).");
            assertThat(f.messageEn()).isEqualTo("The term of " + name() + " (working group \"Sprache\") ends on "
                    + "31.05.2027 without a successor, before the meeting \"Sitzung der AG Sprache\" on 10.06.2027: "
                    + "the election/appointment is due before that meeting (§ 4(3)).");
        });
    }

    @ParameterizedTest(name = "term ends {0}, successor from {1}")
    @CsvSource({
        "2027-05-31, 2027-06-01",  // succeeded the next day
        "2027-11-30, ",            // the group's last meeting of the plan (10.11.) is before the end
        "2027-12-31, ",            // ends with the plan's year: GO-4.3 reminds of the election
    })
    void noWarningWhenASuccessorTakesOverOrNoMeetingFollows(LocalDate end, LocalDate successorFrom) {
        assertThat(succession(end, successorFrom)).isEmpty();
    }

    @Test
    void aSuccessorWhoStartsLateStillLeavesTheSeatEmptyAtTheMeeting() {
        assertThat(succession(LocalDate.of(2027, 5, 31), LocalDate.of(2027, 7, 1))).singleElement()
                .extracting(Finding::message).asString().contains("endet am 31.05.2027 ohne Nachfolge");
    }

    @Test
    void theRuleIsInTheRegistry() {
        assertThat(Rules.find("GO-4.3b")).containsSame(Rules.GO_4_3B);
        assertThat(Rules.GO_4_3B.section()).isEqualTo("§ 4 Abs. 3");
    }

    private static String name() {
        return Fixtures.validTerms(2027).stream().filter(t -> t.groupId().equals("language")).findFirst()
                .orElseThrow().name();
    }
}
