package de.magdeburg.integration.netzwerk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import de.magdeburg.integration.netzwerk.forms.FormReadException.Reason;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus by class (issue 11) against the declaration and attendance-sheet readers, in the {@code -Xmx256m}
 * execution: a bomb the reader reaches stops with {@code TOO_LARGE}, one it never needs costs
 * nothing and the form reads as a conforming reader sees it. 60 s is only the hang guard.
 */
class HostileStructuresTest {
    private static final String BASE_VALUE = "Beispielverein e. V.";
    /**
     * A time limit a machine at load 25 does not reach, so that the size bound, not the clock,
     * decides (the time limit has its own test in HostileInputTest).
     */
    private static final ReadLimits PATIENT = ReadLimits.defaults().withMaxParseTime(Duration.ofSeconds(60));
    private static final AttendanceSheetReader SHEETS = AttendanceSheetReader.of(PATIENT);
    private static final DeclarationForm FORM = Samples.FORM.newBuilder().limits(PATIENT).build();

    static Stream<Arguments> declarations() {
        var base = HostileStructures.declaration();
        return Stream.of(
                Arguments.of("object-stream bomb", HostileStructures.objectStreamBomb(base), Reason.TOO_LARGE, null),
                Arguments.of("cross-reference-stream bomb", HostileStructures.xrefStreamBomb(base), Reason.TOO_LARGE,
                        null),
                Arguments.of("bomb in a font program", HostileStructures.fontProgramBomb(base), null, BASE_VALUE),
                Arguments.of("bomb in an inline image", HostileStructures.inlineImageBomb(base), null, BASE_VALUE),
                Arguments.of("bomb in a ToUnicode CMap", HostileStructures.toUnicodeBomb(base), null, BASE_VALUE),
                Arguments.of("bomb in an ICC profile", HostileStructures.iccBomb(base), null, BASE_VALUE),
                Arguments.of("bomb in an embedded file", HostileStructures.embeddedFileBomb(base), null, BASE_VALUE),
                Arguments.of("bomb behind two filters", HostileStructures.twoFilterBomb(base), Reason.TOO_LARGE, null),
                Arguments.of("object streams in a cycle", HostileStructures.objectStreamCycle(base), Reason.DAMAGED,
                        null),
                Arguments.of("/Prev chain loop", HostileStructures.prevLoop(base), null, "Bombenverein e. V."),
                Arguments.of("10 000 incremental updates", HostileStructures.incrementalUpdates(base, 10_000), null,
                        "Bombenverein e. V."));
    }

    static Stream<Arguments> attendanceSheets() {
        var base = HostileStructures.attendanceSheet();
        return HostileStructures.all(base).entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue(),
                switch (e.getKey()) {
                    case "object-stream bomb", "cross-reference-stream bomb", "bomb behind two filters" -> Reason.TOO_LARGE;
                    case "object streams in a cycle" -> Reason.DAMAGED;
                    // the loop hides the first revision's trailer, and with it the sheet's description
                    case "/Prev chain loop" -> Reason.FOREIGN_FORM;
                    default -> null;
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attendanceSheets")
    void anAttendanceSheetGivesTheRightReasonOrWhatAConformingReaderSees(String name, byte[] pdf, Reason reason) {
        Object outcome = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try {
                return SHEETS.read(Input.of(pdf));
            } catch (FormReadException e) {
                return e;
            }
        });
        System.out.println("attendance sheet, " + name + ": " + (outcome instanceof FormReadException e
                ? e.getMessage() : outcome));
        if (reason != null) {
            assertThat(outcome).as(name).isInstanceOfSatisfying(FormReadException.class,
                    e -> assertThat(e.reason()).isEqualTo(reason));
        } else {
            assertThat(outcome).as(name).asList().extracting("organisation", "present").containsExactly(
                    tuple("Beispielverein e. V.", false), tuple("Zweiter Verein", true));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declarations")
    void aDeclarationGivesTheRightReasonOrWhatAConformingReaderSees(String name, byte[] pdf, Reason reason,
            String organisation) {
        Object outcome = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try {
                return FORM.read(Input.of(pdf));
            } catch (FormReadException e) {
                return e;
            }
        });
        System.out.println(name + ": " + (outcome instanceof FormReadException e ? e.getMessage()
                : ((DeclarationReading) outcome).declaration().organisation().name()));
        if (reason != null) {
            assertThat(outcome).as(name).isInstanceOfSatisfying(FormReadException.class,
                    e -> assertThat(e.reason()).isEqualTo(reason));
        } else {
            assertThat(outcome).as(name).isInstanceOfSatisfying(DeclarationReading.class,
                    r -> assertThat(r.declaration().organisation().name()).isEqualTo(organisation));
        }
    }
}
