package de.magdeburg.integration.netzwerk.spreadsheet;

/** The kinds of file a partner list may come in; recognised by content, not by the file name. */
public enum SpreadsheetFormat {
    /** Excel 2007 and later (Office Open XML, ISO/IEC 29500). */
    XLSX,
    /** LibreOffice Calc and other OpenDocument spreadsheets (ISO/IEC 26300). */
    ODS,
    /** Text with {@code ;} between fields, UTF-8 (with BOM) or windows-1252, as German Excel saves it. */
    CSV
}
