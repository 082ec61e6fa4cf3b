package de.magdeburg.integration.netzwerk.web;

import de.magdeburg.integration.netzwerk.core.AttendanceRecord;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.HistoryEntry;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.WorkPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's pages (login required): received declarations, register, meetings. */
@Controller
@RequestMapping("/koordination")
public class CoordinatorController {
    private final LibraryAdapter library;
    private final Intake intake;
    private final ReceivedStore received;
    private final RegisterStore registerStore;
    private final Meetings meetings;
    private final Clock clock;

    CoordinatorController(LibraryAdapter library, Intake intake, ReceivedStore received, RegisterStore registerStore,
            Meetings meetings, Clock clock) {
        this.library = library;
        this.intake = intake;
        this.received = received;
        this.registerStore = registerStore;
        this.meetings = meetings;
        this.clock = clock;
    }

    @GetMapping
    String inbox(Model model) {
        model.addAttribute("items", received.all());
        return "koordination/eingaenge";
    }

    @GetMapping("/eingang/{id}")
    String item(@PathVariable long id, Model model) {
        Received r = received.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("received", r);
        if (r.readingJson() != null) {
            var reading = intake.reading(r);
            model.addAttribute("reading", reading);
            var chosen = new java.util.ArrayList<String>();
            library.profile().workingGroups().stream()
                    .filter(g -> reading.declaration().workingGroups().contains(g.id()))
                    .forEach(g -> chosen.add("AG " + g.name()));
            if (reading.declaration().crossGroupMeetings()) {
                chosen.add("arbeitsgruppenübergreifende Treffen");
            }
            model.addAttribute("chosenGroups", chosen.isEmpty() ? "keine" : String.join("; ", chosen));
        }
        ApplyOutcome outcome = ApplyOutcome.of(model.getAttribute(APPLY_OUTCOME));
        if (outcome != null) {
            model.addAttribute("applyMessage", outcome.message);
            model.addAttribute("applyFindings", outcome.withFindings ? intake.applyFindings(id) : List.of());
        }
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("groups", library.profile().workingGroups());
        return "koordination/eingang";
    }

    @GetMapping("/eingang/{id}/datei")
    ResponseEntity<byte[]> original(@PathVariable long id) {
        Received r = received.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean pdf = Intake.looksLikePdf(received.content(id));
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(r.receipt() + (pdf ? ".pdf" : ".bin")).build().toString())
                .body(received.content(id));
    }

    @PostMapping("/eingang/{id}/uebernehmen")
    String apply(@PathVariable long id, @RequestParam("wirksam") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate on, RedirectAttributes redirect) {
        Received r = received.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // only a key goes through the session (stored in the database, serialised): the findings
        // are kept with the file and read back by id on the page after the redirect
        ApplyOutcome outcome;
        if (r.status() != Received.Status.READ) {
            outcome = ApplyOutcome.NOT_READ;
        } else {
            try {
                outcome = intake.apply(r, on).stream().anyMatch(Finding::isError) ? ApplyOutcome.REFUSED
                        : ApplyOutcome.APPLIED;
            } catch (IllegalStateException e) {
                // a second submit that lost the race to the first one
                outcome = ApplyOutcome.NOT_READ;
            } catch (RegisterChangedException e) {
                outcome = ApplyOutcome.REGISTER_CHANGED;
            }
        }
        redirect.addFlashAttribute(APPLY_OUTCOME, outcome.name());
        return "redirect:/koordination/eingang/" + id;
    }

    private static final String APPLY_OUTCOME = "applyOutcome";

    /** What applying a declaration gave; its name is all the session carries to the next page. */
    enum ApplyOutcome {
        APPLIED("Die Erklärung wurde in die Übersicht übernommen.", true),
        REFUSED("Die Erklärung wurde nicht übernommen.", true),
        NOT_READ("Diese Erklärung kann nicht (mehr) übernommen werden.", false),
        REGISTER_CHANGED(new RegisterChangedException().getMessage(), false);

        final String message;
        /** whether the page lists the findings stored with the file */
        final boolean withFindings;

        ApplyOutcome(String message, boolean withFindings) {
            this.message = message;
            this.withFindings = withFindings;
        }

        /** @return the outcome a flash attribute names, or null for none or an unknown name */
        static ApplyOutcome of(Object name) {
            for (ApplyOutcome o : values()) {
                if (o.name().equals(name)) {
                    return o;
                }
            }
            return null;
        }
    }

    @GetMapping("/register")
    String register(Model model) {
        Register register = registerStore.load();
        model.addAttribute("partners", register.activePartners());
        List<HistoryEntry> history = new ArrayList<>(register.history());
        Collections.reverse(history);
        model.addAttribute("history", history);
        model.addAttribute("groups", library.profile().workingGroups());
        return "koordination/register";
    }

    @GetMapping(value = "/verteiler.csv")
    ResponseEntity<byte[]> mailingList(@RequestParam(name = "ag", required = false) String groupId) {
        String group = groupId == null || groupId.isBlank() ? null : groupId;
        if (group != null && library.profile().findWorkingGroup(group).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String csv = library.mailingListCsv(registerStore.load(), group);
        return download(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                "Verteiler-" + (group == null ? "Netzwerk" : group) + ".csv");
    }

    @GetMapping("/inaktiv")
    String inactive(@RequestParam(name = "stichtag", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        model.addAttribute("stichtag", day);
        model.addAttribute("candidates", library.inactivePartners(registerStore.load(), registerStore.attendance(),
                day));
        return "koordination/inaktiv";
    }

    @PostMapping("/inaktiv/entfernen")
    String removeInactive(@RequestParam("organisation") String organisation,
            @RequestParam("stichtag") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            RedirectAttributes redirect) {
        boolean candidate = library.inactivePartners(registerStore.load(), registerStore.attendance(), asOf).stream()
                .anyMatch(p -> p.organisation().name().equals(organisation));
        if (!candidate) {
            redirect.addFlashAttribute("removeMessage", "„" + organisation + "“ ist zum Stichtag keine Kandidatin.");
        } else {
            try {
                List<Finding> findings = intake.removeInactive(organisation, asOf);
                redirect.addFlashAttribute("removeMessage", findings.stream().anyMatch(Finding::isError)
                        ? findings.get(0).message()
                        : "„" + organisation + "“ wurde aus der Übersicht und dem Verteiler gestrichen (GO-1.4).");
            } catch (RegisterChangedException e) {
                redirect.addFlashAttribute("removeMessage", e.getMessage());
            }
        }
        return "redirect:/koordination/inaktiv?stichtag=" + asOf;
    }

    @GetMapping("/sitzungen")
    String meetings(Model model) {
        model.addAttribute("meetings", meetings.all());
        List<WorkPlan> plans = meetings.workPlans();
        model.addAttribute("plans", plans);
        model.addAttribute("planFindings", plans.stream().map(library::checkWorkPlan).toList());
        model.addAttribute("groupNames", library.profile().workingGroups().stream()
                .collect(java.util.stream.Collectors.toMap(g -> g.id(), g -> g.name())));
        return "koordination/sitzungen";
    }

    @GetMapping("/sitzungen/{id}/anwesenheitsliste.pdf")
    ResponseEntity<byte[]> attendanceSheet(@PathVariable String id) {
        Meeting m = meeting(id);
        return download(library.attendanceSheet(m, registerStore.load()), MediaType.APPLICATION_PDF,
                "Anwesenheitsliste-" + m.id() + ".pdf");
    }

    @GetMapping("/sitzungen/{id}/einladung.pdf")
    ResponseEntity<byte[]> invitation(@PathVariable String id) {
        Meeting m = meeting(id);
        return download(library.invitation(m, registerStore.load()), MediaType.APPLICATION_PDF,
                "Einladung-" + m.id() + ".pdf");
    }

    @GetMapping("/sitzungen/{id}/einladung.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String id) {
        Meeting m = meeting(id);
        return download(library.invitationCalendar(m).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "calendar", StandardCharsets.UTF_8), "Einladung-" + m.id() + ".ics");
    }

    @GetMapping("/sitzungen/{id}/protokoll.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable String id) {
        Meeting m = meeting(id);
        return download(library.minutes(meetings.minutes(m), registerStore.load()), MediaType.APPLICATION_PDF,
                "Protokoll-" + m.id() + ".pdf");
    }

    @GetMapping("/arbeitsplaene/{index}.pdf")
    ResponseEntity<byte[]> workPlan(@PathVariable int index) {
        List<WorkPlan> plans = meetings.workPlans();
        if (index < 0 || index >= plans.size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        WorkPlan plan = plans.get(index);
        return download(library.workPlan(plan), MediaType.APPLICATION_PDF, "Jahresarbeitsplan-" + plan.year() + "-"
                + (plan.isNetworkWide() ? "Netzwerk" : plan.groupId()) + ".pdf");
    }

    @PostMapping("/sitzungen/{id}/anwesenheit")
    String attendance(@PathVariable String id, @RequestParam(name = "datei", required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        Meeting m = meeting(id);
        if (file == null || file.isEmpty() || !Intake.looksLikePdf(file.getBytes())) {
            redirect.addFlashAttribute("attendanceMessage", "Bitte laden Sie die angekreuzte Anwesenheitsliste als PDF "
                    + "hoch.");
            return "redirect:/koordination/sitzungen";
        }
        try {
            List<AttendanceRecord> records = library.readAttendance(m, file.getBytes());
            registerStore.recordAttendance(records);
            redirect.addFlashAttribute("attendanceMessage", "Anwesenheit für „" + m.title() + "“ gespeichert: "
                    + records.stream().filter(AttendanceRecord::present).count() + " von " + records.size()
                    + " Organisationen anwesend.");
        } catch (LibraryAdapter.UnreadableException e) {
            redirect.addFlashAttribute("attendanceMessage", e.getMessage());
        }
        return "redirect:/koordination/sitzungen";
    }

    private Meeting meeting(String id) {
        return meetings.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename,
                        StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
