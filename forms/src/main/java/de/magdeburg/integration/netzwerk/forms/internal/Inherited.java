package de.magdeburg.integration.netzwerk.forms.internal;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/** Inheritable field attributes ({@code /V}, {@code /Opt}, {@code /FT}): the field's own or its nearest parent's. */
final class Inherited {
    /** Deeper than any form a viewer writes; a hostile /Parent chain stops here. */
    private static final int MAX_DEPTH = 20;

    private Inherited() {
    }

    /** @return the value of {@code key} on {@code dict} or its nearest parent that has one; null if none */
    static COSBase get(COSDictionary dict, COSName key) {
        COSDictionary d = dict;
        for (int depth = 0; d != null && depth < MAX_DEPTH; depth++) {
            COSBase value = d.getDictionaryObject(key);
            if (value != null) {
                return value;
            }
            d = d.getCOSDictionary(COSName.PARENT);
        }
        return null;
    }
}
