package de.magdeburg.integration.netzwerk.spreadsheet.internal;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.DeclarationField;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.core.Rules;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.WorkingGroup;
import de.magdeburg.integration.netzwerk.spreadsheet.Adjustment;
import de.magdeburg.integration.netzwerk.spreadsheet.Column;
import de.magdeburg.integration.netzwerk.spreadsheet.ColumnMapping;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one row into the entry declaration it stands for, as the coordinator meant the cells: text
 * cleaned of Excel's non-breaking and trailing spaces, numbers and dates read by their type. Judging
 * the declaration is not done here: that is the rules' job ({@code Register#apply}).
 */
public final class RowReader {
    private static final String BUNDLE = "de.magdeburg.integration.netzwerk.spreadsheet.messages";
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DOTTED_SHORT = DateTimeFormatter.ofPattern("d.M.uu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    /** Excel's day 0 in the 1900 date system (the day before 1900-01-01, counting Lotus's 29 February 1900). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern YES = Pattern.compile("(?i)x|ja|j|yes|y|1|true|wahr|✓|✔|☑");
    private static final Pattern SERIAL = Pattern.compile("[1-9]\\d{4}");

    /**
     * @param declaration the row's entry declaration
     * @param adjustments what was changed in its cells
     * @param findings what could not be read (FORM rule: a date, a cut value)
     */
    public record Reading(Declaration declaration, List<Adjustment> adjustments, List<Finding> findings) {
    }

    private final Sheet.Row row;
    private final ColumnMapping mapping;
    private final List<Adjustment> adjustments = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    private RowReader(Sheet.Row row, ColumnMapping mapping) {
        this.row = row;
        this.mapping = mapping;
    }

    /**
     * @param row the row; not null
     * @param mapping which column holds what; not null
     * @param profile the working groups a name is matched against; not null
     * @return the declaration with what the reading noticed
     */
    public static Reading read(Sheet.Row row, ColumnMapping mapping, RulesProfile profile) {
        return new RowReader(row, mapping).declaration(profile);
    }

    private Reading declaration(RulesProfile profile) {
        Organisation organisation = new Organisation(text(Column.ORGANISATION_NAME), text(Column.ORGANISATION_STREET),
                postalCode(), text(Column.ORGANISATION_CITY));
        Representative representative = new Representative(text(Column.LAST_NAME), text(Column.FIRST_NAME),
                text(Column.FUNCTION), phone(), text(Column.EMAIL));
        String signatory = text(Column.SIGNATORY_NAME);
        if (signatory.isEmpty() && mapping.columnOf(Column.SIGNATORY_NAME).isEmpty()
                && !representative.displayName().isEmpty()) {
            // the list holds partners admitted on a paper declaration the office keeps; its signatory is
            // the representative unless a column says otherwise — shown in the preview, not silent
            signatory = representative.displayName();
            adjust(Column.SIGNATORY_NAME, "", signatory, "adjust.signatory");
        }
        Declaration d = Declaration.of(RequestType.ENTRY, organisation).withRepresentative(representative)
                .withWorkingGroups(groups(profile), yes(Column.CROSS_GROUP_MEETINGS))
                .withListOnPortal(yes(Column.LIST_ON_PORTAL)).withSigning("", date(), signatory);
        return new Reading(d, List.copyOf(adjustments), List.copyOf(findings));
    }

    private Cell cell(Column column) {
        return mapping.columnOf(column).map(row::cell).orElse(Cell.EMPTY);
    }

    private String text(Column column) {
        Cell cell = cell(column);
        String text = cell.date() != null ? SHOWN.format(cell.date()) : Sheet.clean(cell.text()).replace('\n', ' ');
        if (text.length() > Limits.MAX_CELL) {
            DeclarationField field = column.field().orElse(DeclarationField.ORGANISATION_NAME);
            findings.add(Rules.FORM.finding(field.fieldName(), "read.tooLong", field.fieldName(), text.length(),
                    Limits.MAX_CELL));
            text = text.substring(0, Limits.MAX_CELL).strip();
        }
        return text;
    }

    private String phone() {
        String text = text(Column.PHONE);
        // a German number stored as a number lost its leading zero (0391 … became 391 …)
        if (cell(Column.PHONE).number() != null && !text.isEmpty() && text.charAt(0) != '0') {
            adjust(Column.PHONE, text, "0" + text, "adjust.phone");
            return "0" + text;
        }
        return text;
    }

    private String postalCode() {
        String text = text(Column.ORGANISATION_POSTAL_CODE);
        // 06108 (Halle) stored as a number is 6108
        if (cell(Column.ORGANISATION_POSTAL_CODE).number() != null && text.length() == 4) {
            adjust(Column.ORGANISATION_POSTAL_CODE, text, "0" + text, "adjust.postalCode");
            return "0" + text;
        }
        return text;
    }

    private LocalDate date() {
        Cell cell = cell(Column.DATE);
        if (cell.date() != null) {
            return cell.date();
        }
        String text = Sheet.clean(cell.text());
        if (text.isEmpty()) {
            return null;
        }
        // a date column without a date format (or a CSV of one) shows Excel's serial number: 45292
        boolean integral = cell.number() != null ? cell.number() == Math.rint(cell.number()) : true;
        if (integral && SERIAL.matcher(text).matches()) {
            long serial = Long.parseLong(text);
            if (serial >= 20_000 && serial <= 80_000) {
                LocalDate day = EXCEL_EPOCH.plusDays(serial);
                adjust(Column.DATE, text, SHOWN.format(day), "adjust.serialDate");
                return day;
            }
        }
        for (DateTimeFormatter format : List.of(DOTTED, DateTimeFormatter.ISO_LOCAL_DATE, DOTTED_SHORT)) {
            try {
                LocalDate day = LocalDate.parse(text, format);
                return format == DOTTED_SHORT ? day.withYear(2000 + day.getYear() % 100) : day;
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        findings.add(Rules.FORM.finding(DeclarationField.DATE.fieldName(), "read.date", text));
        return null;
    }

    private boolean yes(Column column) {
        return YES.matcher(Sheet.clean(cell(column).text())).matches();
    }

    private List<String> groups(RulesProfile profile) {
        String text = Sheet.clean(cell(Column.WORKING_GROUPS).text());
        Set<String> ids = new LinkedHashSet<>();
        for (String part : text.split("[,;\\n]+")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            String wanted = HeaderGuess.normal(name).replaceFirst("^ag ", "");
            String id = profile.workingGroups().stream().filter(g -> matches(g, wanted)).map(WorkingGroup::id)
                    .findFirst().orElse(name);
            if (!id.equals(name)) {
                adjust(Column.WORKING_GROUPS, name, id, "adjust.group");
            }
            // an unknown name stays as it is: the rules name it (GO-4.1)
            ids.add(id);
        }
        return List.copyOf(ids);
    }

    private static boolean matches(WorkingGroup group, String wanted) {
        String name = HeaderGuess.normal(group.name());
        return wanted.equals(HeaderGuess.normal(group.id())) || wanted.equals(name)
                || wanted.length() >= 4 && name.contains(wanted);
    }

    private void adjust(Column column, String original, String value, String key) {
        adjustments.add(new Adjustment(column, original, value, format(key, Locale.GERMAN, original, value),
                format(key, Locale.ENGLISH, original, value)));
    }

    private static String format(String key, Locale locale, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, "en".equals(locale.getLanguage()) ? Locale.ENGLISH
                : Locale.ROOT);
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
