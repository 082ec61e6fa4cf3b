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

/** The coordinator's data protection page: retention run, Art. 15 export, Art. 17 erasure, audit entries. */
@Controller
@RequestMapping("/koordination/datenschutz")
class DataProtectionController {
    private final DataProtection protection;
    private final RegisterStore register;
    private final ObjectMapper json;

    DataProtectionController(DataProtection protection, RegisterStore register, ObjectMapper json) {
        this.protection = protection;
        this.register = register;
        this.json = json;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("organisations", register.load().partners().stream()
                .map(p -> p.organisation().name()).sorted().toList());
        model.addAttribute("audit", protection.audit());
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
    ResponseEntity<byte[]> export(@RequestParam("organisation") String organisation, Principal who)
            throws Exception {
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(protection.export(organisation,
                who.getName()));
        return ResponseEntity.ok().contentType(new MediaType("application", "json", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("Auskunft.json").build().toString())
                .body(body);
    }

    @PostMapping("/loeschen")
    String erase(@RequestParam("organisation") String organisation, Principal who, RedirectAttributes redirect) {
        DataProtection.ErasureReport r = protection.erase(organisation, who.getName());
        redirect.addFlashAttribute("message", "„" + organisation + "“: " + r.filesDeleted()
                + " eingesandte Dateien und " + r.attendanceDeleted() + " Anwesenheitseinträge gelöscht; "
                + r.historyKept() + " Einträge der Registerhistorie bleiben (Aufbewahrungspflicht nach GO-1.3).");
        return "redirect:/koordination/datenschutz";
    }
}
