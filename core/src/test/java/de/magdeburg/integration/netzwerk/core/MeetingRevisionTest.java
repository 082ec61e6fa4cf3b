package de.magdeburg.integration.netzwerk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A meeting's revision (iCalendar SEQUENCE): additive in the meeting JSON, 0 when absent. */
class MeetingRevisionTest {
    private static final Meeting MEETING = Fixtures.meeting(MeetingKind.WORKING_GROUP, "language",
            LocalDate.of(2026, 12, 3));

    private static Meeting read(String json) {
        return JsonCodec.MEETING.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void meetingJsonWithoutSequenceReadsAsTheFirstRevision() {
        String json = JsonCodec.MEETING.toJson(MEETING).replace(",\n  \"sequence\" : 0", "");

        assertThat(json).doesNotContain("sequence");
        assertThat(read(json)).isEqualTo(MEETING);
        assertThat(read(json).sequence()).isZero();
    }

    @Test
    void nextRevisionRaisesTheSequenceAndKeepsEverythingElse() {
        Meeting changed = MEETING.nextRevision().nextRevision();

        assertThat(changed.sequence()).isEqualTo(2);
        assertThat(read(JsonCodec.MEETING.toJson(changed))).isEqualTo(changed);
        assertThat(changed.withGuests(MEETING.guests())).isEqualTo(changed);
    }

    @Test
    void negativeSequenceIsRefusedNamingTheField() {
        String json = JsonCodec.MEETING.toJson(MEETING).replace("\"sequence\" : 0", "\"sequence\" : -1");

        assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("meeting.sequence: ist -1, erlaubt sind 0–1000000 / is -1, allowed are 0–1000000");
    }
}
