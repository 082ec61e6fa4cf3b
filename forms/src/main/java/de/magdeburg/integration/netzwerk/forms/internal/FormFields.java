package de.magdeburg.integration.netzwerk.forms.internal;

import de.magdeburg.integration.netzwerk.core.DeclarationField;
import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * The AcroForm of one form and its widgets: text, check box, radio and signature fields with our
 * own appearance streams, each tagged as a /Form structure element with an OBJR (PDF/UA-1).
 * Mutable; one per document under construction.
 */
final class FormFields {
    private final FormDocument d;
    private final ResourceBundle bundle;
    private final PDAcroForm acroForm;
    private final List<PDField> fields = new ArrayList<>();

    FormFields(FormDocument d, ResourceBundle bundle) {
        this.d = d;
        this.bundle = bundle;
        acroForm = new PDAcroForm(d.doc);
        COSDictionary dr = new COSDictionary();
        COSDictionary drFonts = new COSDictionary();
        drFonts.setItem(FormWriter.FONT, d.fontDict);
        dr.setItem(COSName.FONT, drFonts);
        acroForm.getCOSObject().setItem(COSName.DR, dr);
        acroForm.getCOSObject().setString(COSName.DA, FormWriter.DA);
    }

    /** Puts the fields into the AcroForm and the AcroForm into the catalog. */
    void attach() {
        acroForm.setFields(fields);
        d.doc.getDocumentCatalog().setAcroForm(acroForm);
    }

    String label(String key) {
        return bundle.getString(key);
    }

    String tooltip(String name, String fallback) {
        return bundle.containsKey("tooltip." + name) ? label("tooltip." + name) : fallback;
    }

    /** A radio group without widgets yet; add them with {@link #addRadioWidget}. */
    PDRadioButton radioGroup(String name, String tooltip) {
        PDRadioButton radio = new PDRadioButton(acroForm);
        radio.setPartialName(name);
        radio.setAlternateFieldName(tooltip);
        radio.getCOSObject().setFlag(COSName.FF, 1 << 14, true);
        return radio;
    }

    PDAnnotationWidget addRadioWidget(PDRadioButton radio, String value, boolean chosen, float x, float top,
            float size, String tooltip) {
        PDAnnotationWidget widget = new PDAnnotationWidget();
        widget.getCOSObject().setItem(COSName.PARENT, radio.getCOSObject());
        placeWidget(widget, x, top, size, size, tooltip);
        widget.getCOSObject().setItem(COSName.AP, buttonAppearance(value, size, true));
        widget.getCOSObject().setName(COSName.AS, chosen ? value : "Off");
        return widget;
    }

    void addRadioGroup(PDRadioButton radio, List<PDAnnotationWidget> widgets, String chosen) {
        radio.setWidgets(widgets);
        radio.getCOSObject().setName(COSName.V, chosen == null ? "Off" : chosen);
        fields.add(radio);
    }

    void addCheckBox(String name, String tooltip, float x, float top, float size, boolean on) {
        PDCheckBox box = new PDCheckBox(acroForm);
        box.setPartialName(name);
        box.setAlternateFieldName(tooltip);
        box.getCOSObject().setString(COSName.DA, FormWriter.DA);
        PDAnnotationWidget widget = box.getWidgets().get(0);
        placeWidget(widget, x, top, size, size, null);
        widget.getCOSObject().setItem(COSName.AP, buttonAppearance(DeclarationField.CHECKBOX_ON, size, false));
        widget.getCOSObject().setName(COSName.AS, on ? DeclarationField.CHECKBOX_ON : "Off");
        box.getCOSObject().setName(COSName.V, on ? DeclarationField.CHECKBOX_ON : "Off");
        fields.add(box);
    }

    /**
     * @param lines how many lines the box is made for; more than one makes the field multi-line
     * @throws NetzwerkException if {@code value} is longer than the field takes: the reader would
     *     cut it, so the form must not carry it
     */
    void addText(String name, String value, float x, float top, float w, float h, int lines) {
        int maxLength = FormWriter.maxLength(name);
        if (value.length() > maxLength) {
            throw new NetzwerkException(String.format(Locale.ROOT, "Der Wert im Feld „%s“ ist %d Zeichen lang;"
                    + " das Formular nimmt höchstens %d / the value of field \"%s\" is %d characters long; the form"
                    + " takes at most %d", name, value.length(), maxLength, name, value.length(), maxLength));
        }
        PDTextField field = new PDTextField(acroForm);
        field.setPartialName(name);
        // MaxLen is a hard limit (viewers stop typing there): the tooltip says so, unless the
        // field's format (5 digits, a date) already does
        String tooltip = tooltip(name, name);
        field.setAlternateFieldName(tooltip.contains("(") ? tooltip
                : tooltip + String.format(Locale.ROOT, label("tooltip.maxLength"), maxLength));
        field.setDefaultAppearance(FormWriter.DA);
        field.setMaxLen(maxLength);
        if (lines > 1) {
            field.setMultiline(true);
        }
        if (!value.isEmpty()) {
            field.getCOSObject().setString(COSName.V, value);
        }
        PDAnnotationWidget widget = field.getWidgets().get(0);
        placeWidget(widget, x, top, w, h, null, 0.55f, 0.975f);
        COSDictionary ap = new COSDictionary();
        ap.setDirect(true);
        ap.setItem(COSName.N, TextAppearance.stream(d.doc, d.resources, value, w, h));
        widget.getCOSObject().setItem(COSName.AP, ap);
        fields.add(field);
    }

    /**
     * A signature field. The partner's ({@code signature}) locks every field but the second
     * signature field; the second ({@code signature_2}, for a board that signs with two persons)
     * locks every field. ISO 32000-2 § 12.7.5.5 (SigFieldLock): once a signature goes into a field,
     * a viewer (Acrobat) locks what its {@code /Lock} names, so no one changes a value after signing
     * without it showing as a disallowed change — and the second board member can still sign.
     *
     * @param name the field's name
     * @param openAfter the field a signature here leaves open; null to lock all
     */
    void addSignature(String name, String openAfter, float x, float top, float w, float h) {
        PDSignatureField field = new PDSignatureField(acroForm);
        field.setPartialName(name);
        field.setAlternateFieldName(label("tooltip." + name));
        COSDictionary lock = new COSDictionary();
        lock.setItem(COSName.TYPE, COSName.getPDFName("SigFieldLock"));
        if (openAfter == null) {
            lock.setItem(COSName.getPDFName("Action"), COSName.getPDFName("All"));
        } else {
            lock.setItem(COSName.getPDFName("Action"), COSName.getPDFName("Exclude"));
            COSArray open = new COSArray();
            open.add(new COSString(openAfter));
            lock.setItem(COSName.FIELDS, open);
        }
        lock.setDirect(true);
        field.getCOSObject().setItem(COSName.getPDFName("Lock"), lock);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        placeWidget(widget, x, top, w, h, null);
        Content c = new Content(FormWriter.FONT);
        c.gray(0.6f, true).op("w", 0.75f).line(0, 0.5f, w, 0.5f);
        COSDictionary ap = new COSDictionary();
        ap.setDirect(true);
        ap.setItem(COSName.N, TextAppearance.xobject(d.doc, null, c.bytes(), w, h));
        widget.getCOSObject().setItem(COSName.AP, ap);
        fields.add(field);
    }

    /** Common widget set-up: rectangle, page, print flag, tooltip, tagging as /Form with OBJR. */
    private void placeWidget(PDAnnotationWidget widget, float x, float top, float w, float h, String tooltip) {
        placeWidget(widget, x, top, w, h, tooltip, 0.35f, 1);
    }

    /**
     * As above; border and background colours also go to /MK, so that viewers that draw their own
     * appearance after editing (Acrobat) keep the look of ours.
     */
    private void placeWidget(PDAnnotationWidget widget, float x, float top, float w, float h, String tooltip,
            float border, float background) {
        COSDictionary mk = new COSDictionary();
        mk.setItem(COSName.BC, FormWriter.floats(border));
        mk.setItem(COSName.BG, FormWriter.floats(background));
        mk.setDirect(true);
        widget.getCOSObject().setItem(COSName.MK, mk);
        widget.setRectangle(new PDRectangle(x, FormDocument.pdfY(top + h), w, h));
        widget.setPage(d.page);
        widget.setPrinted(true);
        if (tooltip != null) {
            widget.getCOSObject().setString(COSName.TU, tooltip);
        }
        COSDictionary form = d.structElem("Form");
        // pdf.js and screen readers name a control from its structure element's /Alt, not from /TU
        String alt = widget.getCOSObject().getString(COSName.TU);
        form.setString(COSName.ALT, alt != null ? alt
                : widget.getCOSObject().getCOSDictionary(COSName.PARENT).getString(COSName.TU));
        COSDictionary objr = new COSDictionary();
        objr.setItem(COSName.TYPE, COSName.getPDFName("OBJR"));
        objr.setItem(COSName.OBJ, widget.getCOSObject());
        objr.setItem(COSName.PG, d.page.getCOSObject());
        form.setItem(COSName.K, objr);
        widget.setStructParent(d.structure.addAnnotationParent(form));
        d.annots.add(widget);
    }

    private COSDictionary buttonAppearance(String onState, float size, boolean round) {
        Content off = new Content(FormWriter.FONT);
        Content on = new Content(FormWriter.FONT);
        for (Content c : new Content[] {off, on}) {
            c.gray(1, false).gray(0.35f, true).op("w", 0.8f);
            if (round) {
                c.circle(size / 2, size / 2, size / 2 - 0.6f).raw("B");
            } else {
                c.rect(0.4f, 0.4f, size - 0.8f, size - 0.8f).raw("B");
            }
        }
        float[] accent = FormDocument.ACCENT;
        on.rgb(accent[0], accent[1], accent[2], false).rgb(accent[0], accent[1], accent[2], true);
        if (round) {
            on.circle(size / 2, size / 2, size / 4.2f).raw("f");
        } else {
            on.op("w", 1.6f).raw("1 J 1 j").op("m", size * 0.22f, size * 0.52f).op("l", size * 0.42f, size * 0.27f)
                    .op("l", size * 0.8f, size * 0.78f).raw("S");
        }
        COSDictionary normal = new COSDictionary();
        normal.setItem(COSName.getPDFName(onState), xobject(on, size));
        normal.setItem(COSName.Off, xobject(off, size));
        // poppler does not resolve an indirect /N state dictionary: keep both direct
        normal.setDirect(true);
        COSDictionary ap = new COSDictionary();
        ap.setItem(COSName.N, normal);
        ap.setDirect(true);
        return ap;
    }

    private COSStream xobject(Content c, float size) {
        return TextAppearance.xobject(d.doc, null, c.bytes(), size, size);
    }
}
