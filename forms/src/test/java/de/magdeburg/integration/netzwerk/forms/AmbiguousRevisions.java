package de.magdeburg.integration.netzwerk.forms;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Incremental updates that make a form's names ambiguous, as an attacker or a confused tool would
 * append them to a returned file (issue 22): a second field with a name of the form, a widget of a
 * second AcroForm tree, a field moved under another parent, a widget moved to another page — next
 * to the one legitimate change a viewer makes (a new value). Each method appends one update to
 * {@code pdf}, a {@link RawPdf} file (catalog 1, pages 2, page 3, AcroForm 4), so updates chain.
 */
public final class AmbiguousRevisions {
    private static final Pattern OBJECT = Pattern.compile("(?s)(?:^|\n)(\\d+) 0 obj\n(.*?)\nendobj");

    private AmbiguousRevisions() {
    }

    /** A viewer's change: field object {@code target} replaced by {@code body} (a new value). */
    public static byte[] replace(byte[] pdf, int target, String body) {
        return Increment.on(pdf).object(target, body).bytes();
    }

    /**
     * A second root field {@code name} with another value and a widget on page 1, listed in the
     * form's /Fields and the page's /Annots: the case of issue 22.
     */
    public static byte[] secondRootField(byte[] pdf, String name, String entries) {
        Increment u = Increment.on(pdf);
        int added = u.next();
        u.object(added, widget(name, entries, 3));
        u.object(4, prepend(body(pdf, 4), "/Fields [", added));
        u.object(3, prepend(body(pdf, 3), "/Annots [", added));
        return u.bytes();
    }

    /**
     * A widget named {@code name} on page 1 whose field is in no tree of the form: what a second
     * AcroForm tree (or an orphan field) shows to a viewer.
     */
    public static byte[] secondTreeWidget(byte[] pdf, String name, String entries) {
        Increment u = Increment.on(pdf);
        int added = u.next();
        u.object(added, widget(name, entries, 3));
        u.object(3, prepend(body(pdf, 3), "/Annots [", added));
        return u.bytes();
    }

    /** Field object {@code target} moved under a new parent named {@code parent}. */
    public static byte[] reparent(byte[] pdf, int target, String parent) {
        Increment u = Increment.on(pdf);
        int node = u.next();
        u.object(node, "<< /T " + RawPdf.literal(parent) + " /Kids [" + target + " 0 R] >>");
        u.object(target, amend(body(pdf, target), "/Parent " + node + " 0 R"));
        u.object(4, body(pdf, 4).replace(" " + target + " 0 R", " ").replace("[" + target + " 0 R", "[")
                .replace("/Fields [", "/Fields [" + node + " 0 R "));
        return u.bytes();
    }

    /**
     * Field object {@code target}'s widget shown on a new second page as well ({@code keep}) or
     * only there.
     */
    public static byte[] widgetOnSecondPage(byte[] pdf, int target, boolean keep) {
        Increment u = Increment.on(pdf);
        int page = u.next();
        u.object(page, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [" + target + " 0 R] >>");
        String pages = body(pdf, 2);
        u.object(2, pages.replace("/Count 1", "/Count 2").replace("/Kids [3 0 R]", "/Kids [3 0 R " + page + " 0 R]"));
        if (!keep) {
            u.object(3, body(pdf, 3).replace(" " + target + " 0 R", " ").replace("[" + target + " 0 R", "["));
        }
        u.object(target, body(pdf, target).replace("/P 3 0 R", "/P " + page + " 0 R"));
        return u.bytes();
    }

    /** @return the last definition of dictionary object {@code number} in {@code pdf} */
    public static String body(byte[] pdf, int number) {
        Matcher m = OBJECT.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        String body = null;
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == number) {
                body = m.group(2).strip();
            }
        }
        if (body == null) {
            throw new IllegalArgumentException("no object " + number);
        }
        return body;
    }

    private static String widget(String name, String entries, int page) {
        return "<< /Type /Annot /Subtype /Widget /Rect [10 10 100 30] /P " + page + " 0 R /T " + RawPdf.literal(name)
                + " " + entries + " >>";
    }

    private static String prepend(String body, String array, int number) {
        if (!body.contains(array)) {
            throw new IllegalArgumentException("no " + array + " in " + body);
        }
        return body.replace(array, array + number + " 0 R ");
    }

    private static String amend(String body, String entries) {
        return body.substring(0, body.length() - 2) + " " + entries + " >>";
    }
}
