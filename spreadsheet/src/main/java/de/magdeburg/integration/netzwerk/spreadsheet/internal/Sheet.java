package de.magdeburg.integration.netzwerk.spreadsheet.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The first sheet of a workbook as a grid of cells: a merged header cell's value is copied into
 * every column it spans (as the eye reads it). Rows keep their 1-based number in the file, so that
 * the preview names the row the coordinator sees in Excel or Calc.
 *
 * @param rows the rows that have at least one cell, in order; not null
 */
public record Sheet(List<Row> rows) {
    /**
     * @param number the row's number in the file, from 1
     * @param cells its cells from column A; not null
     */
    public record Row(int number, List<Cell> cells) {
        /** Copies. */
        public Row {
            cells = List.copyOf(cells);
        }

        /**
         * @param column 0 = A
         * @return the cell, {@link Cell#EMPTY} beyond the row's end
         */
        public Cell cell(int column) {
            return column < cells.size() ? cells.get(column) : Cell.EMPTY;
        }

        /** @return whether every cell is empty */
        public boolean isEmpty() {
            return cells.stream().allMatch(Cell::isEmpty);
        }
    }

    /** Copies. */
    public Sheet {
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    }

    /** @return the number of columns of the widest row */
    public int width() {
        return rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    }

    /**
     * Text as a person means it: non-breaking spaces (Excel's habit) count as spaces, runs of white
     * space are one, and nothing surrounds it.
     *
     * @param text any text; not null
     * @return the cleaned text
     */
    public static String clean(String text) {
        return text.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ')
                .replaceAll("[ \\t]+", " ").replaceAll(" *\\R+ *", "\n").strip();
    }

    /** Collects rows while a reader walks a file; refuses more than the limits allow. */
    public static final class Builder {
        private final List<Row> rows = new ArrayList<>();
        private int nonEmpty;

        /**
         * @param number the row's number in the file, from 1
         * @param cells its cells from column A; not null
         * @throws de.magdeburg.integration.netzwerk.spreadsheet.SpreadsheetException (TOO_MANY_ROWS) beyond the limits
         */
        public void add(int number, List<Cell> cells) {
            Row row = new Row(number, trimmed(cells));
            if (row.cells().isEmpty()) {
                return;
            }
            if (row.cells().size() > Limits.MAX_COLUMNS) {
                throw Limits.tooManyColumns(row.cells().size());
            }
            if (++nonEmpty > Limits.MAX_ROWS + Limits.HEADER_ROWS) {
                throw Limits.tooManyRows();
            }
            rows.add(row);
        }

        private static List<Cell> trimmed(List<Cell> cells) {
            int end = cells.size();
            while (end > 0 && cells.get(end - 1).isEmpty()) {
                end--;
            }
            return cells.subList(0, end);
        }

        /** @return the sheet */
        public Sheet build() {
            return new Sheet(rows);
        }
    }
}
