package de.magdeburg.integration.netzwerk.spreadsheet.internal;

import de.magdeburg.integration.netzwerk.spreadsheet.PartnerListImport;
import de.magdeburg.integration.netzwerk.spreadsheet.SpreadsheetException;
import de.magdeburg.integration.netzwerk.spreadsheet.SpreadsheetException.Reason;

/** The bounds every reader keeps, and the exceptions that say one was passed. */
public final class Limits {
    /** See {@link PartnerListImport#MAX_ROWS}. */
    public static final int MAX_ROWS = PartnerListImport.MAX_ROWS;
    /** See {@link PartnerListImport#MAX_COLUMNS}. */
    public static final int MAX_COLUMNS = PartnerListImport.MAX_COLUMNS;
    /** Rows above the data a sheet may have: titles and a header of up to two rows. */
    public static final int HEADER_ROWS = 10;
    /**
     * What a workbook may unpack to, all parts together: 20 MiB (a list of 5,000 partners is under
     * 5 MiB of XML; POI holds the whole sheet in memory, several times its size).
     */
    public static final long MAX_UNPACKED = 20L << 20;
    /** How many parts a workbook may have. */
    public static final int MAX_ENTRIES = 1_000;
    /** A part compressed better than 1 : 100 is a zip bomb (POI's own default ratio). */
    public static final int MAX_RATIO = 100;
    /** The longest cell text kept; longer ones are cut and reported. */
    public static final int MAX_CELL = 200;

    private Limits() {
    }

    static SpreadsheetException tooManyRows() {
        return new SpreadsheetException(Reason.TOO_MANY_ROWS, "Die Liste hat mehr als " + MAX_ROWS
                + " Zeilen; bitte in Teilen einlesen / the list has more than " + MAX_ROWS
                + " rows; import it in parts", null);
    }

    static SpreadsheetException tooManyColumns(int columns) {
        return new SpreadsheetException(Reason.TOO_MANY_ROWS, "Eine Zeile hat " + columns + " Spalten, höchstens "
                + MAX_COLUMNS + " sind erlaubt / a row has " + columns + " columns, at most " + MAX_COLUMNS
                + " are allowed", null);
    }

    static SpreadsheetException zipBomb(String part, long limit) {
        return new SpreadsheetException(Reason.ZIP_BOMB, "Der Teil „" + part + "“ entpackt sich auf mehr als " + limit
                + " Bytes; die Datei wird nicht gelesen (Zip-Bombe) / the part \"" + part + "\" unpacks to more than "
                + limit + " bytes; the file is not read (zip bomb)", null);
    }

    static SpreadsheetException unreadable(String format, Throwable cause) {
        String detail = cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage();
        return new SpreadsheetException(Reason.UNREADABLE, "Die " + format + "-Datei ist beschädigt" + detail
                + " / the " + format + " file is damaged" + detail, cause);
    }
}
