package de.magdeburg.integration.netzwerk.spreadsheet.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first table of an OpenDocument spreadsheet (.ods, LibreOffice Calc, ISO/IEC 26300) read
 * straight from its {@code content.xml} with the JDK's StAX parser — no DTDs, no external entities.
 *
 * <p>Why not the ODF Toolkit (odfdom-java 0.12.0): it brings Apache Jena, commons-validator with
 * commons-beanutils 1.9.4 (CVE-2025-48734) and {@code slf4j-simple} at compile scope, and loads the
 * whole document as a DOM. Reading cells needs none of that, and walking the XML lets the reader
 * bound what ODS compresses best: {@code table:number-rows-repeated} and
 * {@code number-columns-repeated}, which Calc writes as 1,048,576 empty rows and 16,384 empty
 * columns — kept here as a count, never as cells.
 */
public final class OdsReader {
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private OdsReader() {
    }

    /**
     * @param file the document, already through {@link ZipGuard}; not null
     * @return its first table
     */
    public static Sheet read(byte[] file) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if ("content.xml".equals(entry.getName())) {
                    return table(zip);
                }
            }
            throw Limits.unreadable("ods", null);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            if (e instanceof de.magdeburg.integration.netzwerk.spreadsheet.SpreadsheetException s) {
                throw s;
            }
            throw Limits.unreadable("ods", e);
        }
    }

    private static Sheet table(InputStream content) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(content);
        Sheet.Builder out = new Sheet.Builder();
        int tables = 0;
        int rowNumber = 1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && TABLE.equals(xml.getNamespaceURI())) {
                switch (xml.getLocalName()) {
                    case "table" -> {
                        if (++tables > 1) {
                            return out.build();
                        }
                    }
                    case "table-row" -> {
                        int repeat = count(xml, "number-rows-repeated");
                        List<Cell> cells = row(xml, rowNumber - 1 < Limits.HEADER_ROWS);
                        if (!cells.isEmpty()) {
                            // a repeated row with content is rare (a copied block); each copy counts
                            for (int i = 0; i < Math.min(repeat, Limits.MAX_ROWS + Limits.HEADER_ROWS + 1); i++) {
                                out.add(rowNumber + i, cells);
                            }
                        }
                        rowNumber += repeat;
                    }
                    default -> {
                        // columns, header-row groups: their rows come as table-row elements
                    }
                }
            }
        }
        return out.build();
    }

    /** Reads one table-row up to its end; empty cells are counted, not kept, until content follows. */
    private static List<Cell> row(XMLStreamReader xml, boolean header) throws XMLStreamException {
        List<Cell> cells = new ArrayList<>();
        long pendingEmpty = 0;
        Cell spread = Cell.EMPTY;
        int spreadLeft = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && TABLE.equals(xml.getNamespaceURI())
                    && "table-row".equals(xml.getLocalName())) {
                return cells;
            }
            if (event != XMLStreamConstants.START_ELEMENT || !TABLE.equals(xml.getNamespaceURI())) {
                continue;
            }
            boolean covered = "covered-table-cell".equals(xml.getLocalName());
            if (!covered && !"table-cell".equals(xml.getLocalName())) {
                continue;
            }
            int repeat = count(xml, "number-columns-repeated");
            int span = count(xml, "number-columns-spanned");
            Cell cell = cell(xml);
            if (covered && spreadLeft > 0) {
                // a merged header cell heads every column it spans
                cell = spread;
                spreadLeft -= Math.min(spreadLeft, repeat);
            } else if (header && span > 1) {
                spread = cell;
                spreadLeft = span - 1;
            }
            if (cell.isEmpty()) {
                pendingEmpty += repeat;
                continue;
            }
            if (cells.size() + pendingEmpty + repeat > Limits.MAX_COLUMNS) {
                throw Limits.tooManyColumns((int) Math.min(Integer.MAX_VALUE, cells.size() + pendingEmpty + repeat));
            }
            cells.addAll(Collections.nCopies((int) pendingEmpty, Cell.EMPTY));
            pendingEmpty = 0;
            cells.addAll(Collections.nCopies(repeat, cell));
        }
        return cells;
    }

    /** Reads a cell's value and its paragraphs' text up to the cell's end. */
    private static Cell cell(XMLStreamReader xml) throws XMLStreamException {
        String type = xml.getAttributeValue(OFFICE, "value-type");
        String value = xml.getAttributeValue(OFFICE, "value");
        String date = xml.getAttributeValue(OFFICE, "date-value");
        String bool = xml.getAttributeValue(OFFICE, "boolean-value");
        StringBuilder text = new StringBuilder();
        int paragraphs = 0;
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (TEXT.equals(xml.getNamespaceURI())) {
                    switch (xml.getLocalName()) {
                        case "p" -> text.append(paragraphs++ > 0 ? "\n" : "");
                        case "s" -> text.append(" ".repeat(Math.min(count(xml, "c"), Limits.MAX_CELL)));
                        case "tab" -> text.append('\t');
                        case "line-break" -> text.append('\n');
                        default -> {
                        }
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS && text.length() < 4 * Limits.MAX_CELL) {
                text.append(xml.getText());
            }
        }
        if (type == null) {
            return Cell.text(text.toString());
        }
        return switch (type) {
            case "float", "percentage", "currency" -> value == null ? Cell.text(text.toString())
                    : Cell.number(Double.parseDouble(value));
            case "date" -> date == null ? Cell.text(text.toString()) : Cell.date(LocalDate.parse(date.substring(0, 10)));
            case "boolean" -> Cell.text("true".equals(bool) ? "ja" : "nein");
            default -> Cell.text(text.toString());
        };
    }

    /** A repetition or span attribute of the table namespace; 1 when absent or unreadable. */
    private static int count(XMLStreamReader xml, String attribute) {
        String ns = "c".equals(attribute) ? TEXT : TABLE;
        String value = xml.getAttributeValue(ns, attribute);
        if (value == null) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
