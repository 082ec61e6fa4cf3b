package de.magdeburg.integration.netzwerk.templates.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fop.hyphenation.Hyphenation;
import org.apache.fop.hyphenation.HyphenationTree;

/**
 * German typesetting of the rendered XHTML, done on the text before layout because OpenHTMLtoPDF
 * 1.1.37 neither hyphenates nor knows which spaces must not break.
 *
 * <ul>
 * <li>Words get soft hyphens (U+00AD) where the TeX patterns of the document's language allow a
 *     break, so a narrow column breaks "Netzwerk-koordination" with a hyphen instead of anywhere.</li>
 * <li>E-mail addresses and web addresses get no soft hyphens: they break only after {@code @} and
 *     {@code /} or before a dot of a web address or of an e-mail address's local part (see
 *     {@link LineBreaker}), never with a hyphen, which would invite typing errors.</li>
 * <li>Data values, the text of an element with the class {@code name} (names of people and
 *     organisations, addresses, places, e-mail addresses, dates and times: the templates mark every
 *     value that comes from the register or the meeting), get no soft hyphens: German office
 *     practice never hyphenates a name, it breaks between words. Only a word longer than any column
 *     ({@value #MIN_UNBROKEN} letters or more) still gets the breaks of the patterns, or failing
 *     those one every few letters, so that it stays inside its cell; not even that in a cell of the
 *     class {@code whole}, which was sized to hold its longest word ({@link SheetColumns}).</li>
 * <li>A quotation mark stays with the word it touches.</li>
 * <li>Abbreviations of two parts ("e. V.", "z. B."), "§ 5", "Abs. 1", a number and its unit
 *     ("18:00 Uhr", "60 mm"), a weekday and its date ("Mi., 16.06.2027"), day, month and year
 *     ("3. Dezember 2026"), a postal code and its town and the groups of a phone number are joined by no-break spaces; a time
 *     range ("16:00–18:00") does not break at its dash.</li>
 * </ul>
 *
 * <p>Only text between tags of the body is touched, never attributes, the title or the style.
 * Immutable and thread-safe; the patterns are read once per language.
 */
public final class Typesetting {
    /** Soft hyphen: a break opportunity that shows a hyphen only when the line breaks there. */
    public static final char SOFT_HYPHEN = '\u00AD';
    private static final char NO_BREAK_SPACE = '\u00A0';

    /** Shorter words are not worth a break. */
    private static final int MIN_WORD = 6;
    /**
     * Four letters at least on either side of a break: the patterns allow two and three, which in
     * narrow columns gave breaks that read as misprints and tear the first part of a compound
     * ("Jah-resbilanz", "Mi-grantenselbstorganisationen"); with four the breaks fall at the
     * compound's joints and in its longer parts ("Jahres-bilanz", "Migranten-selbstorganisationen").
     */
    private static final int MIN_LEFT = 4;
    private static final int MIN_RIGHT = 4;
    /**
     * A word this long fits no column of the documents (the attendance sheet's organisation column
     * holds about 22 letters at 8.5 pt), so it must break somewhere, even in a name.
     */
    static final int MIN_UNBROKEN = 22;

    private static final Map<String, HyphenationTree> PATTERNS = new ConcurrentHashMap<>();
    /**
     * Documents repeat their words, so each language's patterns are walked once per word (the tree
     * has no equals, so the map is by identity); bounded, cleared when full.
     */
    private static final Map<HyphenationTree, Map<String, String>> HYPHENATED = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_WORDS = 20_000;

    private static final Pattern HTML_LANG = Pattern.compile("<html[^>]*\\slang=\"([A-Za-z-]+)\"");
    private static final Pattern NAME_CLASS = Pattern.compile("\\sclass=\"(?:[^\"]*\\s)?name(?:\\s[^\"]*)?\"");
    /** A value whose cell was sized to hold its longest word (SheetColumns): no soft hyphens at all. */
    private static final Pattern WHOLE_CLASS = Pattern.compile("\\sclass=\"(?:[^\"]*\\s)?whole(?:\\s[^\"]*)?\"");
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<]+)<");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9A-Fa-f]+|#[0-9]+|amp|lt|gt|quot|apos);");
    static final Pattern ADDRESS = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}|(?:https?://|www\\.)[^\\s<]+[^\\s<.,;:)]");
    private static final Pattern WORD = Pattern.compile("\\p{IsLatin}{" + MIN_WORD + ",}");
    /**
     * Letters longer than any column without a break opportunity (no pattern matched, another
     * script, a made-up name): they get a soft hyphen every few letters as a last resort, so that
     * even they break with a hyphen rather than run out of their cell.
     */
    private static final Pattern UNBROKEN = Pattern.compile("\\p{L}{" + MIN_UNBROKEN + ",}");
    /** "e. V.", "z. B.", "u. a.": one letter, a dot, a space, one letter and a dot. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?<=\\b\\p{L}\\.) (?=\\p{L}\\.)");
    private static final Pattern BEFORE_NUMBER =
            Pattern.compile("(?<=§|§§|\\bAbs\\.|\\bArt\\.|\\bNr\\.|\\bS\\.|\\bTOP|\\bAG) (?=\\d)");
    private static final Pattern NUMBER_UNIT = Pattern.compile(
            "(?<=\\d) (?=(?:Uhr|mm|cm|m|km|kg|g|pt|€|EUR|Euro|%|Prozent|Jahre?n?|Monate?n?|Wochen?|Tage?n?|Minuten|Stunden)\\b|€|%)");
    /** "Mi., 16.06.2027": a weekday stays with its date. */
    private static final Pattern WEEKDAY_DATE = Pattern.compile("(?<=\\b(?:Mo|Di|Mi|Do|Fr|Sa|So)\\.,) (?=\\d)");
    /** "3. Dezember 2026": day, month and year stay on one line. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<=\\b\\d{1,2}\\.) (?=(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\\b)"
            + "|(?<=\\b(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)) (?=\\d{4}\\b)");
    /** "39104 Magdeburg": a postal code stays with its town. */
    private static final Pattern POSTAL_CODE = Pattern.compile("(?<=\\b\\d{5}) (?=\\p{Lu})");
    private static final Pattern DIGIT_GROUPS = Pattern.compile("(?<=\\d) (?=\\d)");
    /** A house number stays with its street ("Alter Markt 6"), a count with its noun ("Seite 2"). */
    private static final Pattern WORD_NUMBER = Pattern.compile("(?<=\\p{L}) (?=\\d+[a-z]?(?:\\P{L}|$))");

    private Typesetting() {
    }

    /**
     * @param xhtml the rendered template, well-formed, with {@code <html lang="…">}
     * @return the same document with soft hyphens, zero-width spaces and no-break spaces in its
     *     body text; unchanged where the language has no hyphenation patterns
     */
    public static String apply(String xhtml) {
        int body = xhtml.indexOf("<body");
        if (body < 0) {
            return xhtml;
        }
        Matcher lang = HTML_LANG.matcher(xhtml);
        HyphenationTree patterns = lang.find() ? patterns(lang.group(1)) : null;
        // a word of a data value is not hyphenated in the prose around it either: "Magdeburg" in
        // the privacy notice is the town of the meeting's place
        Set<String> names = new HashSet<>();
        Matcher v = TEXT_NODE.matcher(xhtml);
        for (int at = body; v.find(at); at = v.end(1)) {
            if (hasClass(xhtml, v.start(1) - 1, NAME_CLASS)) {
                Matcher w = WORD.matcher(unescape(v.group(1)));
                while (w.find()) {
                    names.add(w.group());
                }
            }
        }
        StringBuilder out = new StringBuilder(xhtml.length() + xhtml.length() / 8).append(xhtml, 0, body);
        Matcher m = TEXT_NODE.matcher(xhtml);
        int last = body;
        while (m.find(last)) {
            out.append(xhtml, last, m.start(1));
            boolean name = hasClass(xhtml, m.start(1) - 1, NAME_CLASS);
            String text = unescape(m.group(1));
            out.append(escape(hasClass(xhtml, m.start(1) - 1, WHOLE_CLASS) ? joined(text) : text(text, patterns, name, names)));
            last = m.end(1);
        }
        return out.append(xhtml, last, xhtml.length()).toString();
    }

    /**
     * @param text a data value
     * @return whether it has a word that no column of the documents holds at their size, which
     *     is therefore broken with soft hyphens as a last resort
     */
    public static boolean longerThanAnyColumn(String text) {
        return UNBROKEN.matcher(text).find();
    }

    /** A value that gets no soft hyphens keeps the no-break spaces between its parts. */
    private static String joined(String text) {
        return text(text, null, true, Set.of()).replace(String.valueOf(SOFT_HYPHEN), "");
    }

    /**
     * Whether the tag ending at {@code gt} opens an element of the given class; a line break
     * ({@code <br/>}) counts as part of the element it is in, so the lines of a cell are all its
     * value. (A value is marked on its element, never on a {@code span} inside running text: such a
     * span is drawn after the text around it, and the text layer would read out of order.)
     */
    private static boolean hasClass(String xhtml, int gt, Pattern cssClass) {
        int lt = xhtml.lastIndexOf('<', gt);
        while (lt >= 0 && xhtml.startsWith("<br", lt)) {
            lt = xhtml.lastIndexOf('<', lt - 1);
        }
        if (lt < 0 || xhtml.charAt(lt + 1) == '/') {
            return false;
        }
        Matcher c = cssClass.matcher(xhtml).region(lt, gt + 1);
        return c.find();
    }

    /**
     * @param text plain text (not markup)
     * @param patterns the hyphenation patterns; null for none
     * @return the text typeset as described in the class comment
     */
    static String text(String text, HyphenationTree patterns) {
        return text(text, patterns, false, Set.of());
    }

    /**
     * @param text plain text (not markup)
     * @param patterns the hyphenation patterns; null for none
     * @param value whether the text is a data value (class {@code name}): no hyphens but in words
     *     longer than any column
     * @param names the words of the document's data values, hyphenated nowhere but as in a value
     * @return the text typeset as described in the class comment
     */
    static String text(String text, HyphenationTree patterns, boolean value, Set<String> names) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        Matcher address = ADDRESS.matcher(text);
        int last = 0;
        while (address.find()) {
            out.append(words(text.substring(last, address.start()), patterns, value, names)).append(address.group());
            last = address.end();
        }
        return out.append(words(text.substring(last), patterns, value, names)).toString();
    }

    private static String words(String text, HyphenationTree patterns, boolean value, Set<String> names) {
        String s = ABBREVIATION.matcher(text).replaceAll(String.valueOf(NO_BREAK_SPACE));
        s = BEFORE_NUMBER.matcher(s).replaceAll(String.valueOf(NO_BREAK_SPACE));
        s = NUMBER_UNIT.matcher(s).replaceAll(String.valueOf(NO_BREAK_SPACE));
        s = WEEKDAY_DATE.matcher(s).replaceAll(String.valueOf(NO_BREAK_SPACE));
        s = DAY_MONTH_YEAR.matcher(s).replaceAll(String.valueOf(NO_BREAK_SPACE));
        s = POSTAL_CODE.matcher(s).replaceAll(String.valueOf(NO_BREAK_SPACE));
        s = DIGIT_GROUPS.matcher(s).replaceAll(String.valueOf(NO_BREAK_SPACE));
        s = WORD_NUMBER.matcher(s).replaceAll(String.valueOf(NO_BREAK_SPACE));
        if (patterns != null) {
            s = (value ? UNBROKEN : WORD).matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                    value || !names.contains(m.group()) ? hyphenate(m.group(), patterns) : m.group()));
        }
        return UNBROKEN.matcher(s).replaceAll(m -> Matcher.quoteReplacement(everyFewLetters(m.group())));
    }

    private static String everyFewLetters(String letters) {
        StringBuilder b = new StringBuilder(letters.length() + letters.length() / MIN_WORD);
        for (int i = 0; i < letters.length(); i += MIN_WORD) {
            if (i > 0 && letters.length() - i >= MIN_RIGHT) {
                b.append(SOFT_HYPHEN);
            }
            b.append(letters, i, Math.min(letters.length(), i + MIN_WORD));
        }
        return b.toString();
    }

    private static String hyphenate(String word, HyphenationTree patterns) {
        Map<String, String> words = HYPHENATED.computeIfAbsent(patterns, p -> new ConcurrentHashMap<>());
        String cached = words.get(word);
        if (cached == null) {
            if (words.size() >= MAX_CACHED_WORDS) {
                words.clear();
            }
            cached = hyphenateUncached(word, patterns);
            words.put(word, cached);
        }
        return cached;
    }

    private static String hyphenateUncached(String word, HyphenationTree patterns) {
        Hyphenation h = patterns.hyphenate(word, MIN_LEFT, MIN_RIGHT);
        if (h == null) {
            return word;
        }
        StringBuilder b = new StringBuilder(word.length() + h.length());
        int from = 0;
        for (int point : h.getHyphenationPoints()) {
            b.append(word, from, point).append(SOFT_HYPHEN);
            from = point;
        }
        return b.append(word, from, word.length()).toString();
    }

    /**
     * The patterns of a language from the OFFO set (compiled TeX patterns, e.g. {@code hyph/de.hyp}).
     *
     * @param language a BCP 47 tag such as "de" or "de-DE"
     * @return the patterns, or null if the set has none for the language
     */
    static HyphenationTree patterns(String language) {
        String primary = Locale.forLanguageTag(language).getLanguage();
        if (!primary.matches("[a-z]{2,3}")) {
            return null;
        }
        HyphenationTree tree = PATTERNS.computeIfAbsent(primary, Typesetting::load);
        return tree == EMPTY ? null : tree;
    }

    private static final HyphenationTree EMPTY = new HyphenationTree();

    private static HyphenationTree load(String language) {
        // this module's own resource (copied from fop-hyph at build time; only the languages printed):
        // through the class, which reads its module's resources on the module path too
        InputStream raw = Typesetting.class.getResourceAsStream("/hyph/" + language + ".hyp");
        if (raw == null) {
            return EMPTY;
        }
        // The file is a serialized object from a dependency; only the pattern tree's own classes
        // may come out of it.
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(raw))) {
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter(
                    "org.apache.fop.hyphenation.*;java.util.HashMap;java.util.ArrayList;java.lang.*;maxdepth=20;!*"));
            return (HyphenationTree) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Silbentrennmuster /hyph/" + language + ".hyp nicht lesbar", e);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("Silbentrennmuster /hyph/" + language + ".hyp: " + e, e);
        }
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return ENTITY.matcher(s).replaceAll(m -> {
            String e = m.group(1);
            String c = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16)
                        : Integer.parseInt(e.substring(1)));
            };
            return Matcher.quoteReplacement(c);
        });
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
