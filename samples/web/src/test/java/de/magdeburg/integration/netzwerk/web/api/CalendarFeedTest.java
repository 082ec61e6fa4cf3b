package de.magdeburg.integration.netzwerk.web.api;

import static de.magdeburg.integration.netzwerk.web.api.ApiCalls.text;
import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.core.AgendaItem;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.MeetingKind;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The subscribable calendars, read with ical4j: a changed meeting replaces its entry, a cancelled one is marked. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:calendars;DB_CLOSE_DELAY=-1",
})
class CalendarFeedTest {
    private static final String GROUP_FEED = "/api/v1/calendars/groups/language.ics";

    @LocalServerPort
    int port;

    @Autowired
    ApiKeys keys;

    private ApiCalls api;
    private String key;

    @BeforeEach
    void client() {
        api = new ApiCalls(port);
        key = keys.issue("Terminverwaltung", Set.of(ApiScope.MEETINGS));
    }

    private static Meeting meeting(String id, LocalDateTime start, String place) {
        return new Meeting(id, MeetingKind.WORKING_GROUP, "language", "Sitzung der AG Sprache", start,
                LocalTime.of(18, 0), place, List.of(new AgendaItem("Sprachkurse", "", "Anna Schmidt")), List.of(), 0);
    }

    private Map<String, VEvent> events(String path) throws Exception {
        HttpResponse<byte[]> r = api.get(path, null);
        assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        Calendar calendar = new CalendarBuilder().build(new StringReader(text(r)));
        assertThat(calendar.getProperty(Property.METHOD)).isEmpty();
        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertThat(zones).hasSize(1);
        assertThat(value(zones.get(0), Property.TZID)).isEqualTo("Europe/Berlin");
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        return events.stream().collect(Collectors.toMap(e -> value(e, Property.UID), Function.identity()));
    }

    private static String value(Component c, String property) {
        return c.getProperty(property).map(p -> ((Property) p).getValue()).orElse(null);
    }

    private static VEvent of(Map<String, VEvent> events, String meetingId) {
        return events.entrySet().stream().filter(e -> e.getKey().startsWith(meetingId + "@")).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError(meetingId + " not in " + events.keySet()));
    }

    @Test
    void aChangedMeetingKeepsItsUidWithAHigherSequenceAndTheNewPlace() throws Exception {
        LocalDateTime start = LocalDateTime.now().plusDays(20).withHour(16).withMinute(0).withSecond(0).withNano(0);
        HttpResponse<byte[]> first = put("sprache-feed-1", meeting("sprache-feed-1", start, "Raum 1"));
        assertThat(first.statusCode()).as(text(first)).isEqualTo(200);
        VEvent before = of(events(GROUP_FEED), "sprache-feed-1");
        assertThat(value(before, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(before, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(before, Property.LOCATION)).isEqualTo("Raum 1");
        assertThat(value(before, Property.LAST_MODIFIED)).isNotNull();
        assertThat(before.getProperty(Property.DTSTART).map(p -> ((Property) p).getParameter("TZID").orElseThrow()
                .toString()).orElseThrow()).isEqualTo("TZID=Europe/Berlin");
        // a feed is public: presenters (who may be persons) are left out
        assertThat(value(before, Property.DESCRIPTION)).contains("Sprachkurse").doesNotContain("Anna Schmidt");

        HttpResponse<byte[]> changed = put("sprache-feed-1", meeting("sprache-feed-1", start.plusHours(1), "Raum 2"));
        assertThat(JsonCodec.MEETING.read(changed.body()).sequence()).isEqualTo(1);
        VEvent after = of(events(GROUP_FEED), "sprache-feed-1");
        assertThat(value(after, Property.UID)).isEqualTo(value(before, Property.UID));
        assertThat(value(after, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(after, Property.LOCATION)).isEqualTo("Raum 2");
        assertThat(value(after, Property.DTSTART)).isEqualTo(value(before, Property.DTSTART).replace("T16", "T17"));
        assertThat(value(after, Property.LAST_MODIFIED)).isGreaterThanOrEqualTo(value(before, Property.LAST_MODIFIED));

        // the same meeting sent again is no change
        assertThat(JsonCodec.MEETING.read(put("sprache-feed-1", meeting("sprache-feed-1", start.plusHours(1),
                "Raum 2")).body()).sequence()).isEqualTo(1);
    }

    @Test
    void aCancelledMeetingStaysInTheFeedMarkedCancelledWithAHigherSequence() throws Exception {
        LocalDateTime start = LocalDateTime.now().plusDays(40).withHour(14).withMinute(0).withSecond(0).withNano(0);
        put("sprache-feed-2", meeting("sprache-feed-2", start, "Raum 3"));
        assertThat(api.delete("/api/v1/meetings/sprache-feed-2", key).statusCode()).isEqualTo(204);
        VEvent cancelled = of(events(GROUP_FEED), "sprache-feed-2");
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("1");
        assertThat(of(events("/api/v1/calendars/network.ics"), "sprache-feed-2")).isNotNull();
        assertThat(events("/api/v1/calendars/groups/work_and_training.ics").keySet())
                .noneMatch(uid -> uid.startsWith("sprache-feed-2@"));
        HttpResponse<byte[]> again = api.delete("/api/v1/meetings/sprache-feed-2", key);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        // published again after the cancellation: above the cancellation's sequence
        assertThat(JsonCodec.MEETING.read(put("sprache-feed-2", meeting("sprache-feed-2", start, "Raum 3")).body())
                .sequence()).isEqualTo(2);
        assertThat(value(of(events(GROUP_FEED), "sprache-feed-2"), Property.STATUS)).isEqualTo("CONFIRMED");
    }

    @Test
    void anUnknownGroupHasNoFeedAndPublishingNeedsTheScope() throws Exception {
        HttpResponse<byte[]> unknown = api.get("/api/v1/calendars/groups/chess.ics", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(ApiCalls.text(unknown)).contains("\"rule\":\"GO-4.1\"");
        String other = keys.issue("ohne Termine", Set.of(ApiScope.DOCUMENTS));
        assertThat(api.put("/api/v1/meetings/x", other, JsonCodec.MEETING.toJson(meeting("x", LocalDateTime.now(), "")))
                .statusCode()).isEqualTo(403);
        assertThat(api.delete("/api/v1/meetings/x", null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<byte[]> put(String id, Meeting meeting) throws Exception {
        return api.put("/api/v1/meetings/" + id, key, JsonCodec.MEETING.toJson(meeting));
    }
}
