package de.magdeburg.integration.netzwerk.web.api;

import de.magdeburg.integration.netzwerk.core.AgendaItem;
import de.magdeburg.integration.netzwerk.core.HistoryAction;
import de.magdeburg.integration.netzwerk.core.HistoryEntry;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.WorkingGroup;
import de.magdeburg.integration.netzwerk.templates.CalendarEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The network as OParl 1.1 (the council information systems' standard, used by Magdeburg's): the
 * network as {@code Body}, the AGs (§4(1)) as {@code Organization}s with classification "AG",
 * the partners that consented to the portal listing as {@code Organization}s, their
 * representation as {@code Person} with a {@code Membership} per AG ({@code onBehalfOf} the
 * partner, role, dates from the register's history), the meetings (§5(2)) with their agenda.
 *
 * <p>Only what the portal consent allows: it covers the organisation ("als Beteiligte am Netzwerk
 * aufgeführt"), not the person, so a {@code Person} carries no name, function, phone or e-mail —
 * it stands for "the representation of" a partner; partners without consent, and removed ones,
 * do not appear at all. No invitation or minutes {@code File}: both name representatives.
 *
 * <p>Stateless; every object is built anew from the register for each request.
 */
final class OparlExport {
    static final String SCHEMA = "https://schema.oparl.org/1.1/";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final String base;
    private final RulesProfile profile;
    private final Register register;
    private final List<CalendarEntry> meetings;

    /**
     * @param base the absolute URL of the export, {@code https://…/api/v1/oparl}, without a trailing slash
     */
    OparlExport(String base, RulesProfile profile, Register register, List<CalendarEntry> meetings) {
        this.base = base;
        this.profile = profile;
        this.register = register;
        this.meetings = meetings;
    }

    Map<String, Object> system() {
        var m = object("System", base);
        m.put("oparlVersion", SCHEMA);
        m.put("body", base + "/bodies");
        m.put("name", profile.network().name());
        return m;
    }

    Map<String, Object> body() {
        var m = object("Body", base + "/body");
        m.put("system", base);
        m.put("name", profile.network().name());
        m.put("shortName", profile.network().shortName());
        m.put("classification", "Netzwerk");
        m.put("organization", base + "/body/organizations");
        m.put("person", base + "/body/people");
        m.put("meeting", base + "/body/meetings");
        m.put("paper", base + "/body/papers");
        m.put("legislativeTerm", List.of());
        return m;
    }

    List<Map<String, Object>> organizations() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (WorkingGroup g : profile.workingGroups()) {
            var m = object("Organization", group(g.id()));
            m.put("body", base + "/body");
            m.put("name", "AG " + g.name());
            m.put("shortName", g.id());
            m.put("classification", "AG");
            m.put("organizationType", "Gremium");
            m.put("membership", listed().stream().filter(p -> p.workingGroups().contains(g.id()))
                    .map(p -> membershipId(p, g.id())).toList());
            list.add(m);
        }
        for (Partner p : listed()) {
            var m = object("Organization", partner(p));
            m.put("body", base + "/body");
            m.put("name", p.organisation().name());
            m.put("classification", "Netzwerkpartner*in");
            m.put("organizationType", "Institution");
            list.add(m);
        }
        return list;
    }

    List<Map<String, Object>> people() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Partner p : listed()) {
            var m = object("Person", base + "/person/" + slug(p));
            m.put("body", base + "/body");
            // not the representative's name: the consent covers the organisation only
            m.put("name", "Vertretung: " + p.organisation().name());
            List<Map<String, Object>> memberships = new ArrayList<>();
            for (String groupId : p.workingGroups()) {
                var ms = object("Membership", membershipId(p, groupId));
                ms.put("organization", group(groupId));
                ms.put("role", "Vertreter*in");
                ms.put("onBehalfOf", partner(p));
                ms.put("startDate", since(p, groupId).toString());
                memberships.add(ms);
            }
            m.put("membership", memberships);
            list.add(m);
        }
        return list;
    }

    List<Map<String, Object>> meetings() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (CalendarEntry e : meetings) {
            Meeting meeting = e.meeting();
            String id = base + "/meeting/" + meeting.id();
            var m = object("Meeting", id);
            m.put("name", meeting.title());
            m.put("cancelled", e.cancelled());
            m.put("start", dateTime(meeting.start()));
            if (meeting.end() != null) {
                m.put("end", dateTime(meeting.start().toLocalDate().atTime(meeting.end())));
            }
            m.put("organization", meeting.groupId().isEmpty() ? profile.workingGroups().stream().map(g -> group(g.id()))
                    .toList() : List.of(group(meeting.groupId())));
            List<Map<String, Object>> items = new ArrayList<>();
            int n = 1;
            for (AgendaItem a : meeting.agenda()) {
                var item = object("AgendaItem", base + "/agendaitem/" + meeting.id() + "-" + n);
                item.put("meeting", id);
                item.put("number", Integer.toString(n));
                item.put("order", n);
                item.put("name", a.title());
                item.put("public", true);
                items.add(item);
                n++;
            }
            m.put("agendaItem", items);
            m.put("modified", dateTime(LocalDateTime.ofInstant(e.lastModified(), BERLIN)));
            list.add(m);
        }
        return list;
    }

    /** @return an OParl list page holding all of {@code data} (the network is small: one page) */
    static Map<String, Object> page(List<Map<String, Object>> data) {
        var m = new LinkedHashMap<String, Object>();
        m.put("data", data);
        m.put("pagination", Map.of("totalElements", data.size(), "elementsPerPage", Math.max(1, data.size()),
                "currentPage", 1, "totalPages", 1));
        m.put("links", Map.of());
        return m;
    }

    /** Active partners that ticked the portal consent (§1(3), the register's own portal listing rule). */
    private List<Partner> listed() {
        var names = register.portalListing().stream().map(e -> e.organisation()).toList();
        return register.activePartners().stream().filter(p -> names.contains(p.organisation().name())).toList();
    }

    /**
     * The first day since when the partner has been, without a break, a member of the AG: walking the
     * register's history, a group starts with the declaration that adds it and ends with one that
     * drops it or with the partner's deletion.
     */
    private LocalDate since(Partner p, String groupId) {
        LocalDate start = p.joinedOn();
        boolean member = false;
        for (HistoryEntry h : register.history()) {
            if (!p.key().equals(h.partnerKey())) {
                continue;
            }
            boolean now = h.declaration() != null && h.declaration().workingGroups().contains(groupId)
                    && h.action() != HistoryAction.DELETED && h.action() != HistoryAction.REMOVED_INACTIVE;
            if (h.action() == HistoryAction.DELETED || h.action() == HistoryAction.REMOVED_INACTIVE) {
                now = false;
            } else if (h.declaration() == null) {
                continue;
            }
            if (now && !member) {
                start = h.date();
            }
            member = now;
        }
        return start;
    }

    /** RFC 3339 with seconds, as OParl's {@code date-time} asks (OffsetDateTime.toString drops ":00"). */
    private static String dateTime(LocalDateTime local) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local.truncatedTo(ChronoUnit.SECONDS).atZone(BERLIN));
    }

    private String group(String groupId) {
        return base + "/organization/ag-" + groupId;
    }

    private String partner(Partner p) {
        return base + "/organization/partner-" + slug(p);
    }

    private String membershipId(Partner p, String groupId) {
        return base + "/membership/" + slug(p) + "-" + groupId;
    }

    /** A stable id that is not the name: the register key's hash, so URLs carry no name either. */
    private static String slug(Partner p) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(p.key().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static LinkedHashMap<String, Object> object(String type, String id) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", id);
        m.put("type", SCHEMA + type);
        return m;
    }
}
