package de.magdeburg.integration.netzwerk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samskivert.mustache.Mustache;
import de.magdeburg.integration.netzwerk.Netzwerk;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.forms.FormReadException;
import de.magdeburg.integration.netzwerk.forms.Input;
import de.magdeburg.integration.netzwerk.forms.ReadLimits;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

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
            assertThat(context.getBean(Netzwerk.class).settings().profile()).isEqualTo(RulesProfile.magdeburg2016());
            assertThat(context.getBean(Netzwerk.class).settings().today()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Berlin")));
        });
    }

    @Test
    void theProfileFileAndTheTimeZoneComeFromNetzwerkProperties() throws IOException {
        Path profile = dir.resolve("profile.json");
        JsonCodec.PROFILE.write(RulesProfile.magdeburg2016(), profile);

        runner.withPropertyValues("netzwerk.profile=" + profile, "netzwerk.time-zone=Pacific/Kiritimati").run(context -> {
            assertThat(context.getBean(Netzwerk.class).settings().profile()).isEqualTo(RulesProfile.read(profile));
            assertThat(context.getBean(Netzwerk.class).settings().today()).isEqualTo(LocalDate.now(ZoneId.of("Pacific/Kiritimati")));
        });
    }

    /** A profile whose day is never the day of {@link #WEST}: 26 hours apart. */
    private static final ZoneId EAST = ZoneId.of("Pacific/Kiritimati");
    private static final ZoneId WEST = ZoneId.of("Etc/GMT+12");

    private Path profileIn(ZoneId zone) {
        RulesProfile m = RulesProfile.magdeburg2016();
        Path file = dir.resolve("profile-east.json");
        JsonCodec.PROFILE.write(new RulesProfile(m.id(), m.network(), m.versionDate(), m.inForce(), m.workingGroups(),
                m.fieldsOfAction(), m.limits(), m.coordinator(), m.declaration(), m.rulesOfProcedure(),
                m.privacyNotice(), zone), file);
        return file;
    }

    @Test
    void withoutATimeZonePropertyTodayIsTheDayInTheProfilesTimeZone() {
        runner.withPropertyValues("netzwerk.profile=" + profileIn(EAST)).run(context -> {
            assertThat(context.getBean(Netzwerk.class).settings().today()).isEqualTo(LocalDate.now(EAST))
                    .isNotEqualTo(LocalDate.now(WEST));
        });
    }

    @Test
    void theTimeZonePropertyOverridesTheProfilesTimeZone() {
        runner.withPropertyValues("netzwerk.profile=" + profileIn(EAST), "netzwerk.time-zone=" + WEST).run(context -> {
            assertThat(context.getBean(Netzwerk.class).settings().today()).isEqualTo(LocalDate.now(WEST))
                    .isNotEqualTo(LocalDate.now(EAST));
        });
    }

    @Test
    void theStarterDescribesEveryPropertyItBindsForTheIde() throws IOException {
        JsonNode metadata;
        try (var in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("configuration metadata on the class path").isNotNull();
            metadata = new ObjectMapper().readTree(in);
        }
        Map<String, JsonNode> described = new TreeMap<>();
        metadata.get("properties").forEach(p -> described.put(p.get("name").asText(), p));

        assertThat(described.keySet()).isEqualTo(bound("netzwerk", NetzwerkProperties.class));
        assertThat(described.values()).allSatisfy(p -> assertThat(p.get("description").asText()).isNotBlank());
        ReadLimits defaults = ReadLimits.defaults();
        assertThat(DataSize.parse(described.get("netzwerk.read-limits.max-bytes").get("defaultValue").asText())
                .toBytes()).isEqualTo(defaults.maxBytes());
        assertThat(described.get("netzwerk.read-limits.max-pages").get("defaultValue").asInt())
                .isEqualTo(defaults.maxPages());
        assertThat(DurationStyle.detectAndParse(
                described.get("netzwerk.read-limits.max-parse-time").get("defaultValue").asText()))
                .isEqualTo(defaults.maxParseTime());
        assertThat(described.get("netzwerk.time-zone").has("defaultValue")).as("the profile's zone is the default")
                .isFalse();
    }

    @Test
    void theReadmesPropertiesBlockStartsAnApplicationAsPasted() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf("```properties\n") + "```properties\n".length();
        Properties pasted = new Properties();
        pasted.load(new StringReader(readme.substring(start, readme.indexOf("```", start))));

        assertThat(pasted.stringPropertyNames()).isNotEmpty().allSatisfy(k -> assertThat(k).startsWith("netzwerk."));
        runner.withPropertyValues(pasted.stringPropertyNames().stream().map(k -> k + "=" + pasted.getProperty(k))
                .toArray(String[]::new)).run(context -> {
                    assertThat(context).hasNotFailed();
                    NetzwerkProperties bound = context.getBean(NetzwerkProperties.class);
                    assertThat(bound.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
                    assertThat(bound.readLimits().toReadLimits()).isEqualTo(ReadLimits.defaults());
                });
    }

    /** The property names Spring binds to a record: its components in kebab case, nested records expanded. */
    private static Set<String> bound(String prefix, Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            String name = prefix + "." + c.getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
            if (c.getType().isRecord()) {
                names.addAll(bound(name, c.getType()));
            } else {
                names.add(name);
            }
        }
        return names;
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
                context.getBean(Netzwerk.class).readDeclaration(Input.of(twoKilobytes));
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
