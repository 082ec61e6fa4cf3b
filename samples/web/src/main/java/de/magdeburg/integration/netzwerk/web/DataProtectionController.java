package de.magdeburg.integration.netzwerk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's data protection page: retention run, search by organisation, name or e-mail
 * (issue 23), Art. 15 export and Art. 17 erasure of what was found after the coordinator saw the
 * list, audit entries.
 */
@Controller
@RequestMapping("/koordination/datenschutz")
class DataProtectionController {
    private final DataProtection protection;
    private final RegisterStore register;
    private final ObjectMapper json;
    private final PersonSearch search;

    DataProtectionController(DataProtection protection, RegisterStore register, ObjectMapper json,
            PersonSearch search) {
        this.search = search;
        this.protection = protection;
        this.register = register;
        this.json = json;
    }

    /**
     * The page; with a search (organisation, name or e-mail) it lists what was found and what an
     * erasure would delete or keep, and offers the export and the confirmed erasure of exactly that.
     */
    @GetMapping
    String page(@RequestParam(name = "organisation", required = false) String organisation,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "email", required = false) String email, Model model) {
        model.addAttribute("organisations", register.load().partners().stream()
                .map(p -> p.organisation().name()).sorted().toList());
        model.addAttribute("audit", protection.audit());
        if (organisation != null || name != null || email != null) {
            try {
                model.addAttribute("findings", search.find(new PersonQuery(organisation, name, email)));
            } catch (IllegalArgumentException e) {
                model.addAttribute("searchError", e.getMessage());
            }
        }
        return "koordination/datenschutz";
    }

    @PostMapping("/aufbewahrung")
    String retention(Principal who, RedirectAttributes redirect) {
        DataProtection.RetentionReport r = protection.applyRetention(who.getName());
        redirect.addFlashAttribute("message", r.filesDeleted() + " eingesandte Dateien gelöscht, "
                + r.partnersAnonymised() + " ausgeschiedene Partner anonymisiert.");
        return "redirect:/koordination/datenschutz";
    }

    @GetMapping("/auskunft.json")
    ResponseEntity<byte[]> export(@RequestParam(name = "organisation", required = false) String organisation,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "email", required = false) String email, Principal who) throws Exception {
        PersonQuery query;
        try {
            query = new PersonQuery(organisation, name, email);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(e.getMessage().getBytes(StandardCharsets.UTF_8));
        }
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(protection.export(query,
                who.getName()));
        return ResponseEntity.ok().contentType(new MediaType("application", "json", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("Auskunft.json").build().toString())
                .body(body);
    }

    /** Erases what the coordinator saw in the list and confirmed (the fingerprint), nothing else. */
    @PostMapping("/loeschen")
    String erase(@RequestParam(name = "organisation", required = false) String organisation,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "email", required = false) String email,
            @RequestParam(name = "fingerprint", required = false) String fingerprint,
            @RequestParam(name = "geprueft", required = false) String checked, Principal who,
            RedirectAttributes redirect) {
        PersonQuery query;
        try {
            query = new PersonQuery(organisation, name, email);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("message", e.getMessage());
            return "redirect:/koordination/datenschutz";
        }
        if (fingerprint == null || !"ja".equals(checked)) {
            redirect.addFlashAttribute("message", "Bitte zuerst suchen, die Liste prüfen und die Prüfung bestätigen; "
                    + "nichts wurde gelöscht. / Please search, review the list and confirm first; nothing was erased.");
        } else {
            DataProtection.ErasureReport r = protection.erase(query, fingerprint, who.getName());
            redirect.addFlashAttribute("message", !r.confirmed()
                    ? "Die Fundliste hat sich seit der Prüfung geändert; nichts wurde gelöscht, bitte erneut prüfen. / "
                            + "The list of findings changed since it was reviewed; nothing was erased, please review again."
                    : "„" + query.subject() + "“: " + r.filesDeleted() + " eingesandte Dateien und "
                            + r.attendanceDeleted() + " Anwesenheitseinträge gelöscht; " + r.historyKept()
                            + " Einträge der Registerhistorie bleiben (Aufbewahrungspflicht nach GO-1.3).");
        }
        redirect.addAttribute("organisation", query.organisation());
        redirect.addAttribute("name", query.name());
        redirect.addAttribute("email", query.email());
        return "redirect:/koordination/datenschutz";
    }
}
