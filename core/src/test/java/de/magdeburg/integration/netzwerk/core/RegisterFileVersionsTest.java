package de.magdeburg.integration.netzwerk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The register file: version 2 keeps groups, speakers and guests (§4(2), §4(3), §1(5)); version 1 still reads. */
class RegisterFileVersionsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    private static String json(Register r) {
        var out = new ByteArrayOutputStream();
        JsonCodec.REGISTER.write(r, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Register everyKindOfEntry() {
        Register r = Fixtures.register(5);
        var changes = List.<NetworkChange>of(
                new NetworkChange.FoundGroup(new WorkingGroupFounding("health", "Gesundheit",
                        r.activePartners().stream().map(p -> p.organisation().name()).toList()), DAY, "Koordination", ""),
                new NetworkChange.ElectSpeaker(new SpeakerTerm("health", "Kwame Mensah", "", DAY,
                        LocalDate.of(2027, 2, 28)), "", DAY, "Gründungssitzung", ""),
                new NetworkChange.EndTerm("health", "Kwame Mensah", LocalDate.of(2026, 2, 28), DAY.plusDays(3), "",
                        "Rücktritt"),
                new NetworkChange.RegisterGuest(new GuestNotice("health-2026-05", "Dr. Amina Rahman", "", ""), DAY,
                        "", ""),
                new NetworkChange.ApproveGuest("health-2026-05", "Dr. Amina Rahman", "Kwame Mensah", DAY, ""));
        for (NetworkChange c : changes) {
            RegisterUpdate u = r.record(Fixtures.profile(), c);
            assertThat(u.rejected()).as(u.findings().toString()).isFalse();
            r = u.register();
        }
        return r;
    }

    @Test
    void version2KeepsGroupsSpeakersAndGuestsAcrossWriteAndRead() {
        Register r = everyKindOfEntry();

        String json = json(r);
        Register back = JsonCodec.REGISTER.read(json.getBytes(StandardCharsets.UTF_8));

        assertThat(json).startsWith("{\n  \"schemaVersion\" : 2,");
        assertThat(back).isEqualTo(r);
        assertThat(back.foundedGroups()).extracting(WorkingGroupFounding::name).containsExactly("Gesundheit");
        assertThat(back.speakerTerms()).singleElement().extracting(SpeakerTerm::to).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(back.guests("health-2026-05")).singleElement().extracting(Guest::approvedBy)
                .isEqualTo(List.of("Kwame Mensah"));
    }

    @Test
    void partnerEntriesAreWrittenAsInVersion1() {
        String v2 = json(Fixtures.register(3));

        assertThat(v2).doesNotContain("\"by\"", "\"speaker\"", "\"group\"", "\"guest\"");
    }

    @Test
    void oldRegisterJsonReads() {
        String v1 = json(Fixtures.register(3)).replace("\"schemaVersion\" : 2", "\"schemaVersion\" : 1");

        Register r = JsonCodec.REGISTER.read(v1.getBytes(StandardCharsets.UTF_8));

        assertThat(r).isEqualTo(Fixtures.register(3));
        assertThat(r.speakerTerms()).isEmpty();
    }

    @Test
    void version1WithASpeakerEntryIsRefused() {
        String v1 = json(everyKindOfEntry()).replace("\"schemaVersion\" : 2", "\"schemaVersion\" : 1");

        assertThatThrownBy(() -> JsonCodec.REGISTER.read(v1.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("$.history[5].action: GROUP_FOUNDED needs schemaVersion 2");
    }

    @Test
    void anApprovalThatDoesNotNameTheSpeakerIsRefused() {
        String json = json(everyKindOfEntry()).replace("\"by\" : \"Kwame Mensah\",\n", "");

        assertThatThrownBy(() -> JsonCodec.REGISTER.read(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("entry 10 (GUEST_APPROVED) does not name who approved");
    }
}
