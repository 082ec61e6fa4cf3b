package de.magdeburg.integration.netzwerk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every corpus record filled by every client reads back through our reader equal to the record. */
class ClientFillTest {

    static Stream<Arguments> recordsByClient() {
        return Clients.ALL.stream()
                .flatMap(c -> Corpus.all().stream().map(e -> Arguments.of(c, e)));
    }

    @ParameterizedTest(name = "{0} fills {1}")
    @MethodSource("recordsByClient")
    void formFilledByClientReadsBackEqualToTheRecord(Client client, Corpus.Entry entry) {
        byte[] pdf = Clients.filled(client, entry.id()).bytes();

        assertThat(Forms.form().read(pdf)).as("%s filled %s", client, entry).isEqualTo(entry.declaration());
    }

    @Test
    void reportsTheClientVersions() {
        StringBuilder b = new StringBuilder();
        for (Client c : Clients.ALL) {
            try {
                c.requireInstalled();
                b.append(c.name()).append(": ").append(c.version()).append('\n');
            } catch (org.opentest4j.TestAbortedException e) {
                b.append(c.name()).append(": not installed\n");
            }
        }
        Clients.write(Forms.workDir("").resolve("client-versions.txt"), b.toString());
        System.out.print(b);
        assertThat(b).isNotEmpty();
    }
}
