package de.magdeburg.integration.netzwerk.templates;

import de.magdeburg.integration.netzwerk.forms.RawPdf;

/** Hostile attendance sheets, generated: a raw sheet of the given meeting with {@code rows} boxes. */
final class AttendanceHostileInputs {
    static final String MEETING = "language-2026-04";

    private AttendanceHostileInputs() {
    }

    /** The sheet description as the writer puts it in the document information. */
    static String description(int rows) {
        return RawPdf.literal("{\"version\":1,\"meetingId\":\"" + MEETING + "\",\"date\":\"2026-11-26\","
                + "\"kind\":\"WORKING_GROUP\",\"groupId\":\"language\",\"rows\":" + rows + "}");
    }

    /**
     * A sheet with {@code fields} check boxes {@code present_0 …}, every other one ticked, and a
     * description of {@code rows} rows; {@code extra} is appended to each field dictionary.
     */
    static RawPdf sheet(int rows, int fields, String extra) {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R /AcroForm 4 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        pdf.add("ACROFORM");
        StringBuilder refs = new StringBuilder();
        for (int i = 0; i < fields; i++) {
            int n = pdf.add("<< /FT /Btn /T (present_" + i + ") /V /" + (i % 2 == 0 ? "Yes" : "Off")
                    + " /NetzwerkOrganisation (Verein " + i + ") /NetzwerkPerson (Person " + i + ") " + extra + " >>");
            refs.append(n).append(" 0 R ");
        }
        pdf.set(4, "<< /Fields [" + refs + "] >>");
        pdf.trailer("/Info << /NetzwerkAnwesenheitsliste " + description(rows) + " >>");
        return pdf;
    }

    static byte[] valid(int rows) {
        return sheet(rows, rows, "").bytes();
    }

    /** 10 000 rows described, 100 000 fields present: a reader that looks each row up by walking the tree is quadratic. */
    static byte[] manyRowsAndFields() {
        return sheet(10_000, 100_000, "").bytes();
    }

    /** Fields whose /Kids contain each other, eight times each, and a field that is its own /Parent. */
    static byte[] fieldTreeCycles() {
        RawPdf pdf = sheet(3, 3, "");
        int a = pdf.next();
        int b = a + 1;
        pdf.add("<< /T (a) /Kids [" + (b + " 0 R ").repeat(8) + "] /Parent " + b + " 0 R >>");
        pdf.add("<< /T (b) /Kids [" + (a + " 0 R ").repeat(8) + "] /Parent " + a + " 0 R >>");
        String form = new String(pdf.object(4), java.nio.charset.StandardCharsets.ISO_8859_1);
        pdf.set(4, form.replace("/Fields [", "/Fields [" + a + " 0 R "));
        return pdf.bytes();
    }

    /** The organisation of row 0 is 10 MB long. */
    static byte[] hugeOrganisation() {
        RawPdf pdf = sheet(2, 2, "");
        String first = new String(pdf.object(5), java.nio.charset.StandardCharsets.ISO_8859_1);
        pdf.set(5, first.replace("(Verein 0)", "(" + "V".repeat(10_000_000) + ")"));
        return pdf.bytes();
    }

    /** The person of each row carries control characters and markup. */
    static byte[] controlCharacters() {
        return sheet(3, 3, "/NetzwerkPerson (\u0000\u0007\u001b[31m<script>\r\n)").bytes();
    }

    /** The sheet description nested 100 000 arrays deep. */
    static byte[] nestedDescription() {
        RawPdf pdf = sheet(3, 3, "");
        pdf.trailer("/Info << /NetzwerkAnwesenheitsliste (" + "[".repeat(100_000) + "]".repeat(100_000) + ") >>");
        return pdf.bytes();
    }

    /** A field value nested 100 000 arrays deep. */
    static byte[] nestedValue() {
        RawPdf pdf = sheet(3, 3, "");
        String first = new String(pdf.object(5), java.nio.charset.StandardCharsets.ISO_8859_1);
        pdf.set(5, first.replace("/V /Yes", "/V " + "[".repeat(100_000) + "]".repeat(100_000)));
        return pdf.bytes();
    }

    /** 1 GiB (twice flated) as the appearance stream of every box and as the XMP metadata. */
    static byte[] bomb() {
        // no /AS: rows 1 and 3 are off by /V, and a ticked appearance state would contradict them
        RawPdf pdf = sheet(3, 3, "/AP << /N << /Yes 8 0 R /Off 8 0 R >> >>");
        pdf.addStream("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Filter [/FlateDecode /FlateDecode]",
                bombBytes());
        int metadata = pdf.addStream("/Type /Metadata /Subtype /XML /Filter [/FlateDecode /FlateDecode]", bombBytes());
        pdf.amend(1, "/Metadata " + metadata + " 0 R");
        return pdf.bytes();
    }

    /** A sheet of three rows with {@code count} pages. */
    static byte[] pages(int count) {
        return sheet(3, 3, "").withPages(count).bytes();
    }

    private static byte[] bombBytes;

    static synchronized byte[] bombBytes() {
        if (bombBytes == null) {
            bombBytes = RawPdf.deflate(RawPdf.deflate(new byte[1 << 20], 1 << 10), 1);
        }
        return bombBytes;
    }
}
