package de.magdeburg.integration.netzwerk.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.forms.DeclarationReading;
import de.magdeburg.integration.netzwerk.web.Intake;
import de.magdeburg.integration.netzwerk.web.Received;
import de.magdeburg.integration.netzwerk.web.ReceivedStore;
import de.magdeburg.integration.netzwerk.web.RegisterChangedException;
import de.magdeburg.integration.netzwerk.web.UploadLimits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The declaration (§1(2), Anlage) over HTTP: the blank and the pre-filled form, reading and
 * validating a filled one, submitting it, and — coordinator scope — applying it to the register
 * (§1(3)). Uploads count against the same quota, queue and per-client limits as the upload page.
 */
@RestController
@RequestMapping("/api/v1/declarations")
@Tag(name = "declarations")
class DeclarationApi {
    private static final String PDF = MediaType.APPLICATION_PDF_VALUE;

    private final ApiLibrary library;
    private final Intake intake;
    private final ReceivedStore received;
    private final UploadLimits limits;
    private final ObjectMapper json;
    private final Clock clock;

    DeclarationApi(ApiLibrary library, Intake intake, ReceivedStore received, UploadLimits limits, ObjectMapper json,
            Clock clock) {
        this.library = library;
        this.intake = intake;
        this.received = received;
        this.limits = limits;
        this.json = json;
        this.clock = clock;
    }

    @Operation(operationId = "blankDeclaration", summary = "The blank declaration form",
            security = @SecurityRequirement(name = OpenApiConfig.API_KEY, scopes = "forms"))
    @ApiResponse(responseCode = "200", content = @Content(mediaType = PDF, schema = @Schema(type = "string",
            format = "binary")))
    @GetMapping(value = "/blank", produces = PDF)
    ResponseEntity<byte[]> blank() {
        return Downloads.pdf(library.blankDeclaration(), "Erklaerung-Netzwerk-Magdeburg.pdf");
    }

    @Operation(operationId = "prefilledDeclaration", summary = "The declaration form filled with a declaration",
            security = @SecurityRequirement(name = OpenApiConfig.API_KEY, scopes = "forms"),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(ref = "#/components/schemas/"
                            + "Declaration"))))
    @ApiResponse(responseCode = "200", content = @Content(mediaType = PDF, schema = @Schema(type = "string",
            format = "binary")))
    @PostMapping(value = "/prefilled", consumes = MediaType.APPLICATION_JSON_VALUE, produces = PDF)
    ResponseEntity<byte[]> prefilled(HttpServletRequest request) throws IOException {
        var declaration = JsonCodec.DECLARATION.read(Bodies.read(request, Bodies.JSON_LIMIT));
        return Downloads.pdf(library.prefilledDeclaration(declaration), "Erklaerung-Netzwerk-Magdeburg.pdf");
    }

    @Operation(operationId = "validateDeclaration", summary = "Reads and validates a filled form; stores nothing",
            security = @SecurityRequirement(name = OpenApiConfig.API_KEY, scopes = "declarations:submit"),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = PDF, schema = @Schema(type = "string", format = "binary"))))
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(ref = "#/components/schemas/Reading")))
    @ApiResponse(responseCode = "429", description = "Quota, queue or the client's share used up",
            headers = @Header(name = "Retry-After", schema = @Schema(type = "integer")), content = @Content(
                    mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = "#/components/"
                            + "schemas/Problem")))
    @PostMapping(value = "/validation", consumes = PDF, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> validate(HttpServletRequest request) throws IOException {
        String client = request.getRemoteAddr();
        limits.start(client, request.getContentLengthLong());
        try {
            return ResponseEntity.ok(reading(library.read(Bodies.read(request, Intake.MAX_BYTES))));
        } finally {
            limits.end(client);
        }
    }

    @Operation(operationId = "submitDeclaration", summary = "Submits a filled form; answers with the receipt and "
            + "what reading it found", security = @SecurityRequirement(name = OpenApiConfig.API_KEY,
                    scopes = "declarations:submit"),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = PDF, schema = @Schema(type = "string", format = "binary"))))
    @ApiResponse(responseCode = "202", description = "Stored; status READ or UNREADABLE once read, STORED while "
            + "being read", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE))
    @ApiResponse(responseCode = "429", description = "Quota, queue or the client's share used up",
            headers = @Header(name = "Retry-After", schema = @Schema(type = "integer")), content = @Content(
                    mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = "#/components/"
                            + "schemas/Problem")))
    @PostMapping(consumes = PDF, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> submit(HttpServletRequest request) throws IOException {
        String client = request.getRemoteAddr();
        limits.start(client, request.getContentLengthLong());
        Received r;
        try {
            byte[] pdf = Bodies.read(request, Intake.MAX_BYTES);
            r = intake.receive(new ByteArrayResource(pdf), pdf.length, "API");
        } finally {
            limits.end(client);
        }
        r = intake.awaitReading(r);
        return ResponseEntity.accepted().location(URI.create("/api/v1/declarations/" + r.receipt())).body(status(r));
    }

    @Operation(operationId = "receivedDeclaration", summary = "A received declaration: status and reading",
            security = @SecurityRequirement(name = OpenApiConfig.API_KEY, scopes = "register:apply"))
    @GetMapping(value = "/{receipt}", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode get(@PathVariable String receipt) {
        return status(find(receipt));
    }

    @Operation(operationId = "applyDeclaration", summary = "Applies a read declaration to the register (§1(3))",
            security = @SecurityRequirement(name = OpenApiConfig.API_KEY, scopes = "register:apply"))
    @ApiResponse(responseCode = "200", description = "Applied; warnings only", content = @Content(mediaType =
            MediaType.APPLICATION_JSON_VALUE, schema = @Schema(ref = "#/components/schemas/Findings")))
    @PostMapping(value = "/{receipt}/application", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<Finding>> apply(@PathVariable String receipt, @Parameter(description = "The day the change "
            + "takes effect, ISO 8601; today if absent") @RequestParam(name = "effective", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effective) {
        Received r = find(receipt);
        if (r.status() != Received.Status.READ) {
            throw new ApiProblemException(Problems.of(HttpStatus.CONFLICT, "not-applicable", "Die Erklärung "
                    + r.receipt() + " hat den Stand " + r.status() + " und kann nicht übernommen werden. / Declaration "
                    + r.receipt() + " is " + r.status() + " and cannot be applied."));
        }
        List<Finding> findings;
        try {
            findings = intake.apply(r, effective == null ? LocalDate.now(clock) : effective);
        } catch (IllegalStateException | RegisterChangedException e) {
            throw new ApiProblemException(Problems.of(HttpStatus.CONFLICT, "register-changed", "Die Übersicht wurde "
                    + "gerade geändert; bitte erneut versuchen. / The register has just changed; please try again."));
        }
        if (findings.stream().anyMatch(Finding::isError)) {
            throw new ApiProblemException(Problems.withFindings(Problems.of(HttpStatus.UNPROCESSABLE_ENTITY,
                    "findings", "Die Erklärung wurde nicht übernommen. / The declaration was not applied."), findings));
        }
        return ResponseEntity.ok(findings);
    }

    private Received find(String receipt) {
        return received.findByReceipt(receipt).orElseThrow(() -> new ApiProblemException(Problems.of(
                HttpStatus.NOT_FOUND, "not-found", "Keine Erklärung mit der Eingangsnummer „" + receipt + "“. / No "
                        + "declaration with receipt '" + receipt + "'.")));
    }

    private ObjectNode reading(DeclarationReading reading) throws IOException {
        ObjectNode node = (ObjectNode) json.readTree(JsonCodec.readingToJson(reading.declaration(),
                reading.findings()));
        ObjectNode signatures = (ObjectNode) json.readTree(JsonCodec.verificationToJson(
                reading.declaration().signature(), reading.signatures(), reading.findings()));
        node.set("signature", signatures.get("signature"));
        node.set("signatures", signatures.get("signatures"));
        return node;
    }

    private ObjectNode status(Received r) {
        ObjectNode node = json.createObjectNode();
        node.put("receipt", r.receipt());
        node.put("status", r.status().name());
        if (r.reason() != null) {
            node.put("reason", r.reason());
            node.put("message", r.message());
        }
        if (r.readingJson() != null) {
            try {
                node.setAll((ObjectNode) json.readTree(r.readingJson()));
            } catch (IOException e) {
                throw new IllegalStateException("stored reading of " + r.receipt() + " cannot be read", e);
            }
        }
        return node;
    }
}
