package de.magdeburg.integration.netzwerk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.time.DayOfWeek;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;

class RulesProfileTest {

    private static final String MINIMAL_VALID_PREFIX = "{\"schemaVersion\":1,";

    @Test
    void magdeburgProfileHasTheNumbersOfTheGeschaeftsordnung() {
        RulesProfile p = RulesProfile.magdeburg2016();

        assertThat(p.workingGroups()).extracting(WorkingGroup::id)
                .containsExactly("work_and_training", "interculture_and_social", "language");
        assertThat(p.fieldsOfAction()).hasSize(6);
        assertThat(p.limits().maxMeetingsPerGroupPerYear()).isEqualTo(5);
        assertThat(p.limits().minCrossGroupMeetingsPerYear()).isEqualTo(1);
        assertThat(p.limits().speakersPerGroup()).isEqualTo(2);
        assertThat(p.limits().speakerTermYears()).isEqualTo(2);
        assertThat(p.limits().inactivityYears()).isEqualTo(1);
        assertThat(p.limits().minOrganisationsForNewGroup()).isEqualTo(5);
        assertThat(p.versionDate()).isEqualTo(LocalDate.of(2016, 11, 23));
        assertThat(p.inForce()).isEqualTo(LocalDate.of(2016, 12, 1));
        assertThat(p.coordinator().email()).isEqualTo("Koordination.Integration@stadt.magdeburg.de");
        assertThat(p.rulesOfProcedure().sections()).extracting(RulesProfile.Section::heading)
                .startsWith("Präambel", "§ 1 Netzwerkpartner*innen und Gäste");
    }

    @Test
    void theFormHasItsOwnPrivacyNoticeAndAProfileFileWithoutOneGivesItTheSheets() throws Exception {
        RulesProfile magdeburg = RulesProfile.magdeburg2016();
        assertThat(magdeburg.declarationPrivacyNotice()).isNotEqualTo(magdeburg.privacyNotice());
        assertThat(magdeburg.declarationPrivacyNotice().items()).extracting(RulesProfile.NoticeItem::label)
                .contains("Verantwortlich", "Zwecke", "Speicherdauer", "Ihre Rechte", "Widerruf der Einwilligung");

        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(JsonCodec.PROFILE.toJson(magdeburg));
        assertThat(tree.remove("declarationPrivacyNotice")).isNotNull();
        RulesProfile older = RulesProfile.read(json(tree.toString()));

        assertThat(older.declarationPrivacyNotice()).isEqualTo(magdeburg.privacyNotice());
    }

    @Test
    void todayIsTheDayInTheProfilesTimeZoneNotInUtc() {
        RulesProfile p = RulesProfile.magdeburg2016();
        Instant halfPastMidnightInBerlin = Instant.parse("2026-11-26T23:30:00Z");

        assertThat(p.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(p.systemClock().getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(LocalDate.ofInstant(halfPastMidnightInBerlin, p.timeZone())).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void profileWithoutTimeZoneIsInGermanTimeAndAnUnknownZoneIsRejectedNamingThePath() throws Exception {
        String magdeburg = JsonCodec.PROFILE.toJson(RulesProfile.magdeburg2016());
        String without = magdeburg.replace(",\n  \"timeZone\" : \"Europe/Berlin\"", "");
        String unknown = magdeburg.replace("\"Europe/Berlin\"", "\"Europe/Magdeburg\"");
        assertThat(without).isNotEqualTo(magdeburg).doesNotContain("timeZone");

        assertThat(RulesProfile.read(json(without)).timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThatThrownBy(() -> RulesProfile.read(json(unknown)))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("$.timeZone: must be a time zone such as 'Europe/Berlin', got 'Europe/Magdeburg'");
    }

    @Test
    void theProfileNamesItsCalendarWhichIsWrittenAndReadBack() throws Exception {
        RulesProfile magdeburg = RulesProfile.magdeburg2016();
        assertThat(magdeburg.calendar()).isEqualTo(new WorkCalendar("DE-ST", List.of(DayOfWeek.SATURDAY,
                DayOfWeek.SUNDAY)));
        String json = JsonCodec.PROFILE.toJson(magdeburg);
        assertThat(json.replaceAll("\\s+", " ")).contains("\"calendar\" : { \"holidays\" : \"DE-ST\", \"weekend\" : [ "
                + "\"SATURDAY\", \"SUNDAY\" ] }");

        String bavaria = json.replace("\"DE-ST\"", "\"DE-BY\"").replaceAll("\"SATURDAY\",\\s*", "");
        assertThat(RulesProfile.read(json(bavaria)).calendar())
                .isEqualTo(new WorkCalendar("DE-BY", List.of(DayOfWeek.SUNDAY)));
        String without = json.replaceAll(",\n  \"calendar\" : \\{[^}]*}", "");
        assertThat(without).doesNotContain("calendar");
        assertThat(RulesProfile.read(json(without)).calendar()).isEqualTo(WorkCalendar.SAXONY_ANHALT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        "weekend" : [ "SAMSTAG" ]             | $.calendar.weekend[0]: must be a day of the week such as 'SATURDAY', got 'SAMSTAG'
        "weekend" : [ "SUNDAY", "SUNDAY" ]    | $.calendar: calendar.weekend: nennt SUNDAY doppelt / lists SUNDAY twice
        "weekend" : [ ], "land" : "ST"        | $.calendar.land: unknown property 'land'
        """)
    void aBadCalendarIsRejectedNamingThePath(String weekend, String message) throws Exception {
        String json = JsonCodec.PROFILE.toJson(RulesProfile.magdeburg2016())
                .replaceAll("\"weekend\" : \\[[^]]*]", weekend);
        assertThatThrownBy(() -> RulesProfile.read(json(json))).isInstanceOf(InvalidDataException.class)
                .hasMessage(message);
    }

    @Test
    void profileWithoutSchemaVersionIsRejectedNamingThePath() {
        assertThatThrownBy(() -> RulesProfile.read(json("{}")))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("$.schemaVersion: must be 1, got nothing");
    }

    @Test
    void profileMissingAValueIsRejectedNamingThePath() {
        assertThatThrownBy(() -> RulesProfile.read(json(MINIMAL_VALID_PREFIX + "\"id\":\"x\"}")))
                .isInstanceOf(InvalidDataException.class)
                .satisfies(e -> assertThat(((InvalidDataException) e).path()).isEqualTo("$.network"))
                .hasMessage("$.network: Pflichtangabe fehlt / required value is missing");
    }

    @Test
    void profileWithAnImpossibleNumberIsRejectedNamingThePathAndTheValue() throws Exception {
        String magdeburg = JsonCodec.PROFILE.toJson(RulesProfile.magdeburg2016());
        String broken = magdeburg.replace("\"speakersPerGroup\" : 2", "\"speakersPerGroup\" : 0");
        assertThat(broken).isNotEqualTo(magdeburg);

        assertThatThrownBy(() -> RulesProfile.read(json(broken)))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("$.limits: speakersPerGroup: ist 0, erlaubt sind 1–10 / is 0, must be 1–10");
    }

    @Test
    void anotherCitysProfileIsDataNotCode() throws Exception {
        String stendal = JsonCodec.PROFILE.toJson(RulesProfile.magdeburg2016())
                .replace("\"id\" : \"magdeburg-2016\"", "\"id\" : \"stendal-2027\"")
                .replace("\"maxMeetingsPerGroupPerYear\" : 5", "\"maxMeetingsPerGroupPerYear\" : 8");

        RulesProfile p = RulesProfile.read(json(stendal));

        assertThat(p.id()).isEqualTo("stendal-2027");
        assertThat(p.limits().maxMeetingsPerGroupPerYear()).isEqualTo(8);
    }

    @Test
    void hostileProfileFilesAreInvalidDataNotErrors() {
        // another city's profile is untrusted input like a register file (issue 6)
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThatThrownBy(() -> RulesProfile.read(json(deep))).isExactlyInstanceOf(InvalidDataException.class)
                .hasMessageContaining("100");
        assertThatThrownBy(() -> RulesProfile.read(json("{\"schemaVersion\":1,\"id\":\"" + "x".repeat(50_000_000)
                + "\"}"))).isExactlyInstanceOf(InvalidDataException.class).hasMessageContaining("1000000");
        assertThatThrownBy(() -> RulesProfile.read(json("{\"schemaVersion\":1,\"schemaVersion\":1}")))
                .isExactlyInstanceOf(InvalidDataException.class).hasMessageContaining("Duplicate field 'schemaVersion'");
        assertThatThrownBy(() -> RulesProfile.read(json("{\"schemaVersion\":" + "1".repeat(10_000) + "}")))
                .isExactlyInstanceOf(InvalidDataException.class).hasMessageContaining("50");
        assertThatThrownBy(() -> RulesProfile.read(new ByteArrayInputStream(new byte[] {1, 0, 0, 0, 0, 0, 0, 8})))
                .isExactlyInstanceOf(InvalidDataException.class);
        assertThatThrownBy(() -> RulesProfile.read(json("{\"schemaVersion\":1} {\"schemaVersion\":1}")))
                .isExactlyInstanceOf(InvalidDataException.class).hasMessageContaining("not valid JSON (Zeile 1, Spalte 22");
        assertThatThrownBy(() -> RulesProfile.read(json("{\"schemaVersion\":1,")))
                .isExactlyInstanceOf(InvalidDataException.class);
    }

    private static ByteArrayInputStream json(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
