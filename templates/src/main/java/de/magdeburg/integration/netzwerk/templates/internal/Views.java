package de.magdeburg.integration.netzwerk.templates.internal;

import de.magdeburg.integration.netzwerk.core.AgendaItem;
import de.magdeburg.integration.netzwerk.core.FieldOfAction;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.Guest;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.MeetingKind;
import de.magdeburg.integration.netzwerk.core.Minutes;
import de.magdeburg.integration.netzwerk.core.MinutesItem;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.PlannedEvent;
import de.magdeburg.integration.netzwerk.core.PortalEntry;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.ReviewState;
import de.magdeburg.integration.netzwerk.core.Severity;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.SpeakerTerm;
import de.magdeburg.integration.netzwerk.core.Task;
import de.magdeburg.integration.netzwerk.core.WorkPlan;
import de.magdeburg.integration.netzwerk.core.WorkingGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Builds the view models the templates render: plain maps of strings, lists and booleans, with
 * every date already formatted in German. The templates hold no logic beyond loops and
 * conditionals, so everything that needs deciding is decided here.
 */
public final class Views {
    /** The overview's representative column (style.css: th.rep2). */
    private static final float OVERVIEW_REP_MM = 29f;
    /** Blank rows for walk-ins on an attendance sheet. */
    public static final int BLANK_ROWS = 8;

    /** Field-name prefix of the "present" check boxes; the suffix is the partner's index from 0. */
    public static final String PRESENT_PREFIX = "present_";

    private final RulesProfile profile;

    /** @param profile the rules profile, for names and wording; not null */
    public Views(RulesProfile profile) {
        this.profile = profile;
    }

    private Map<String, Object> common(String documentTitle) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("docTitle", documentTitle);
        m.put("network", profile.network().name());
        m.put("cssNetwork", XmlText.css(profile.network().shortName()));
        m.put("cssCity", XmlText.css(profile.network().city()));
        m.put("cssDocument", XmlText.css(documentTitle));
        m.put("coordinatorEmail", profile.coordinator().email());
        String contact = profile.coordinator().title();
        if (!profile.coordinator().contactName().isEmpty()) {
            contact += " " + profile.coordinator().contactName();
        }
        m.put("coordinatorContact", contact);
        return m;
    }

    private Map<String, Object> meeting(Map<String, Object> m, Meeting meeting) {
        m.put("body", German.body(profile, meeting));
        m.put("title", meeting.title());
        m.put("kind", German.kind(meeting.kind()));
        m.put("date", German.longDate(meeting.start().toLocalDate()));
        m.put("dateTime", German.dateTime(meeting.start()));
        m.put("time", German.timeRange(meeting.start().toLocalTime(), meeting.end()));
        m.put("place", meeting.place().isEmpty() ? "wird noch bekannt gegeben" : meeting.place());
        return m;
    }

    /** @return the title of the attendance sheet */
    public String attendanceTitle(Meeting meeting) {
        return "Anwesenheitsliste – " + German.body(profile, meeting) + " am " + German.date(meeting.start().toLocalDate());
    }

    /**
     * @param meeting the meeting
     * @param expected the partners expected, in print order
     * @param leftOff the guests GO-1.5 left off, named below the admitted ones
     * @return the attendance sheet's model
     */
    public Map<String, Object> attendance(Meeting meeting, List<Partner> expected, List<Guest> leftOff) {
        Map<String, Object> m = meeting(common(attendanceTitle(meeting)), meeting);
        List<Map<String, Object>> rows = new ArrayList<>();
        SheetColumns.Widths widths = SheetColumns.widths(expected.stream().map(p -> p.organisation().name()).toList(),
                expected.stream().map(Views::representatives).toList());
        for (int i = 0; i < expected.size(); i++) {
            Partner p = expected.get(i);
            Map<String, Object> row = new LinkedHashMap<>(Map.of("number", i + 1, "organisation", p.organisation().name(),
                    "representative", representatives(p), "boxId", PRESENT_PREFIX + i));
            fit(row, "organisation", widths.organisation(), true);
            fit(row, "representative", widths.representative(), false);
            rows.add(row);
        }
        m.put("partners", rows);
        if (!widths.standard()) {
            m.put("orgWidth", widths.organisationCss());
            m.put("repWidth", widths.representativeCss());
        }
        m.put("blankRows", IntStream.rangeClosed(expected.size() + 1, expected.size() + BLANK_ROWS).boxed().toList());
        // the guests GO-1.5 admits (GuestAdmission, core); those it left off are only named
        List<Map<String, Object>> guests = meeting.guests().stream().map(this::guest).toList();
        m.put("guests", guests);
        m.put("hasGuests", !guests.isEmpty());
        m.put("hasLeftOff", !leftOff.isEmpty());
        m.put("leftOff", leftOff.stream().map(Guest::name).collect(Collectors.joining(", ")));
        m.put("privacyTitle", profile.privacyNotice().title());
        m.put("privacyItems", profile.privacyNotice().items().stream()
                .map(i -> Map.of("label", i.label(), "text", i.text())).toList());
        return m;
    }

    /**
     * A cell whose longest word is wider than its column is set smaller ({@code <key>Style}); one
     * with a word that {@link Typesetting} would break as longer than any column, but which fits
     * this one, is marked {@code whole} ({@code <key>Whole}) so that it is not hyphenated.
     */
    private static void fit(Map<String, Object> row, String key, float columnMm, boolean breaksAfterHyphen) {
        float size = SheetColumns.fontSize((String) row.get(key), columnMm, breaksAfterHyphen);
        if (size > 0 && size < SheetColumns.SIZE_PT) {
            row.put(key + "Style", SheetColumns.fontCss(size));
        }
        if (size > 0 && Typesetting.longerThanAnyColumn((String) row.get(key))) {
            row.put(key + "Whole", true);
        }
    }

    /** @return the names printed for a partner's representatives on a sheet, e.g. "Anna Muster" */
    public static String representatives(Partner p) {
        return p.representatives().stream().map(Representative::displayName).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(", "));
    }

    private Map<String, Object> guest(Guest g) {
        String approval = German.date(g.approvedOn());
        if (!g.approvedBy().isEmpty()) {
            approval += " (" + String.join(", ", g.approvedBy()) + ")";
        }
        return Map.of("name", g.name(), "organisation", g.organisation(), "contribution", g.contribution(),
                "approval", approval);
    }

    /** @return the title of the minutes */
    public String minutesTitle(Minutes minutes) {
        return "Protokoll – " + German.body(profile, minutes.meeting()) + " am "
                + German.date(minutes.meeting().start().toLocalDate());
    }

    /**
     * @param minutes the minutes
     * @param expected the partners expected at the meeting (the register's active partners in the
     *     body's mailing list); null if unknown, then no list of absent partners is printed
     * @return the model of the minutes
     */
    public Map<String, Object> minutes(Minutes minutes, List<Partner> expected) {
        Map<String, Object> m = meeting(common(minutesTitle(minutes)), minutes.meeting());
        m.put("draft", minutes.state() != ReviewState.APPROVED);
        m.put("stateText", switch (minutes.state()) {
            case DRAFT -> "Entwurf, noch nicht geprüft";
            case REVIEWED -> "geprüft, noch nicht genehmigt";
            case APPROVED -> "Genehmigt";
        });
        m.put("approvedBy", minutes.approvedBy());
        m.put("approvedOn", German.date(minutes.approvedOn()));
        m.put("reviewedBy", minutes.reviewedBy().isEmpty() ? "–" : minutes.reviewedBy());
        m.put("minuteTaker", dash(minutes.minuteTaker()));
        m.put("moderation", minutes.moderation().isEmpty() ? "–" : String.join(", ", minutes.moderation()));
        m.put("present", minutes.present().stream().sorted(German.alphabetical()).toList());
        m.put("excused", minutes.excused().stream().sorted(German.alphabetical()).toList());
        m.put("guests", minutes.guests().stream().sorted(German.alphabetical()).toList());
        m.put("presentCount", minutes.present().size());
        m.put("has_present", !minutes.present().isEmpty());
        m.put("has_excused", !minutes.excused().isEmpty());
        m.put("has_guests", !minutes.guests().isEmpty());
        m.put("absentKnown", expected != null);
        if (expected != null) {
            List<String> absent = absent(minutes, expected);
            m.put("absent", absent);
            m.put("has_absent", !absent.isEmpty());
        }
        List<Map<String, Object>> items = new ArrayList<>();
        int n = 1;
        for (MinutesItem item : minutes.items()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("number", n++);
            i.put("title", item.title());
            i.put("discussion", paragraphs(item.discussion()));
            i.put("decisions", item.decisions());
            i.put("hasDecisions", !item.decisions().isEmpty());
            i.put("hasRecommendations", !item.recommendations().isEmpty());
            i.put("recommendations", item.recommendations());
            i.put("tasks", item.tasks().stream().map(Views::task).toList());
            i.put("hasTasks", !item.tasks().isEmpty());
            items.add(i);
        }
        m.put("items", items);
        m.put("distribution", "Netzwerkpartner*innen im Verteiler der " + German.body(profile, minutes.meeting())
                + " (§ 1 Abs. 4), Sprecher*innen, " + profile.coordinator().title());
        m.put("nextMeeting", minutes.nextMeeting() == null ? "noch offen" : German.dateTime(minutes.nextMeeting()));
        return m;
    }

    /**
     * The expected organisations neither present nor excused, in German alphabetical order: what
     * GO-1.4 (§ 1 Abs. 4, removal after a year without attendance) depends on.
     */
    static List<String> absent(Minutes minutes, List<Partner> expected) {
        Set<String> accounted = new HashSet<>(minutes.present());
        accounted.addAll(minutes.excused());
        return expected.stream().map(p -> p.organisation().name()).filter(name -> !accounted.contains(name))
                .distinct().sorted(German.alphabetical()).toList();
    }

    private static Map<String, Object> task(Task t) {
        return Map.of("what", t.what(), "who", dash(t.who()), "due", t.due() == null ? "–" : German.date(t.due()));
    }

    private static String dash(String s) {
        return s.isEmpty() ? "–" : s;
    }

    /** Text with blank lines becomes paragraphs; a template cannot split text itself. */
    private static List<String> paragraphs(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return List.of(text.split("\\R\\s*\\R")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** @return the title of a work plan */
    public String workPlanTitle(WorkPlan plan) {
        return "Jahresarbeitsplan " + plan.year() + " – "
                + (plan.isNetworkWide() ? "Netzwerk insgesamt" : German.groupName(profile, plan.groupId()));
    }

    /**
     * @param plan the plan
     * @param compliance the findings of the rule checks
     * @param asOf the day the plan is printed ("Stand")
     * @return the model of a work plan
     */
    public Map<String, Object> workPlan(WorkPlan plan, List<Finding> compliance, LocalDate asOf) {
        Map<String, Object> m = common(workPlanTitle(plan));
        m.put("year", plan.year());
        m.put("asOf", German.date(asOf));
        m.put("draft", isDraft(compliance));
        m.put("scope", plan.isNetworkWide() ? "Netzwerk insgesamt" : German.groupName(profile, plan.groupId()));
        List<Meeting> sorted = plan.meetings().stream().sorted(Comparator.comparing(Meeting::start)).toList();
        m.put("meetings", sorted.stream().map(this::planned).toList());
        m.put("hasMeetings", !sorted.isEmpty());
        List<Map<String, Object>> cross = sorted.stream().filter(x -> x.kind() == MeetingKind.CROSS_GROUP)
                .map(this::planned).toList();
        m.put("crossGroup", cross);
        m.put("hasCrossGroup", !cross.isEmpty());
        List<Map<String, Object>> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            int quarter = q;
            List<String> dates = sorted.stream()
                    .filter(x -> x.kind() == MeetingKind.SPEAKERS_ROUND && German.quarter(x.start().toLocalDate()) == quarter)
                    .map(x -> German.date(x.start().toLocalDate())).toList();
            quarters.add(Map.of("quarter", German.quarterName(q), "count", dates.size(),
                    "dates", dates.isEmpty() ? "keine geplant" : String.join(", ", dates)));
        }
        m.put("quarters", quarters);
        // speakers' rounds belong to the network (§ 5 Abs. 3); an AG's plan shows them only if it has some
        m.put("showQuarters", plan.isNetworkWide()
                || sorted.stream().anyMatch(x -> x.kind() == MeetingKind.SPEAKERS_ROUND));
        m.put("coverage", profile.fieldsOfAction().stream().map(f -> {
            List<String> titles = plan.events().stream().filter(e -> e.fieldOfAction().equals(f.id()))
                    .map(PlannedEvent::title).toList();
            return Map.<String, Object>of("field", f.name(), "count", titles.size(),
                    "events", titles.isEmpty() ? "keine Veranstaltung geplant" : String.join("; ", titles));
        }).toList());
        List<Map<String, Object>> events = plan.events().stream()
                .sorted(Comparator.comparing(PlannedEvent::date))
                .map(e -> Map.<String, Object>of("date", German.date(e.date()), "title", e.title(),
                        "responsible", e.responsible().isEmpty() ? "–" : String.join(", ", e.responsible()),
                        "field", fieldName(e.fieldOfAction())))
                .toList();
        m.put("events", events);
        m.put("hasEvents", !events.isEmpty());
        List<Map<String, Object>> terms = plan.speakerTerms().stream()
                .sorted(Comparator.comparing(SpeakerTerm::groupId).thenComparing(SpeakerTerm::from))
                .map(t -> Map.<String, Object>of("group", German.groupName(profile, t.groupId()), "name", t.name(),
                        "organisation", dash(t.organisation()),
                        "term", German.date(t.from()) + " – " + German.date(t.to()),
                        "ends", t.to().getYear() == plan.year() ? "endet " + German.date(t.to()) : ""))
                .toList();
        m.put("terms", terms);
        m.put("hasTerms", !terms.isEmpty());
        m.put("findings", compliance.stream().map(f -> Map.<String, Object>of(
                "severity", switch (f.severity()) {
                    case ERROR -> "Verstoß";
                    case WARNING -> "Warnung";
                    case INFO -> "Hinweis";
                },
                "rule", f.rule(), "message", f.message())).toList());
        m.put("hasFindings", !compliance.isEmpty());
        return m;
    }

    /**
     * @param compliance the findings of a work plan
     * @return whether the plan is a draft: a plan with an open error or warning is not the plan the
     *     network agreed on, so it is not printed for distribution as if it were
     */
    public static boolean isDraft(List<Finding> compliance) {
        return compliance.stream().anyMatch(f -> f.severity() != Severity.INFO);
    }

    private Map<String, Object> planned(Meeting x) {
        return Map.of("date", German.weekdayDate(x.start().toLocalDate()),
                "time", German.timeRange(x.start().toLocalTime(), x.end()),
                "kind", German.kind(x.kind()), "body", German.body(profile, x), "title", x.title(),
                "place", dash(x.place()));
    }

    private String fieldName(String id) {
        if (id.isEmpty()) {
            return "–";
        }
        return profile.findFieldOfAction(id).map(FieldOfAction::name).orElse(id);
    }

    /** @return the title of an invitation */
    public String invitationTitle(Meeting meeting) {
        return "Einladung – " + German.body(profile, meeting) + " am " + German.date(meeting.start().toLocalDate());
    }

    /**
     * @param meeting the meeting
     * @param recipients the mailing list
     * @param letterDate the day of the letter
     * @param calendarEnclosed whether an iCalendar file goes with the letter: only then does the
     *     letter say so
     * @return the model of an invitation, a letter after DIN 5008
     */
    public Map<String, Object> invitation(Meeting meeting, List<Partner> recipients, LocalDate letterDate,
            boolean calendarEnclosed) {
        Map<String, Object> m = meeting(common(invitationTitle(meeting)), meeting);
        List<String> address = profile.coordinator().addressLines();
        // the return address above the window names the office and where it is; the lines between
        // (department, person) go to the information block
        int street = Math.max(1, address.size() - 2);
        m.put("returnAddress", String.join(" · ", address.size() < 3 ? address
                : java.util.stream.Stream.concat(address.subList(0, 1).stream(),
                        address.subList(street, address.size()).stream()).toList()));
        m.put("senderLines", address.size() < 3 ? List.of() : address.subList(1, street));
        m.put("letterDate", German.date(letterDate));
        m.put("mailingList", "Verteiler " + German.body(profile, meeting));
        m.put("recipients", recipients.stream().map(p -> Map.of("organisation", p.organisation().name(),
                "representative", representatives(p))).toList());
        m.put("hasRecipients", !recipients.isEmpty());
        List<Map<String, Object>> agenda = new ArrayList<>();
        int n = 1;
        for (AgendaItem a : meeting.agenda()) {
            agenda.add(Map.of("number", n++, "title", a.title(), "description", a.description(),
                    "presenter", a.presenter()));
        }
        m.put("agenda", agenda);
        m.put("hasAgenda", !agenda.isEmpty());
        List<Map<String, Object>> guests = meeting.guests().stream().map(this::guest).toList();
        m.put("guests", guests);
        m.put("hasGuests", !guests.isEmpty());
        m.put("contactName", profile.coordinator().contactName());
        m.put("contactPhone", German.phone(profile.coordinator().phone()));
        m.put("calendarEnclosed", calendarEnclosed);
        return m;
    }

    /** @return the title of the partner overview */
    public String overviewTitle(LocalDate asOf) {
        return "Übersicht der Netzwerkpartner*innen – Stand " + German.date(asOf);
    }

    /** @return the model of the partner overview, grouped by working group */
    public Map<String, Object> overview(List<Partner> partners, LocalDate asOf) {
        Map<String, Object> m = common(overviewTitle(asOf));
        m.put("asOf", German.date(asOf));
        m.put("total", partners.size());
        List<Map<String, Object>> groups = new ArrayList<>();
        for (WorkingGroup g : profile.workingGroups()) {
            groups.add(group("AG " + g.name(), partners.stream().filter(p -> p.isMemberOf(g.id())).toList()));
        }
        List<String> known = profile.workingGroups().stream().map(WorkingGroup::id).toList();
        partners.stream().flatMap(p -> p.workingGroups().stream()).filter(id -> !known.contains(id)).distinct()
                .sorted().forEach(id -> groups.add(group("AG " + id,
                        partners.stream().filter(p -> p.isMemberOf(id)).toList())));
        groups.add(group("Arbeitsgruppenübergreifende Treffen",
                partners.stream().filter(Partner::crossGroupMeetings).toList()));
        List<Partner> none = partners.stream().filter(p -> p.workingGroups().isEmpty() && !p.crossGroupMeetings())
                .toList();
        if (!none.isEmpty()) {
            groups.add(group("Ohne Arbeitsgruppe", none));
        }
        m.put("groups", groups);
        return m;
    }

    private static Map<String, Object> group(String name, List<Partner> partners) {
        List<Map<String, Object>> rows = partners.stream()
                .sorted(Comparator.comparing((Partner p) -> p.organisation().name(), German.alphabetical()))
                .map(p -> {
                    Representative r = p.representatives().isEmpty() ? Representative.empty() : p.representatives().get(0);
                    // street and town on lines of their own under the name: a column of their own
                    // was too narrow for "Umfassungsstraße 76", which must not be hyphenated
                    List<String> address = List.of(p.organisation().street(),
                            (p.organisation().postalCode() + " " + p.organisation().city()).strip())
                            .stream().filter(s -> !s.isEmpty()).toList();
                    Map<String, Object> row = new LinkedHashMap<>(Map.of("organisation", p.organisation().name(),
                            "address", address, "hasAddress", !address.isEmpty(),
                            "representative", dash(representatives(p)), "function", dash(r.function()),
                            "contact", List.of(German.phone(r.phone()), r.email()).stream().filter(s -> !s.isEmpty())
                                    .toList()));
                    fit(row, "representative", OVERVIEW_REP_MM, false);
                    return row;
                })
                .toList();
        return Map.of("name", name + " (" + rows.size() + ")", "partners", rows, "empty", rows.isEmpty());
    }

    /** @return the model of the portal listing */
    public Map<String, Object> portal(List<PortalEntry> entries) {
        return Map.of("entries", entries.stream()
                .sorted(Comparator.comparing(PortalEntry::organisation, German.alphabetical()))
                .map(e -> Map.of("organisation", e.organisation(), "city", e.city(),
                        "hasCity", !e.city().isEmpty(),
                        "groups", e.workingGroups().stream().map(id -> German.groupName(profile, id))
                                .collect(Collectors.joining(", ")),
                        "hasGroups", !e.workingGroups().isEmpty()))
                .toList());
    }
}
