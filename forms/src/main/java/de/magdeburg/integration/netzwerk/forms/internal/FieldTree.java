package de.magdeburg.integration.netzwerk.forms.internal;

import de.magdeburg.integration.netzwerk.forms.FormReadException;
import de.magdeburg.integration.netzwerk.forms.FormReadException.Reason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The terminal fields of a form by fully qualified name, each field dictionary visited once, for
 * the declaration and the attendance sheet alike — and the one check that a name means one field:
 * a name defined twice (an incremental update adding a second {@code organisation_name}), a widget
 * on a page that belongs to no field of the form's tree but carries one of its names (a second
 * AcroForm tree), or a field's widgets on a page the form's layout does not put them on are
 * {@code FOREIGN_FORM} naming the field. The foreign value is never read.
 */
final class FieldTree {
    /** Deeper than any form a viewer writes. */
    private static final int MAX_DEPTH = 20;

    private final Map<String, PDField> fields = new LinkedHashMap<>();
    private final List<PDSignature> signatures = new ArrayList<>();
    private final UntrustedPdf.Deadline deadline;
    private final int maxFields;
    private final IntFunction<FormReadException> tooMany;
    // a hostile tree may list a node as its own kid, or the same kid many times: without
    // this, /Kids [a a a …] nested 20 deep is an exponential walk
    private final Set<COSDictionary> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    private int unreadable;

    private FieldTree(UntrustedPdf.Deadline deadline, int maxFields, IntFunction<FormReadException> tooMany) {
        this.deadline = deadline;
        this.maxFields = maxFields;
        this.tooMany = tooMany;
    }

    /**
     * @param form the form; not null
     * @param deadline the read's time limit
     * @param maxFields most field dictionaries (terminal and not)
     * @param tooMany the exception for more
     * @return the form's fields
     * @throws FormReadException FOREIGN_FORM if a name is defined twice
     */
    static FieldTree of(PDAcroForm form, UntrustedPdf.Deadline deadline, int maxFields,
            IntFunction<FormReadException> tooMany) {
        FieldTree tree = new FieldTree(deadline, maxFields, tooMany);
        tree.unreadable += unreadable(form.getCOSObject().getCOSArray(COSName.FIELDS));
        tree.collect(form.getFields(), 0);
        return tree;
    }

    /** @return the terminal fields by fully qualified name, in tree order */
    Map<String, PDField> fields() {
        return fields;
    }

    /** @return the signatures of the signature fields */
    List<PDSignature> signatures() {
        return signatures;
    }

    /** @return how many entries of /Fields or /Kids PDFBox could not parse */
    int unreadable() {
        return unreadable;
    }

    private void collect(List<PDField> list, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (PDField field : list) {
            if (!visited.add(field.getCOSObject())) {
                continue;
            }
            if (visited.size() > maxFields) {
                throw tooMany.apply(maxFields);
            }
            if ((visited.size() & 0xFF) == 0) {
                deadline.check();
            }
            if (field instanceof PDNonTerminalField nonTerminal) {
                unreadable += unreadable(nonTerminal.getCOSObject().getCOSArray(COSName.KIDS));
                collect(nonTerminal.getChildren(), depth + 1);
            } else {
                String name = field.getFullyQualifiedName();
                if (name != null && fields.putIfAbsent(name, field) != null) {
                    throw foreign("das Feld „" + name + "“ ist zweimal definiert",
                            "the field \"" + name + "\" is defined twice");
                }
                if (field instanceof PDSignatureField sig && sig.getSignature() != null) {
                    signatures.add(sig.getSignature());
                }
            }
        }
    }

    /**
     * Checks that each of {@code names} means one field: no other field of the tree has it as its
     * own (partial) name under another parent, and every widget on every page that carries it
     * belongs to that field of the tree and lies on the page the layout puts it on.
     *
     * @param doc the document
     * @param names the fields whose values are read
     * @param page the index of the page a field's widgets belong on, or -1 for "any one page"
     * @throws FormReadException FOREIGN_FORM naming the first field that breaks this
     */
    void checkWidgets(PDDocument doc, Set<String> names, ToIntFunction<String> page) {
        for (Map.Entry<String, PDField> e : fields.entrySet()) {
            // a field of the form moved under another parent: another field may now carry its name
            String partial = e.getValue().getPartialName();
            if (names.contains(partial) && !e.getKey().equals(partial)) {
                throw foreign("das Feld „" + partial + "“ steht ein zweites Mal im Formular, als „" + e.getKey() + "“",
                        "the field \"" + partial + "\" is in the form a second time, as \"" + e.getKey() + "\"");
            }
        }
        Map<String, Integer> seenOn = new LinkedHashMap<>();
        int index = 0;
        for (PDPage p : doc.getPages()) {
            deadline.check();
            if (p.getCOSObject().getDictionaryObject(COSName.ANNOTS) instanceof COSArray annots) {
                for (int i = 0; i < annots.size(); i++) {
                    if (annots.getObject(i) instanceof COSDictionary widget
                            && COSName.WIDGET.equals(widget.getCOSName(COSName.SUBTYPE))) {
                        checkWidget(widget, index, names, page, seenOn);
                    }
                }
            }
            index++;
        }
    }

    private void checkWidget(COSDictionary widget, int pageIndex, Set<String> names,
            ToIntFunction<String> page, Map<String, Integer> seenOn) {
        COSDictionary field = widget.containsKey(COSName.T) || !(widget.getDictionaryObject(COSName.PARENT)
                instanceof COSDictionary parent) ? widget : parent;
        String name = qualifiedName(field);
        if (name == null || !names.contains(name)) {
            return;
        }
        PDField known = fields.get(name);
        if (known == null || known.getCOSObject() != field) {
            throw foreign("ein zweites Feld „" + name + "“ auf Seite " + (pageIndex + 1) + " gehört nicht zum"
                    + " Formular", "a second field \"" + name + "\" on page " + (pageIndex + 1)
                    + " is not part of the form");
        }
        int expected = page.applyAsInt(name);
        Integer first = seenOn.putIfAbsent(name, pageIndex);
        if ((expected >= 0 && pageIndex != expected) || (first != null && first != pageIndex)) {
            throw foreign("das Feld „" + name + "“ steht auf Seite " + (pageIndex + 1) + ", das Formular hat es auf"
                    + " Seite " + (expected >= 0 ? expected + 1 : first + 1), "the field \"" + name
                    + "\" is on page " + (pageIndex + 1) + ", the form has it on page "
                    + (expected >= 0 ? expected + 1 : first + 1));
        }
    }

    private static String qualifiedName(COSDictionary field) {
        StringBuilder name = null;
        COSDictionary d = field;
        for (int depth = 0; d != null && depth < MAX_DEPTH; depth++) {
            String partial = d.getString(COSName.T);
            if (partial != null) {
                name = name == null ? new StringBuilder(partial) : new StringBuilder(partial).append('.').append(name);
            }
            d = d.getDictionaryObject(COSName.PARENT) instanceof COSDictionary parent ? parent : null;
        }
        return name == null ? null : name.toString();
    }

    private static FormReadException foreign(String de, String en) {
        return new FormReadException(Reason.FOREIGN_FORM, de, en, null);
    }

    /** @return how many entries of a /Fields or /Kids array PDFBox could not parse */
    private static int unreadable(COSArray array) {
        if (array == null) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i < array.size(); i++) {
            COSBase entry = array.get(i);
            if (entry instanceof COSObject ref && !(ref.getObject() instanceof COSDictionary)) {
                n++;
            }
        }
        return n;
    }
}
