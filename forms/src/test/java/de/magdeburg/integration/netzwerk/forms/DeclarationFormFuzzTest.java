package de.magdeburg.integration.netzwerk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/**
 * Jazzer fuzz target for the declaration reader. Property: a reading or a
 * {@link FormReadException} with a reason and a one-line message — no other exception, no Error,
 * no hang.
 *
 * <p>In {@code ./mvnw verify} the target runs once per file of its committed seed corpus
 * ({@code src/test/resources/.../DeclarationFormFuzzTestInputs/<method>/}: forms we wrote, a
 * third-party-style form and malformed files of the hostile corpus); FUZZING.md gives the command
 * for a fuzzing session.
 */
class DeclarationFormFuzzTest {
    @FuzzTest(maxDuration = "10m")
    @Timeout(10)
    void readGivesAReadingOrAFormReadException(byte[] pdf) {
        try {
            DeclarationReading reading = Samples.FORM.read(Input.of(pdf));
            assertThat(reading.declaration()).isNotNull();
        } catch (FormReadException expected) {
            assertThat(expected.reason()).isNotNull();
            assertThat(expected.getMessage()).doesNotContain("\n");
        }
    }
}
