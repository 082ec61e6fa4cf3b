package de.magdeburg.integration.netzwerk.forms;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.Deflater;

/**
 * Writes PDFs byte by byte, so that tests can build files no PDF library would write: cycles,
 * absurd nesting, bombs. Object {@code n} is the n-th added; object 1 must be the catalog.
 * Shared by the forms and templates tests through the forms test-jar.
 */
public final class RawPdf {
    private final List<byte[]> objects = new ArrayList<>();
    private String trailerExtra = "";

    /** @return the number the next added object gets */
    public int next() {
        return objects.size() + 1;
    }

    public int add(String body) {
        objects.add(latin1(body));
        return objects.size();
    }

    public int addStream(String dictEntries, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 100);
        out.writeBytes(latin1("<< " + dictEntries + " /Length " + data.length + " >>\nstream\n"));
        out.writeBytes(data);
        out.writeBytes(latin1("\nendstream"));
        objects.add(out.toByteArray());
        return objects.size();
    }

    public byte[] object(int number) {
        return objects.get(number - 1);
    }

    public void set(int number, String body) {
        objects.set(number - 1, latin1(body));
    }

    public RawPdf trailer(String entries) {
        this.trailerExtra = entries;
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(latin1("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.size();
            out.writeBytes(latin1((i + 1) + " 0 obj\n"));
            out.writeBytes(objects.get(i));
            out.writeBytes(latin1("\nendobj\n"));
        }
        long xref = out.size();
        StringBuilder sb = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long offset : offsets) {
            sb.append(String.format("%010d 00000 n \n", offset));
        }
        sb.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R ").append(trailerExtra)
                .append(" >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        out.writeBytes(latin1(sb.toString()));
        return out.toByteArray();
    }

    public static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A PDF string literal of Latin-1 text, escaped. */
    public static String literal(String s) {
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")";
    }

    /**
     * A minimal form with every field of our contract as its own widget on one page, filled with
     * a complete, valid ENTRY declaration, written by "another producer".
     *
     * @param fields the dictionary entries (besides the widget's) per field name, in order, e.g.
     *     a copy of {@link #MINI_VALUES} with changes; objects added afterwards are numbered from
     *     {@link #firstFree(Map)}
     */
    static RawPdf miniForm(Map<String, String> fields) {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R /AcroForm 4 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("PAGE");
        pdf.add("ACROFORM");
        List<Integer> numbers = new ArrayList<>();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            numbers.add(pdf.add("<< /Type /Annot /Subtype /Widget /Rect [10 10 100 30] /P 3 0 R /T "
                    + literal(f.getKey()) + " " + f.getValue() + " >>"));
        }
        String refs = numbers.stream().map(n -> n + " 0 R").collect(Collectors.joining(" "));
        pdf.set(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [" + refs + "] >>");
        pdf.set(4, "<< /Fields [" + refs + "] /DA (/Helv 0 Tf 0 g) >>");
        pdf.trailer("/Info << /Producer (Other Forms Suite 4.2) /Creator (Other) >>");
        return pdf;
    }

    /** @return the number of the first object added after {@link #miniForm(Map)} */
    static int firstFree(Map<String, String> fields) {
        return 5 + fields.size();
    }

    /** Adds dictionary entries to object {@code number}, a dictionary. */
    public RawPdf amend(int number, String entries) {
        String body = new String(objects.get(number - 1), StandardCharsets.ISO_8859_1).strip();
        set(number, body.substring(0, body.length() - 2) + " " + entries + " >>");
        return this;
    }

    /** The fields of a complete, valid ENTRY declaration, by name (a fresh, modifiable copy each time). */
    static Map<String, String> miniValues() {
        return new java.util.LinkedHashMap<>(MINI_VALUES);
    }

    private static final Map<String, String> MINI_VALUES = mini();

    private static Map<String, String> mini() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("request", "/FT /Btn /Ff 49152 /V /entry /AS /entry");
        m.put("organisation_name", "/FT /Tx /V (Beispielverein e. V.)");
        m.put("organisation_street", "/FT /Tx /V (Breiter Weg 1)");
        m.put("organisation_postal_code", "/FT /Tx /V (39104)");
        m.put("organisation_city", "/FT /Tx /V (Magdeburg)");
        m.put("list_on_portal", "/FT /Btn /V /Yes /AS /Yes");
        m.put("last_name", "/FT /Tx /V (Schmidt)");
        m.put("first_name", "/FT /Tx /V (Anna)");
        m.put("function", "/FT /Tx /V (Vorsitzende)");
        m.put("phone", "/FT /Tx /V (0391 123456)");
        m.put("email", "/FT /Tx /V (as@example.org)");
        m.put("wg_language", "/FT /Btn /V /Yes /AS /Yes");
        m.put("cross_group_meetings", "/FT /Btn /V /Off /AS /Off");
        m.put("place", "/FT /Tx /V (Magdeburg)");
        m.put("date", "/FT /Tx /V (20.11.2026)");
        m.put("signatory_name", "/FT /Tx /V (Anna Schmidt)");
        m.put("signature", "/FT /Sig");
        return m;
    }

    /**
     * A ticked attendance sheet as our writer describes it (document information, one check box
     * per row naming its organisation and person), without the printed table: two rows, the first
     * not ticked, the second ticked. Object 5 is the field of row 0.
     */
    static byte[] attendanceSheet() {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R /AcroForm 4 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [5 0 R 6 0 R] >>");
        pdf.add("<< /Fields [5 0 R 6 0 R] >>");
        pdf.add("<< /Type /Annot /Subtype /Widget /Rect [10 10 30 30] /P 3 0 R /T (present_0) /FT /Btn /V /Off"
                + " /AS /Off /NetzwerkOrganisation (Beispielverein e. V.) /NetzwerkPerson (Anna Schmidt) >>");
        pdf.add("<< /Type /Annot /Subtype /Widget /Rect [10 40 30 60] /P 3 0 R /T (present_1) /FT /Btn /V /Yes"
                + " /AS /Yes /NetzwerkOrganisation (Zweiter Verein) /NetzwerkPerson () >>");
        pdf.trailer("/Info << /Producer (Netzwerk) /NetzwerkAnwesenheitsliste " + literal(ATTENDANCE_SHEET_JSON)
                + " >>");
        return pdf.bytes();
    }

    /** The description {@link #attendanceSheet()} carries. */
    static final String ATTENDANCE_SHEET_JSON = "{\"version\":1,\"meetingId\":\"ag-sprache-2026-11\","
            + "\"date\":\"2026-11-20\",\"kind\":\"WORKING_GROUP\",\"groupId\":\"language\",\"rows\":2}";

    /**
     * Gives the document {@code count} pages: page object 3 and {@code count - 1} empty pages added
     * now, all under page tree object 2.
     *
     * @param count the number of pages, at least 1
     * @return this
     */
    public RawPdf withPages(int count) {
        int first = next();
        StringBuilder kids = new StringBuilder("3 0 R");
        for (int i = 1; i < count; i++) {
            add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
            kids.append(' ').append(first + i - 1).append(" 0 R");
        }
        set(2, "<< /Type /Pages /Kids [" + kids + "] /Count " + count + " >>");
        return this;
    }

    /**
     * Flate-compresses {@code data} repeated {@code times} times in one stream: with zeros, a
     * small file that inflates to gigabytes.
     *
     * @param data the bytes to repeat
     * @param times how often
     * @return the compressed stream data
     */
    public static byte[] deflate(byte[] data, long times) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        for (long i = 0; i < times; i++) {
            deflater.setInput(data);
            while (!deflater.needsInput()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buf, 0, deflater.deflate(buf));
        }
        deflater.end();
        return out.toByteArray();
    }
}
