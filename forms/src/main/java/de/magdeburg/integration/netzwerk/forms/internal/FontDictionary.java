package de.magdeburg.integration.netzwerk.forms.internal;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The Type0/CIDFontType2 dictionary of the {@link FormFont}, written from its precomputed parts
 * (compressed font file, width runs, ToUnicode map) so that no document subsets or measures the font
 * again. One per document, shared by the pages, the AcroForm's /DR and the appearance streams.
 */
final class FontDictionary {
    private FontDictionary() {
    }

    static COSDictionary of(PDDocument doc, FormFont font) {
        COSStream fontFile = doc.getDocument().createCOSStream();
        FormWriter.writeRaw(fontFile, font.fontFileDeflated());
        fontFile.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        fontFile.setInt(COSName.LENGTH1, font.fontFileLength());

        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, FormFont.BASE_FONT);
        descriptor.setInt(COSName.FLAGS, 32);
        descriptor.setItem(COSName.FONT_BBOX, ints(font.bbox()));
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, font.ascent());
        descriptor.setInt(COSName.DESCENT, font.descent());
        descriptor.setInt(COSName.CAP_HEIGHT, font.capHeight());
        descriptor.setInt(COSName.STEM_V, 80);
        descriptor.setItem(COSName.FONT_FILE2, fontFile);

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, FormFont.BASE_FONT);
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);
        cidFont.setItem(COSName.CIDSYSTEMINFO, info);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);
        cidFont.setInt(COSName.DW, font.defaultWidth());
        cidFont.setItem(COSName.W, widths(font));

        COSStream toUnicode = doc.getDocument().createCOSStream();
        FormWriter.writeRaw(toUnicode, font.toUnicodeDeflated());
        toUnicode.setItem(COSName.FILTER, COSName.FLATE_DECODE);

        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, FormFont.BASE_FONT);
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        type0.setItem(COSName.TO_UNICODE, toUnicode);
        return type0;
    }

    private static COSArray widths(FormFont font) {
        COSArray w = new COSArray();
        for (int[] run : font.widthRuns()) {
            w.add(COSInteger.get(run[0]));
            if (run.length == 4 && run[3] == FormFont.RANGE) {
                w.add(COSInteger.get(run[1]));
                w.add(COSInteger.get(run[2]));
            } else {
                COSArray list = new COSArray();
                for (int i = 1; i < run.length; i++) {
                    list.add(COSInteger.get(run[i]));
                }
                w.add(list);
            }
        }
        return w;
    }

    private static COSArray ints(int[] values) {
        COSArray a = new COSArray();
        for (int v : values) {
            a.add(COSInteger.get(v));
        }
        return a;
    }
}
