package de.magdeburg.integration.netzwerk.templates.internal;

/** Text made safe for XML content and for CSS strings. */
public final class XmlText {
    private XmlText() {
    }

    /**
     * Removes the characters XML 1.0 does not allow (C0 controls except tab/newline/CR, lone
     * surrogates, U+FFFE/U+FFFF).
     *
     * @param s any text; not null
     * @return the text without those characters
     */
    public static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (b != null) {
                        b.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            }
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            } else if (ok && b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * Escapes text for a double-quoted CSS string (the page header); the HTML escaping of the
     * template happens on top and is undone by the XML parser.
     *
     * @param s any text; not null
     * @return the escaped text, without the quotes
     */
    public static String css(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : clean(s).toCharArray()) {
            if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t') {
                b.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
