package de.magdeburg.integration.netzwerk.spreadsheet;

import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import java.util.Objects;

/**
 * A partner list that cannot be read at all: no spreadsheet, too large, a zip bomb, no header row.
 * The message is one line, German then English, and names the value; {@link #reason()} lets a caller
 * {@code switch} over the cause.
 */
public final class SpreadsheetException extends NetzwerkException {
    private static final long serialVersionUID = 1L;

    /** Why the file cannot be read. */
    public enum Reason {
        /** Neither .xlsx, .ods nor text (e.g. a PDF, an image). */
        NOT_A_SPREADSHEET,
        /** An old binary .xls or an encrypted workbook: save it as .xlsx without a password. */
        UNSUPPORTED,
        /** More bytes than {@link PartnerListImport#MAX_BYTES}. */
        TOO_LARGE,
        /** Unpacks to far more than it is (a zip bomb), or has too many parts. */
        ZIP_BOMB,
        /** More data rows than {@link PartnerListImport#MAX_ROWS} or columns than {@link PartnerListImport#MAX_COLUMNS}. */
        TOO_MANY_ROWS,
        /** No row among the first ten names at least two known columns. */
        NO_HEADER,
        /** The file is damaged. */
        UNREADABLE
    }

    private final Reason reason;

    /**
     * @param reason why; not null
     * @param message German, then English, naming the value
     * @param cause the reader's exception; may be null
     */
    public SpreadsheetException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return why the file cannot be read; not null */
    public Reason reason() {
        return reason;
    }
}
