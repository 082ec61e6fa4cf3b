package de.magdeburg.integration.netzwerk.forms;

import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import java.util.Objects;

/**
 * A file that cannot be read as a declaration form at all. The message is in German and English,
 * in one line, and names the reason, so that the coordinator can tell the partner what to send
 * instead. Problems of the form's content are not exceptions but findings of a
 * {@link DeclarationReading}.
 */
public final class FormReadException extends NetzwerkException {
    private static final long serialVersionUID = 1L;

    /** Why a file could not be read. */
    public enum Reason {
        /** Not a PDF at all (an image, an office document, an empty file). */
        NOT_A_PDF("Die Datei ist kein PDF", "The file is not a PDF"),
        /** A PDF that is truncated or broken beyond repair. */
        DAMAGED("Die PDF-Datei ist beschädigt oder unvollständig", "The PDF file is damaged or incomplete"),
        /** Protected by a password needed to open it. */
        ENCRYPTED("Die PDF-Datei ist mit einem Kennwort geschützt", "The PDF file is protected by a password"),
        /** No fillable fields: printed and scanned, or flattened. */
        NO_FORM("Die PDF-Datei enthält keine ausfüllbaren Formularfelder (gedruckt und eingescannt oder "
                + "„flachgerechnet“?)", "The PDF file has no fillable form fields (printed and scanned, or flattened?)"),
        /** A form, but not the one expected: not the network's declaration form or attendance sheet. */
        FOREIGN_FORM("Die PDF-Datei ist nicht das erwartete Formular des Netzwerks",
                "The PDF file is not the network's form that was expected"),
        /** Larger than the configured limit. */
        TOO_LARGE("Die Datei ist zu groß", "The file is too large"),
        /** More pages than the configured limit. */
        TOO_MANY_PAGES("Die PDF-Datei hat zu viele Seiten", "The PDF file has too many pages"),
        /**
         * Not read within {@link ReadLimits#maxParseTime()}, or more than 1 000 form fields: built to
         * exhaust the reader, or broken.
         */
        TOO_COMPLEX("Die PDF-Datei ist zu komplex, um sie in der erlaubten Zeit zu lesen",
                "The PDF file is too complex to be read in the time allowed");

        private final String german;
        private final String english;

        Reason(String german, String english) {
            this.german = german;
            this.english = english;
        }

        /** @return the German sentence for this reason, without detail */
        public String german() {
            return german;
        }

        /** @return the English sentence for this reason, without detail */
        public String english() {
            return english;
        }
    }

    /** Why the file could not be read. */
    private final Reason reason;

    /**
     * @param reason why; not null
     * @param detailDe German detail (e.g. "21 MB, höchstens 20 MB"); may be empty
     * @param detailEn English detail; may be empty
     * @param cause the underlying problem; may be null
     */
    public FormReadException(Reason reason, String detailDe, String detailEn, Throwable cause) {
        super(message(reason, detailDe, detailEn), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    private static String message(Reason reason, String de, String en) {
        return reason.german() + (de == null || de.isEmpty() ? "" : " (" + de + ")") + ". / "
                + reason.english() + (en == null || en.isEmpty() ? "" : " (" + en + ")") + ". [" + reason + "]";
    }

    /** @return why the file could not be read; not null */
    public Reason reason() {
        return reason;
    }
}
