package de.magdeburg.integration.netzwerk.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Timeout;

/**
 * Jazzer fuzz targets for the JSON files that arrive from outside: a rules profile of another city
 * and a register file edited by people. Property: a value or an {@link InvalidDataException} with
 * a path and a message — no other exception, no Error, no hang.
 *
 * <p>In {@code ./mvnw verify} each target runs once per file of its committed seed corpus
 * ({@code src/test/resources/.../JsonReadersFuzzTestInputs/<method>/}); FUZZING.md gives the
 * command for a fuzzing session.
 */
class JsonReadersFuzzTest {
    @FuzzTest(maxDuration = "10m")
    @Timeout(10)
    void rulesProfileIsReadOrRejectedWithInvalidData(byte[] json) {
        try {
            assertThat(RulesProfile.read(new ByteArrayInputStream(json))).isNotNull();
        } catch (InvalidDataException expected) {
            assertTyped(expected);
        }
    }

    @FuzzTest(maxDuration = "10m")
    @Timeout(10)
    void registerIsReadOrRejectedWithInvalidData(byte[] json) {
        try {
            assertThat(JsonCodec.REGISTER.read(json)).isNotNull();
        } catch (InvalidDataException expected) {
            assertTyped(expected);
        }
    }

    private static void assertTyped(InvalidDataException e) {
        assertThat(e.path()).startsWith("$");
        assertThat(e.getMessage()).isNotBlank();
    }
}
