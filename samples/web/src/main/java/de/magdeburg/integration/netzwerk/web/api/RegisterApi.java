package de.magdeburg.integration.netzwerk.web.api;

import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.web.RegisterStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register the coordinator keeps (§1(3)): as JSON with its history, as the partner overview
 * PDF, and the mailing lists (§1(4)) — personal data, scope {@code register:read}; and the portal
 * listing, public, which holds only what the partners' portal consent allows.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "register")
class RegisterApi {
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ApiLibrary library;
    private final RegisterStore registerStore;

    RegisterApi(ApiLibrary library, RegisterStore registerStore) {
        this.library = library;
        this.registerStore = registerStore;
    }

    @Operation(operationId = "register", summary = "The register with its history (personal data)",
            security = @SecurityRequirement(name = OpenApiConfig.API_KEY, scopes = "register:read"))
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(ref = "#/components/schemas/Register")))
    @GetMapping(value = "/register", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> register() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(JsonCodec.REGISTER.toJson(registerStore.load()));
    }

    @Operation(operationId = "partnerOverview", summary = "The partner overview PDF (§1(3))",
            security = @SecurityRequirement(name = OpenApiConfig.API_KEY, scopes = "register:read"))
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
            schema = @Schema(type = "string", format = "binary")))
    @GetMapping(value = "/register/partner-overview", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> partnerOverview() {
        return Downloads.pdf(library.partnerOverview(registerStore.load()), "Netzwerkpartner-Uebersicht.pdf");
    }

    @Operation(operationId = "mailingList", summary = "The mailing list (Verteiler, §1(4)) as CSV",
            security = @SecurityRequirement(name = OpenApiConfig.API_KEY, scopes = "register:read"))
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @GetMapping(value = "/register/mailing-list", produces = "text/csv")
    ResponseEntity<byte[]> mailingList(@Parameter(description = "A working group id; the whole network if absent")
            @RequestParam(name = "group", required = false) String group) {
        if (group != null && library.profile().findWorkingGroup(group).isEmpty()) {
            throw Problems.unknownGroup(group, "group");
        }
        String csv = library.mailingListCsv(registerStore.load(), group);
        return Downloads.file(csv.getBytes(StandardCharsets.UTF_8), CSV,
                "Verteiler-" + (group == null ? "Netzwerk" : group) + ".csv");
    }

    @Operation(operationId = "portalListing", summary = "The organisations listed on the portal (public; no "
            + "personal data)", security = {})
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(ref = "#/components/schemas/PortalListing")))
    @GetMapping(value = "/portal-listing", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> portalListing() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(JsonCodec.PORTAL_LISTING.toJson(library.portalListing(registerStore.load())));
    }
}
