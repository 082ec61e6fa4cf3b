package de.magdeburg.integration.netzwerk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Mutated forms: reading either works or throws FormReadException, never anything else. */
class DamagedInputTest {
    @Test
    void randomlyDamagedFormsGiveAReadingOrAFormReadException() {
        byte[] original = Samples.FORM.prefilled(Samples.complete()).bytes();
        Random random = new Random(20261126);
        int readings = 0;
        int exceptions = 0;
        for (int round = 0; round < 150; round++) {
            byte[] pdf = mutate(original, random, round % 3);
            try {
                Samples.FORM.read(Input.of(pdf));
                readings++;
            } catch (FormReadException e) {
                exceptions++;
            } catch (Throwable t) {
                throw new AssertionError("round " + round + " leaked " + t, t);
            }
        }
        assertThat(readings + exceptions).isEqualTo(150);
    }

    private static byte[] mutate(byte[] pdf, Random random, int kind) {
        byte[] copy = pdf.clone();
        switch (kind) {
            case 0 -> {
                for (int i = 0; i < 1 + random.nextInt(40); i++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                return copy;
            }
            case 1 -> {
                int from = random.nextInt(copy.length - 2000);
                Arrays.fill(copy, from, from + random.nextInt(2000), (byte) ' ');
                return copy;
            }
            default -> {
                // keep the end marker so that the damage reaches the parser
                int cut = random.nextInt(copy.length);
                byte[] tail = "\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                byte[] out = Arrays.copyOf(copy, cut + tail.length);
                System.arraycopy(tail, 0, out, cut, tail.length);
                return out;
            }
        }
    }
}
