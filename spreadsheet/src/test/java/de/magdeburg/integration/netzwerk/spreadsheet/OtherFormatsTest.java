package de.magdeburg.integration.netzwerk.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.core.Register;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The same partner list from LibreOffice (.ods) and from German Excel's two CSV flavours. */
class OtherFormatsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 3);
    private static final String CSV = """
            Organisation;Straße;PLZ;Ort;Nachname;Vorname;Funktion;Telefon;E-Mail;AG;Beitritt
            "Müller & Söhne; Integrationsdienst e. V.";Große Diesdorfer Str. 5;39108;Magdeburg;Müller;Jörg;\
            Geschäftsführung;0391 7654321;joerg@mueller-soehne.de;Sprache;01.02.2024
            Kulturbrücke gGmbH ;Leiterstraße 2;39104;Magdeburg;Shevchenko;Olena;;0391 123456;\
            olena@kulturbruecke.de;Arbeit und Ausbildung;45383
            """;

    @Test
    void germanExcelCsvInWindows1252ReadsLikeItsUtf8Sibling() {
        byte[] ansi = CSV.getBytes(Charset.forName("windows-1252"));
        byte[] utf8 = ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8);
        ImportPreview fromAnsi = PartnerListImport.create().preview(ansi, Register.empty(), TODAY);
        ImportPreview fromUtf8 = PartnerListImport.create().preview(utf8, Register.empty(), TODAY);
        assertThat(fromAnsi.format()).isEqualTo(SpreadsheetFormat.CSV);
        assertThat(fromAnsi.headers()).isEqualTo(fromUtf8.headers());
        assertThat(PartnerListImportTest.summary(fromAnsi)).isEqualTo(PartnerListImportTest.summary(fromUtf8))
                .containsExactly(
                        "2 Müller & Söhne; Integrationsdienst e. V. 0391 7654321 2024-02-01 [language] []",
                        "3 Kulturbrücke gGmbH 0391 123456 2024-04-01 [work_and_training] []");
        assertThat(fromAnsi.rows().get(0).declaration().representative().function()).isEqualTo("Geschäftsführung");
    }

    @Test
    void libreOfficeSheetWithRepeatedEmptyRowsAndColumnsReadsTheSame() throws IOException {
        ImportPreview ods = PartnerListImport.create().preview(ods(), Register.empty(), TODAY);
        assertThat(ods.format()).isEqualTo(SpreadsheetFormat.ODS);
        assertThat(ods.headerRowNumber()).isEqualTo(3);
        assertThat(ods.headers()).containsExactly("Organisation / Name", "Organisation / Straße", "Organisation / PLZ",
                "Organisation / Ort", "Ansprechperson / Name", "Ansprechperson / Vorname", "Ansprechperson / Telefon",
                "Ansprechperson / E-Mail", "AG", "Beitritt");
        assertThat(PartnerListImportTest.summary(ods)).containsExactly(
                "4 Beispielverein e. V. 03915401234 2024-01-15 [language] []",
                "6 beispielverein e. V. 0391 99 2024-02-01 [language] [GO-1.2]");
        assertThat(ods.confirm(List.of(4, 6)).taken()).extracting(PreviewRow::rowNumber).containsExactly(4);
    }

    /** Calc's habits: merged header cells as covered cells, repeats to column XFD and row 1,048,576. */
    static byte[] ods() throws IOException {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
                 <office:body><office:spreadsheet><table:table table:name="Partner">
                  <table:table-column table:number-columns-repeated="16384"/>
                  <table:table-row><table:table-cell office:value-type="string"><text:p>Partnerliste</text:p>
                   </table:table-cell><table:table-cell table:number-columns-repeated="16383"/></table:table-row>
                  <table:table-row>
                   <table:table-cell table:number-columns-spanned="4" office:value-type="string"><text:p>Organisation</text:p></table:table-cell>
                   <table:covered-table-cell table:number-columns-repeated="3"/>
                   <table:table-cell table:number-columns-spanned="4" office:value-type="string"><text:p>Ansprechperson</text:p></table:table-cell>
                   <table:covered-table-cell table:number-columns-repeated="3"/>
                   <table:table-cell table:number-columns-repeated="16376"/>
                  </table:table-row>
                  <table:table-row>
                   <table:table-cell office:value-type="string"><text:p>Name</text:p></table:table-cell>
                   <table:table-cell office:value-type="string"><text:p>Straße</text:p></table:table-cell>
                   <table:table-cell office:value-type="string"><text:p>PLZ</text:p></table:table-cell>
                   <table:table-cell office:value-type="string"><text:p>Ort</text:p></table:table-cell>
                   <table:table-cell office:value-type="string"><text:p>Name</text:p></table:table-cell>
                   <table:table-cell office:value-type="string"><text:p>Vorname</text:p></table:table-cell>
                   <table:table-cell office:value-type="string"><text:p>Telefon</text:p></table:table-cell>
                   <table:table-cell office:value-type="string"><text:p>E-Mail</text:p></table:table-cell>
                   <table:table-cell office:value-type="string"><text:p>AG</text:p></table:table-cell>
                   <table:table-cell office:value-type="string"><text:p>Beitritt</text:p></table:table-cell>
                   <table:table-cell table:number-columns-repeated="16374"/>
                  </table:table-row>
                  <table:table-row>
                   <table:table-cell office:value-type="string"><text:p>Beispielverein<text:s text:c="2"/>e. V.<text:s/></text:p></table:table-cell>
                   <table:table-cell office:value-type="string"><text:p>Breiter Weg 1</text:p></table:table-cell>
                   <table:table-cell office:value-type="float" office:value="39104"><text:p>39104</text:p></table:table-cell>
                   <table:table-cell office:value-type="string"><text:p>Magdeburg</text:p></table:table-cell>
                   <table:table-cell office:value-type="string"><text:p>Yılmaz</text:p></table:table-cell>
                   <table:table-cell office:value-type="string"><text:p>Şükrü</text:p></table:table-cell>
                   <table:table-cell office:value-type="float" office:value="3915401234"><text:p>3,92E+09</text:p></table:table-cell>
                   <table:table-cell office:value-type="string"><text:p>info@beispielverein.de</text:p></table:table-cell>
                   <table:table-cell office:value-type="string"><text:p>Sprache</text:p></table:table-cell>
                   <table:table-cell office:value-type="date" office:date-value="2024-01-15"><text:p>15.01.24</text:p></table:table-cell>
                  </table:table-row>
                  <table:table-row table:number-rows-repeated="1"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
                  <table:table-row>
                   <table:table-cell office:value-type="string"><text:p>beispielverein e. V.</text:p></table:table-cell>
                   <table:table-cell office:value-type="string"><text:p>Breiter Weg 1</text:p></table:table-cell>
                   <table:table-cell office:value-type="string"><text:p>39104</text:p></table:table-cell>
                   <table:table-cell office:value-type="string"><text:p>Magdeburg</text:p></table:table-cell>
                   <table:table-cell office:value-type="string"><text:p>Müller</text:p></table:table-cell>
                   <table:table-cell office:value-type="string"><text:p>Anna</text:p></table:table-cell>
                   <table:table-cell office:value-type="string"><text:p>0391 99</text:p></table:table-cell>
                   <table:table-cell office:value-type="string"><text:p>anna@beispielverein.de</text:p></table:table-cell>
                   <table:table-cell office:value-type="string"><text:p>Sprache</text:p></table:table-cell>
                   <table:table-cell office:value-type="string"><text:p>01.02.2024</text:p></table:table-cell>
                  </table:table-row>
                  <table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
                 </table:table></office:spreadsheet></office:body>
                </office:document-content>
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] type = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
