package de.magdeburg.integration.netzwerk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import de.magdeburg.integration.netzwerk.core.AttendanceRecord;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.core.SignatureStatus;
import de.magdeburg.integration.netzwerk.forms.FormReadException;
import de.magdeburg.integration.netzwerk.forms.FormReadException.Reason;
import de.magdeburg.integration.netzwerk.forms.HostileStructures;
import de.magdeburg.integration.netzwerk.forms.Input;
import de.magdeburg.integration.netzwerk.forms.ReadLimits;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus by class (issue 11) through the facade, in its own {@code -Xmx256m} surefire
 * execution (facade/pom.xml): declarations and attendance sheets end with a typed reason or with
 * what a conforming reader sees, and eight threads reading the object-stream bomb at once leave a
 * JVM that reads the next normal file correctly. 60 s per file is only the hang guard.
 */
class HostileReadTest {
    private static final Netzwerk NETZWERK = Netzwerk.create();
    /**
     * For the tests that check what is read: a time limit a machine at load 25 does not reach, so
     * that the size bound, not the clock, decides (the time limit has its own tests in forms).
     */
    private static final Netzwerk PATIENT = Netzwerk.builder()
            .limits(ReadLimits.defaults().withMaxParseTime(Duration.ofSeconds(60))).build();

    static Stream<Arguments> corpus() {
        List<Arguments> all = new ArrayList<>();
        for (var base : List.of(HostileStructures.declaration(), HostileStructures.attendanceSheet())) {
            for (Map.Entry<String, byte[]> e : HostileStructures.all(base).entrySet()) {
                all.add(Arguments.of(base.name() + ": " + e.getKey(), base.name(), e.getValue()));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void endsWithATypedReasonOrAReading(String name, String kind, byte[] pdf) {
        Object outcome = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> read(PATIENT, kind, pdf));
        assertThat(outcome).as(name).satisfiesAnyOf(
                o -> assertThat(o).isInstanceOf(FormReadException.class),
                o -> assertThat(o).isInstanceOf(List.class),
                o -> assertThat(o).isInstanceOf(de.magdeburg.integration.netzwerk.forms.DeclarationReading.class));
        if (name.endsWith("object-stream bomb") || name.endsWith("bomb behind two filters")
                || name.endsWith("cross-reference-stream bomb")) {
            assertThat(outcome).as(name).isInstanceOfSatisfying(FormReadException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
        }
    }

    @Test
    void anAttendanceSheetUpdatedTenThousandTimesReadsItsNewestRevision() {
        byte[] pdf = HostileStructures.incrementalUpdates(HostileStructures.attendanceSheet(), 10_000);

        assertThat(PATIENT.readAttendance(Input.of(pdf))).extracting(AttendanceRecord::organisation, AttendanceRecord::present)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Beispielverein e. V.", false),
                        org.assertj.core.groups.Tuple.tuple("Zweiter Verein", true));
    }

    @Test
    void eightThreadsReadingTheObjectStreamBombAllGetAReasonAndTheNextReadIsCorrect() throws Exception {
        byte[] declarationBomb = HostileStructures.objectStreamBomb(HostileStructures.declaration());
        byte[] sheetBomb = HostileStructures.objectStreamBomb(HostileStructures.attendanceSheet());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                boolean sheet = i % 2 == 1;
                calls.add(pool.submit(() -> sheet ? read(NETZWERK, "attendance sheet", sheetBomb)
                        : read(NETZWERK, "declaration", declarationBomb)));
            }
            for (Future<Object> call : calls) {
                // the bomb, or — for a read that waited for heap on a loaded machine — the time limit
                assertThat(call.get()).isInstanceOfSatisfying(FormReadException.class,
                        e -> assertThat(e.reason()).isIn(Reason.TOO_LARGE, Reason.TOO_COMPLEX));
            }
        } finally {
            pool.shutdownNow();
        }

        Declaration declaration = new Declaration(RequestType.ENTRY, new Organisation("Verein A", "Breiter Weg 1",
                "39104", "Magdeburg"), true, new Representative("Yılmaz", "Şükrü", "Vorstand", "0391 12345",
                "info@verein.example"), List.of("language"), false, "Magdeburg", LocalDate.of(2026, 11, 26),
                "Şükrü Yılmaz", SignatureStatus.NONE);
        var normal = NETZWERK.readDeclaration(Input.of(NETZWERK.prefilledDeclaration(declaration).bytes()));
        assertThat(normal.declaration()).isEqualTo(declaration);
        assertThat(normal.findings()).isEmpty();
    }

    private static Object read(Netzwerk netzwerk, String kind, byte[] pdf) {
        Function<Input, Object> reader = kind.equals("declaration") ? netzwerk::readDeclaration
                : netzwerk::readAttendance;
        try {
            return reader.apply(Input.of(pdf));
        } catch (FormReadException e) {
            return e;
        }
    }
}
