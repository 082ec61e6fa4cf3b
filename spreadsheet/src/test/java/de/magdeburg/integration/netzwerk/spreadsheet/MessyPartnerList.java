package de.magdeburg.integration.netzwerk.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A partner list as coordinators keep them: a title, a two-row header with merged group cells,
 * trailing and non-breaking spaces, phone numbers and postal codes stored as numbers, dates as date
 * cells and as bare Excel serial numbers, a duplicate organisation, an empty row.
 */
final class MessyPartnerList {
    private MessyPartnerList() {
    }

    static byte[] xlsx() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Partner");
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));

            row(sheet, 0, "Partnerliste Netzwerk für Integrations- und Ausländerarbeit (Stand 2025)");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 11));
            row(sheet, 1, "Organisation", null, null, null, "Ansprechperson", null, null, null, null, "Arbeitsgruppen",
                    "AG-übergreifende Treffen", "Beitritt");
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 3));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 4, 8));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 9, 9));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 10, 10));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 11, 11));
            row(sheet, 2, "Name", "Straße", "PLZ", "Ort", "Name", "Vorname", "Funktion", "Telefon", "E-Mail");

            XSSFRow r4 = row(sheet, 3, "Beispielverein e. V.   ", "Breiter Weg 1 ", 39104.0, "Magdeburg\u00A0", "Yılmaz",
                    "Şükrü", "Vorsitz", 3915401234.0, " info@beispielverein.de ", "Sprache, AG Arbeit und Ausbildung",
                    "x");
            r4.createCell(11).setCellValue(LocalDate.of(2024, 1, 15));
            r4.getCell(11).setCellStyle(dateStyle);
            // the date column of this row lost its format: Excel shows the serial number 45383
            row(sheet, 4, "Kulturbrücke gGmbH", "Leiterstraße 2", 39104.0, "Magdeburg", "Shevchenko", "Olena",
                    "Projektleitung", "0391 123456", "olena@kulturbruecke.de", "(Inter-)Kultur und Soziales", "",
                    45383.0);
            row(sheet, 5, "BEISPIELVEREIN  e. V.", "Breiter Weg 1", 39104.0, "Magdeburg", "Müller", "Anna", "", "",
                    "anna@beispielverein.de", "Sprache", "ja", "01.02.2024");
            row(sheet, 6, "Nachbarschaftshilfe Sudenburg", "Halberstädter Str. 9", "3910", "Magdeburg", "Nguyễn",
                    "Văn An", "", 17612345678.0, "", "Sprache", "", "2023-06-30");
            // row 8 is empty
            row(sheet, 8, "Sportverein Olvenstedt", "Olvenstedter Str. 1", 6108.0, "Halle (Saale)", "Becker", "Jan",
                    "Kassenwart", "", "jan@sv-olvenstedt.de", "Sport", "", "15.03.2023");
            book.write(out);
            return out.toByteArray();
        }
    }

    private static XSSFRow row(XSSFSheet sheet, int index, Object... values) {
        XSSFRow row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof String s) {
                row.createCell(c).setCellValue(s);
            } else if (values[c] instanceof Double d) {
                row.createCell(c).setCellValue(d);
            }
        }
        return row;
    }
}
