package de.magdeburg.integration.netzwerk.web.api;

import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.core.WorkPlan;
import de.magdeburg.integration.netzwerk.web.RegisterStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The printable documents from a JSON body in the library's formats: attendance sheet (§1(4)),
 * invitation, minutes and work plan (§5(1)); partners and speakers come from the register.
 * Scope {@code documents}.
 */
@RestController
@RequestMapping(value = "/api/v1/documents", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_PDF_VALUE)
@Tag(name = "documents")
class DocumentApi {
    private final ApiLibrary library;
    private final RegisterStore registerStore;

    DocumentApi(ApiLibrary library, RegisterStore registerStore) {
        this.library = library;
        this.registerStore = registerStore;
    }

    @Operation(operationId = "attendanceSheet", summary = "The attendance sheet of a meeting (§1(4))",
            security = @SecurityRequirement(name = OpenApiConfig.API_KEY, scopes = "documents"),
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/Meeting"))))
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
            schema = @Schema(type = "string", format = "binary")))
    @PostMapping("/attendance-sheet")
    ResponseEntity<byte[]> attendanceSheet(HttpServletRequest request) throws IOException {
        Meeting meeting = JsonCodec.MEETING.read(Bodies.read(request, Bodies.JSON_LIMIT));
        return Downloads.pdf(library.attendanceSheet(meeting, registerStore.load()), "Anwesenheitsliste-"
                + meeting.id() + ".pdf");
    }

    @Operation(operationId = "invitation", summary = "The invitation to a meeting, addressed to its mailing list",
            security = @SecurityRequirement(name = OpenApiConfig.API_KEY, scopes = "documents"),
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/Meeting"))))
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
            schema = @Schema(type = "string", format = "binary")))
    @PostMapping("/invitation")
    ResponseEntity<byte[]> invitation(HttpServletRequest request) throws IOException {
        Meeting meeting = JsonCodec.MEETING.read(Bodies.read(request, Bodies.JSON_LIMIT));
        return Downloads.pdf(library.invitation(meeting, registerStore.load()), "Einladung-" + meeting.id() + ".pdf");
    }

    @Operation(operationId = "minutes", summary = "The minutes of a meeting (§5(1))",
            security = @SecurityRequirement(name = OpenApiConfig.API_KEY, scopes = "documents"),
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/Minutes"))))
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
            schema = @Schema(type = "string", format = "binary")))
    @PostMapping("/minutes")
    ResponseEntity<byte[]> minutes(HttpServletRequest request) throws IOException {
        var minutes = JsonCodec.MINUTES.read(Bodies.read(request, Bodies.JSON_LIMIT));
        return Downloads.pdf(library.minutes(minutes, registerStore.load()), "Protokoll-" + minutes.meeting().id()
                + ".pdf");
    }

    @Operation(operationId = "workPlan", summary = "A work plan with its compliance box (§5(1), §5(2))",
            security = @SecurityRequirement(name = OpenApiConfig.API_KEY, scopes = "documents"),
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/WorkPlan"))))
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
            schema = @Schema(type = "string", format = "binary")))
    @PostMapping("/work-plan")
    ResponseEntity<byte[]> workPlan(HttpServletRequest request) throws IOException {
        WorkPlan plan = JsonCodec.WORK_PLAN.read(Bodies.read(request, Bodies.JSON_LIMIT));
        return Downloads.pdf(library.workPlan(plan), "Jahresarbeitsplan-" + plan.year() + ".pdf");
    }
}
