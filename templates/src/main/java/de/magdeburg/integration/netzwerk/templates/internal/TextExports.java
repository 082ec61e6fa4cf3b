package de.magdeburg.integration.netzwerk.templates.internal;

import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The mailing list as CSV for German spreadsheets.
 *
 * <p>The CSV is what German Excel opens without an import dialog: UTF-8 with a byte order mark
 * (without it Excel reads ANSI and breaks the umlauts) and {@code ;} between the fields (the list
 * separator of the German locale; a comma is the decimal separator there). Quoting and line ends
 * follow RFC 4180 with {@code ;} in place of the comma.
 */
public final class TextExports {
    /** The byte order mark that tells Excel the file is UTF-8. */
    public static final char BOM = '\uFEFF';

    /** The field separator of German spreadsheets. */
    public static final char SEPARATOR = ';';

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
     * @return the BOM, then RFC 4180 text with {@code ;}: CRLF line ends, header row, fields quoted
     *     where needed, every field defused against formulas
     */
    public static String mailingList(RulesProfile profile, List<Partner> partners) {
        StringBuilder out = new StringBuilder().append(BOM);
        row(out, CSV_HEADER);
        for (Partner p : partners) {
            String groups = p.workingGroups().stream().map(id -> German.groupName(profile, id))
                    .collect(Collectors.joining(", "));
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
                out.append(SEPARATOR);
            }
            out.append(field(defused(fields.get(i))));
        }
        out.append("\r\n");
    }

    /**
     * Spreadsheets run a cell as a formula when it starts with {@code = + - @} (also in their
     * full-width forms, and after leading blanks or a tab), and some do so for each line of a cell
     * with line breaks. A partner's typed text must never become one (CSV injection), so a cell
     * where any line starts like that gets a leading apostrophe, which makes the whole cell text.
     * That includes phone numbers: "+49 391 …" is a formula to Excel too.
     */
    static String defused(String value) {
        for (String line : value.split("\\R", -1)) {
            String start = line.stripLeading();
            if (!start.isEmpty() && "=+-@\uFF1D\uFF0B\uFF0D\uFF20".indexOf(start.charAt(0)) >= 0
                    || line.startsWith("\t")) {
                return "'" + value;
            }
        }
        return value;
    }

    /** Quotes a field that holds the separator, a quote, CR or LF, doubling the quotes (RFC 4180 §2.6, 2.7). */
    static String field(String value) {
        if (value.indexOf(SEPARATOR) < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
