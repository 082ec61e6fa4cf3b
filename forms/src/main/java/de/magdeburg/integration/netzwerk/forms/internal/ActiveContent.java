package de.magdeburg.integration.netzwerk.forms.internal;

import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.Rules;
import de.magdeburg.integration.netzwerk.core.Severity;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/**
 * Finds what a returned form carries beyond field values: scripts and actions that start programs
 * or load data (never executed by the reader, which only reads dictionaries), and an XFA form
 * whose values may differ from the AcroForm fields. Both become WARNING findings, so that the
 * coordinator does not open the received file in a viewer that runs them.
 */
final class ActiveContent {
    /** Action types that run code or reach outside the document. */
    private static final Set<String> ACTIVE = Set.of("JavaScript", "Launch", "ImportData", "SubmitForm", "GoToE",
            "Rendition");
    /** Bound on the dictionaries inspected, so that a file with 100 000 widgets costs little. */
    private static final int MAX_INSPECTED = 10_000;

    private ActiveContent() {
    }

    static void findings(PDDocument doc, PDAcroForm form, Collection<PDField> fields, List<Finding> out) {
        Set<String> kinds = new TreeSet<>();
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        action(catalog.getDictionaryObject(COSName.OPEN_ACTION), kinds, 0);
        triggers(catalog, kinds);
        if (catalog.getDictionaryObject(COSName.NAMES) instanceof COSDictionary names
                && names.getDictionaryObject(COSName.JAVA_SCRIPT) != null) {
            kinds.add("JavaScript");
        }
        triggers(form.getCOSObject(), kinds);
        int inspected = 0;
        for (PDPage page : doc.getPages()) {
            triggers(page.getCOSObject(), kinds);
            if (page.getCOSObject().getDictionaryObject(COSName.ANNOTS) instanceof COSArray annots) {
                for (int i = 0; i < annots.size() && inspected < MAX_INSPECTED; i++, inspected++) {
                    if (annots.getObject(i) instanceof COSDictionary annot) {
                        action(annot.getDictionaryObject(COSName.A), kinds, 0);
                        triggers(annot, kinds);
                    }
                }
            }
        }
        // fields without a widget on a page (or in a page tree we did not walk) carry /AA too
        for (PDField field : fields) {
            if (inspected++ >= MAX_INSPECTED) {
                break;
            }
            action(field.getCOSObject().getDictionaryObject(COSName.A), kinds, 0);
            triggers(field.getCOSObject(), kinds);
        }
        if (!kinds.isEmpty()) {
            out.add(Rules.FORM.finding(Severity.WARNING, "", "read.activeContent",
                    String.join(", ", kinds)));
        }
        if (form.getCOSObject().containsKey(COSName.getPDFName("XFA"))) {
            out.add(Rules.FORM.finding(Severity.WARNING, "", "read.xfa"));
        }
    }

    /** The additional-actions dictionary /AA of a catalog, page, field or annotation. */
    private static void triggers(COSDictionary dict, Set<String> kinds) {
        if (dict.getDictionaryObject(COSName.AA) instanceof COSDictionary aa) {
            for (COSName key : aa.keySet()) {
                action(aa.getDictionaryObject(key), kinds, 0);
            }
        }
    }

    private static void action(COSBase base, Set<String> kinds, int depth) {
        if (depth > 10) {
            return;
        }
        if (base instanceof COSDictionary action) {
            String type = action.getNameAsString(COSName.S);
            if (type != null && ACTIVE.contains(type)) {
                kinds.add(type);
            }
            COSBase next = action.getDictionaryObject(COSName.NEXT);
            if (next instanceof COSArray array) {
                for (int i = 0; i < Math.min(array.size(), 10); i++) {
                    action(array.getObject(i), kinds, depth + 1);
                }
            } else {
                action(next, kinds, depth + 1);
            }
        }
    }
}
