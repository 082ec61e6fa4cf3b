package de.magdeburg.integration.netzwerk.web;

import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.GuestNotice;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.NetworkChange;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.RegisterUpdate;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Guests of a meeting (§ 1 Abs. 5): the coordinator registers a guest and records each speaker's
 * approval; whether the guest may attend is the library's GO-1.5 decision, shown per meeting.
 */
@Controller
@RequestMapping("/koordination/gaeste")
public class GuestController {
    private static final Map<String, String> REGISTER_FIELDS = Map.of("guest.meetingId", "sitzung", "guest.name",
            "name", "guest.organisation", "organisation", "guest.contribution", "beitrag", "change.note", "notiz");
    private static final Map<String, String> APPROVE_FIELDS = Map.of("change.meetingId", "gast",
            "change.guestName", "gast", "change.by", "sprecher", "change.note", "notiz");

    private final WorkplaceLibrary library;
    private final RegisterStore registerStore;
    private final MeetingStore stored;
    private final Meetings sampleMeetings;
    private final Clock clock;

    GuestController(WorkplaceLibrary library, RegisterStore registerStore, MeetingStore stored,
            Meetings sampleMeetings, Clock clock) {
        this.library = library;
        this.registerStore = registerStore;
        this.stored = stored;
        this.sampleMeetings = sampleMeetings;
        this.clock = clock;
    }

    @GetMapping
    String page(@RequestParam(name = "sitzung", required = false) String meetingId, Model model) {
        FormValues register = FormValues.empty().with("angemeldetAm", LocalDate.now(clock).toString());
        if (meetingId != null) {
            register.with("sitzung", meetingId);
        }
        return show(model, registerStore.load(), register, FormValues.empty().with("datum",
                LocalDate.now(clock).toString()));
    }

    @PostMapping("/anmelden")
    String registerGuest(@RequestParam MultiValueMap<String, String> values, Principal who, Model model,
            RedirectAttributes redirect) {
        Register register = registerStore.load();
        FormValues form = new FormValues(values, new FormErrors());
        if (meetings().stream().noneMatch(m -> m.id().equals(form.get("sitzung")))) {
            form.errors().add("sitzung", "Bitte wählen Sie die Sitzung, zu der der Gast kommen möchte.");
        }
        LocalDate on = form.date("angemeldetAm", "Angemeldet am", true);
        NetworkChange change = form.errors().isEmpty() ? NetworkController.build(form, REGISTER_FIELDS, "name",
                () -> new NetworkChange.RegisterGuest(new GuestNotice(form.get("sitzung"), form.get("name"),
                        form.get("organisation"), form.get("beitrag")), on, who.getName(), form.get("notiz")))
                : null;
        return record(register, change, form, true, who, model, redirect);
    }

    @PostMapping("/zustimmung")
    String approve(@RequestParam MultiValueMap<String, String> values, Principal who, Model model,
            RedirectAttributes redirect) {
        Register register = registerStore.load();
        FormValues form = new FormValues(values, new FormErrors());
        LocalDate on = form.date("datum", "Zugestimmt am", true);
        // the option's value is "meeting id|guest name": one choice names the registration
        String[] guest = form.get("gast").split("\\|", 2);
        NetworkChange change = form.errors().isEmpty() ? NetworkController.build(form, APPROVE_FIELDS, "gast",
                () -> new NetworkChange.ApproveGuest(guest[0], guest.length > 1 ? guest[1] : "",
                        form.get("sprecher"), on, form.get("notiz"))) : null;
        return record(register, change, form, false, who, model, redirect);
    }

    private String record(Register register, NetworkChange change, FormValues form, boolean registering,
            Principal who, Model model, RedirectAttributes redirect) {
        FormValues other = FormValues.empty();
        if (change != null) {
            RegisterUpdate u = library.record(register, change);
            if (u.rejected()) {
                u.findings().stream().filter(Finding::isError)
                        .forEach(f -> form.errors().add(registering ? "name" : "sprecher", f));
            } else {
                try {
                    registerStore.append(register, u.register(), who.getName());
                    redirect.addFlashAttribute("recorded", "Gespeichert: " + NetworkController.describe(
                            u.register().history().get(u.register().history().size() - 1)) + ".");
                    // a WARNING, e.g. an approver who is no speaker that day, stands at the speaker's field
                    redirect.addFlashAttribute("recordedFindings", FormErrors.lines(u.findings()));
                    return "redirect:/koordination/gaeste";
                } catch (RegisterChangedException e) {
                    form.errors().add(registering ? "name" : "sprecher", e.getMessage());
                }
            }
        }
        return registering ? show(model, register, form, other) : show(model, register, other, form);
    }

    private String show(Model model, Register register, FormValues registerForm, FormValues approveForm) {
        List<Meeting> meetings = meetings();
        Map<Meeting, de.magdeburg.integration.netzwerk.core.GuestAdmission> admission = new LinkedHashMap<>();
        List<String[]> guests = new ArrayList<>();
        for (Meeting m : meetings) {
            if (!register.guests(m.id()).isEmpty()) {
                admission.put(m, library.guestAdmission(m, register));
                register.guests(m.id()).forEach(g -> guests.add(new String[] {m.id() + "|" + g.name(),
                        g.name() + " – " + m.title() + " am " + NetworkController.day(m.start().toLocalDate())}));
            }
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("meetings", meetings);
        model.addAttribute("admission", admission);
        model.addAttribute("register", register);
        model.addAttribute("guestOptions", guests);
        model.addAttribute("speakers", register.speakerTerms().stream().filter(t -> !t.to().isBefore(today))
                .toList());
        model.addAttribute("groupNames", library.workingGroups(register).stream()
                .collect(java.util.stream.Collectors.toMap(g -> g.id(), g -> g.name(), (a, b) -> a)));
        model.addAttribute("anmelden", registerForm);
        model.addAttribute("zustimmung", approveForm);
        return "koordination/gaeste";
    }

    /** @return the meetings guests can come to: the coordinator's own (not cancelled), then the sample year's */
    private List<Meeting> meetings() {
        List<Meeting> out = new ArrayList<>(stored.all().stream().filter(s -> !s.cancelled())
                .map(MeetingStore.Stored::meeting).toList());
        out.addAll(sampleMeetings.all());
        return out;
    }
}
