package de.magdeburg.integration.netzwerk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GO4_2NewWorkingGroupTest {
    private static final String NAME = "Gesundheit";

    private static List<Declaration> founders(int n) {
        return IntStream.range(0, n).mapToObj(i -> Fixtures.declaration(RequestType.ENTRY, Fixtures.organisationName(i),
                i, List.of(), false)).toList();
    }

    private static List<Finding> check(List<Declaration> founders) {
        return RuleChecks.checkNewWorkingGroup(Fixtures.profile(), NAME, founders);
    }

    @ParameterizedTest(name = "{0} organisations → may be established: {1}")
    @CsvSource({"0, false", "4, false", "5, true", "6, true", "12, true"})
    void aNewGroupNeedsFiveOrganisations(int n, boolean allowed) {
        assertThat(check(founders(n)).stream().noneMatch(Finding::isError)).isEqualTo(allowed);
    }

    @Test
    void fourOrganisationsBreakGo42() {
        assertThat(check(founders(4))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.rule()).isEqualTo("GO-4.2");
            assertThat(f.field()).isEqualTo(NAME);
            assertThat(f.message()).isEqualTo("Für die neue AG „Gesundheit“ haben Vertreter*innen von 4 verschiedenen "
                    + "Organisationen ihre Bereitschaft erklärt; nötig sind mindestens 5 (§ 4 Abs. 2).");
            assertThat(f.messageEn()).isEqualTo("Representatives of 4 distinct organisations declared their readiness "
                    + "for the new working group \"Gesundheit\"; at least 5 are required (§ 4(2)).");
        });
    }

    @Test
    void twoRepresentativesOfOneOrganisationCountOnce() {
        var founders = new ArrayList<>(founders(4));
        founders.add(Fixtures.declaration(RequestType.ENTRY, "  BEISPIELVEREIN   brücken e. V. ", 7, List.of(), false));

        assertThat(check(founders)).extracting(Finding::severity, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Severity.INFO, "„BEISPIELVEREIN   brücken e. V.“ hat die "
                        + "Bereitschaft zur Mitarbeit in der AG „Gesundheit“ mehrfach erklärt und zählt einmal "
                        + "(§ 4 Abs. 2)."),
                org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "Für die neue AG „Gesundheit“ haben "
                        + "Vertreter*innen von 4 verschiedenen Organisationen ihre Bereitschaft erklärt; nötig sind "
                        + "mindestens 5 (§ 4 Abs. 2)."));
    }

    @Test
    void declarationWithoutOrganisationDoesNotCount() {
        var founders = new ArrayList<>(founders(4));
        founders.add(Declaration.of(RequestType.ENTRY, new Organisation("", "", "", "")));

        assertThat(check(founders)).extracting(Finding::severity).containsExactly(Severity.WARNING, Severity.ERROR);
        assertThat(check(founders).get(0).message()).isEqualTo("Eine Bereitschaftserklärung für die AG „Gesundheit“ "
                + "nennt keine Organisation und zählt nicht (§ 4 Abs. 2).");
    }

    @Test
    void aGroupOfTheProfileCannotBeFoundedAgain() {
        assertThat(RuleChecks.checkNewWorkingGroup(Fixtures.profile(), "sprache", founders(5))).singleElement()
                .extracting(Finding::message).isEqualTo("Die AG „sprache“ gibt es bereits (§ 4 Abs. 1).");
    }

    @Test
    void theMinimumComesFromTheProfile() {
        var three = new RulesProfile.Limits(5, 1, 2, 1, 2, 2, 3, 1, 3);

        assertThat(RuleChecks.checkNewWorkingGroup(Fixtures.profile(three), NAME, founders(3))).isEmpty();
        assertThat(RuleChecks.checkNewWorkingGroup(Fixtures.profile(three), NAME, founders(2))).singleElement()
                .extracting(Finding::message).asString().endsWith("nötig sind mindestens 3 (§ 4 Abs. 2).");
    }

    @Test
    void emptyProposedNameIsRejected() {
        assertThatThrownBy(() -> RuleChecks.checkNewWorkingGroup(Fixtures.profile(), " ", founders(5)))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("proposedName: darf nicht leer sein / must not be empty");
    }
}
