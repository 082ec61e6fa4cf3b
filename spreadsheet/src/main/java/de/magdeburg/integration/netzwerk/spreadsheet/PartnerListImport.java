package de.magdeburg.integration.netzwerk.spreadsheet;

import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.spreadsheet.SpreadsheetException.Reason;
import de.magdeburg.integration.netzwerk.spreadsheet.internal.Formats;
import de.magdeburg.integration.netzwerk.spreadsheet.internal.HeaderGuess;
import de.magdeburg.integration.netzwerk.spreadsheet.internal.Sheet;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Imports the partner list the coordinator keeps today (§1(3): she keeps the register) from an
 * Excel workbook (.xlsx), a LibreOffice spreadsheet (.ods) or a CSV file as German Excel saves it.
 * Each row becomes an entry declaration (§1(2)) and meets the same rules as a returned declaration
 * form, through {@link Register#apply}.
 *
 * <p>Two steps, so that nothing is stored before the coordinator has seen it:
 * <pre>{@code
 * ImportPreview preview = PartnerListImport.create().preview(bytes, register, today);
 * // show preview.headers(), preview.mapping() and preview.rows() with their findings;
 * // she corrects the mapping: preview = preview.withMapping(preview.mapping().with(3, Column.PHONE));
 * ImportReport report = preview.confirm(List.of(4, 5, 7));   // the rows she ticked
 * store(report.register());                                   // the caller stores, nothing before
 * }</pre>
 *
 * <p>Bounded: at most {@link #MAX_BYTES} bytes, {@link #MAX_ROWS} rows and {@link #MAX_COLUMNS}
 * columns; a workbook that unpacks to more than 20 MiB or compresses a part better than 1 : 100 is a
 * zip bomb. Every refusal is a {@link SpreadsheetException} with a German and English message.
 *
 * <p>Immutable and thread-safe.
 */
public final class PartnerListImport {
    /** The largest file read: 10 MiB. */
    public static final int MAX_BYTES = 10 << 20;
    /** The most data rows read: 5,000 (the network has about a hundred partners). */
    public static final int MAX_ROWS = 5_000;
    /** The most columns read: 100. */
    public static final int MAX_COLUMNS = 100;

    private final RulesProfile profile;

    private PartnerListImport(RulesProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    /** @return an import under the embedded Magdeburg 2016 rules */
    public static PartnerListImport create() {
        return of(RulesProfile.magdeburg2016());
    }

    /**
     * @param profile the rules each row is judged by; not null
     * @return an import under them
     */
    public static PartnerListImport of(RulesProfile profile) {
        return new PartnerListImport(profile);
    }

    /**
     * Reads a partner list and proposes how to take it: the header row and a column mapping guessed
     * from its names, and each data row as a declaration with the rules' findings, as if the rows
     * were applied one after another to {@code register} (so the second row of one organisation is
     * refused as already registered). Changes nothing.
     *
     * @param file the file's bytes (.xlsx, .ods or .csv, recognised by content); not null
     * @param register the register the rows would join; not null
     * @param importDay the day a row without a date takes effect; not null
     * @return the preview
     * @throws SpreadsheetException if the file cannot be read at all
     */
    public ImportPreview preview(byte[] file, Register register, LocalDate importDay) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(importDay, "importDay");
        if (file.length > MAX_BYTES) {
            throw new SpreadsheetException(Reason.TOO_LARGE, "Die Datei ist " + file.length + " Bytes groß, höchstens "
                    + MAX_BYTES + " werden gelesen / the file is " + file.length + " bytes, at most " + MAX_BYTES
                    + " are read", null);
        }
        SpreadsheetFormat format = Formats.detect(file);
        Sheet sheet = Formats.read(file, format);
        HeaderGuess header = HeaderGuess.of(sheet).orElseThrow(() -> new SpreadsheetException(Reason.NO_HEADER,
                "Keine der ersten zehn Zeilen nennt Spalten wie „Organisation“, „PLZ“ oder „E-Mail“ / none of the"
                        + " first ten rows names columns such as \"Organisation\", \"PLZ\" or \"E-Mail\"", null));
        return new ImportPreview(profile, format, sheet, header, header.mapping(), register, importDay);
    }
}
