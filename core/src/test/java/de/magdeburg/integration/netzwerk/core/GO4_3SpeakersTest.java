package de.magdeburg.integration.netzwerk.core;

import static de.magdeburg.integration.netzwerk.core.Fixtures.term;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GO4_3SpeakersTest {
    private static final LocalDate ON = LocalDate.of(2027, 6, 1);
    private static final SpeakerTerm SUKRU = term("language", "Şükrü Yılmaz", LocalDate.of(2026, 1, 1),
            LocalDate.of(2027, 12, 31));
    private static final SpeakerTerm OLENA = term("language", "Олена Шевченко", LocalDate.of(2026, 1, 1),
            LocalDate.of(2027, 12, 31));

    private static List<Finding> speakers(List<SpeakerTerm> terms, LocalDate on) {
        return RuleChecks.checkSpeakers(Fixtures.profile(), "language", terms, on);
    }

    @Nested
    class OnADay {
        @Test
        void twoSpeakersWithValidTermsKeepGo43() {
            assertThat(speakers(List.of(SUKRU, OLENA), ON)).isEmpty();
        }

        @ParameterizedTest(name = "{0} speakers break GO-4.3")
        @CsvSource({"0", "1", "3"})
        void anotherNumberOfSpeakersBreaksGo43(int count) {
            List<SpeakerTerm> terms = List.of(SUKRU, OLENA, term("language", "Nguyễn Văn An",
                    LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31))).subList(0, count);

            assertThat(speakers(terms, ON)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.rule()).isEqualTo("GO-4.3");
                assertThat(f.field()).isEqualTo("language");
                assertThat(f.message()).isEqualTo("Die AG „Sprache“ hat am 01.06.2027 " + count
                        + " Sprecher*innen mit gültiger Amtszeit; vorgesehen sind 2 (§ 4 Abs. 3).");
            });
        }

        @Test
        void speakersOfOtherGroupsDoNotCount() {
            SpeakerTerm other = term("work_and_training", "Łukasz Żółć", LocalDate.of(2026, 1, 1),
                    LocalDate.of(2027, 12, 31));

            assertThat(speakers(List.of(SUKRU, other), ON)).singleElement().extracting(Finding::message)
                    .asString().contains("hat am 01.06.2027 1 Sprecher*innen");
        }

        @Test
        void thesamePersonWithTwoOverlappingTermsIsOneSpeaker() {
            SpeakerTerm again = term("language", "şükrü  yılmaz", LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31));

            assertThat(speakers(List.of(SUKRU, again), ON)).singleElement().extracting(Finding::message)
                    .asString().contains("1 Sprecher*innen");
        }

        @ParameterizedTest(name = "term {0}–{1} on {2}: counts {3}")
        @CsvSource({
            "2027-06-01, 2029-05-31, 2027-06-01, true",
            "2025-06-02, 2027-06-01, 2027-06-01, true",
            "2025-06-01, 2027-05-31, 2027-06-01, false",
            "2027-06-02, 2029-06-01, 2027-06-01, false",
        })
        void aTermCoversItsFirstAndLastDay(LocalDate from, LocalDate to, LocalDate on, boolean counts) {
            List<Finding> count = speakers(List.of(SUKRU, term("language", "Ayşe Öztürk", from, to)), on).stream()
                    .filter(f -> f.message().contains("Sprecher*innen mit gültiger Amtszeit")).toList();

            assertThat(count).extracting(Finding::message)
                    .allSatisfy(m -> assertThat(m).contains(" 1 Sprecher*innen"))
                    .hasSize(counts ? 0 : 1);
        }

        @ParameterizedTest(name = "term ending {0} → warning {1}")
        @CsvSource({
            "2027-06-01, true",
            "2027-09-01, true",
            "2027-09-02, false",
        })
        void termEndingWithinThreeMonthsIsAWarning(LocalDate to, boolean warned) {
            SpeakerTerm ending = term("language", "Nguyễn Văn An", to.minusYears(2).plusDays(1), to);

            List<Finding> findings = speakers(List.of(SUKRU, ending), ON);

            if (warned) {
                assertThat(findings).singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).isEqualTo("Die Amtszeit von Nguyễn Văn An (AG „Sprache“) endet am "
                            + RuleChecks.day(to) + ", innerhalb von 3 Monaten nach dem 01.06.2027; die "
                            + "Wahl/Benennung ist vorzubereiten (§ 4 Abs. 3).");
                });
            } else {
                assertThat(findings).isEmpty();
            }
        }

        @Test
        void noWarningsWhenTheProfileWantsNone() {
            var noWarning = new RulesProfile.Limits(5, 1, 2, 1, 2, 2, 0, 1, 5);
            SpeakerTerm endsToday = term("language", "Nguyễn Văn An", ON.minusYears(1), ON);

            assertThat(RuleChecks.checkSpeakers(Fixtures.profile(noWarning), "language", List.of(SUKRU, endsToday), ON))
                    .isEmpty();
        }
    }

    @Nested
    class TermLength {
        @ParameterizedTest(name = "{0} – {1}: too long {2}")
        @CsvSource({
            "2025-03-10, 2027-03-09, false",
            "2025-03-10, 2027-03-10, true",
            "2024-02-29, 2026-02-28, false",
            "2024-02-29, 2026-03-01, true",
            "2023-03-01, 2025-02-28, false",
            "2023-03-01, 2025-03-01, true",
            "2026-03-01, 2028-02-29, false",
            "2026-03-01, 2028-03-01, true",
            "2027-01-01, 2027-01-01, false",
        })
        void aTermMayLastUntilTheDayBeforeItsSecondAnniversary(LocalDate from, LocalDate to, boolean tooLong) {
            SpeakerTerm t = term("language", "Łukasz Żółć", from, to);

            List<Finding> findings = speakers(List.of(t), from).stream()
                    .filter(f -> f.message().contains("länger als")).toList();

            assertThat(findings).hasSize(tooLong ? 1 : 0);
        }

        @Test
        void termLongerThanTwoYearsBreaksGo43() {
            SpeakerTerm t = term("language", "Łukasz Żółć", LocalDate.of(2025, 3, 10), LocalDate.of(2027, 3, 10));

            assertThat(speakers(List.of(SUKRU, t), LocalDate.of(2026, 1, 1))).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.message()).isEqualTo("Die Amtszeit von Łukasz Żółć (AG „Sprache“) vom 10.03.2025 bis "
                        + "10.03.2027 ist länger als 2 Jahre (§ 4 Abs. 3).");
                assertThat(f.messageEn()).isEqualTo("The term of Łukasz Żółć (working group \"Sprache\") from "
                        + "10.03.2025 to 10.03.2027 is longer than 2 years (§ 4(3)).");
            });
        }

        @Test
        void termLengthComesFromTheProfile() {
            var oneYear = new RulesProfile.Limits(5, 1, 2, 1, 2, 1, 3, 1, 5);
            SpeakerTerm t = term("language", "Łukasz Żółć", LocalDate.of(2025, 3, 10), LocalDate.of(2026, 3, 10));

            assertThat(RuleChecks.checkSpeakers(Fixtures.profile(oneYear), "language", List.of(SUKRU, t),
                    LocalDate.of(2025, 4, 1)))
                    .filteredOn(f -> f.message().contains("Łukasz Żółć")).singleElement().extracting(Finding::message).asString()
                    .endsWith("ist länger als ein Jahr (§ 4 Abs. 3).");
        }
    }

    @Nested
    class InAWorkPlan {
        private List<Finding> go43(WorkPlan plan) {
            return RuleChecks.checkWorkPlan(Fixtures.profile(), plan).stream()
                    .filter(f -> f.rule().equals("GO-4.3")).toList();
        }

        @Test
        void termsEndingInThePlansYearAreInformation() {
            WorkPlan plan = new WorkPlan(2027, "language", List.of(), List.of(), List.of(SUKRU, OLENA));

            assertThat(go43(plan)).hasSize(2).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO))
                    .first().extracting(Finding::message)
                    .isEqualTo("Die Amtszeit von Şükrü Yılmaz (AG „Sprache“) endet am 31.12.2027; im Jahr 2027 ist "
                            + "eine Wahl/Benennung nötig (§ 4 Abs. 3).");
        }

        @Test
        void gapBetweenTwoTermsIsOneErrorNamingTheStretchOfDays() {
            SpeakerTerm until = term("language", "Олена Шевченко", LocalDate.of(2025, 4, 1), LocalDate.of(2027, 3, 31));
            SpeakerTerm successor = term("language", "محمد العلي", LocalDate.of(2027, 5, 1), LocalDate.of(2029, 4, 30));
            SpeakerTerm longer = term("language", "Şükrü Yılmaz", LocalDate.of(2026, 7, 1), LocalDate.of(2028, 6, 30));
            WorkPlan plan = new WorkPlan(2027, "language", List.of(), List.of(), List.of(until, successor, longer));

            List<Finding> findings = go43(plan);

            // the empty seat is one fact: the count of the days it is empty, not also a reminder of the election
            assertThat(findings).extracting(Finding::severity, Finding::message).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "Die AG „Sprache“ hat vom 01.04.2027 bis "
                            + "30.04.2027 1 Sprecher*innen mit gültiger Amtszeit; vorgesehen sind 2 (§ 4 Abs. 3)."));
        }

        @ParameterizedTest(name = "term ending {0} → {1}")
        @CsvSource({
            "2026-12-31, ",
            "2027-01-01, WARNING",
            "2027-03-31, WARNING",
            "2027-04-01, INFO",
            "2027-12-31, INFO",
            "2028-01-01, ",
        })
        void termEndingEarlyInThePlansYearIsAWarning(LocalDate to, Severity severity) {
            SpeakerTerm t = term("work_and_training", "Zoë Brontë-Ærø", to.minusYears(2).plusDays(1), to);
            // two more speakers all year: the group keeps its two seats after the term ends, so the
            // reminder is the one finding about it (a seat left empty would be the count's finding)
            SpeakerTerm a = term("work_and_training", "A", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
            SpeakerTerm b = term("work_and_training", "B", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));

            List<Finding> about = go43(new WorkPlan(2027, "work_and_training", List.of(), List.of(), List.of(t, a, b)))
                    .stream().filter(f -> f.message().startsWith("Die Amtszeit von Zoë")).toList();

            assertThat(about).extracting(Finding::severity)
                    .containsExactly(severity == null ? new Severity[0] : new Severity[] {severity});
        }

        @Test
        void aTermWhoseSuccessorIsAlreadyElectedNeedsNoElection() {
            SpeakerTerm until = term("language", "Олена Шевченко", LocalDate.of(2025, 3, 1), LocalDate.of(2027, 2, 28));
            SpeakerTerm again = term("language", "Олена Шевченко", LocalDate.of(2027, 3, 1), LocalDate.of(2029, 2, 28));
            SpeakerTerm other = term("language", "Şükrü Yılmaz", LocalDate.of(2026, 7, 1), LocalDate.of(2028, 6, 30));

            assertThat(go43(new WorkPlan(2027, "language", List.of(), List.of(), List.of(until, again, other))))
                    .isEmpty();
            assertThat(speakers(List.of(until, again, other), LocalDate.of(2027, 1, 15))).isEmpty();
        }

        @Test
        void networkPlanChecksEveryGroupOfTheProfile() {
            WorkPlan plan = new WorkPlan(2027, "", List.of(), List.of(), List.of(
                    term("language", "A", LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31)),
                    term("language", "B", LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31))));

            assertThat(go43(plan)).extracting(Finding::message).containsExactly(
                    "Die AG „Arbeit und Ausbildung“ hat vom 01.01.2027 bis 31.12.2027 0 Sprecher*innen mit gültiger "
                            + "Amtszeit; vorgesehen sind 2 (§ 4 Abs. 3).",
                    "Die AG „(Inter-)Kultur und Soziales“ hat vom 01.01.2027 bis 31.12.2027 0 Sprecher*innen mit "
                            + "gültiger Amtszeit; vorgesehen sind 2 (§ 4 Abs. 3).");
        }

        @Test
        void groupPlanChecksOnlyItsGroup() {
            var terms = new ArrayList<>(List.of(SUKRU, OLENA));
            terms.add(term("work_and_training", "C", LocalDate.of(2027, 2, 1), LocalDate.of(2028, 12, 31)));

            assertThat(go43(new WorkPlan(2027, "language", List.of(), List.of(), terms)))
                    .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        }

        @Test
        void tooLongTermInAPlanIsAnError() {
            SpeakerTerm tooLong = term("language", "Σοφία Παπαδοπούλου", LocalDate.of(2026, 1, 1),
                    LocalDate.of(2028, 1, 1));

            assertThat(go43(new WorkPlan(2027, "language", List.of(), List.of(), List.of(SUKRU, tooLong))))
                    .filteredOn(Finding::isError).singleElement().extracting(Finding::message).asString()
                    .contains("Σοφία Παπαδοπούλου").contains("länger als 2 Jahre");
        }

        @Test
        void planWithoutSpeakerTermsSaysGo43CouldNotBeChecked() {
            assertThat(go43(new WorkPlan(2027, "language", List.of(), List.of(), List.of()))).singleElement()
                    .satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.WARNING);
                        assertThat(f.message()).isEqualTo("Der Arbeitsplan language/2027 nennt keine Amtszeiten von "
                                + "Sprecher*innen; § 4 Abs. 3 kann nicht geprüft werden.");
                    });
        }
    }
}
