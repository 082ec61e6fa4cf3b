package de.magdeburg.integration.netzwerk.forms.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * What changed between the revision a signature covers and the file as received, found by walking
 * both object graphs from the catalog in step: every value reachable now is compared with the value
 * at the same place then. Objects whose cross-reference entry is unchanged are not re-read byte by
 * byte. A change is put down to the field or page it belongs to.
 *
 * <p>Changes a signed PDF may receive (ISO 32000-2 § 12.8; ETSI EN 319 142-1 for PAdES B-LT/B-LTA)
 * are not counted: the catalog's {@code /DSS} (validation data, not rendered), {@code /Extensions}
 * and {@code /Metadata} (XMP, which viewers update when they save), the AcroForm's {@code /SigFlags}
 * and {@code /DR}, new signature and document timestamp fields appended to {@code /Fields} and a
 * page's {@code /Annots}, and a value and appearance put into a signature field that was empty.
 * Anything else — a field's value or appearance, a page's content, resources or annotations —
 * counts. Unreachable objects (left over in the file) are not shown by any viewer and do not count.
 */
final class RevisionDiff {
    /** Steps after which a walk gives up and counts the document as changed. */
    static final int MAX_STEPS = 500_000;
    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final COSName EXTENSIONS = COSName.getPDFName("Extensions");
    private static final COSName SIG_FLAGS = COSName.getPDFName("SigFlags");
    private static final COSName DOC_TIME_STAMP = COSName.getPDFName("DocTimeStamp");
    private static final Set<COSName> SIGNING_KEYS = Set.of(COSName.AP, COSName.AS, COSName.MK, COSName.DA,
            COSName.F);

    /** What the walk found; mutable while it runs. */
    static final class Found {
        /** Fields with changes, by fully qualified name. */
        final SortedSet<String> fields = new TreeSet<>();
        /** Pages (from 1) with changes outside fields. */
        final SortedSet<Integer> pages = new TreeSet<>();
        /** A change outside fields and pages. */
        boolean document;
        /** A signature field was signed or added. */
        boolean signatureAdded;

        boolean any() {
            return document || !fields.isEmpty() || !pages.isEmpty();
        }
    }

    private record Item(COSBase now, COSBase then, String label) {
    }

    private final Map<COSObjectKey, Long> nowXref;
    private final Map<COSObjectKey, Long> thenXref;
    private final COSDictionary catalog;
    private final COSDictionary acroForm;
    private final Map<COSDictionary, String> fieldNames;
    private final Map<COSDictionary, Integer> pageNumbers = new IdentityHashMap<>();
    private final Set<COSObjectKey> visited = new HashSet<>();
    private final Deque<Item> work = new ArrayDeque<>();
    private final UntrustedPdf.Deadline deadline;
    private final Found found = new Found();
    private int steps;

    private RevisionDiff(PDDocument now, PDDocument then, UntrustedPdf.Deadline deadline) {
        COSDocument nowDoc = now.getDocument();
        this.nowXref = nowDoc.getXrefTable();
        this.thenXref = then.getDocument().getXrefTable();
        this.catalog = now.getDocumentCatalog().getCOSObject();
        COSBase form = catalog.getDictionaryObject(COSName.ACRO_FORM);
        this.acroForm = form instanceof COSDictionary d ? d : null;
        this.fieldNames = fieldNames(acroForm);
        this.deadline = deadline;
        int number = 0;
        for (PDPage page : now.getPages()) {
            pageNumbers.put(page.getCOSObject(), ++number);
        }
    }

    /**
     * @param now the file as received; not null
     * @param then the revision a signature covers; not null
     * @param deadline the read's time limit
     * @return what changed from then to now
     */
    static Found compare(PDDocument now, PDDocument then, UntrustedPdf.Deadline deadline) {
        RevisionDiff diff = new RevisionDiff(now, then, deadline);
        diff.work.push(new Item(now.getDocument().getTrailer().getItem(COSName.ROOT),
                then.getDocument().getTrailer().getItem(COSName.ROOT), ""));
        while (!diff.work.isEmpty()) {
            if (++diff.steps > MAX_STEPS) {
                diff.found.document = true;
                break;
            }
            if ((diff.steps & 0xFF) == 0) {
                diff.deadline.check();
            }
            diff.step(diff.work.pop());
        }
        return diff.found;
    }

    /**
     * The fully qualified name of every field and widget dictionary of an AcroForm, walked without
     * recursion and each dictionary once (a hostile tree may list a node as its own kid).
     *
     * @param acroForm the AcroForm dictionary; may be null
     * @return field and widget dictionaries (by identity) with their field's name
     */
    static Map<COSDictionary, String> fieldNames(COSDictionary acroForm) {
        Map<COSDictionary, String> names = new IdentityHashMap<>();
        if (acroForm == null) {
            return names;
        }
        Deque<Map.Entry<COSDictionary, String>> todo = new ArrayDeque<>();
        addKids(acroForm.getDictionaryObject(COSName.FIELDS), "", todo);
        while (!todo.isEmpty() && names.size() < FormReader.MAX_FIELDS * 2) {
            Map.Entry<COSDictionary, String> next = todo.pop();
            COSDictionary field = next.getKey();
            if (names.containsKey(field)) {
                continue;
            }
            String partial = field.getString(COSName.T);
            String name = partial == null ? next.getValue()
                    : next.getValue().isEmpty() ? partial : next.getValue() + "." + partial;
            names.put(field, name);
            addKids(field.getDictionaryObject(COSName.KIDS), name, todo);
        }
        return names;
    }

    private static void addKids(COSBase kids, String parent, Deque<Map.Entry<COSDictionary, String>> todo) {
        if (kids instanceof COSArray array) {
            for (int i = array.size() - 1; i >= 0; i--) {
                if (array.getObject(i) instanceof COSDictionary kid) {
                    todo.push(Map.entry(kid, parent));
                }
            }
        }
    }

    private void step(Item item) {
        COSBase a = item.now();
        COSBase b = item.then();
        boolean sameObject = false;
        if (a instanceof COSObject reference) {
            COSObjectKey key = reference.getKey();
            if (key != null) {
                if (!visited.add(key)) {
                    return;
                }
                Long offset = nowXref.get(key);
                sameObject = b instanceof COSObject old && key.equals(old.getKey()) && offset != null
                        && offset.equals(thenXref.get(key));
            }
            a = reference.getObject();
        }
        if (b instanceof COSObject old) {
            b = old.getObject();
        }
        String label = a instanceof COSDictionary d ? labelOf(d, item.label()) : item.label();
        if (isNull(a)) {
            if (!isNull(b)) {
                change(label);
            }
        } else if (isNull(b)) {
            added(a, label);
        } else if (a instanceof COSDictionary da && b instanceof COSDictionary db) {
            dictionary(da, db, label, sameObject);
        } else if (a instanceof COSArray aa && b instanceof COSArray ab) {
            array(aa, ab, label, false);
        } else if (!leafEquals(a, b)) {
            change(label);
        }
    }

    private void dictionary(COSDictionary a, COSDictionary b, String label, boolean sameObject) {
        if (a instanceof COSStream sa) {
            if (!(b instanceof COSStream sb) || !sameObject && !sameBytes(sa, sb)) {
                change(label);
                return;
            }
        } else if (b instanceof COSStream) {
            change(label);
            return;
        }
        boolean signatureField = isSignatureField(a);
        boolean unsigned = signatureField && isNull(b.getDictionaryObject(COSName.V));
        Set<COSName> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (COSName key : keys) {
            if (a == catalog && (key.equals(DSS) || key.equals(EXTENSIONS) || key.equals(COSName.METADATA))
                    || a == acroForm && (key.equals(SIG_FLAGS) || key.equals(COSName.DR))) {
                continue;
            }
            if (unsigned && key.equals(COSName.V)) {
                found.signatureAdded |= !isNull(a.getDictionaryObject(COSName.V));
                continue;
            }
            if (unsigned && SIGNING_KEYS.contains(key)) {
                continue;
            }
            COSBase now = a.getItem(key);
            COSBase then = b.getItem(key);
            boolean appendable = a == acroForm && key.equals(COSName.FIELDS)
                    || pageNumbers.containsKey(a) && key.equals(COSName.ANNOTS);
            if (appendable && resolve(now) instanceof COSArray na && resolve(then) instanceof COSArray ta) {
                if (now instanceof COSObject reference && reference.getKey() != null
                        && !visited.add(reference.getKey())) {
                    continue;
                }
                array(na, ta, label, true);
            } else {
                work.push(new Item(now, then, label));
            }
        }
    }

    /** Compares element by element; new signature fields at the end are allowed where appendable. */
    private void array(COSArray a, COSArray b, String label, boolean appendable) {
        int common = Math.min(a.size(), b.size());
        for (int i = common - 1; i >= 0; i--) {
            work.push(new Item(a.get(i), b.get(i), label));
        }
        if (a.size() < b.size()) {
            change(label);
        }
        for (int i = common; i < a.size(); i++) {
            COSBase element = a.get(i);
            COSBase value = resolve(element);
            boolean isNew = !(element instanceof COSObject reference) || reference.getKey() == null
                    || !thenXref.containsKey(reference.getKey());
            if (appendable && isNew && value instanceof COSDictionary d && isSignatureField(d)) {
                // a further signature or a document timestamp: its own field, not looked into
                found.signatureAdded = true;
                if (element instanceof COSObject reference && reference.getKey() != null) {
                    visited.add(reference.getKey());
                }
            } else {
                change(value instanceof COSDictionary d ? labelOf(d, label) : label);
            }
        }
    }

    private void added(COSBase value, String label) {
        if (value instanceof COSDictionary d && isSignatureDictionary(d)) {
            return;
        }
        change(label);
    }

    private void change(String label) {
        if (label.startsWith("field:")) {
            found.fields.add(label.substring("field:".length()));
        } else if (label.startsWith("page:")) {
            found.pages.add(Integer.parseInt(label.substring("page:".length())));
        } else {
            found.document = true;
        }
    }

    private String labelOf(COSDictionary d, String inherited) {
        String field = fieldNames.get(d);
        if (field != null) {
            return "field:" + field;
        }
        Integer page = pageNumbers.get(d);
        return page != null ? "page:" + page : inherited;
    }

    static boolean isSignatureField(COSDictionary d) {
        COSDictionary node = d;
        for (int depth = 0; node != null && depth < 20; depth++) {
            COSName type = node.getCOSName(COSName.FT);
            if (type != null) {
                return COSName.SIG.equals(type);
            }
            node = node.getCOSDictionary(COSName.PARENT);
        }
        return false;
    }

    static boolean isSignatureDictionary(COSDictionary d) {
        COSName type = d.getCOSName(COSName.TYPE);
        return COSName.SIG.equals(type) || DOC_TIME_STAMP.equals(type);
    }

    private static COSBase resolve(COSBase value) {
        return value instanceof COSObject reference ? reference.getObject() : value;
    }

    private static boolean isNull(COSBase value) {
        return value == null || value instanceof COSNull;
    }

    private static boolean leafEquals(COSBase a, COSBase b) {
        if (a instanceof COSString sa && b instanceof COSString sb) {
            return Arrays.equals(sa.getBytes(), sb.getBytes());
        }
        if (a instanceof COSNumber na && b instanceof COSNumber nb) {
            return na.floatValue() == nb.floatValue();
        }
        if (a instanceof COSName || a instanceof COSBoolean) {
            return a.equals(b);
        }
        return Objects.equals(a, b);
    }

    private static boolean sameBytes(COSStream a, COSStream b) {
        try (InputStream ia = a.createRawInputStream(); InputStream ib = b.createRawInputStream()) {
            byte[] bufferA = new byte[8192];
            byte[] bufferB = new byte[8192];
            while (true) {
                int na = ia.readNBytes(bufferA, 0, bufferA.length);
                int nb = ib.readNBytes(bufferB, 0, bufferB.length);
                if (na != nb || !Arrays.equals(bufferA, 0, na, bufferB, 0, nb)) {
                    return false;
                }
                if (na < bufferA.length) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
    }
}
