package de.magdeburg.integration.netzwerk.web;

import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.HistoryEntry;
import de.magdeburg.integration.netzwerk.core.InvalidDataException;
import de.magdeburg.integration.netzwerk.core.NetworkChange;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.RegisterUpdate;
import de.magdeburg.integration.netzwerk.core.Rules;
import de.magdeburg.integration.netzwerk.core.SpeakerTerm;
import de.magdeburg.integration.netzwerk.core.WorkingGroupFounding;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's page for the working groups: elect and replace speakers (§ 4 Abs. 3), end a
 * term early, found a further AG (§ 4 Abs. 2), with the history of who changed what and when.
 * Every value goes through the library's records and {@code Register.record}; this class only puts
 * the library's messages at the fields they concern.
 */
@Controller
@RequestMapping("/koordination/arbeitsgruppen")
public class NetworkController {
    static final String PAGE = "koordination/arbeitsgruppen";
    private static final Map<String, String> SPEAKER_FIELDS = Map.of("speakerTerm.groupId", "gruppe",
            "speakerTerm.name", "name", "speakerTerm.organisation", "organisation", "speakerTerm.to", "bis",
            "change.succeeds", "nachfolge", "change.by", "gewaehltDurch", "change.note", "notiz");
    private static final Map<String, String> END_FIELDS = Map.of("change.groupId", "amtszeit",
            "change.name", "amtszeit", "change.note", "notiz");
    private static final Map<String, String> FOUNDING_FIELDS = Map.of("group.name", "name",
            "workingGroup.name", "name", "workingGroup.id", "kennung", "group.founders", "gruender",
            "change.by", "gegruendetDurch", "change.note", "notiz");

    private final WorkplaceLibrary library;
    private final RegisterStore registerStore;
    private final Clock clock;

    NetworkController(WorkplaceLibrary library, RegisterStore registerStore, Clock clock) {
        this.library = library;
        this.registerStore = registerStore;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        return show(model, registerStore.load(), null, null);
    }

    @PostMapping("/sprecher")
    String elect(@RequestParam MultiValueMap<String, String> values, Principal who, Model model,
            RedirectAttributes redirect) {
        Register register = registerStore.load();
        FormValues form = new FormValues(values, new FormErrors());
        LocalDate from = form.date("von", "Beginn der Amtszeit", true);
        LocalDate to = form.date("bis", "Ende der Amtszeit", false);
        NetworkChange change = form.errors().isEmpty() ? build(form, SPEAKER_FIELDS, "name", () -> {
            SpeakerTerm term = to == null
                    ? SpeakerTerm.fullTerm(library.profile(), form.get("gruppe"), form.get("name"),
                            form.get("organisation"), from)
                    : new SpeakerTerm(form.get("gruppe"), form.get("name"), form.get("organisation"), from, to);
            return new NetworkChange.ElectSpeaker(term, form.get("nachfolge"), from, form.get("gewaehltDurch"),
                    form.get("notiz"));
        }) : null;
        return record(register, change, form, "sprecher", "amtszeit", who, model, redirect);
    }

    @PostMapping("/amtsende")
    String endTerm(@RequestParam MultiValueMap<String, String> values, Principal who, Model model,
            RedirectAttributes redirect) {
        Register register = registerStore.load();
        FormValues form = new FormValues(values, new FormErrors());
        LocalDate last = form.date("letzterTag", "Letzter Amtstag", true);
        // the option's value is "group id|name": one choice names the term
        String[] term = form.get("amtszeit").split("\\|", 2);
        NetworkChange change = form.errors().isEmpty() ? build(form, END_FIELDS, "amtszeit",
                () -> new NetworkChange.EndTerm(term[0], term.length > 1 ? term[1] : "", last,
                        LocalDate.now(clock), "", form.get("notiz"))) : null;
        return record(register, change, form, "amtsende", "amtszeit", who, model, redirect);
    }

    @PostMapping("/gruendung")
    String found(@RequestParam MultiValueMap<String, String> values, Principal who, Model model,
            RedirectAttributes redirect) {
        Register register = registerStore.load();
        FormValues form = new FormValues(values, new FormErrors());
        LocalDate on = form.date("datum", "Tag der Gründung", true);
        List<String> founders = new ArrayList<>(form.all("gruender"));
        form.get("weitere").lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(founders::add);
        NetworkChange change = form.errors().isEmpty() ? build(form, FOUNDING_FIELDS, "name",
                () -> new NetworkChange.FoundGroup(new WorkingGroupFounding(form.get("kennung"), form.get("name"),
                        founders), on, form.get("gegruendetDurch"), form.get("notiz"))) : null;
        // a group that exists already is about the name; every other GO-4.2 finding about the founders
        boolean exists = library.workingGroups(register).stream().anyMatch(g -> g.id().equals(form.get("kennung"))
                || g.name().equalsIgnoreCase(form.get("name")));
        return record(register, change, form, "gruendung", exists ? "name" : "gruender", who, model, redirect);
    }

    /** Builds the change; a record's refusal of a value becomes an error at its field. */
    static NetworkChange build(FormValues form, Map<String, String> fields, String fallback,
            Supplier<NetworkChange> change) {
        try {
            return change.get();
        } catch (InvalidDataException e) {
            form.errors().add(e, fields, fallback);
            return null;
        }
    }

    private String record(Register register, NetworkChange change, FormValues form, String formName,
            String ruleField, Principal who, Model model, RedirectAttributes redirect) {
        if (change == null) {
            return show(model, register, formName, form);
        }
        RegisterUpdate u = library.record(register, change);
        if (u.rejected()) {
            u.findings().stream().filter(Finding::isError).forEach(f -> form.errors().add(ruleField, f));
            return show(model, register, formName, form);
        }
        try {
            registerStore.append(register, u.register(), who.getName());
        } catch (RegisterChangedException e) {
            form.errors().add(ruleField, e.getMessage());
            return show(model, register, formName, form);
        }
        redirect.addFlashAttribute("recorded", "Gespeichert: " + describe(u.register().history()
                .get(u.register().history().size() - 1)) + ".");
        redirect.addFlashAttribute("recordedFindings", FormErrors.lines(u.findings()));
        return "redirect:/koordination/arbeitsgruppen";
    }

    private String show(Model model, Register register, String formName, FormValues form) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("groups", library.workingGroups(register));
        model.addAttribute("groupNames", library.workingGroups(register).stream()
                .collect(Collectors.toMap(g -> g.id(), g -> g.name(), (a, b) -> a)));
        model.addAttribute("terms", register.speakerTerms());
        model.addAttribute("currentTerms", register.speakerTerms().stream().filter(t -> !t.to().isBefore(today))
                .toList());
        model.addAttribute("partners", register.activePartners().stream().map(Partner::organisation)
                .map(o -> o.name()).toList());
        model.addAttribute("minFounders", library.profile().limits().minOrganisationsForNewGroup());
        model.addAttribute("termYears", library.profile().limits().speakerTermYears());
        model.addAttribute("today", today);
        for (String name : List.of("sprecher", "amtsende", "gruendung")) {
            model.addAttribute(name, name.equals(formName) ? form : FormValues.empty());
        }
        model.addAttribute("formWithErrors", formName);
        Map<Integer, RegisterStore.Recorded> recorded = registerStore.recorded().stream()
                .collect(Collectors.toMap(RegisterStore.Recorded::sequence, r -> r));
        List<HistoryEntry> history = new ArrayList<>(register.history().stream()
                .filter(e -> !e.action().isPartnerAction()).toList());
        Collections.reverse(history);
        model.addAttribute("history", history);
        model.addAttribute("recordedBy", recorded);
        model.addAttribute("describe", (java.util.function.Function<HistoryEntry, String>) NetworkController::describe);
        model.addAttribute("rule43", Rules.GO_4_3.id());
        return PAGE;
    }

    /** @return one line for the history: what changed, in German */
    static String describe(HistoryEntry e) {
        return switch (e.action()) {
            case GROUP_FOUNDED -> "AG „" + e.group().name() + "“ gegründet von " + String.join(", ",
                    e.group().founders());
            case SPEAKER_ELECTED -> e.speaker().name() + " (" + e.speaker().organisation() + ") Sprecher*in der AG „"
                    + e.speaker().groupId() + "“ vom " + day(e.speaker().from()) + " bis " + day(e.speaker().to());
            case SPEAKER_LEFT -> "Amtszeit von " + e.speaker().name() + " (AG „" + e.speaker().groupId()
                    + "“) endet am " + day(e.speaker().to());
            case GUEST_REGISTERED -> "Gast " + e.guest().name() + " für „" + e.guest().meetingId() + "“ angemeldet";
            case GUEST_APPROVED -> "Gast " + e.guest().name() + " für „" + e.guest().meetingId()
                    + "“ zugestimmt von " + e.by();
            default -> e.action().name() + " " + e.partnerKey();
        };
    }

    static String day(LocalDate d) {
        return String.format("%02d.%02d.%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
