package de.magdeburg.integration.netzwerk.forms;

import de.magdeburg.integration.netzwerk.core.AttendanceRecord;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.forms.internal.AttendanceReader;
import java.util.List;
import java.util.Objects;

/**
 * Reads ticked attendance sheets (Anwesenheitslisten, §1(4); the evidence for GO-1.4). A returned
 * sheet is as untrusted as a returned declaration, so it goes through the same hardened reader: the
 * same {@link ReadLimits} (size, pages, time, decoded bytes) and the same
 * {@link FormReadException} reasons.
 *
 * <p>The sheet's contract, which the library's sheet writer follows: the document information
 * carries the sheet's description as JSON under {@value #INFO_KEY} (meeting id, day, kind, group and
 * the number of rows), and each row has a check box {@code present_N} (N from 0, in print order)
 * whose field dictionary names the organisation and person printed in its row under
 * {@value #ORGANISATION_KEY} and {@value #PERSON_KEY}.
 *
 * <p>Immutable and thread-safe.
 */
public final class AttendanceSheetReader {
    /** Document information key of the sheet's description. */
    public static final String INFO_KEY = "NetzwerkAnwesenheitsliste";
    /** Prefix of the row check boxes' names. */
    public static final String FIELD_PREFIX = "present_";
    /** Field dictionary key of the organisation printed in the row. */
    public static final String ORGANISATION_KEY = "NetzwerkOrganisation";
    /** Field dictionary key of the person printed in the row. */
    public static final String PERSON_KEY = "NetzwerkPerson";
    /** Most rows (and so form fields) a sheet may have. */
    public static final int MAX_ROWS = 10_000;

    private final ReadLimits limits;

    private AttendanceSheetReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** @return a reader with {@link ReadLimits#defaults()} */
    public static AttendanceSheetReader create() {
        return new AttendanceSheetReader(ReadLimits.defaults());
    }

    /**
     * @param limits the bounds for reading; not null
     * @return a reader with them
     */
    public static AttendanceSheetReader of(ReadLimits limits) {
        return new AttendanceSheetReader(limits);
    }

    /** @return the bounds for reading; not null */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads a ticked sheet of a known meeting. A box counts as ticked when the field's value is any
     * state other than {@code Off} ({@code Yes}, {@code On}, {@code 1} …), or, for writers that only
     * set the widget, when its appearance state is.
     *
     * @param meeting the meeting the sheet was printed for; not null
     * @param sheet the PDF as returned, as bytes, stream or path; not null; read within the limits
     * @return one record per printed partner, in print order, {@code present} as ticked
     * @throws FormReadException if the file is not a PDF, damaged, encrypted, exceeds the limits,
     *     has no form fields ({@code NO_FORM}) or is not an attendance sheet of the network
     *     ({@code FOREIGN_FORM})
     * @throws de.magdeburg.integration.netzwerk.core.NetzwerkException if the sheet belongs to another
     *     meeting, or naming the cause if PDFBox's decoding cannot be bounded (the first untrusted read
     *     installs that bound, see {@link DeclarationForm#read(Input)})
     */
    public List<AttendanceRecord> read(Meeting meeting, Input sheet) {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(sheet, "sheet");
        return AttendanceReader.read(meeting, sheet.read(limits), limits);
    }

    /**
     * Reads a ticked sheet, taking the meeting's id, day, kind and group from the sheet itself.
     *
     * @param sheet the PDF as returned, as bytes, stream or path; not null; read within the limits
     * @return one record per printed partner, in print order, {@code present} as ticked
     * @throws FormReadException as {@link #read(Meeting, Input)}, and {@code FOREIGN_FORM} if the
     *     sheet does not describe its meeting completely
     */
    public List<AttendanceRecord> read(Input sheet) {
        Objects.requireNonNull(sheet, "sheet");
        return AttendanceReader.read(null, sheet.read(limits), limits);
    }
}
