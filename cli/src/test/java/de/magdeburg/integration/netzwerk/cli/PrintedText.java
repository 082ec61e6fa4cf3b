package de.magdeburg.integration.netzwerk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text layer of a printed document as its lines, in the order the renderer wrote them (one
 * line of one table cell after the other), with their positions: enough to see a word the layout
 * broke without a hyphen, and text that runs out of its cell into the next.
 */
final class PrintedText {
    /**
     * One line of text as drawn: page from 1, left and right edge, baseline, font size (pt), and
     * the width of its first word, the font's name.
     */
    record Line(int page, String text, float left, float right, float baseline, float size, float firstWord,
            String font) {
        @Override
        public String toString() {
            return "S. " + page + " „" + text + "“";
        }
    }

    private PrintedText() {
    }

    static List<Line> lines(byte[] pdf) {
        List<Line> lines = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (positions.isEmpty() || text.isBlank()) {
                        return;
                    }
                    TextPosition first = positions.get(0);
                    TextPosition last = positions.get(positions.size() - 1);
                    float firstWord = 0;
                    for (TextPosition p : positions) {
                        if (p.getUnicode().isBlank()) {
                            break;
                        }
                        firstWord = p.getXDirAdj() + p.getWidthDirAdj() - first.getXDirAdj();
                    }
                    lines.add(new Line(getCurrentPageNo(), text, first.getXDirAdj(),
                            last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj(), first.getFontSizeInPt(),
                            firstWord, first.getFont().getName()));
                }
            };
            stripper.setSortByPosition(false);
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /**
     * A word broken without a hyphen shows as a line that ends in a letter, followed by a line of
     * the same block (same font, size and left edge, one line further down) that starts with a letter,
     * where the start of the next line would not have fitted onto the first: the break was forced
     * by the width, not by a line break in the text. A line broken at a space keeps the space at
     * its end; one broken at a soft hyphen ends in "-".
     *
     * @return "first line / next line" for every such break
     */
    static List<String> wordsBrokenWithoutHyphen(byte[] pdf) {
        List<Line> lines = lines(pdf);
        List<String> broken = new ArrayList<>();
        int blockStart = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (i + 1 < lines.size() && nextLineOfBlock(lines.get(i), lines.get(i + 1))) {
                continue;
            }
            List<Line> block = lines.subList(blockStart, i + 1);
            double width = block.stream().mapToDouble(Line::right).max().orElse(0);
            for (int j = 0; j + 1 < block.size(); j++) {
                Line a = block.get(j);
                Line b = block.get(j + 1);
                if (Character.isLetter(a.text().codePointBefore(a.text().length()))
                        && Character.isLetter(b.text().codePointAt(0)) && a.right() + b.firstWord() > width - 0.5) {
                    broken.add(a + " / " + b);
                }
            }
            blockStart = i + 1;
        }
        return broken;
    }

    private static boolean nextLineOfBlock(Line a, Line b) {
        // the templates' line height is 1.35 × the size; paragraphs and cells are further apart
        return a.page() == b.page() && Math.abs(a.size() - b.size()) < 0.1 && Math.abs(a.left() - b.left()) < 1
                && a.font().equals(b.font()) && b.baseline() > a.baseline()
                && b.baseline() - a.baseline() < 1.45 * a.size();
    }

    /**
     * A word of {@code words} split over two lines: the first line ends with its beginning (with or
     * without a hyphen), the next line begins with its rest. A double name broken at its own
     * hyphen ("Otto-von-Guericke-" / "Straße") is not split.
     *
     * @param words the words that must print whole (names, organisations, places, e-mail addresses)
     * @return "first line / next line" for every split word
     */
    static List<String> splitWords(byte[] pdf, java.util.Set<String> words) {
        List<Line> lines = lines(pdf);
        List<String> split = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line a = lines.get(i);
            Line b = lines.get(i + 1);
            String[] first = a.text().strip().split("\\s+");
            String end = first[first.length - 1].replaceFirst("^[(„\"]+", "");
            String start = b.text().strip().split("\\s+")[0].replaceFirst("[.,;:)“\"]+$", "");
            if (end.isEmpty() || start.isEmpty()) {
                continue;
            }
            boolean hyphen = end.endsWith("-") || end.endsWith("\u00AD");
            String joined = hyphen ? end.substring(0, end.length() - 1) + start : end + start;
            if (words.contains(joined) && !words.contains(end) && !words.contains(start)) {
                split.add(a + " / " + b);
            }
        }
        return split;
    }

    /**
     * @return the pages (from 1) with fewer than {@code min} lines of content between the running
     *     head and foot (the page margins: 24 mm at the top, 20 mm at the bottom)
     */
    static List<Integer> pagesWithFewerLines(byte[] pdf, int min) {
        float mm = 72 / 25.4f;
        java.util.Map<Integer, Integer> counts = new java.util.TreeMap<>();
        int pages = pages(pdf);
        for (Line l : lines(pdf)) {
            if (l.baseline() > 24 * mm && l.baseline() < (297 - 20) * mm) {
                counts.merge(l.page(), 1, Integer::sum);
            }
        }
        List<Integer> thin = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            if (counts.getOrDefault(p, 0) < min) {
                thin.add(p);
            }
        }
        return thin;
    }

    /** @return the number of pages */
    static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the whole text layer, as a reader's search or copy would see it */
    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return pairs of lines on the same baseline that overlap: text that ran out of its cell */
    static List<String> overlappingLines(byte[] pdf) {
        List<Line> lines = lines(pdf);
        List<String> overlapping = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                Line a = lines.get(i);
                Line b = lines.get(j);
                if (a.page() == b.page() && Math.abs(a.baseline() - b.baseline()) < 1
                        && a.left() < b.right() - 0.5 && b.left() < a.right() - 0.5) {
                    overlapping.add(a + " × " + b);
                }
            }
        }
        return overlapping;
    }
}
