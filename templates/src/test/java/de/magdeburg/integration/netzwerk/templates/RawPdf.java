package de.magdeburg.integration.netzwerk.templates;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes PDFs byte by byte, so that tests can build files no PDF library would write: cycles,
 * absurd nesting, bombs. Object {@code n} is the n-th added; object 1 must be the catalog. (The
 * same helper as in the forms tests; test code is not shared between the modules.)
 */
final class RawPdf {
    private final List<byte[]> objects = new ArrayList<>();
    private String trailerExtra = "";

    /** @return the number the next added object gets */
    int next() {
        return objects.size() + 1;
    }

    int add(String body) {
        objects.add(latin1(body));
        return objects.size();
    }

    int addStream(String dictEntries, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 100);
        out.writeBytes(latin1("<< " + dictEntries + " /Length " + data.length + " >>\nstream\n"));
        out.writeBytes(data);
        out.writeBytes(latin1("\nendstream"));
        objects.add(out.toByteArray());
        return objects.size();
    }

    byte[] object(int number) {
        return objects.get(number - 1);
    }

    void set(int number, String body) {
        objects.set(number - 1, latin1(body));
    }

    RawPdf trailer(String entries) {
        this.trailerExtra = entries;
        return this;
    }

    byte[] bytes() {
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

    static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A PDF string literal of Latin-1 text, escaped. */
    static String literal(String s) {
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")";
    }

    /** Adds dictionary entries to object {@code number}, a dictionary. */
    RawPdf amend(int number, String entries) {
        String body = new String(objects.get(number - 1), StandardCharsets.ISO_8859_1).strip();
        set(number, body.substring(0, body.length() - 2) + " " + entries + " >>");
        return this;
    }
}
