package de.magdeburg.integration.netzwerk.templates.internal;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;

/**
 * Where a line may break: where {@link BreakIterator} says (Unicode line breaking, including
 * after the soft hyphens) except inside an e-mail or web address, which breaks only after
 * {@code @} and {@code /} or before a dot (in an e-mail address, only in front of the
 * {@code @}). Nothing is inserted into the text for this, so an
 * address copied from the PDF is the address.
 *
 * <p>A character that no font of the document can show (drawn as "#") may break before and
 * after it, so that a name in such a script wraps inside its cell instead of running over the
 * next one.
 *
 * <p>Not thread-safe: one per render.
 */
final class LineBreaker implements FSTextBreaker {
    /** Quotation marks that close a quotation (German „…“ and ‚…‘, English “…”, French «…» and »…«). */
    private static final String CLOSING_QUOTES = "\u201C\u201D\u2018\u2019\u00BB\u00AB\"'";
    /** Quotation marks that open one. */
    private static final String OPENING_QUOTES = "\u201E\u201A\u201C\u2018\u00AB\u00BB";

    private final BreakIterator unicode = BreakIterator.getLineInstance(Locale.GERMAN);
    private final IntPredicate unprintable;
    private String text = "";
    /** The break points of a text with addresses; null to take the Unicode ones as they come. */
    private int[] breaks;
    private int next;

    LineBreaker() {
        this(c -> false);
    }

    /** @param unprintable whether no font of the document has a glyph for a code point */
    LineBreaker(IntPredicate unprintable) {
        this.unprintable = unprintable;
    }

    @Override
    public void setText(String text) {
        this.text = text;
        unicode.setText(text);
        next = 0;
        breaks = null;
        boolean unprintables = text.codePoints().anyMatch(c -> c >= 0x80 && unprintable.test(c));
        // most runs of text hold no address: then the Unicode breaks are used as they come
        if (!unprintables && text.indexOf('@') < 0 && text.indexOf('/') < 0 && !text.contains("www.")) {
            return;
        }
        List<int[]> addresses = new ArrayList<>();
        Matcher m = Typesetting.ADDRESS.matcher(text);
        while (m.find()) {
            addresses.add(new int[] {m.start(), m.end()});
        }
        if (addresses.isEmpty() && !unprintables) {
            return;
        }
        TreeSet<Integer> points = new TreeSet<>();
        for (int p = nextUnicode(); p != BreakIterator.DONE; p = nextUnicode()) {
            int at = p;
            if (addresses.stream().noneMatch(a -> a[0] < at && at < a[1])) {
                points.add(p);
            }
        }
        for (int[] a : addresses) {
            // an e-mail address breaks after its "@" or, in a long local part, before a dot; its
            // domain stays whole; a line ending in "." or "-" would read as a sentence's end or
            // as a hyphenation
            int at = text.indexOf('@', a[0]);
            boolean email = at >= 0 && at < a[1];
            for (int i = a[0] + 1; i < a[1] - 1; i++) {
                char c = text.charAt(i);
                if (c == '@' || c == '/') {
                    points.add(i + 1);
                } else if (c == '.' && (!email || i < at)) {
                    points.add(i);
                }
            }
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int end = i + Character.charCount(c);
            if (c >= 0x80 && unprintable.test(c)) {
                if (i > 0) {
                    points.add(i);
                }
                points.add(end);
            }
            i = end;
        }
        breaks = points.stream().mapToInt(Integer::intValue).toArray();
    }

    private int nextUnicode() {
        int p = unicode.next();
        while (p != BreakIterator.DONE && (insideNumber(text, p) || atQuote(text, p))) {
            p = unicode.next();
        }
        return p;
    }

    /**
     * "17:00", "14.01.2027", "1,5", "16:00–18:00": the rules allow a break after the colon or
     * the dash, we do not.
     */
    private static boolean insideNumber(String text, int p) {
        return p > 1 && p < text.length() && Character.isDigit(text.charAt(p))
                && ":.,/\u2013".indexOf(text.charAt(p - 1)) >= 0 && Character.isDigit(text.charAt(p - 2));
    }

    /**
     * A quotation mark stays with the word it touches: java.text's rules allow a break between
     * "2027" and the closing "“", which left the mark alone on the work plan's last line.
     */
    private static boolean atQuote(String text, int p) {
        if (p <= 0 || p >= text.length()) {
            return false;
        }
        boolean closing = CLOSING_QUOTES.indexOf(text.charAt(p)) >= 0 && !Character.isWhitespace(text.charAt(p - 1));
        boolean opening = OPENING_QUOTES.indexOf(text.charAt(p - 1)) >= 0 && !Character.isWhitespace(text.charAt(p))
                && (p < 2 || Character.isWhitespace(text.charAt(p - 2)));
        return closing || opening;
    }

    @Override
    public int next() {
        if (breaks == null) {
            return nextUnicode();
        }
        return next < breaks.length ? breaks[next++] : BreakIterator.DONE;
    }
}
