package de.magdeburg.integration.netzwerk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixturesTest {

    @Test
    void registerSpreadsPartnersOverTheThreeGroups() {
        Register r = Fixtures.register(30);

        assertThat(r.activePartners()).hasSize(30);
        for (String g : Fixtures.GROUPS) {
            assertThat(r.mailingList(g)).hasSizeGreaterThanOrEqualTo(10);
        }
        assertThat(r.portalListing()).hasSize(30 - 8);
    }

    @Test
    void namesFromManyScriptsSurviveTheRegisterFileUnchanged() {
        Register r = Fixtures.register(Fixtures.PEOPLE.size());

        Register back = JsonCodec.REGISTER.read(JsonCodec.REGISTER.toJson(r).getBytes(StandardCharsets.UTF_8));

        assertThat(back.activePartners()).flatExtracting(Partner::representatives).extracting(Representative::lastName)
                .contains("Yılmaz", "Шевченко", "Nguyễn", "Żółć", "العلي", "Παπαδοπούλου", "Պետրոսյան");
        assertThat(back).isEqualTo(r);
    }

    @Test
    void entryIsACompleteDeclarationTheRegisterAccepts() {
        Declaration d = Fixtures.entry("Werkstatt Zukunft gGmbH");

        assertThat(d.request()).isEqualTo(RequestType.ENTRY);
        assertThat(d.representative().displayName()).isEqualTo("Şükrü Yılmaz");
        assertThat(d.date()).isEqualTo(Fixtures.DAY);
        assertThat(Register.empty().apply(d, Fixtures.DAY).findings()).isEmpty();
    }

    @Test
    void validTermsKeepGo43OnEveryDayOfThePlansYear() {
        for (String g : Fixtures.GROUPS) {
            assertThat(RuleChecks.checkSpeakers(Fixtures.profile(), g, Fixtures.validTerms(2027),
                    java.time.LocalDate.of(2027, 1, 1))).isEmpty();
        }
        assertThat(Fixtures.validTerms(2027)).hasSize(6);
        assertThat(List.copyOf(Fixtures.ORGANISATIONS)).doesNotHaveDuplicates();
    }
}
