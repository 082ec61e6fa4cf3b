package de.magdeburg.integration.netzwerk.web.api;

import de.magdeburg.integration.netzwerk.web.RegisterStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The OParl 1.1 export ({@link OparlExport}), public: entry point {@code /api/v1/oparl} (the
 * {@code System}), every object also under its own id.
 */
@RestController
@RequestMapping(value = "/api/v1/oparl", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "oparl")
class OparlApi {
    private final ApiLibrary library;
    private final RegisterStore registerStore;
    private final PublishedMeetings meetings;

    OparlApi(ApiLibrary library, RegisterStore registerStore, PublishedMeetings meetings) {
        this.library = library;
        this.registerStore = registerStore;
        this.meetings = meetings;
    }

    private OparlExport export() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/oparl").toUriString();
        return new OparlExport(base, library.profile(), registerStore.load(), meetings.entries(null));
    }

    @Operation(operationId = "oparlSystem", summary = "OParl 1.1 System (entry point)", security = {})
    @GetMapping
    Map<String, Object> system() {
        return export().system();
    }

    @Operation(operationId = "oparlBodies", summary = "OParl 1.1 list of bodies: the network", security = {})
    @GetMapping("/bodies")
    Map<String, Object> bodies() {
        return OparlExport.page(List.of(export().body()));
    }

    @Operation(operationId = "oparlBody", summary = "OParl 1.1 Body: the network", security = {})
    @GetMapping("/body")
    Map<String, Object> body() {
        return export().body();
    }

    @Operation(operationId = "oparlOrganizations", summary = "OParl 1.1 organizations: the AGs and the listed "
            + "partners", security = {})
    @GetMapping("/body/organizations")
    Map<String, Object> organizations() {
        return OparlExport.page(export().organizations());
    }

    @Operation(operationId = "oparlPeople", summary = "OParl 1.1 persons: the listed partners' representation, "
            + "without personal data", security = {})
    @GetMapping("/body/people")
    Map<String, Object> people() {
        return OparlExport.page(export().people());
    }

    @Operation(operationId = "oparlMeetings", summary = "OParl 1.1 meetings with their agenda items", security = {})
    @GetMapping("/body/meetings")
    Map<String, Object> meetings() {
        return OparlExport.page(export().meetings());
    }

    @Operation(operationId = "oparlPapers", summary = "OParl 1.1 papers: none (the network makes no council "
            + "papers)", security = {})
    @GetMapping("/body/papers")
    Map<String, Object> papers() {
        return OparlExport.page(List.of());
    }

    @Operation(operationId = "oparlObject", summary = "One OParl 1.1 object by its id", security = {})
    @GetMapping("/{kind}/{id}")
    Map<String, Object> object(@PathVariable String kind, @PathVariable String id) {
        OparlExport export = export();
        String wanted = ServletUriComponentsBuilder.fromCurrentRequestUri().toUriString();
        return Stream.of(export.organizations(), export.people(), export.meetings()).flatMap(List::stream)
                .flatMap(o -> Stream.concat(Stream.of(o), embedded(o))).filter(o -> wanted.equals(o.get("id")))
                .findFirst().orElseThrow(() -> new ApiProblemException(Problems.of(HttpStatus.NOT_FOUND, "not-found",
                        "Kein OParl-Objekt " + kind + "/" + id + ". / No OParl object " + kind + "/" + id + ".")));
    }

    @SuppressWarnings("unchecked")
    private static Stream<Map<String, Object>> embedded(Map<String, Object> o) {
        return Stream.of("membership", "agendaItem").map(o::get).filter(List.class::isInstance)
                .flatMap(l -> ((List<Object>) l).stream()).filter(Map.class::isInstance)
                .map(m -> (Map<String, Object>) m);
    }
}
