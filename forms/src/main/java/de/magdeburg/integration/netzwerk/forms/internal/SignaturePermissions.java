package de.magdeburg.integration.netzwerk.forms.internal;

import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;

/**
 * What one signature allows to change after it (ISO 32000-2 § 12.8.2.2 DocMDP, § 12.7.5.5 /Lock):
 * a certification signature with DocMDP permission 1 allows nothing but validation data and document
 * timestamps; a signature field's {@code /Lock} names the fields it locks. Without a {@code /Lock}
 * every field counts as locked: a declaration's values are what the partner signed (§1(2)), and the
 * city accepts no value filled in afterwards.
 *
 * @param docMdp the DocMDP permission (1 to 3) of a certification signature, 0 for an approval signature
 * @param action the /Lock action: {@code All}, {@code Include}, {@code Exclude}; {@code All} without a lock
 * @param listed the fields the /Lock's {@code Include} or {@code Exclude} names
 */
record SignaturePermissions(int docMdp, String action, Set<String> listed) {
    private static final COSName LOCK = COSName.getPDFName("Lock");
    private static final COSName ACTION = COSName.getPDFName("Action");
    private static final COSName DOC_MDP = COSName.getPDFName("DocMDP");
    private static final COSName TRANSFORM_METHOD = COSName.getPDFName("TransformMethod");
    private static final COSName TRANSFORM_PARAMS = COSName.getPDFName("TransformParams");

    static SignaturePermissions of(COSDictionary signature, COSDictionary field) {
        int docMdp = 0;
        if (signature.getDictionaryObject(COSName.REFERENCE) instanceof COSArray references) {
            for (int i = 0; i < references.size(); i++) {
                if (references.getObject(i) instanceof COSDictionary reference
                        && DOC_MDP.equals(reference.getCOSName(TRANSFORM_METHOD))) {
                    COSDictionary params = reference.getCOSDictionary(TRANSFORM_PARAMS);
                    docMdp = params == null ? 2 : params.getInt(COSName.P, 2);
                }
            }
        }
        COSDictionary lock = field == null ? null : field.getCOSDictionary(LOCK);
        String action = lock == null || lock.getCOSName(ACTION) == null ? "All" : lock.getCOSName(ACTION).getName();
        Set<String> listed = new HashSet<>();
        if (lock != null && lock.getDictionaryObject(COSName.FIELDS) instanceof COSArray names) {
            for (int i = 0; i < names.size(); i++) {
                COSBase name = names.getObject(i);
                if (name instanceof COSString s) {
                    listed.add(s.getString());
                }
            }
        }
        return new SignaturePermissions(docMdp, action, Set.copyOf(listed));
    }

    boolean locks(String field) {
        return switch (action) {
            case "Include" -> listed.contains(field);
            case "Exclude" -> !listed.contains(field);
            default -> true;
        };
    }

    /** Forgets the changes this signature permits. */
    void apply(RevisionDiff.Found found) {
        if (docMdp == 1) {
            // "no changes to the document are permitted" — not even a further signature
            found.document |= found.signatureAdded;
            return;
        }
        found.fields.removeIf(field -> !locks(field));
    }
}
