package de.magdeburg.integration.netzwerk.spreadsheet.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The first sheet of an Excel workbook (.xlsx, Office Open XML) through Apache POI. */
public final class XlsxReader {
    private XlsxReader() {
    }

    /**
     * @param file the workbook, already through {@link ZipGuard}; not null
     * @return its first sheet
     */
    public static Sheet read(byte[] file) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            if (workbook.getNumberOfSheets() == 0) {
                return new Sheet(List.of());
            }
            XSSFSheet sheet = workbook.getSheetAt(0);
            // only the rows the file has (a sheet formatted down to row 1,048,576 has few)
            SortedMap<Integer, List<Cell>> grid = new TreeMap<>();
            for (Row row : sheet) {
                grid.put(row.getRowNum(), cells((XSSFRow) row));
            }
            spreadMergedAcross(sheet, grid);
            Sheet.Builder out = new Sheet.Builder();
            grid.forEach((r, cells) -> out.add(r + 1, cells));
            return out.build();
        } catch (IOException | RuntimeException e) {
            if (e instanceof de.magdeburg.integration.netzwerk.spreadsheet.SpreadsheetException s) {
                throw s;
            }
            throw Limits.unreadable("xlsx", e);
        }
    }

    private static List<Cell> cells(XSSFRow row) {
        List<Cell> cells = new ArrayList<>();
        if (row == null) {
            return cells;
        }
        int last = row.getLastCellNum();
        if (last > Limits.MAX_COLUMNS) {
            // a row that merely formats columns far to the right is fine; one with content there is not
            for (int c = Limits.MAX_COLUMNS; c < last; c++) {
                if (!cell(row.getCell(c)).isEmpty()) {
                    throw Limits.tooManyColumns(last);
                }
            }
            last = Limits.MAX_COLUMNS;
        }
        for (int c = 0; c < last; c++) {
            cells.add(cell(row.getCell(c)));
        }
        return cells;
    }

    private static Cell cell(XSSFCell cell) {
        if (cell == null) {
            return Cell.EMPTY;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> Cell.text(cell.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? Cell.date(cell.getLocalDateTimeCellValue().toLocalDate())
                    : Cell.number(cell.getNumericCellValue());
            case BOOLEAN -> Cell.text(cell.getBooleanCellValue() ? "ja" : "nein");
            default -> Cell.EMPTY;
        };
    }

    /**
     * A header cell merged across columns ("Organisation" over Name, Straße, PLZ, Ort) heads each of
     * them; one merged down over two header rows ("Arbeitsgruppen") names its column in both. Merged
     * data cells are left as POI gives them (the value in the first cell only), so a merged cell never
     * makes a row twice.
     */
    private static void spreadMergedAcross(XSSFSheet sheet, SortedMap<Integer, List<Cell>> grid) {
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            int first = range.getFirstRow();
            if (!grid.containsKey(first) || first >= Limits.HEADER_ROWS) {
                continue;
            }
            List<Cell> top = grid.get(first);
            Cell value = range.getFirstColumn() < top.size() ? top.get(range.getFirstColumn()) : Cell.EMPTY;
            int last = Math.min(range.getLastColumn(), Limits.MAX_COLUMNS - 1);
            for (int r = first; r <= Math.min(range.getLastRow(), Limits.HEADER_ROWS - 1); r++) {
                List<Cell> cells = grid.computeIfAbsent(r, k -> new ArrayList<>());
                while (cells.size() <= last) {
                    cells.add(Cell.EMPTY);
                }
                for (int c = range.getFirstColumn(); c <= last; c++) {
                    cells.set(c, value);
                }
            }
        }
    }
}
