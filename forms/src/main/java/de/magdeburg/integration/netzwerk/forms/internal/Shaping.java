package de.magdeburg.integration.netzwerk.forms.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Arabic and Persian text for fonts without a shaping engine: the joining forms as presentation-form
 * characters (ICU4J's {@link ArabicShaping}) and right-to-left runs put into visual order (ICU4J's
 * {@link Bidi}). Both the form's appearances (PDFBox) and the printed documents (OpenHTMLtoPDF) draw
 * text glyph by glyph from the font's cmap, so a name like „محمد“ must reach them as the four
 * joined forms in drawing order, or it prints as unjoined letters in the wrong direction.
 *
 * <p>ICU shapes only the letters that have presentation forms in Unicode's block B; the Persian
 * letters پ چ ژ گ ک ی have theirs in block A, which ICU leaves alone. {@link #shape} gives them
 * their form from the forms ICU chose for their neighbours, so Persian names join too.
 *
 * <p>Stateless and thread-safe.
 */
public final class Shaping {
    private static final int SHAPE_OPTIONS = ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
            | ArabicShaping.LENGTH_GROW_SHRINK;
    private static final int UNSHAPE_OPTIONS = ArabicShaping.LETTERS_UNSHAPE
            | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK;

    /** Persian letters and their isolated, final, initial and medial forms (Arabic Presentation Forms-A). */
    private static final int[][] PERSIAN = {
        {0x067E, 0xFB56, 0xFB57, 0xFB58, 0xFB59}, // peh
        {0x0686, 0xFB7A, 0xFB7B, 0xFB7C, 0xFB7D}, // tcheh
        {0x0698, 0xFB8A, 0xFB8B, 0, 0}, // jeh, joins on the right only
        {0x06A9, 0xFB8E, 0xFB8F, 0xFB90, 0xFB91}, // keheh
        {0x06AF, 0xFB92, 0xFB93, 0xFB94, 0xFB95}, // gaf
        {0x06CC, 0xFBFC, 0xFBFD, 0xFBFE, 0xFBFF}, // farsi yeh
    };

    private Shaping() {
    }

    /**
     * @param text any text; not null
     * @return whether the text has characters that need shaping or reordering (Arabic, Hebrew, …)
     */
    public static boolean needed(String text) {
        return Bidi.requiresBidi(text.toCharArray(), 0, text.length());
    }

    /**
     * The joining forms of Arabic and Persian letters, still in logical order.
     *
     * @param text any text; not null
     * @return the text with Arabic letters replaced by their presentation forms; unchanged if it has none
     */
    public static String shape(String text) {
        if (!needed(text)) {
            return text;
        }
        try {
            return persianForms(new ArabicShaping(SHAPE_OPTIONS).shape(text));
        } catch (ArabicShapingException e) {
            return text; // ICU refuses only for lack of space, which LENGTH_GROW_SHRINK never lacks
        }
    }

    /**
     * The reverse of {@link #shape}: presentation forms back to letters, for measuring or comparing.
     *
     * @param text any text; not null
     * @return the text with presentation forms replaced by the letters they show
     */
    public static String deshape(String text) {
        try {
            return new ArabicShaping(UNSHAPE_OPTIONS).shape(text);
        } catch (ArabicShapingException e) {
            return text;
        }
    }

    /**
     * One line as it is drawn: shaped, then reordered for display with the paragraph direction
     * taken from its first strong character (like HTML's {@code dir="auto"}); brackets in
     * right-to-left runs are mirrored.
     *
     * @param text one line in logical order; not null
     * @return the glyph order from left to right; left-to-right text is returned unchanged
     */
    public static String visual(String text) {
        if (!needed(text)) {
            return text;
        }
        Bidi bidi = new Bidi(shape(text), Bidi.LEVEL_DEFAULT_LTR);
        return bidi.writeReordered(Bidi.DO_MIRRORING);
    }

    /**
     * Gives the Persian letters ICU left unshaped their form. ICU already treats them as joining
     * letters when it shapes their neighbours, so a neighbour's presentation form says whether it
     * connects: a letter joins the previous one if that one is in its initial or medial form (or is
     * itself a dual-joining letter), and the next one if that one is in its final or medial form.
     */
    private static String persianForms(String shaped) {
        StringBuilder out = null;
        for (int i = 0; i < shaped.length(); i++) {
            int[] forms = persian(shaped.charAt(i));
            if (forms == null) {
                continue;
            }
            boolean before = connectsForward(previousJoining(out == null ? shaped : out, i));
            boolean after = forms[3] != 0 && connectsBackward(nextJoining(shaped, i));
            int form = before ? (after ? forms[4] : forms[2]) : (after ? forms[3] : forms[1]);
            if (out == null) {
                out = new StringBuilder(shaped);
            }
            out.setCharAt(i, (char) form);
        }
        return out == null ? shaped : out.toString();
    }

    private static int[] persian(int c) {
        for (int[] forms : PERSIAN) {
            if (forms[0] == c) {
                return forms;
            }
        }
        return null;
    }

    private static int previousJoining(CharSequence s, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!transparent(s.charAt(j))) {
                return s.charAt(j);
            }
        }
        return -1;
    }

    private static int nextJoining(CharSequence s, int i) {
        for (int j = i + 1; j < s.length(); j++) {
            if (!transparent(s.charAt(j))) {
                return s.charAt(j);
            }
        }
        return -1;
    }

    private static boolean transparent(int c) {
        return UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE) == UCharacter.JoiningType.TRANSPARENT;
    }

    /** Whether a character, as shaped, reaches out to the letter after it. */
    private static boolean connectsForward(int c) {
        if (c < 0) {
            return false;
        }
        int[] forms = persian(c);
        if (forms != null) {
            return forms[3] != 0;
        }
        for (int[] f : PERSIAN) {
            if (c == f[3] || c == f[4]) {
                return true;
            }
        }
        String name = UCharacter.getName(c);
        if (name != null && (name.endsWith(" INITIAL FORM") || name.endsWith(" MEDIAL FORM"))) {
            return true;
        }
        int type = UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE);
        return type == UCharacter.JoiningType.JOIN_CAUSING;
    }

    /** Whether a character, as shaped, reaches back to the letter before it. */
    private static boolean connectsBackward(int c) {
        if (c < 0) {
            return false;
        }
        if (persian(c) != null) {
            return true; // all of them join on the right
        }
        String name = UCharacter.getName(c);
        if (name != null && (name.endsWith(" FINAL FORM") || name.endsWith(" MEDIAL FORM"))) {
            return true;
        }
        int type = UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE);
        return type == UCharacter.JoiningType.JOIN_CAUSING;
    }
}
