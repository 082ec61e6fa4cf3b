package de.magdeburg.integration.netzwerk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.samskivert.mustache.Mustache;
import de.magdeburg.integration.netzwerk.Netzwerk;
import de.magdeburg.integration.netzwerk.core.NetzwerkJson;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.forms.FormReadException;
import de.magdeburg.integration.netzwerk.forms.ReadLimits;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class NetzwerkAutoConfigurationTest {
    // through @EnableAutoConfiguration, as in an application: the import filter takes part
    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(App.class);

    @TempDir
    Path dir;

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnNetzwerk {
        static final Netzwerk OWN = Netzwerk.create();

        @Bean
        Netzwerk myNetzwerk() {
            return OWN;
        }
    }

    @Test
    void withoutPropertiesAnApplicationGetsOneNetzwerkWithTheMagdeburgRules() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(Netzwerk.class);
            assertThat(context.getBean(Netzwerk.class).profile()).isEqualTo(RulesProfile.magdeburg2016());
            assertThat(context.getBean(Netzwerk.class).today()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Berlin")));
        });
    }

    @Test
    void theProfileFileAndTheTimeZoneComeFromNetzwerkProperties() throws IOException {
        Path profile = dir.resolve("profile.json");
        NetzwerkJson.write(RulesProfile.magdeburg2016(), profile);

        runner.withPropertyValues("netzwerk.profile=" + profile, "netzwerk.time-zone=Pacific/Kiritimati").run(context -> {
            assertThat(context.getBean(Netzwerk.class).profile()).isEqualTo(RulesProfile.read(profile));
            assertThat(context.getBean(Netzwerk.class).today()).isEqualTo(LocalDate.now(ZoneId.of("Pacific/Kiritimati")));
        });
    }

    @Test
    void withoutPropertiesTheReadLimitsAreTheLibraryDefaults() {
        runner.run(context -> assertThat(context.getBean(NetzwerkProperties.class).readLimits().toReadLimits())
                .isEqualTo(ReadLimits.defaults()));
    }

    @Test
    void readLimitsComeFromNetzwerkProperties() {
        runner.withPropertyValues("netzwerk.read-limits.max-bytes=1KB").run(context -> {
            byte[] twoKilobytes = ("%PDF-1.7\n" + "x".repeat(2048)).getBytes();
            try {
                context.getBean(Netzwerk.class).readDeclaration(twoKilobytes);
            } catch (FormReadException e) {
                assertThat(e.reason()).isEqualTo(FormReadException.Reason.TOO_LARGE);
                return;
            }
            throw new AssertionError("a 2 KB file was read although max-bytes is 1KB");
        });
    }

    @Test
    void aMissingProfileFileStopsTheStartNamingTheFile() {
        runner.withPropertyValues("netzwerk.profile=" + dir.resolve("fehlt.json")).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("fehlt.json");
        });
    }

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnNetzwerk() {
        runner.withUserConfiguration(OwnNetzwerk.class).run(context -> {
            assertThat(context).hasSingleBean(Netzwerk.class);
            assertThat(context.getBean(Netzwerk.class)).isSameAs(OwnNetzwerk.OWN);
        });
    }

    @Test
    void jmustacheOnTheClassPathDoesNotSwitchOnBootsMustacheAutoConfiguration() {
        runner.run(context -> assertThat(context).doesNotHaveBean(Mustache.Compiler.class));
    }

    @Test
    void anApplicationWithMustacheTemplatesOfItsOwnKeepsBootsMustacheAutoConfiguration() throws IOException {
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/seite.mustache"), "{{titel}}");
        var loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());

        runner.withClassLoader(loader).run(context -> assertThat(context).hasSingleBean(Mustache.Compiler.class));
    }

    @Test
    void theApplicationHasOneCommonsLoggingAndBootsJackson() throws IOException {
        assertThat(Collections.list(getClass().getClassLoader().getResources("org/apache/commons/logging/LogFactory.class")))
                .singleElement().asString().contains("spring-jcl");
        // the Jackson a Boot 3.5 application manages is the one these tests run with
        assertThat(ObjectMapper.class.getPackage().getImplementationVersion()).startsWith("2.19.");
    }
}
