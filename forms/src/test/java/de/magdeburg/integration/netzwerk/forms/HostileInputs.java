package de.magdeburg.integration.netzwerk.forms;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Map;

/**
 * Hostile files, generated rather than committed (some are megabytes): each is the smallest file
 * that reaches the part of the reader it attacks. Built on {@link RawPdf#miniForm(Map)}, which
 * carries all our field names, so that the attack is reached after the form is recognised.
 */
final class HostileInputs {
    /** Uncompressed size of the decompression bombs: 1 GiB (twice flated: about 1 kB in the file). */
    static final long BOMB_SIZE = 1L << 30;
    private static byte[] bomb;

    private HostileInputs() {
    }

    /** Our fields, another producer, no appearance streams: a form filled by a third-party tool. */
    static byte[] otherProducer() {
        return RawPdf.miniForm(RawPdf.miniValues()).bytes();
    }

    /** A 1 GiB text-field value as a /FlateDecode /FlateDecode stream. */
    static byte[] bombInFieldValue() {
        var fields = RawPdf.miniValues();
        int stream = RawPdf.firstFree(fields);
        fields.put("organisation_name", "/FT /Tx /V " + stream + " 0 R");
        RawPdf pdf = RawPdf.miniForm(fields);
        pdf.addStream("/Filter [/FlateDecode /FlateDecode]", bomb());
        return pdf.bytes();
    }

    /** A 1 GiB normal appearance stream of a widget, the XMP metadata and an XFA packet. */
    static byte[] bombInAppearanceMetadataAndXfa() {
        var fields = RawPdf.miniValues();
        int stream = RawPdf.firstFree(fields);
        fields.put("last_name", fields.get("last_name") + " /AP << /N " + stream + " 0 R >>");
        RawPdf pdf = RawPdf.miniForm(fields);
        pdf.addStream("/Type /XObject /Subtype /Form /BBox [0 0 90 20] /Filter [/FlateDecode /FlateDecode]", bomb());
        int metadata = pdf.addStream("/Type /Metadata /Subtype /XML /Filter [/FlateDecode /FlateDecode]", bomb());
        int xfa = pdf.addStream("/Filter [/FlateDecode /FlateDecode]", bomb());
        pdf.amend(1, "/Metadata " + metadata + " 0 R");
        pdf.amend(4, "/XFA " + xfa + " 0 R");
        return pdf.bytes();
    }

    /** The value of a field nested {@code depth} arrays deep. */
    static byte[] nestedArrays(int depth) {
        var fields = RawPdf.miniValues();
        fields.put("function", "/FT /Tx /V " + "[".repeat(depth) + "]".repeat(depth));
        return RawPdf.miniForm(fields).bytes();
    }

    /** A field dictionary entry nested {@code depth} dictionaries deep. */
    static byte[] nestedDictionaries(int depth) {
        var fields = RawPdf.miniValues();
        fields.put("function", "/FT /Tx /V (Vorsitzende) /X " + "<< /A ".repeat(depth) + "1" + " >>".repeat(depth));
        return RawPdf.miniForm(fields).bytes();
    }

    /**
     * A non-terminal field that is its own grandchild (/Kids and /Parent in a circle), each node
     * listing the other eight times, with a terminal child that is its own /Parent.
     */
    static byte[] fieldTreeCycles() {
        var fields = RawPdf.miniValues();
        fields.put("group", "");
        int a = RawPdf.firstFree(fields);
        int b = a + 1;
        int c = a + 2;
        fields.put("group", "/Kids [" + a + " 0 R]");
        RawPdf pdf = RawPdf.miniForm(fields);
        int group = 4 + fields.size();
        // each node lists the other eight times: 8^20 paths for a walker without memory
        pdf.add("<< /T (a) /Parent " + group + " 0 R /Kids [" + (b + " 0 R ").repeat(8) + "] >>");
        pdf.add("<< /T (b) /Parent " + a + " 0 R /Kids [" + group + " 0 R " + c + " 0 R " + (a + " 0 R ").repeat(8)
                + "] >>");
        pdf.add("<< /T (c) /FT /Tx /V (x) /Parent " + c + " 0 R >>");
        return pdf.bytes();
    }

    /** Our form plus {@code count} extra text fields. */
    static byte[] manyFields(int count) {
        var fields = RawPdf.miniValues();
        int first = RawPdf.firstFree(fields);
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < count; i++) {
            kids.append(first + i).append(" 0 R ");
        }
        RawPdf pdf = RawPdf.miniForm(fields);
        for (int i = 0; i < count; i++) {
            pdf.add("<< /FT /Tx /T (extra" + i + ") /V (" + i + ") >>");
        }
        String acroForm = new String(pdf.object(4), java.nio.charset.StandardCharsets.ISO_8859_1);
        pdf.set(4, acroForm.replace("] /DA", " " + kids + "] /DA"));
        return pdf.bytes();
    }

    /** Our form plus one non-terminal field with {@code count} kids. */
    static byte[] manyKids(int count) {
        var fields = RawPdf.miniValues();
        fields.put("parent", "");
        int first = RawPdf.firstFree(fields);
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < count; i++) {
            kids.append(first + i).append(" 0 R ");
        }
        fields.put("parent", "/Kids [" + kids + "]");
        RawPdf pdf = RawPdf.miniForm(fields);
        for (int i = 0; i < count; i++) {
            pdf.add("<< /FT /Tx /T (kid" + i + ") /V (" + i + ") >>");
        }
        return pdf.bytes();
    }

    /** A text value of {@code size} characters, as a literal string. */
    static byte[] hugeFieldValue(int size) {
        var fields = RawPdf.miniValues();
        fields.put("organisation_city", "/FT /Tx /V (" + "M".repeat(size) + ")");
        return RawPdf.miniForm(fields).bytes();
    }

    /** Field names with control characters: a copy of a field of ours, a working group, a text. */
    static byte[] controlCharactersInNames() {
        var fields = RawPdf.miniValues();
        fields.put("organisation_name\u0000\u0007", "/FT /Tx /V (Falscher Verein)");
        fields.put("wg_\u0001\u001b[31m", "/FT /Btn /V /Yes");
        fields.put("\r\n\t\u007f", "/FT /Tx /V (\u0001\u0002\u001b)");
        fields.put("email", "/FT /Tx /V (as@example.org\u0000\u0008)");
        return RawPdf.miniForm(fields).bytes();
    }

    /** JavaScript on open, in the name tree and on a field; a launch action on a widget and a link. */
    static byte[] javaScriptAndLaunch() {
        var fields = RawPdf.miniValues();
        fields.put("email", fields.get("email")
                + " /AA << /K << /S /JavaScript /JS (app.alert\\('keystroke'\\)) >> >>"
                + " /A << /S /Launch /F (cmd.exe) /Win << /F (cmd.exe) /P (/c calc) >> >>");
        RawPdf pdf = RawPdf.miniForm(fields);
        int names = pdf.add("<< /Names [(init) << /S /JavaScript /JS (this.exportDataObject\\(\\)) >>] >>");
        int link = pdf.add("<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /Launch /F (evil.exe) >> >>");
        pdf.amend(1, "/OpenAction << /S /JavaScript /JS (app.launchURL\\('http://example.org'\\)) >>"
                + " /Names << /JavaScript " + names + " 0 R >>");
        String page = new String(pdf.object(3), java.nio.charset.StandardCharsets.ISO_8859_1);
        pdf.set(3, page.replace("/Annots [", "/Annots [" + link + " 0 R "));
        return pdf.bytes();
    }

    /** A hybrid form: our AcroForm fields plus an XFA packet (as Adobe LiveCycle writes). */
    static byte[] xfaForm() {
        RawPdf pdf = RawPdf.miniForm(RawPdf.miniValues());
        int xfa = pdf.addStream("", RawPdf.latin1("<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"><xfa:datasets "
                + "xmlns:xfa=\"http://www.xfa.org/schema/xfa-data/1.0/\"><xfa:data><form><organisation_name>Anderer"
                + "</organisation_name></form></xfa:data></xfa:datasets></xdp:xdp>"));
        pdf.amend(4, "/XFA " + xfa + " 0 R");
        pdf.amend(1, "/NeedsRendering true");
        return pdf.bytes();
    }

    /** A pure (dynamic) XFA form: no AcroForm fields at all. */
    static byte[] xfaOnly() {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R /AcroForm 4 0 R /NeedsRendering true >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        pdf.add("<< /Fields [] /XFA 5 0 R >>");
        pdf.addStream("", RawPdf.latin1("<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"/>"));
        return pdf.bytes();
    }

    /** Our form with {@code count} pages. */
    static byte[] pages(int count) {
        return RawPdf.miniForm(RawPdf.miniValues()).withPages(count).bytes();
    }

    /** The first {@code percent} % of a file. */
    static byte[] truncated(byte[] pdf, int percent) {
        return Arrays.copyOf(pdf, (int) ((long) pdf.length * percent / 100));
    }

    static byte[] png() {
        return hex("89504E470D0A1A0A0000000D4948445200000001000000010806000000"
                + "1F15C4890000000D49444154789C6360000002000154A24F5D0000000049454E44AE426082");
    }

    static byte[] zip() throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("erklaerung.pdf"));
            zip.write(otherProducer());
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] hex(String s) {
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    /** {@link #BOMB_SIZE} zero bytes, flated twice. */
    static synchronized byte[] bomb() {
        if (bomb == null) {
            bomb = deflate(RawPdf.deflate(new byte[1 << 20], BOMB_SIZE >> 20));
        }
        return bomb;
    }

    private static byte[] deflate(byte[] data) {
        return RawPdf.deflate(data, 1);
    }
}
