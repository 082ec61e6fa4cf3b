package de.magdeburg.integration.netzwerk.web;

import de.magdeburg.integration.netzwerk.core.AgendaItem;
import de.magdeburg.integration.netzwerk.core.InvalidDataException;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.MeetingKind;
import de.magdeburg.integration.netzwerk.core.WorkingGroup;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The meeting form of the coordinator's workplace: the fields as the page names them, turned into
 * the library's {@link Meeting} (whose constructor checks every value) and back. Stateless.
 */
final class MeetingForm {
    /** Agenda rows the form offers; empty rows are left out. */
    static final int AGENDA_ROWS = 8;
    /** The kinds the coordinator invites to; project groups organise themselves (§ 4 Abs. 4). */
    static final List<MeetingKind> KINDS = List.of(MeetingKind.WORKING_GROUP, MeetingKind.CROSS_GROUP,
            MeetingKind.SPEAKERS_ROUND);
    private static final Map<String, String> FIELDS = Map.of("meeting.groupId", "gruppe", "meeting.title", "titel",
            "meeting.end", "ende", "meeting.place", "ort", "meeting.id", "titel", "meeting.agenda", "top-1-titel");

    private MeetingForm() {
    }

    /** @return the German name of a kind, for the select and the list */
    static String kindName(MeetingKind kind) {
        return switch (kind) {
            case WORKING_GROUP -> "Sitzung einer Arbeitsgruppe (§ 5 Abs. 2)";
            case CROSS_GROUP -> "Arbeitsgruppenübergreifendes Treffen (§ 5 Abs. 2)";
            case SPEAKERS_ROUND -> "Sprecher*innenrunde (§ 5 Abs. 3)";
            case PROJECT_GROUP -> "Projektgruppe (§ 4 Abs. 4)";
        };
    }

    /**
     * @param form the submitted values; errors are added to it
     * @param id the meeting's id (kept when editing)
     * @param sequence the revision the result carries
     * @param groups the groups of the profile and the register
     * @return the meeting, or empty with the errors at their fields
     */
    static Optional<Meeting> read(FormValues form, String id, int sequence, List<WorkingGroup> groups) {
        MeetingKind kind = KINDS.stream().filter(k -> k.name().equals(form.get("art"))).findFirst().orElse(null);
        if (kind == null) {
            form.errors().add("art", "Bitte wählen Sie die Art der Sitzung.");
        }
        String group = kind == MeetingKind.WORKING_GROUP ? form.get("gruppe") : "";
        if (kind == MeetingKind.WORKING_GROUP && groups.stream().noneMatch(g -> g.id().equals(group))) {
            form.errors().add("gruppe", "„" + group + "“ ist keine Arbeitsgruppe des Netzwerks (§ 4 Abs. 1).");
        }
        LocalDate day = form.date("datum", "Datum", true);
        LocalTime start = form.time("beginn", "Beginn", true);
        LocalTime end = form.time("ende", "Ende", false);
        List<AgendaItem> agenda = new ArrayList<>();
        for (int i = 1; i <= AGENDA_ROWS; i++) {
            String title = form.get("top-" + i + "-titel");
            String presenter = form.get("top-" + i + "-verantwortlich");
            String description = form.get("top-" + i + "-beschreibung");
            if (title.isEmpty() && presenter.isEmpty() && description.isEmpty()) {
                continue;
            }
            String row = "top-" + i;
            try {
                agenda.add(new AgendaItem(title, description, presenter));
            } catch (InvalidDataException e) {
                form.errors().add(e, Map.of("agendaItem.title", row + "-titel", "agendaItem.presenter",
                        row + "-verantwortlich", "agendaItem.description", row + "-beschreibung"), row + "-titel");
            }
        }
        if (!form.errors().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Meeting(id, kind, group, form.get("titel"), LocalDateTime.of(day, start), end,
                    form.get("ort"), agenda, List.of(), sequence));
        } catch (InvalidDataException e) {
            form.errors().add(e, FIELDS, "titel");
            return Optional.empty();
        }
    }

    /** @return the form showing a stored meeting */
    static FormValues of(Meeting m) {
        FormValues f = FormValues.empty().with("art", m.kind().name()).with("gruppe", m.groupId())
                .with("titel", m.title()).with("datum", m.start().toLocalDate().toString())
                .with("beginn", m.start().toLocalTime().toString())
                .with("ende", m.end() == null ? "" : m.end().toString()).with("ort", m.place());
        for (int i = 0; i < m.agenda().size() && i < AGENDA_ROWS; i++) {
            AgendaItem a = m.agenda().get(i);
            f.with("top-" + (i + 1) + "-titel", a.title()).with("top-" + (i + 1) + "-verantwortlich", a.presenter())
                    .with("top-" + (i + 1) + "-beschreibung", a.description());
        }
        return f;
    }

    /** @return a new meeting's id: kind, group and day, numbered when the day has one already */
    static String newId(Meeting draft, java.util.function.Predicate<String> taken) {
        String base = switch (draft.kind()) {
            case WORKING_GROUP -> "ag-" + draft.groupId().replace('_', '-');
            case SPEAKERS_ROUND -> "sprecherrunde";
            default -> "netzwerk";
        } + "-" + draft.start().toLocalDate();
        String id = base;
        for (int n = 2; taken.test(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
