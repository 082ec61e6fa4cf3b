package de.magdeburg.integration.netzwerk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever arrives from outside, reading gives a value or an {@link InvalidDataException}, nothing else. */
class JsonCodecFuzzTest {
    private static final String REGISTER = JsonCodec.REGISTER.toJson(JsonCodecTest.sampleRegister());
    private static final String MINUTES = JsonCodec.MINUTES.toJson(JsonCodecTest.sampleMinutes());

    @Provide
    Arbitrary<String> junk() {
        return Arbitraries.strings().withChars("{}[]\":,0123456789.-eE truefalsn\\u00e9\u0000").ofMaxLength(60);
    }

    private static void readsOrRejects(Function<byte[], ?> reader, byte[] json) {
        try {
            assertThat(reader.apply(json)).isNotNull();
        } catch (InvalidDataException expected) {
            assertThat(expected.path()).startsWith("$");
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    private static String mutate(String s, int at, int length, String with) {
        int start = Math.min(at, s.length());
        int end = Math.min(s.length(), start + length);
        return s.substring(0, start) + with + s.substring(end);
    }

    @Property(tries = 400)
    void mutatedRegisterFileIsReadOrRejectedWithInvalidData(@ForAll @IntRange(max = 20_000) int at,
            @ForAll @IntRange(max = 12) int length, @ForAll("junk") String with) {
        readsOrRejects(JsonCodec.REGISTER::read, mutate(REGISTER, at, length, with).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 400)
    void mutatedMinutesAreReadOrRejectedWithInvalidData(@ForAll @IntRange(max = 4_000) int at,
            @ForAll @IntRange(max = 12) int length, @ForAll("junk") String with) {
        readsOrRejects(JsonCodec.MINUTES::read, mutate(MINUTES, at, length, with).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void randomBytesAreRejectedWithInvalidData(@ForAll byte[] bytes) {
        readsOrRejects(JsonCodec.DECLARATION::read, bytes);
        readsOrRejects(JsonCodec.WORK_PLAN::read, bytes);
        readsOrRejects(JsonCodec.ATTENDANCE::read, bytes);
    }
}
