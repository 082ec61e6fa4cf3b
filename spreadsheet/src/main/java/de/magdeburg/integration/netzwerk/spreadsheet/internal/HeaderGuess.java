package de.magdeburg.integration.netzwerk.spreadsheet.internal;

import de.magdeburg.integration.netzwerk.spreadsheet.Column;
import de.magdeburg.integration.netzwerk.spreadsheet.ColumnMapping;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the header row of a partner list and guesses what each column holds from its name, the
 * way a coordinator names them ("PLZ", "E-Mail-Adresse", "Ansprechperson" over "Name" and
 * "Vorname"). The guess is only a proposal: the preview shows it and the coordinator changes it.
 *
 * @param headerIndex the header row's index in {@link Sheet#rows()}
 * @param labels each column's name as the preview shows it ("Ansprechperson / Name")
 * @param mapping the guessed mapping
 */
public record HeaderGuess(int headerIndex, List<String> labels, ColumnMapping mapping) {
    /** Tried in this order: the first that matches a column's name wins, each target once. */
    private static final Map<Column, Pattern> NAMES = new EnumMap<>(Column.class);
    private static final List<Column> ORDER = List.of(Column.EMAIL, Column.PHONE, Column.ORGANISATION_POSTAL_CODE,
            Column.ORGANISATION_STREET, Column.FIRST_NAME, Column.LAST_NAME, Column.FUNCTION, Column.SIGNATORY_NAME,
            Column.CROSS_GROUP_MEETINGS, Column.WORKING_GROUPS, Column.LIST_ON_PORTAL, Column.DATE,
            Column.ORGANISATION_CITY, Column.ORGANISATION_NAME);
    private static final Pattern NAME = Pattern.compile("\\bname\\b");
    private static final Pattern PERSON = Pattern.compile(
            "\\b(ansprech\\w*|kontakt\\w*|vertret\\w*|person|representative|contact)\\b");

    static {
        NAMES.put(Column.EMAIL, words("e ?mail\\w*|email\\w*|mail"));
        NAMES.put(Column.PHONE, words("telefon\\w*|tel|phone|fon|mobil\\w*|handy"));
        NAMES.put(Column.ORGANISATION_POSTAL_CODE, words("plz|postleitzahl|postal code|zip"));
        NAMES.put(Column.ORGANISATION_STREET, words("strasse|str|anschrift|adresse|street|address|hausnummer"));
        NAMES.put(Column.FIRST_NAME, words("vorname\\w*|first ?name|given name"));
        NAMES.put(Column.LAST_NAME, words("nachname|familienname|last ?name|surname|zuname"));
        NAMES.put(Column.FUNCTION, words("funktion|function|position|rolle|role"));
        NAMES.put(Column.SIGNATORY_NAME, words("unterzeichn\\w*|signatory|unterschrift\\w*"));
        NAMES.put(Column.CROSS_GROUP_MEETINGS, Pattern.compile("uebergreifend|cross ?group"));
        NAMES.put(Column.WORKING_GROUPS, words("ag|ags|arbeitsgruppe\\w*|working groups?"));
        NAMES.put(Column.LIST_ON_PORTAL, Pattern.compile("portal"));
        NAMES.put(Column.DATE, words("datum|beitritt\\w*|eintritt\\w*|seit|date|joined|erklaerung vom"));
        NAMES.put(Column.ORGANISATION_CITY, words("ort|stadt|city|sitz"));
        NAMES.put(Column.ORGANISATION_NAME, words("organisation|organization|verein|traeger|einrichtung|institution"));
    }

    /** Copies. */
    public HeaderGuess {
        labels = List.copyOf(labels);
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("\\b(" + alternatives + ")\\b");
    }

    /**
     * @param sheet the sheet; not null
     * @return the row among the first ten that names the most known columns, with its guess; empty
     *     when none names at least two
     */
    public static Optional<HeaderGuess> of(Sheet sheet) {
        HeaderGuess best = null;
        int bestCount = 1;
        for (int i = 0; i < Math.min(Limits.HEADER_ROWS, sheet.rows().size()); i++) {
            HeaderGuess guess = at(sheet, i);
            if (guess.mapping().columns().size() > bestCount) {
                best = guess;
                bestCount = guess.mapping().columns().size();
            }
        }
        return Optional.ofNullable(best);
    }

    private static HeaderGuess at(Sheet sheet, int index) {
        Sheet.Row row = sheet.rows().get(index);
        Sheet.Row above = index > 0 && sheet.rows().get(index - 1).number() == row.number() - 1
                ? sheet.rows().get(index - 1) : null;
        List<String> labels = new ArrayList<>();
        ColumnMapping mapping = ColumnMapping.empty();
        for (int c = 0; c < sheet.width(); c++) {
            String own = Sheet.clean(row.cell(c).text());
            String parent = above == null ? "" : Sheet.clean(above.cell(c).text());
            labels.add(parent.isEmpty() || parent.equals(own) ? own : own.isEmpty() ? parent : parent + " / " + own);
            Optional<Column> target = guess(normal(own), normal(parent), mapping);
            if (target.isPresent()) {
                mapping = mapping.with(c, target.get());
            }
        }
        return new HeaderGuess(index, labels, mapping);
    }

    private static Optional<Column> guess(String own, String parent, ColumnMapping taken) {
        if (own.isEmpty()) {
            return Optional.empty();
        }
        for (Column target : ORDER) {
            if (NAMES.get(target).matcher(own).find() && taken.columnOf(target).isEmpty()) {
                return Optional.of(target);
            }
        }
        if (NAME.matcher(own).find()) {
            // "Name" alone: the person's under "Ansprechperson", the organisation's otherwise
            Column target = PERSON.matcher(parent).find() || PERSON.matcher(own).find() ? Column.LAST_NAME
                    : Column.ORGANISATION_NAME;
            return taken.columnOf(target).isEmpty() ? Optional.of(target) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Lower case, umlauts as ae/oe/ue/ss, everything but letters and digits a single space. */
    static String normal(String label) {
        String s = label.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.replaceAll("[^a-z0-9]+", " ").strip();
    }
}
