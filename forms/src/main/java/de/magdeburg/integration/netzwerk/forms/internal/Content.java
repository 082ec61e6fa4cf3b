package de.magdeburg.integration.netzwerk.forms.internal;

import java.nio.charset.StandardCharsets;

/**
 * Writes PDF content stream operators as text. Our own writer (rather than
 * {@code PDPageContentStream}) because text is encoded with the shared {@link FormFont} metrics, and
 * marked-content sequences for tagging are written exactly where we need them.
 */
final class Content {
    private final StringBuilder sb = new StringBuilder(4096);
    private final String fontName;
    private final FormFont font = FormFont.get();

    Content(String fontName) {
        this.fontName = fontName;
    }

    static String num(float v) {
        // called for every coordinate: avoid String.format and regular expressions
        long milli = Math.round(v * 1000.0);
        if (milli % 1000 == 0) {
            return Long.toString(milli / 1000);
        }
        StringBuilder sb = new StringBuilder(12);
        if (milli < 0) {
            sb.append('-');
            milli = -milli;
        }
        sb.append(milli / 1000).append('.');
        long frac = milli % 1000;
        if (frac < 100) {
            sb.append('0');
        }
        if (frac < 10) {
            sb.append('0');
        }
        sb.append(frac);
        int end = sb.length();
        while (sb.charAt(end - 1) == '0') {
            end--;
        }
        sb.setLength(end);
        return sb.toString();
    }

    Content op(String operator, float... operands) {
        for (float f : operands) {
            sb.append(num(f)).append(' ');
        }
        sb.append(operator).append('\n');
        return this;
    }

    Content raw(String text) {
        sb.append(text).append('\n');
        return this;
    }

    private String fill = "0 g";

    Content rgb(float r, float g, float b, boolean stroke) {
        if (!stroke) {
            fill = num(r) + " " + num(g) + " " + num(b) + " RG";
        }
        return op(stroke ? "RG" : "rg", r, g, b);
    }

    Content gray(float g, boolean stroke) {
        if (!stroke) {
            fill = num(g) + " G";
        }
        return op(stroke ? "G" : "g", g);
    }

    Content rect(float x, float y, float w, float h) {
        return op("re", x, y, w, h);
    }

    Content line(float x1, float y1, float x2, float y2) {
        op("m", x1, y1);
        op("l", x2, y2);
        return raw("S");
    }

    /** Text in the form font; {@code bold} strokes the outline lightly (one font file, no second embed). */
    Content text(String text, float x, float y, float size, boolean bold) {
        if (bold) {
            sb.append("q\n").append(fill).append('\n').append(num(size * 0.035f)).append(" w\n");
        }
        sb.append("BT\n/").append(fontName).append(' ').append(num(size)).append(" Tf\n")
                .append(bold ? "2" : "0").append(" Tr\n");
        sb.append(num(x)).append(' ').append(num(y)).append(" Td\n<")
                .append(font.encodeHex(text)).append("> Tj\nET\n");
        if (bold) {
            sb.append("Q\n");
        }
        return this;
    }

    Content beginTagged(String tag, int mcid) {
        sb.append('/').append(tag).append(" <</MCID ").append(mcid).append(">> BDC\n");
        return this;
    }

    Content beginArtifact() {
        sb.append("/Artifact BMC\n");
        return this;
    }

    Content end() {
        sb.append("EMC\n");
        return this;
    }

    /** Four Bézier arcs approximating a circle. */
    Content circle(float cx, float cy, float r) {
        float k = 0.5523f * r;
        op("m", cx + r, cy);
        op("c", cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        op("c", cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        op("c", cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        op("c", cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        return this;
    }

    byte[] bytes() {
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
