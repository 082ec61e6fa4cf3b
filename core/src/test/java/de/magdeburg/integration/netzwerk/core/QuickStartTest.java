package de.magdeburg.integration.netzwerk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The five lines of the README's quick start, kept compiling and working. */
class QuickStartTest {

    @Test
    void cityDeveloperLoadsTheDefaultProfileAndAppliesADeclaration(@TempDir Path dir) {
        Path registerFile = dir.resolve("register.json");
        Path declarationFile = dir.resolve("erklaerung.json");
        JsonCodec.REGISTER.write(Register.empty(), registerFile);
        JsonCodec.DECLARATION.write(Fixtures.entry("Beispielverein Brücken e. V."), declarationFile);
        Clock clock = Clock.fixed(LocalDate.of(2027, 3, 1).atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant(),
                ZoneId.of("Europe/Berlin"));

        // README: begin
        RulesProfile profile = RulesProfile.magdeburg2016();
        Register register = JsonCodec.REGISTER.read(registerFile);
        RegisterUpdate update = register.apply(JsonCodec.DECLARATION.read(declarationFile), LocalDate.now(clock));
        update.findings().forEach(f -> System.out.println(f.severity() + " " + f.rule() + ": " + f.message()));
        if (!update.rejected()) { JsonCodec.REGISTER.write(update.register(), registerFile); }
        // README: end

        Register saved = JsonCodec.REGISTER.read(registerFile);
        assertThat(saved.mailingList()).hasSize(1);
        assertThat(saved.inactiveCandidates(profile, List.of(), LocalDate.now(clock))).isEmpty();
    }
}
