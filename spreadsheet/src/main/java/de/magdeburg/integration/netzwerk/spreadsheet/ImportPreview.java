package de.magdeburg.integration.netzwerk.spreadsheet;

import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.RegisterUpdate;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.spreadsheet.internal.HeaderGuess;
import de.magdeburg.integration.netzwerk.spreadsheet.internal.RowReader;
import de.magdeburg.integration.netzwerk.spreadsheet.internal.Sheet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A partner list read but not taken: the columns with the mapping, and every data row with the
 * declaration it becomes and the rules' findings. {@link #confirm(Collection)} takes the rows the
 * coordinator confirmed; until then the register is untouched (it is immutable, and the preview
 * holds the one it was given).
 *
 * <p>Immutable and thread-safe.
 */
public final class ImportPreview {
    private final RulesProfile profile;
    private final SpreadsheetFormat format;
    private final Sheet sheet;
    private final HeaderGuess header;
    private final ColumnMapping mapping;
    private final Register register;
    private final LocalDate importDay;
    private final List<PreviewRow> rows;

    ImportPreview(RulesProfile profile, SpreadsheetFormat format, Sheet sheet, HeaderGuess header,
            ColumnMapping mapping, Register register, LocalDate importDay) {
        this.profile = profile;
        this.format = format;
        this.sheet = sheet;
        this.header = header;
        this.mapping = mapping;
        this.register = register;
        this.importDay = importDay;
        this.rows = apply(register, null).rows;
    }

    /** @return the file's format; not null */
    public SpreadsheetFormat format() {
        return format;
    }

    /** @return the header row's number in the file, from 1 */
    public int headerRowNumber() {
        return sheet.rows().get(header.headerIndex()).number();
    }

    /**
     * @return each column's name from column A on, a merged group name before the column's own
     *     ("Ansprechperson / Telefon"); empty for a column without a name
     */
    public List<String> headers() {
        return header.labels();
    }

    /** @return which column holds what: the guess, or the coordinator's correction */
    public ColumnMapping mapping() {
        return mapping;
    }

    /** @return every non-empty row below the header, in file order, as the import would take it */
    public List<PreviewRow> rows() {
        return rows;
    }

    /**
     * @param value the coordinator's mapping; not null
     * @return the preview read again with it
     */
    public ImportPreview withMapping(ColumnMapping value) {
        return new ImportPreview(profile, format, sheet, header, Objects.requireNonNull(value, "mapping"), register,
                importDay);
    }

    /**
     * Takes the confirmed rows into the register, in file order, each through {@link Register#apply}
     * as a declaration would be: a row with an ERROR finding is refused and reported, the others are
     * taken.
     *
     * @param rowNumbers the numbers of the rows the coordinator confirmed (as in {@link PreviewRow#rowNumber()});
     *     not null; a number that is no data row is an error
     * @return the new register (for the caller to store) and what was taken and refused
     * @throws de.magdeburg.integration.netzwerk.core.InvalidDataException if a number is no data row
     */
    public ImportReport confirm(Collection<Integer> rowNumbers) {
        Set<Integer> wanted = new TreeSet<>(Objects.requireNonNull(rowNumbers, "rowNumbers"));
        Set<Integer> known = new TreeSet<>(rows.stream().map(PreviewRow::rowNumber).toList());
        if (!known.containsAll(wanted)) {
            wanted.removeAll(known);
            throw new de.magdeburg.integration.netzwerk.core.InvalidDataException("rowNumbers", "Zeile " + wanted
                    + " ist keine Datenzeile der Liste / row " + wanted + " is no data row of the list");
        }
        Applied applied = apply(register, wanted);
        List<PreviewRow> taken = applied.rows.stream().filter(PreviewRow::importable).toList();
        List<PreviewRow> refused = applied.rows.stream().filter(r -> !r.importable()).toList();
        known.removeAll(wanted);
        return new ImportReport(applied.register, taken, refused, List.copyOf(known));
    }

    private record Applied(Register register, List<PreviewRow> rows) {
    }

    /** Applies the data rows (those in {@code only}, or all) one after another to a register. */
    private Applied apply(Register start, Set<Integer> only) {
        Register current = start;
        List<PreviewRow> out = new ArrayList<>();
        for (int i = header.headerIndex() + 1; i < sheet.rows().size(); i++) {
            Sheet.Row row = sheet.rows().get(i);
            if (row.isEmpty() || only != null && !only.contains(row.number())) {
                continue;
            }
            RowReader.Reading reading = RowReader.read(row, mapping, profile);
            LocalDate date = reading.declaration().date();
            LocalDate on = date == null || date.isAfter(importDay) ? importDay : date;
            RegisterUpdate update = current.apply(profile, reading.declaration(), on);
            List<Finding> findings = new ArrayList<>(reading.findings());
            findings.addAll(update.findings());
            if (reading.findings().stream().noneMatch(Finding::isError)) {
                current = update.register();
            }
            out.add(new PreviewRow(row.number(), reading.declaration(), findings, reading.adjustments()));
        }
        return new Applied(current, out);
    }
}
