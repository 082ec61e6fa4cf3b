package de.magdeburg.integration.netzwerk.interop;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What each client's own appearance streams fail to draw, measured on the Unicode records
 * ({@link #PROBES}) and written down here. The values of such a file still read back exactly; the
 * archival copy re-renders the appearances with our font.
 *
 * @param notDrawn characters of the probes the client's appearance streams do not draw as
 *     themselves, or {@link #EVERY_CHARACTER}
 * @param inkAnyway whether something is still drawn in place of those characters (boxes, or the
 *     viewer draws because NeedAppearances is set), so a rendered field is not blank
 * @param reordered probe records with a field whose glyphs are all drawn but not in reading order
 *     (right-to-left text laid out left to right); letters are unjoined with every client and with
 *     our own form, which text extraction cannot see
 * @param checkboxesDrawn whether poppler shows the checkboxes in the state the client set
 * @param radiosDrawn whether poppler shows the chosen request radio button
 * @param note what a person sees, for the README
 */
record RenderingLimits(String notDrawn, boolean inkAnyway, Set<String> reordered, boolean checkboxesDrawn,
        boolean radiosDrawn, String note) {

    /** The records whose text fields probe the characters. */
    static final List<String> PROBES = List.of("unicode-tr", "unicode-uk", "unicode-vi", "unicode-pl",
            "unicode-ar");

    /** The text fields probed (the date, phone and postal code are ASCII digits). */
    static final List<String> FIELDS = List.of("organisation_name", "organisation_street", "organisation_city",
            "last_name", "first_name", "function", "email", "place", "signatory_name");

    /** Marker: no character is drawn as itself. */
    static final String EVERY_CHARACTER = "<every character>";

    private static final RenderingLimits MUTOOL = new RenderingLimits(
            "7ăąćĐğİıŁłŞşŹźŻư" + "ابةجحدرشعغفلمنوي" + "ạễệốồộờ", false, Set.of(), true, true,
            "mutool ignores the form's font and draws appearances with its own /Helv, an 8-bit font:"
                    + " Cyrillic and Western European letters show, the listed Turkish, Polish, Vietnamese and"
                    + " all Arabic letters do not (a middle dot or nothing instead)");

    /**
     * Measured on the forms module's DeclarationForm with pdftk-java 3.3.2, mutool 1.21.1,
     * pdfjs-dist 5.6.205 on Node 20, iText 9.4.0 (see target/interop/client-versions.txt). A
     * client upgrade that changes a line fails {@code RenderingLimitsTest} with the new measurement.
     */
    static final Map<String, RenderingLimits> DOCUMENTED = Map.of(
            "pdftk", new RenderingLimits(EVERY_CHARACTER, true, Set.of(), true, true,
                    "pdftk-java writes its own appearance streams whose text maps to no character of the"
                            + " form's Type0 font: every character, ASCII included, shows as an empty box"),
            "pdftk-need_appearances", new RenderingLimits(EVERY_CHARACTER, true, Set.of(), false, true,
                    "with need_appearances pdftk writes no appearance for the new values and sets"
                            + " /NeedAppearances: viewers that honour it (poppler, Acrobat) draw the text values,"
                            + " others (Preview, printing pipelines) show empty fields; poppler regenerates"
                            + " the checkboxes with a ZapfDingbats font (ZaDb) the form does not carry and shows"
                            + " none of them, checked or not; the chosen radio button shows as a dot"),
            "mutool", MUTOOL,
            "mutool-incremental", MUTOOL,
            "pdfjs", new RenderingLimits("", false, Set.of("unicode-ar"), true, true,
                    "pdf.js draws every character with the form's font, but Arabic letters unjoined and"
                            + " left to right"),
            "itext", new RenderingLimits("", false, Set.of("unicode-ar"), true, true,
                    "iText draws every character with the form's font, but Arabic letters unjoined and"
                            + " left to right"));

    static RenderingLimits of(Client client) {
        RenderingLimits l = DOCUMENTED.get(client.name());
        if (l == null) {
            throw new AssertionError("no documented rendering limits for " + client);
        }
        return l;
    }

    /** @return every non-space character of the probe records' probed fields */
    static SortedSet<String> probeCharacters() {
        SortedSet<String> all = new TreeSet<>();
        for (String id : PROBES) {
            var texts = FieldValues.of(Corpus.byId(id).declaration()).texts();
            for (String f : FIELDS) {
                texts.get(f).codePoints().filter(c -> !Character.isWhitespace(c))
                        .forEach(c -> all.add(Character.toString(c)));
            }
        }
        return all;
    }

    /** @return the documented not-drawn characters as a set */
    SortedSet<String> notDrawnSet() {
        if (EVERY_CHARACTER.equals(notDrawn)) {
            return probeCharacters();
        }
        SortedSet<String> s = new TreeSet<>();
        notDrawn.codePoints().forEach(c -> s.add(Character.toString(c)));
        return s;
    }

    /** @return whether a rendered field with this value shows ink, given these limits */
    boolean showsInk(String value) {
        if (inkAnyway) {
            return value.codePoints().anyMatch(c -> !Character.isWhitespace(c));
        }
        SortedSet<String> missing = notDrawnSet();
        return value.codePoints().filter(c -> !Character.isWhitespace(c))
                .anyMatch(c -> !missing.contains(Character.toString(c)));
    }
}
