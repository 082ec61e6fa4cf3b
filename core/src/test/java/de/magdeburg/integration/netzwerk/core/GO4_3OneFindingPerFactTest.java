package de.magdeburg.integration.netzwerk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * § 4 Abs. 3: one fact about a group's speakers is one finding, the most specific one — not a
 * speaker count error, an "election due" note and a GO-4.3b warning for the same empty seats.
 */
class GO4_3OneFindingPerFactTest {
    private static final RulesProfile PROFILE = RulesProfile.magdeburg2016();

    /** The valid 2027 network plan with the terms of group "language" changed. */
    private static List<String> languageFindings(UnaryOperator<SpeakerTerm> languageTerm) {
        WorkPlan valid = Fixtures.validNetworkPlan(2027);
        List<SpeakerTerm> terms = valid.speakerTerms().stream()
                .map(t -> t.groupId().equals("language") ? languageTerm.apply(t) : t)
                .filter(java.util.Objects::nonNull).toList();
        WorkPlan plan = new WorkPlan(2027, "", valid.meetings(), valid.events(), terms);
        return RuleChecks.checkWorkPlan(PROFILE, plan).stream()
                .filter(f -> (Rules.GO_4_3.reported(f) || Rules.GO_4_3B.reported(f)) && f.field().equals("language"))
                .map(f -> f.rule() + " " + f.severity() + ": " + f.message()).toList();
    }

    private static String names() {
        return String.join(", ", Fixtures.validTerms(2027).stream().filter(t -> t.groupId().equals("language"))
                .map(SpeakerTerm::name).sorted().toList());
    }

    @Test
    void aGroupWhoseSpeakersAllLeaveBeforeItMeetsAgainIsOneFinding() {
        assertThat(languageFindings(t -> Fixtures.term("language", t.name(), t.from(), LocalDate.of(2027, 5, 31))))
                .containsExactly("GO-4.3b WARNING: Die Amtszeit von " + names() + " (AG „Sprache“) endet am "
                        + "31.05.2027 ohne Nachfolge, vor der Sitzung „Sitzung der AG Sprache“ am 10.06.2027: die "
                        + "Wahl/Benennung ist vor dieser Sitzung nötig (§ 4 Abs. 3).");
    }

    @Test
    void aGroupWithoutAnySpeakerAllYearIsOneFinding() {
        assertThat(languageFindings(t -> null)).containsExactly("GO-4.3 ERROR: Die AG „Sprache“ hat vom 01.01.2027 "
                + "bis 31.12.2027 0 Sprecher*innen mit gültiger Amtszeit; vorgesehen sind 2 (§ 4 Abs. 3).");
    }

    @Test
    void seatsEmptyAfterTheLastMeetingAreTheCountsFindingNotAlsoAReminder() {
        // the group's last meeting of 2027 is on 10.11.: no GO-4.3b, the count of December says it
        assertThat(languageFindings(t -> Fixtures.term("language", t.name(), t.from(), LocalDate.of(2027, 11, 30))))
                .containsExactly("GO-4.3 ERROR: Die AG „Sprache“ hat vom 01.12.2027 bis 31.12.2027 0 "
                        + "Sprecher*innen mit gültiger Amtszeit; vorgesehen sind 2 (§ 4 Abs. 3).");
    }

    @Test
    void termsEndingWithTheYearStillRemindOfTheElection() {
        assertThat(languageFindings(t -> t)).hasSize(2).allSatisfy(f -> assertThat(f)
                .startsWith("GO-4.3 INFO: Die Amtszeit von ").endsWith("(AG „Sprache“) endet am 31.12.2027; im Jahr "
                        + "2027 ist eine Wahl/Benennung nötig (§ 4 Abs. 3)."));
    }
}
