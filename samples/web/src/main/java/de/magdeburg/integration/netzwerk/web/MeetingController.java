package de.magdeburg.integration.netzwerk.web;

import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.Output;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.Representative;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator plans a meeting (AG, cross-group, speakers' round) with its agenda and sends the
 * invitation, PDF and calendar file, to the meeting's mailing list; a change sent again keeps the
 * calendar entry's UID with a higher SEQUENCE, a cancellation removes it (METHOD:CANCEL).
 */
@Controller
@RequestMapping("/koordination/planung")
public class MeetingController {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final WorkplaceLibrary library;
    private final MeetingStore meetings;
    private final RegisterStore registerStore;
    private final InvitationMailer mailer;

    MeetingController(WorkplaceLibrary library, MeetingStore meetings, RegisterStore registerStore,
            InvitationMailer mailer) {
        this.library = library;
        this.meetings = meetings;
        this.registerStore = registerStore;
        this.mailer = mailer;
    }

    @GetMapping
    String list(Model model) {
        Register register = registerStore.load();
        model.addAttribute("stored", meetings.all());
        model.addAttribute("groupNames", groupNames(register));
        return "koordination/planung";
    }

    @GetMapping("/neu")
    String blank(Model model) {
        return form(model, registerStore.load(), null, FormValues.empty().with("art", "WORKING_GROUP")
                .with("beginn", "14:00").with("ende", "16:00"));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable String id, Model model) {
        MeetingStore.Stored s = stored(id);
        return form(model, registerStore.load(), s, MeetingForm.of(s.meeting()));
    }

    @PostMapping
    String create(@RequestParam MultiValueMap<String, String> values, Principal who, Model model,
            RedirectAttributes redirect) {
        Register register = registerStore.load();
        FormValues form = new FormValues(values, new FormErrors());
        Optional<Meeting> draft = MeetingForm.read(form, "entwurf", 0, library.workingGroups(register));
        if (draft.isEmpty()) {
            return form(model, register, null, form);
        }
        Meeting m = MeetingForm.read(form, MeetingForm.newId(draft.get(), meetings::exists), 0,
                library.workingGroups(register)).orElseThrow();
        meetings.save(m, who.getName());
        redirect.addFlashAttribute("message", "Die Sitzung „" + m.title() + "“ wurde angelegt.");
        return "redirect:/koordination/planung/" + m.id();
    }

    @PostMapping("/{id}")
    String save(@PathVariable String id, @RequestParam MultiValueMap<String, String> values, Principal who,
            Model model, RedirectAttributes redirect) {
        MeetingStore.Stored s = stored(id);
        Register register = registerStore.load();
        FormValues form = new FormValues(values, new FormErrors());
        if (s.cancelled()) {
            form.errors().add("titel", "Die Sitzung ist abgesagt und kann nicht mehr geändert werden.");
            return form(model, register, s, form);
        }
        // a revision that has gone out stays as sent: the change is the next one (iCalendar SEQUENCE)
        int sequence = s.sent() ? s.meeting().sequence() + 1 : s.meeting().sequence();
        Optional<Meeting> m = MeetingForm.read(form, id, sequence, library.workingGroups(register));
        if (m.isEmpty()) {
            return form(model, register, s, form);
        }
        meetings.save(m.get(), who.getName());
        redirect.addFlashAttribute("message", "Die Änderungen wurden gespeichert." + (s.sent()
                ? " Bitte senden Sie die geänderte Einladung, damit die Kalender sie übernehmen." : ""));
        return "redirect:/koordination/planung/" + id;
    }

    @PostMapping("/{id}/senden")
    String send(@PathVariable String id, Principal who, RedirectAttributes redirect) {
        MeetingStore.Stored s = stored(id);
        Meeting m = s.meeting();
        Register register = registerStore.load();
        List<String> to = recipients(register, m);
        if (s.cancelled() || to.isEmpty()) {
            redirect.addFlashAttribute("mailError", s.cancelled() ? "Die Sitzung ist abgesagt."
                    : "Der Verteiler dieser Sitzung ist leer: niemand ist eingetragen (§ 1 Abs. 4).");
            return "redirect:/koordination/planung/" + id;
        }
        Output letter = library.invitation(m, register);
        String revised = m.sequence() > 0 ? "Geänderte Einladung: " : "Einladung: ";
        try {
            mailer.send(to, revised + m.title() + " am " + DAY.format(m.start()), "Guten Tag,\n\nanbei "
                    + (m.sequence() > 0 ? "die geänderte Einladung" : "die Einladung") + " zur Sitzung „" + m.title()
                    + "“ am " + DAY.format(m.start()) + " mit Tagesordnung (PDF) und Kalendereintrag (.ics).\n\n"
                    + "Ihre Netzwerkkoordination\n", letter.bytes(), "Einladung-" + m.id() + ".pdf",
                    library.invitationCalendar(m), "REQUEST");
        } catch (InvitationMailer.NotSentException e) {
            redirect.addFlashAttribute("mailError", e.getMessage());
            return "redirect:/koordination/planung/" + id;
        }
        meetings.sent(m, "REQUEST", to.size(), who.getName());
        redirect.addFlashAttribute("message", "Die Einladung (Fassung " + m.sequence() + ") wurde an " + to.size()
                + " Adressen gesendet.");
        redirect.addFlashAttribute("mailFindings", FormErrors.lines(letter.findings()));
        return "redirect:/koordination/planung/" + id;
    }

    @PostMapping("/{id}/absagen")
    String cancel(@PathVariable String id, Principal who, RedirectAttributes redirect) {
        MeetingStore.Stored s = stored(id);
        Meeting m = s.meeting();
        Register register = registerStore.load();
        List<String> to = recipients(register, m);
        if (s.cancelled() || s.sentSequence() == null || to.isEmpty()) {
            redirect.addFlashAttribute("mailError", s.cancelled() ? "Die Sitzung ist bereits abgesagt."
                    : "Es wurde noch keine Einladung gesendet; es gibt nichts abzusagen.");
            return "redirect:/koordination/planung/" + id;
        }
        try {
            mailer.send(to, "Absage: " + m.title() + " am " + DAY.format(m.start()), "Guten Tag,\n\ndie Sitzung „"
                    + m.title() + "“ am " + DAY.format(m.start()) + " findet nicht statt. Der Kalendereintrag im "
                    + "Anhang entfernt den Termin.\n\nIhre Netzwerkkoordination\n", null, null,
                    library.cancellationCalendar(m), "CANCEL");
        } catch (InvitationMailer.NotSentException e) {
            redirect.addFlashAttribute("mailError", e.getMessage());
            return "redirect:/koordination/planung/" + id;
        }
        meetings.sent(m.nextRevision(), "CANCEL", to.size(), who.getName());
        redirect.addFlashAttribute("message", "Die Absage wurde an " + to.size() + " Adressen gesendet.");
        return "redirect:/koordination/planung/" + id;
    }

    @GetMapping("/{id}/einladung.pdf")
    ResponseEntity<byte[]> invitation(@PathVariable String id) {
        Meeting m = stored(id).meeting();
        return download(library.invitation(m, registerStore.load()).bytes(), MediaType.APPLICATION_PDF,
                "Einladung-" + m.id() + ".pdf");
    }

    @GetMapping("/{id}/einladung.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String id) {
        MeetingStore.Stored s = stored(id);
        String ics = s.cancelled() ? library.cancellationCalendar(previous(s.meeting()))
                : library.invitationCalendar(s.meeting());
        return download(ics.getBytes(StandardCharsets.UTF_8), new MediaType("text", "calendar",
                StandardCharsets.UTF_8), "Einladung-" + s.meeting().id() + ".ics");
    }

    @GetMapping("/{id}/anwesenheitsliste.pdf")
    ResponseEntity<byte[]> attendanceSheet(@PathVariable String id) {
        Meeting m = stored(id).meeting();
        return download(library.attendanceSheet(m, registerStore.load()).bytes(), MediaType.APPLICATION_PDF,
                "Anwesenheitsliste-" + m.id() + ".pdf");
    }

    @PostMapping("/{id}/anwesenheit")
    String attendance(@PathVariable String id, @RequestParam(name = "datei", required = false)
            org.springframework.web.multipart.MultipartFile file, RedirectAttributes redirect)
            throws java.io.IOException {
        Meeting m = stored(id).meeting();
        if (file == null || file.isEmpty() || !Intake.looksLikePdf(file.getBytes())) {
            redirect.addFlashAttribute("attendanceMessage", "Bitte laden Sie die angekreuzte Anwesenheitsliste als PDF "
                    + "hoch.");
            return "redirect:/koordination/planung/" + id;
        }
        try {
            List<de.magdeburg.integration.netzwerk.core.AttendanceRecord> records = library.readAttendance(m,
                    file.getBytes());
            registerStore.recordAttendance(records);
            redirect.addFlashAttribute("attendanceMessage", "Anwesenheit gespeichert: " + records.stream()
                    .filter(de.magdeburg.integration.netzwerk.core.AttendanceRecord::present).count() + " von "
                    + records.size() + " Organisationen anwesend.");
        } catch (LibraryAdapter.UnreadableException e) {
            redirect.addFlashAttribute("attendanceMessage", e.getMessage());
        }
        return "redirect:/koordination/planung/" + id;
    }

    /** @return the revision a cancellation was made for (the stored one carries the cancellation's SEQUENCE) */
    private static Meeting previous(Meeting cancelled) {
        return new Meeting(cancelled.id(), cancelled.kind(), cancelled.groupId(), cancelled.title(), cancelled.start(),
                cancelled.end(), cancelled.place(), cancelled.agenda(), cancelled.guests(), cancelled.sequence() - 1);
    }

    private String form(Model model, Register register, MeetingStore.Stored s, FormValues form) {
        model.addAttribute("f", form);
        model.addAttribute("stored", s);
        model.addAttribute("kinds", MeetingForm.KINDS);
        model.addAttribute("kindNames", MeetingForm.KINDS.stream()
                .collect(Collectors.toMap(k -> k.name(), MeetingForm::kindName)));
        model.addAttribute("groups", library.workingGroups(register));
        model.addAttribute("rows", java.util.stream.IntStream.rangeClosed(1, MeetingForm.AGENDA_ROWS).boxed()
                .toList());
        model.addAttribute("mailConfigured", mailer.configured());
        if (s != null) {
            Meeting m = s.meeting();
            model.addAttribute("guests", register.guests(m.id()));
            List<Finding> admission = library.guestAdmission(m, register).findings();
            model.addAttribute("guestFindings", admission);
            model.addAttribute("recipients", recipients(register, m).size());
            model.addAttribute("mails", meetings.mails(m.id()));
        }
        return "koordination/sitzung";
    }

    /** @return the e-mail addresses of the partners expected at the meeting (its Verteiler, § 1 Abs. 4) */
    static List<String> recipients(Register register, Meeting meeting) {
        return register.expectedAt(meeting).stream().map(Partner::representatives).flatMap(List::stream)
                .map(Representative::email).filter(e -> !e.isEmpty()).distinct().toList();
    }

    private java.util.Map<String, String> groupNames(Register register) {
        return library.workingGroups(register).stream().collect(Collectors.toMap(g -> g.id(), g -> g.name(),
                (a, b) -> a));
    }

    private MeetingStore.Stored stored(String id) {
        return meetings.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
