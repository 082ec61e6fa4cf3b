package de.magdeburg.integration.netzwerk.samples;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SampleFilesTest {

    @Test
    void committedSampleFilesAreWhatTheDemoDataProduces() throws Exception {
        for (var e : SampleFiles.all().entrySet()) {
            Path file = Path.of("data", e.getKey());
            assertThat(file).as("run SampleFiles.main to regenerate samples/data").exists();
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void demoNetworkHasAtLeastThirtyActivePartnersInEveryWorkingGroup() {
        Register r = DemoData.register();
        assertThat(r.activePartners()).hasSizeGreaterThanOrEqualTo(30);
        for (String group : new String[] {"work_and_training", "interculture_and_social", "language"}) {
            assertThat(r.mailingList(group)).as(group).hasSizeGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void registerSampleFileReplaysToTheDemoRegister() throws Exception {
        assertThat(JsonCodec.REGISTER.read(Path.of("data", "register.json"))).isEqualTo(DemoData.register());
    }
}
