package de.magdeburg.integration.netzwerk.forms.internal;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The tagged-PDF structure of one form (PDF/UA-1): a flat /Document element whose children are the
 * headings, paragraphs and /Form elements in reading order, and the parent tree that maps marked
 * content and widgets back to them. Mutable; one per document under construction.
 */
final class StructureTree {
    private final COSDictionary root = new COSDictionary();
    private final COSDictionary document = new COSDictionary();
    private final COSArray documentKids = new COSArray();
    private final COSArray parentTreeNums = new COSArray();
    private int nextStructParent;

    StructureTree() {
        root.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
        document.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
        document.setItem(COSName.S, COSName.getPDFName("Document"));
        document.setItem(COSName.P, root);
        document.setItem(COSName.K, documentKids);
        root.setItem(COSName.K, document);
    }

    /**
     * Registers a new page; its marked content's elements go into the returned array, in MCID order.
     */
    COSArray addPage(PDPage page) {
        COSArray pageParents = new COSArray();
        page.getCOSObject().setInt(COSName.STRUCT_PARENTS, nextStructParent);
        parentTreeNums.add(COSInteger.get(nextStructParent));
        parentTreeNums.add(pageParents);
        nextStructParent++;
        return pageParents;
    }

    /** Adds a structure element of type {@code tag} on {@code page} to the document. */
    COSDictionary element(String tag, PDPage page) {
        COSDictionary elem = new COSDictionary();
        elem.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
        elem.setItem(COSName.S, COSName.getPDFName(tag));
        elem.setItem(COSName.P, document);
        elem.setItem(COSName.PG, page.getCOSObject());
        documentKids.add(elem);
        return elem;
    }

    /** Makes {@code elem} the parent of one annotation; returns the key for its /StructParent. */
    int addAnnotationParent(COSDictionary elem) {
        parentTreeNums.add(COSInteger.get(nextStructParent));
        parentTreeNums.add(elem);
        return nextStructParent++;
    }

    /** Puts the tree and /MarkInfo into the catalog. */
    void attachTo(COSDictionary catalog) {
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, parentTreeNums);
        root.setItem(COSName.PARENT_TREE, parentTree);
        root.setInt(COSName.PARENT_TREE_NEXT_KEY, nextStructParent);
        catalog.setItem(COSName.STRUCT_TREE_ROOT, root);
        COSDictionary markInfo = new COSDictionary();
        markInfo.setBoolean(COSName.getPDFName("Marked"), true);
        catalog.setItem(COSName.MARK_INFO, markInfo);
    }
}
