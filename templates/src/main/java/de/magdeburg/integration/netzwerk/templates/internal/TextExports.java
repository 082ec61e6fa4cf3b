package de.magdeburg.integration.netzwerk.templates.internal;

import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import java.util.List;
import java.util.stream.Collectors;

/** The mailing list as CSV (RFC 4180). */
public final class TextExports {
    /** The header row of the mailing list. */
    public static final List<String> CSV_HEADER = List.of("Organisation", "Nachname", "Vorname", "Funktion",
            "E-Mail", "Telefon", "Arbeitsgruppen", "Arbeitsgruppenübergreifende Treffen");

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

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    /** Quotes a field that holds a comma, quote, CR or LF, doubling the quotes (RFC 4180 §2.6, 2.7). */
    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
