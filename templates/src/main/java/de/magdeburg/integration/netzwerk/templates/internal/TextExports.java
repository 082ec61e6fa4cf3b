package de.magdeburg.integration.netzwerk.templates.internal;

import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.magdeburg.integration.netzwerk.core.PortalEntry;
import de.magdeburg.integration.netzwerk.core.WorkingGroup;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The mailing list as CSV (RFC 4180) and the portal listing as JSON. */
public final class TextExports {
    /** The header row of the mailing list. */
    public static final List<String> CSV_HEADER = List.of("Organisation", "Nachname", "Vorname", "Funktion",
            "E-Mail", "Telefon", "Arbeitsgruppen", "Arbeitsgruppenübergreifende Treffen");

    private static final ObjectMapper JSON = new ObjectMapper();

    private TextExports() {
    }

    /**
     * One row per representative (a partner without one gets a row with its organisation only).
     *
     * @param profile for the groups' names
     * @param partners the partners, in the order given
     * @return RFC 4180 text: CRLF line ends, header row, fields quoted where needed
     */
    public static String mailingList(RulesProfile profile, List<Partner> partners) {
        StringBuilder out = new StringBuilder();
        row(out, CSV_HEADER);
        for (Partner p : partners) {
            String groups = p.workingGroups().stream().map(id -> German.groupName(profile, id))
                    .collect(Collectors.joining("; "));
            List<Representative> reps = p.representatives().isEmpty() ? List.of(Representative.empty())
                    : p.representatives();
            for (Representative r : reps) {
                row(out, List.of(p.organisation().name(), r.lastName(), r.firstName(), r.function(), r.email(),
                        r.phone(), groups, p.crossGroupMeetings() ? "ja" : "nein"));
            }
        }
        return out.toString();
    }

    /**
     * The portal listing as JSON.
     *
     * @param profile for the groups' names
     * @param entries the consenting organisations
     * @return a JSON array sorted by organisation name
     */
    public static String portalJson(RulesProfile profile, List<PortalEntry> entries) {
        ArrayNode array = JSON.createArrayNode();
        entries.stream()
                .sorted(Comparator.comparing(PortalEntry::organisation, German.alphabetical()))
                .forEach(e -> {
                    ObjectNode o = array.addObject();
                    o.put("organisation", e.organisation());
                    o.put("city", e.city());
                    ArrayNode groups = o.putArray("workingGroups");
                    for (String id : e.workingGroups()) {
                        groups.addObject().put("id", id).put("name",
                                profile.findWorkingGroup(id).map(WorkingGroup::name).orElse(id));
                    }
                });
        try {
            return JSON.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(defused(fields.get(i))));
        }
        out.append("\r\n");
    }

    /**
     * Spreadsheets run a cell that starts with {@code =}, {@code @}, {@code +} or {@code -} as a
     * formula; a partner's typed text must not become one (CSV injection), so such a value gets a
     * leading apostrophe. Phone numbers ({@code +49 391 …}) are left as they are.
     */
    static String defused(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        boolean phone = (c == '+' || c == '-') && value.matches("[+\\-][0-9 ()/.\\-]*");
        if ((c == '=' || c == '@' || c == '+' || c == '-' || c == '\t' || c == '\r') && !phone) {
            return "'" + value;
        }
        return value;
    }

    /** Quotes a field that holds a comma, quote, CR or LF, doubling the quotes (RFC 4180 §2.6, 2.7). */
    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
