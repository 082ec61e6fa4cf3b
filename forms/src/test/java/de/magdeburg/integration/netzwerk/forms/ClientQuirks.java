package de.magdeburg.integration.netzwerk.forms;

import de.magdeburg.integration.netzwerk.core.Declaration;
import org.apache.pdfbox.cos.COSName;

/**
 * The four files of issue 22, as partners' tools wrote them, for the tests of every path (forms,
 * facade, command line): each must end with exact values or with DAMAGED, FOREIGN_FORM or a
 * finding naming the field.
 */
public final class ClientQuirks {
    private ClientQuirks() {
    }

    /**
     * @param prefilled a declaration form filled with an ENTRY
     * @return it with the request set to change by pypdf ({@code /V} the text string "/change")
     */
    public static byte[] pypdfChangeRequest(byte[] prefilled) throws Exception {
        return Python.run("pypdf", "pypdf_fill.py", prefilled, "request=/change");
    }

    /**
     * @return {@link HostileStructures#attendanceSheet()} with row 0 ticked and saved incrementally
     *     as PDFium saves it (no {@code /Type /XRef}, no {@code endobj}): both rows present
     */
    public static byte[] pdfiumIncrementalSheet() {
        var base = HostileStructures.attendanceSheet();
        return Increment.on(base.pdf()).object(base.target(), base.changed().replace("/V /Off /AS /Off",
                "/V /Yes /AS /Yes")).bytesAsPdfium();
    }

    /**
     * @return {@link HostileStructures#declaration()} with a second root field
     *     {@code organisation_name} ("Fremdverein GmbH", a widget on page 1) added by an update
     */
    public static byte[] duplicateOrganisationName() {
        return AmbiguousRevisions.secondRootField(HostileStructures.declaration().pdf(), "organisation_name",
                "/FT /Tx /V (Fremdverein GmbH)");
    }

    /**
     * @param prefilled a filled declaration form
     * @return it with the date typed as {@code " 05.03.2027 "}
     */
    public static byte[] spacedDate(byte[] prefilled) throws Exception {
        return Pdfs.rewrite(prefilled, doc -> Pdfs.field(doc, "date").setString(COSName.V, " 05.03.2027 "));
    }

    /** @return the declaration {@link #pypdfChangeRequest} and {@link #spacedDate} are tested with */
    public static Declaration declaration() {
        return Samples.complete();
    }
}
