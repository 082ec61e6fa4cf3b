package de.magdeburg.integration.netzwerk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.core.Severity;
import de.magdeburg.integration.netzwerk.forms.FormReadException.Reason;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus of issue 6: every file gives a correct reading or the right typed reason,
 * never another exception, an Error or a hang. Runs in its own surefire execution with
 * {@code -Xmx256m} (forms/pom.xml), so a file that makes the reader hold a decompressed bomb fails
 * here. Times are printed, not asserted: 10 s is only the hang guard.
 */
class HostileInputTest {
    private static final DeclarationForm FORM = Samples.FORM;
    private static final StringBuilder TIMES = new StringBuilder();

    static Stream<Arguments> corpus() throws Exception {
        byte[] ours = FORM.prefilled(Samples.complete()).bytes();
        Stream<Arguments> fixed = Stream.of(
                read("our fields, another producer", HostileInputs.otherProducer(), r -> {
                    assertThat(r.findings()).isEmpty();
                    assertThat(r.declaration().organisation().name()).isEqualTo("Beispielverein e. V.");
                }),
                fails("decompression bomb (1 GiB) as a field value", HostileInputs.bombInFieldValue(),
                        Reason.TOO_LARGE),
                read("decompression bombs (1 GiB) as appearance, XMP and XFA", 
                        HostileInputs.bombInAppearanceMetadataAndXfa(), r -> assertThat(r.hasErrors()).isFalse()),
                fails("arrays nested 100 000 deep", HostileInputs.nestedArrays(100_000), Reason.DAMAGED),
                fails("dictionaries nested 100 000 deep", HostileInputs.nestedDictionaries(100_000), Reason.DAMAGED),
                read("cycles in the field tree (/Kids and /Parent)", HostileInputs.fieldTreeCycles(),
                        r -> assertThat(r.hasErrors()).isFalse()),
                fails("100 000 fields", HostileInputs.manyFields(100_000), Reason.TOO_COMPLEX),
                read("900 extra fields", HostileInputs.manyFields(900), r -> assertThat(r.hasErrors()).isFalse()),
                fails("1 001 fields in a /Kids tree", HostileInputs.manyKids(1_001), Reason.TOO_COMPLEX),
                read("10 MB field value", HostileInputs.hugeFieldValue(10_000_000), r -> assertThat(r.findings())
                        .extracting(Finding::field).containsExactly("organisation_city")),
                read("field names with control characters", HostileInputs.controlCharactersInNames(), r -> {
                    assertThat(r.declaration().organisation().name()).isEqualTo("Beispielverein e. V.");
                    assertThat(r.hasErrors()).isTrue();
                }),
                read("JavaScript and launch actions", HostileInputs.javaScriptAndLaunch(), r -> assertThat(
                        r.findings()).singleElement().satisfies(f -> {
                            assertThat(f.severity()).isEqualTo(Severity.WARNING);
                            assertThat(f.rule()).isEqualTo("FORM");
                            assertThat(f.message()).isEqualTo("Die Datei enthält aktive Inhalte (JavaScript, "
                                    + "Launch). Sie wurden beim Lesen nicht ausgeführt; die Datei nicht in einem "
                                    + "Programm öffnen, das sie ausführt.");
                            assertThat(f.messageEn()).isEqualTo("The file contains active content (JavaScript, "
                                    + "Launch). It was not run when reading; do not open the file in a program that "
                                    + "runs it.");
                        })),
                read("XFA form with our AcroForm fields", HostileInputs.xfaForm(), r -> assertThat(
                        r.findings()).singleElement().satisfies(f -> {
                            assertThat(f.severity()).isEqualTo(Severity.WARNING);
                            assertThat(f.messageEn()).isEqualTo("The file also contains an XFA form. Only the form "
                                    + "fields were read; anything that is only in the XFA part is missing.");
                            assertThat(r.declaration().organisation().name()).isEqualTo("Beispielverein e. V.");
                        })),
                fails("XFA-only form", HostileInputs.xfaOnly(), Reason.NO_FORM),
                fails("1 000 pages", HostileInputs.pages(1_000), Reason.TOO_MANY_PAGES),
                fails("PNG renamed .pdf", HostileInputs.png(), Reason.NOT_A_PDF),
                fails("ZIP renamed .pdf", HostileInputs.zip(), Reason.NOT_A_PDF),
                fails("empty file", new byte[0], Reason.NOT_A_PDF));
        Stream<Arguments> truncated = IntStream.rangeClosed(1, 10).boxed().flatMap(tenth -> Stream.of(
                truncation("our form", ours, tenth * 10), truncation("another producer's form",
                        HostileInputs.otherProducer(), tenth * 10)));
        return Stream.concat(fixed, truncated);
    }

    private static Arguments truncation(String what, byte[] pdf, int percent) {
        byte[] cut = HostileInputs.truncated(pdf, percent);
        String name = what + " truncated to " + percent + " %";
        return percent == 100 ? read(name, cut, r -> assertThat(r.declaration().request()).isEqualTo(RequestType.ENTRY))
                : fails(name, cut, Reason.DAMAGED);
    }

    private static Arguments read(String name, byte[] pdf, Consumer<DeclarationReading> check) {
        return Arguments.of(name, pdf, null, check);
    }

    private static Arguments fails(String name, byte[] pdf, Reason reason) {
        return Arguments.of(name, pdf, reason, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void givesACorrectReadingOrTheRightReason(String name, byte[] pdf, Reason reason,
            Consumer<DeclarationReading> check) {
        long start = System.nanoTime();
        Object outcome = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                return FORM.read(Input.of(pdf));
            } catch (FormReadException e) {
                return e;
            }
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        TIMES.append(String.format("%-60s %-40s %6d ms%n", name, outcome instanceof FormReadException e
                ? e.reason() : "read, " + ((DeclarationReading) outcome).findings().size() + " findings", millis));
        if (reason != null) {
            assertThat(outcome).as(name).isInstanceOfSatisfying(FormReadException.class,
                    e -> assertThat(e.reason()).isEqualTo(reason));
        } else {
            assertThat(outcome).as(name).isInstanceOf(DeclarationReading.class);
            check.accept((DeclarationReading) outcome);
        }
    }

    @Test
    void aReadOverTheTimeLimitStopsWithTooComplex() {
        byte[] pdf = HostileInputs.manyFields(900);
        DeclarationForm impatient = FORM.newBuilder().limits(ReadLimits.defaults()
                .withMaxParseTime(Duration.ofMillis(1))).build();

        assertThatThrownBy(() -> impatient.read(Input.of(pdf))).isInstanceOfSatisfying(FormReadException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.TOO_COMPLEX))
                .hasMessage("Die PDF-Datei ist zu komplex, um sie in der erlaubten Zeit zu lesen (nach 1 ms abgebrochen). "
                        + "/ The PDF file is too complex to be read in the time allowed (stopped after 1 ms). [TOO_COMPLEX]");
    }

    @Test
    void aTimeLimitOfCenturiesIsJustNoLimit() {
        DeclarationForm patient = FORM.newBuilder().limits(ReadLimits.defaults()
                .withMaxParseTime(Duration.ofDays(365L * 100_000))).build();

        assertThat(patient.read(Input.of(HostileInputs.otherProducer())).findings()).isEmpty();
    }

    @AfterAll
    static void printTimes() {
        System.out.print("Hostile corpus (" + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB heap):\n" + TIMES);
    }
}
