package de.magdeburg.integration.netzwerk.forms.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The newest revision of a file, as pdf.js reads it: where its last {@code startxref} points and the
 * one repair that makes PDFBox read that section instead of an older one.
 *
 * <p>PDFium's incremental save (Chrome, Edge: {@code FPDF_INCREMENTAL}) writes a cross-reference
 * stream without {@code /Type /XRef} (and without {@code endobj}). PDFBox then does not recognise
 * it, searches for the nearest cross-reference section, finds the previous revision's and reads its
 * values — every tick of the newest revision lost, silently. pdf.js reads such a stream by its
 * position alone. The repair inserts {@code /Type/XRef} into that dictionary in a copy of the file:
 * the stream is the last object, so no object offset moves. Whether the repair sufficed is checked
 * after parsing ({@link #expectedOffset()}): a file whose newest section PDFBox still does not use
 * is refused as damaged, never read from an older revision.
 *
 * @param bytes what PDFBox parses: the file, or its repaired copy
 * @param expectedOffset the offset of the newest cross-reference section, -1 if the file names none
 * @param repaired whether {@code bytes} is a repaired copy
 */
record NewestRevision(byte[] bytes, long expectedOffset, boolean repaired) {
    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d{1,12})\\s+%%EOF");
    private static final Pattern OBJECT_HEAD = Pattern.compile("\\A\\s*\\d{1,10}\\s+\\d{1,5}\\s+obj\\s*<<");
    private static final Pattern TYPE_XREF = Pattern.compile("/Type\\s*/XRef\\b");
    private static final Pattern W = Pattern.compile("/W\\s*\\[");
    /** Enough for the dictionary of any cross-reference stream a viewer writes (/Index of thousands of objects). */
    private static final int MAX_DICTIONARY = 1 << 20;

    /**
     * Whether PDFBox read the newest revision: its cross-reference section is the one the file's
     * last {@code startxref} names, or lies so close to it that no revision ends in between (a
     * pointer a few bytes off, which PDFBox corrects to the nearest section).
     *
     * @param used the offset of the section PDFBox started from
     * @return true if no newer revision was passed over
     */
    boolean isNewest(long used) {
        if (expectedOffset < 0 || used == expectedOffset) {
            return true;
        }
        int from = (int) Math.max(0, Math.min(used, expectedOffset));
        int to = (int) Math.min(bytes.length, Math.max(used, expectedOffset));
        String between = new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        return !between.contains("%%EOF") && !between.contains("endobj");
    }

    /**
     * @param pdf the whole file; not null
     * @return the file to parse and the offset its newest revision starts at
     */
    static NewestRevision of(byte[] pdf) {
        int from = Math.max(0, pdf.length - 1024);
        String tail = new String(pdf, from, pdf.length - from, StandardCharsets.ISO_8859_1);
        Matcher m = STARTXREF.matcher(tail);
        long offset = -1;
        while (m.find()) {
            offset = Long.parseLong(m.group(1));
        }
        if (offset <= 0 || offset >= pdf.length) {
            return new NewestRevision(pdf, -1, false);
        }
        int start = (int) offset;
        String head = new String(pdf, start, Math.min(pdf.length - start, MAX_DICTIONARY),
                StandardCharsets.ISO_8859_1);
        Matcher object = OBJECT_HEAD.matcher(head);
        if (!object.find()) {
            return new NewestRevision(pdf, offset, false);
        }
        int stream = head.indexOf("stream", object.end());
        String dictionary = head.substring(object.end(), stream < 0 ? head.length() : stream);
        if (stream < 0 || TYPE_XREF.matcher(dictionary).find() || !W.matcher(dictionary).find()) {
            return new NewestRevision(pdf, offset, false);
        }
        byte[] insert = "/Type/XRef ".getBytes(StandardCharsets.ISO_8859_1);
        int at = start + object.end();
        byte[] copy = new byte[pdf.length + insert.length];
        System.arraycopy(pdf, 0, copy, 0, at);
        System.arraycopy(insert, 0, copy, at, insert.length);
        System.arraycopy(pdf, at, copy, at + insert.length, pdf.length - at);
        return new NewestRevision(copy, offset, true);
    }
}
