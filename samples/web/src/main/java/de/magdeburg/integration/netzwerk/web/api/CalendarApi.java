package de.magdeburg.integration.netzwerk.web.api;

import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.core.WorkingGroup;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calendars that stay current (§5(2)): a subscribable iCalendar feed per AG and one for the whole
 * network — public, {@code webcal://} works with the same path — and, scope
 * {@code meetings:write}, publishing, changing and cancelling the meetings they show.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "calendars")
class CalendarApi {
    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final ApiLibrary library;
    private final PublishedMeetings meetings;

    CalendarApi(ApiLibrary library, PublishedMeetings meetings) {
        this.library = library;
        this.meetings = meetings;
    }

    @Operation(operationId = "networkCalendar", summary = "All meetings of the network as a subscribable calendar",
            security = {})
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/calendar", schema = @Schema(type =
            "string")))
    @GetMapping(value = "/calendars/network.ics", produces = "text/calendar")
    ResponseEntity<String> network() {
        return feed(library.profile().network().name(), null);
    }

    @Operation(operationId = "groupCalendar", summary = "The meetings of one AG as a subscribable calendar",
            security = {})
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/calendar", schema = @Schema(type =
            "string")))
    @GetMapping(value = "/calendars/groups/{groupId}.ics", produces = "text/calendar")
    ResponseEntity<String> group(@PathVariable String groupId) {
        WorkingGroup group = library.profile().findWorkingGroup(groupId)
                .orElseThrow(() -> Problems.unknownGroup(groupId, "groupId"));
        return feed("AG " + group.name(), group.id());
    }

    private ResponseEntity<String> feed(String name, String groupId) {
        // clients poll; an hour of caching in between is harmless (REFRESH-INTERVAL says six)
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.maxAge(Duration.ofHours(1))
                .cachePublic()).body(library.calendarFeed(name, meetings.entries(groupId)));
    }

    @Operation(operationId = "publishMeeting", summary = "Publishes a new or changed meeting; a change raises its "
            + "revision", security = @SecurityRequirement(name = OpenApiConfig.API_KEY, scopes = "meetings:write"),
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/Meeting"))))
    @ApiResponse(responseCode = "200", description = "The meeting as published, with its revision", content =
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(ref = "#/components/schemas/"
                    + "Meeting")))
    @PutMapping(value = "/meetings/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> publish(@PathVariable String id, HttpServletRequest request) throws IOException {
        Meeting meeting = JsonCodec.MEETING.read(Bodies.read(request, Bodies.JSON_LIMIT));
        if (!meeting.id().equals(id)) {
            ApiProblemException e = new ApiProblemException(Problems.of(HttpStatus.BAD_REQUEST, "invalid-data",
                    "meeting.id: „" + meeting.id() + "“ ist nicht die Sitzung „" + id + "“ der Adresse. / meeting.id: '"
                            + meeting.id() + "' is not the meeting '" + id + "' of the path."));
            e.problem().setProperty("field", "meeting.id");
            throw e;
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(JsonCodec.MEETING.toJson(meetings.publish(meeting)));
    }

    @Operation(operationId = "cancelMeeting", summary = "Cancels a meeting: the feeds show it as cancelled",
            security = @SecurityRequirement(name = OpenApiConfig.API_KEY, scopes = "meetings:write"))
    @ApiResponse(responseCode = "204", description = "Cancelled")
    @DeleteMapping("/meetings/{id}")
    ResponseEntity<Void> cancel(@PathVariable String id) {
        if (!meetings.cancel(id)) {
            throw new ApiProblemException(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Keine veröffentlichte, "
                    + "nicht abgesagte Sitzung „" + id + "“. / No published, not cancelled meeting '" + id + "'."));
        }
        return ResponseEntity.noContent().build();
    }
}
