/**
 * Netzwerk spreadsheet (optional): the coordinator's existing partner list imported from .xlsx, .ods
 * or German-Excel .csv — a preview with a column mapping and the declaration rules' findings per row,
 * then only the confirmed rows into the register (§1(2), §1(3)).
 *
 * <p>Exports only {@code de.magdeburg.integration.netzwerk.spreadsheet}; POI types never leave the module.
 */
module de.magdeburg.integration.netzwerk.spreadsheet {
    requires transitive de.magdeburg.integration.netzwerk.core;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires java.xml;

    exports de.magdeburg.integration.netzwerk.spreadsheet;
}
