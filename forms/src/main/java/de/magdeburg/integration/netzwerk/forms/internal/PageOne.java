package de.magdeburg.integration.netzwerk.forms.internal;

import static de.magdeburg.integration.netzwerk.core.DeclarationField.CROSS_GROUP_MEETINGS;
import static de.magdeburg.integration.netzwerk.forms.DeclarationForm.SECOND_SIGNATURE_FIELD;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.DATE;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.EMAIL;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.FIRST_NAME;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.FUNCTION;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.LAST_NAME;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.LIST_ON_PORTAL;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.ORGANISATION_CITY;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.ORGANISATION_NAME;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.ORGANISATION_POSTAL_CODE;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.ORGANISATION_STREET;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.PHONE;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.PLACE;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.SIGNATORY_NAME;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.SIGNATURE;
import static de.magdeburg.integration.netzwerk.forms.internal.FormDocument.LEFT;
import static de.magdeburg.integration.netzwerk.forms.internal.FormDocument.PAGE_H;
import static de.magdeburg.integration.netzwerk.forms.internal.FormDocument.PAGE_W;
import static de.magdeburg.integration.netzwerk.forms.internal.FormDocument.RIGHT;
import static de.magdeburg.integration.netzwerk.forms.internal.FormDocument.TEXT_SIZE;
import static de.magdeburg.integration.netzwerk.forms.internal.FormDocument.WIDTH;
import static de.magdeburg.integration.netzwerk.forms.internal.FormDocument.pdfY;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.DeclarationField;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.WorkingGroup;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;

/**
 * Layout of page 1: letterhead, addressee, the kind of declaration, sections 1 to 5 with their
 * fields, the acknowledgement and the signing row. Texts come from the profile's wording, field
 * captions and tooltips from the forms bundle.
 */
final class PageOne {
    static final float FIELD_HEIGHT = 18;
    /** Captions at 8 pt in dark grey (#4D4D4D on white: 8.4:1, above WCAG AA's 4.5:1). */
    static final float CAPTION_SIZE = 8;
    static final float CAPTION_GRAY = 0.3f;
    /** From the bottom of a box to the caption's baseline. */
    static final float CAPTION_GAP = 10;
    private final FormDocument d;
    private final FormFields f;
    private final RulesProfile profile;
    private final Declaration values;

    /**
     * @param values values to pre-fill; null for a blank form
     */
    PageOne(FormDocument d, FormFields f, RulesProfile profile, Declaration values) {
        this.d = d;
        this.f = f;
        this.profile = profile;
        this.values = values;
    }

    void write() {
        d.newPage();
        var wording = profile.declaration();
        var network = profile.network();
        var content = d.content;
        // the band starts 10 mm below the paper edge: office printers do not print the outer 5 mm
        d.artifact(() -> {
            d.accent();
            content.rect(LEFT, pdfY(34), WIDTH, 6).raw("f");
            float[] accent = FormDocument.ACCENT;
            content.rgb(accent[0], accent[1], accent[2], true);
            content.op("w", 1.2f);
            content.line(LEFT, pdfY(138), RIGHT, pdfY(138));
        });
        d.accent();
        d.beginTag("P");
        content.text(network.city(), RIGHT - d.font.width(network.city(), 14), pdfY(56), 14, true);
        content.text(network.shortName(), RIGHT - d.font.width(network.shortName(), 8.5f), pdfY(70), 8.5f,
                false);
        content.end();
        // the addressee beside the letterhead, as in the source, leaves room for the fields
        content.gray(0.3f, false);
        d.y = d.paragraph("P", wording.sendTo(), LEFT, 42, WIDTH / 2, 8.5f, 10, false);
        content.gray(0, false);
        d.beginTag("P");
        for (String line : profile.coordinator().addressLines()) {
            d.y += 12.5f;
            content.text(line, LEFT, pdfY(d.y), TEXT_SIZE, false);
        }
        content.end();
        if (d.y > 132) {
            throw new IllegalStateException("the coordinator's address does not fit beside the letterhead");
        }

        content.gray(0.3f, false);
        d.y = d.paragraph("P", wording.basis(), LEFT, 142, WIDTH, 9, 12, false);
        d.accent();
        d.y = d.paragraph("H1", wording.title(), LEFT, d.y + 2, WIDTH, 12, 15.5f, true);
        content.gray(0, false);

        requestType(new String[] {wording.requestEntry(), wording.requestDeletion(), wording.requestChange()});

        // 1 organisation: the name on up to three lines, 200 characters at 8 pt
        float y = section("1", wording.sectionOrganisation(), d.y + 10);
        y = textRow(y, 3, new String[] {ORGANISATION_NAME.fieldName()}, new float[] {WIDTH});
        y = textRow(y, 1, new String[] {ORGANISATION_STREET.fieldName()}, new float[] {WIDTH});
        y = textRow(y, 1, new String[] {ORGANISATION_POSTAL_CODE.fieldName(), ORGANISATION_CITY.fieldName()},
                new float[] {80, WIDTH - 90});
        y = checkboxWithText(LIST_ON_PORTAL.fieldName(), wording.portalConsent(), LEFT, y + 2, WIDTH,
                values != null && values.listOnPortal());

        y = section("2", wording.sectionName(), y + 6);
        y = textRow(y, 2, new String[] {LAST_NAME.fieldName(), FIRST_NAME.fieldName()},
                new float[] {WIDTH / 2 - 5, WIDTH / 2 - 5});
        y = section("3", wording.sectionFunction(), y);
        // two lines: 100 characters in capitals do not fit one line at 8 pt
        y = textRow(y, 2, new String[] {FUNCTION.fieldName()}, new float[] {WIDTH});
        y = section("4", wording.sectionContact(), y);
        y = textRow(y, 2, new String[] {PHONE.fieldName(), EMAIL.fieldName()},
                new float[] {WIDTH * 0.4f - 5, WIDTH * 0.6f - 5});

        y = section("5", wording.sectionWorkingGroups(), y);
        y = workingGroups(y);

        y += 10;
        y = d.paragraph("P", wording.acknowledgement(), LEFT, y, WIDTH, TEXT_SIZE, 13, false);
        y = signingRows(y + 14);
        if (y > PAGE_H - 80) {
            throw new IllegalStateException("the profile's wording does not fit on page 1 (ends at " + y + ")");
        }
        d.y = y;
        footer(wording.footer());
    }

    private void requestType(String[] requestLabels) {
        d.y += 12;
        PDRadioButton radio = f.radioGroup(DeclarationField.REQUEST.fieldName(), f.label("tooltip.request"));
        List<PDAnnotationWidget> radioWidgets = new ArrayList<>();
        String chosen = values == null ? null : DeclarationField.REQUEST.valueIn(values);
        float x = LEFT;
        for (int i = 0; i < 3; i++) {
            String value = DeclarationField.requestValue(RequestType.values()[i]);
            radioWidgets.add(f.addRadioWidget(radio, value, value.equals(chosen), x, d.y, 12,
                    f.label("tooltip.request." + value)));
            d.beginTag("P");
            d.content.text(requestLabels[i], x + 18, pdfY(d.y + 10), 11, false);
            d.content.end();
            x += 30 + d.font.width(requestLabels[i], 11) + 24;
        }
        f.addRadioGroup(radio, radioWidgets, chosen);
        d.y += 12;
    }

    private float workingGroups(float y) {
        var wording = profile.declaration();
        List<String[]> boxes = new ArrayList<>();
        for (WorkingGroup g : profile.workingGroups()) {
            boxes.add(new String[] {g.fieldName(), g.name(),
                values != null && values.workingGroups().contains(g.id()) ? "1" : ""});
        }
        boxes.add(new String[] {CROSS_GROUP_MEETINGS.fieldName(), wording.crossGroupMeetings(),
            values != null && values.crossGroupMeetings() ? "1" : ""});
        float colWidth = WIDTH / 2;
        float rowTop = y + 4;
        for (int i = 0; i < boxes.size(); i++) {
            String[] box = boxes.get(i);
            float bx = LEFT + (i % 2) * colWidth;
            float top = rowTop + (i / 2) * 19;
            float end = checkboxWithText(box[0], box[1], bx, top, colWidth - 10, !box[2].isEmpty());
            y = Math.max(y, end);
        }
        return y;
    }

    /**
     * Place and date, then the signatory's name on up to three lines (120 characters in capitals at
     * 8 pt), with the signature box beside
     * both. The date box is 36 mm wide: "TT.MM.JJJJ" written by hand takes ten characters of about
     * 3 to 3.5 mm each.
     */
    private float signingRows(float y) {
        var wording = profile.declaration();
        var content = d.content;
        float dateWidth = 36 * FormDocument.MM;
        float placeWidth = 190;
        float signX = LEFT + placeWidth + 10 + dateWidth + 14;
        // boxes as tall as two lines: room to write by hand
        float rowHeight = fieldHeight(2);
        addText(PLACE.fieldName(), LEFT, y, placeWidth, rowHeight, 2);
        addText(DATE.fieldName(), LEFT + placeWidth + 10, y, dateWidth, rowHeight, 1);
        float captionTop = y + rowHeight + CAPTION_GAP;
        content.gray(CAPTION_GRAY, false);
        caption("(" + wording.placeDate() + ")", LEFT, captionTop);
        caption(f.label("caption." + DATE.fieldName()), LEFT + placeWidth + 10, captionTop);
        float nameTop = captionTop + 6;
        float nameHeight = fieldHeight(3);
        addText(SIGNATORY_NAME.fieldName(), LEFT, nameTop, signX - 14 - LEFT, nameHeight, 3);
        float end = nameTop + nameHeight + CAPTION_GAP;
        // two signature boxes side by side: the partner's, and a second for a board that signs with
        // two persons (its /Lock leaves only the second box open)
        float gap = 8;
        float signWidth = (RIGHT - signX - gap) / 2;
        float secondX = signX + signWidth + gap;
        f.addSignature(SIGNATURE.fieldName(), SECOND_SIGNATURE_FIELD, signX, y, signWidth, end - CAPTION_GAP - y);
        f.addSignature(SECOND_SIGNATURE_FIELD, null, secondX, y, signWidth, end - CAPTION_GAP - y);
        content.gray(CAPTION_GRAY, false);
        caption("(" + wording.signatoryName() + ")", LEFT, end);
        caption("(" + wording.signature() + ")", signX, end);
        caption("(" + f.label("caption." + SECOND_SIGNATURE_FIELD) + ")", secondX, end);
        content.gray(0, false);
        return end;
    }

    private void caption(String text, float x, float baselineTop) {
        d.beginTag("P");
        d.content.text(text, x + 1, pdfY(baselineTop), CAPTION_SIZE, false);
        d.content.end();
    }

    private void footer(String text) {
        d.artifact(() -> {
            d.content.gray(0.6f, true);
            d.content.op("w", 0.5f);
            d.content.line(LEFT, pdfY(PAGE_H - 74), RIGHT, pdfY(PAGE_H - 74));
        });
        d.content.gray(0.25f, false);
        d.paragraph("P", text, LEFT, PAGE_H - 72, WIDTH, 8, 10, false);
        d.content.gray(0, false);
    }

    private float section(String number, String title, float top) {
        d.accent();
        d.beginTag("H2");
        d.content.text(number, LEFT, pdfY(top + 11), 11, true);
        d.content.text(title, LEFT + 16, pdfY(top + 11), 11, true);
        d.content.end();
        d.content.gray(0, false);
        return top + 15;
    }

    /** One row of text fields with their captions; {@code lines} is how many lines each box holds. */
    private float textRow(float top, int lines, String[] names, float[] widths) {
        float x = LEFT;
        float h = fieldHeight(lines);
        for (int i = 0; i < names.length; i++) {
            addText(names[i], x, top, widths[i], h, lines);
            d.content.gray(CAPTION_GRAY, false);
            // a little air below the field: pdf.js draws its inputs slightly larger than the widget
            caption(f.label("caption." + names[i]), x, top + h + CAPTION_GAP);
            x += widths[i] + 10;
        }
        d.content.gray(0, false);
        return top + h + CAPTION_GAP + 5;
    }

    /** A box for one line at 10 pt, or for {@code lines} lines at 8 pt. */
    static float fieldHeight(int lines) {
        return lines == 1 ? FIELD_HEIGHT
                : lines * TextAppearance.MIN_SIZE * TextAppearance.LEADING + 2 * TextAppearance.PAD + 2;
    }

    private float checkboxWithText(String name, String text, float x, float top, float width, boolean on) {
        f.addCheckBox(name, f.tooltip(name, text), x, top, 11, on);
        return d.paragraph("P", text, x + 18, top - 1.5f, width - 18, 9.5f, 11.5f, false) + 4;
    }

    private void addText(String name, float x, float top, float w, float h, int lines) {
        f.addText(name, values == null ? "" : valueOf(name), x, top, w, h, lines);
    }

    private String valueOf(String name) {
        return DeclarationField.find(name).orElseThrow(() -> new IllegalArgumentException("no field " + name))
                .valueIn(values);
    }
}
