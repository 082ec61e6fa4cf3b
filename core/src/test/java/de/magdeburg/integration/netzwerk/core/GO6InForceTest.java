package de.magdeburg.integration.netzwerk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GO6InForceTest {

    @ParameterizedTest(name = "meeting on {0} → GO-6 finding: {1}")
    @CsvSource({
        "2016-11-30T16:00, true",
        "2016-12-01T09:00, false",
        "2016-12-31T16:00, false",
    })
    void meetingsBeforeTheRulesCameIntoForceBreakGo6(LocalDateTime start, boolean broken) {
        Meeting m = new Meeting("language-2016", MeetingKind.WORKING_GROUP, "language", "Sitzung der AG Sprache", start,
                null, "", List.of(), List.of());
        WorkPlan plan = new WorkPlan(2016, "language", List.of(m), List.of(), List.of());

        List<Finding> go6 = RuleChecks.checkWorkPlan(RulesProfile.magdeburg2016(), plan).stream()
                .filter(f -> f.rule().equals("GO-6")).toList();

        if (broken) {
            assertThat(go6).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.field()).isEqualTo("language-2016");
                assertThat(f.message()).isEqualTo("„Sitzung der AG Sprache“ am 30.11.2016 liegt vor dem Inkrafttreten "
                        + "der Geschäftsordnung am 01.12.2016 (§ 6).");
            });
        } else {
            assertThat(go6).isEmpty();
        }
    }
}
