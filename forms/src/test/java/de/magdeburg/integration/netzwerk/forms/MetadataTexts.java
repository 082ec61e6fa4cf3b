package de.magdeburg.integration.netzwerk.forms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Everything a PDF tells about itself outside its pages, as text for data-safety tests: each entry
 * of the document information, the XMP packet and the document id (as text and as hex). Shared by
 * the forms and templates tests through the forms test-jar.
 */
public final class MetadataTexts {
    private MetadataTexts() {
    }

    /**
     * @param doc a loaded PDF with XMP metadata and a document id
     * @return one text per information entry ("Key=value"), the XMP packet and one per id
     * @throws IOException if the XMP stream cannot be read
     */
    public static List<String> of(PDDocument doc) throws IOException {
        List<String> metadata = new ArrayList<>();
        var info = doc.getDocumentInformation().getCOSObject();
        for (COSName key : info.keySet()) {
            metadata.add(key.getName() + "=" + info.getDictionaryObject(key));
        }
        metadata.add(new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8));
        COSArray id = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
        for (int i = 0; i < id.size(); i++) {
            byte[] bytes = ((COSString) id.getObject(i)).getBytes();
            metadata.add(new String(bytes, StandardCharsets.ISO_8859_1) + HexFormat.of().formatHex(bytes));
        }
        return metadata;
    }
}
