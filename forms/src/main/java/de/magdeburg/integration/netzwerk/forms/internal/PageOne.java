package de.magdeburg.integration.netzwerk.forms.internal;

import static de.magdeburg.integration.netzwerk.forms.internal.FormDocument.LEFT;
import static de.magdeburg.integration.netzwerk.forms.internal.FormDocument.PAGE_H;
import static de.magdeburg.integration.netzwerk.forms.internal.FormDocument.PAGE_W;
import static de.magdeburg.integration.netzwerk.forms.internal.FormDocument.RIGHT;
import static de.magdeburg.integration.netzwerk.forms.internal.FormDocument.TEXT_SIZE;
import static de.magdeburg.integration.netzwerk.forms.internal.FormDocument.WIDTH;
import static de.magdeburg.integration.netzwerk.forms.internal.FormDocument.pdfY;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.WorkingGroup;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;

/**
 * Layout of page 1: letterhead, addressee, the kind of declaration, sections 1 to 5 with their
 * fields, the acknowledgement and the signing row. Texts come from the profile's wording, field
 * captions and tooltips from the forms bundle.
 */
final class PageOne {
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
        d.artifact(() -> {
            d.accent();
            content.rect(0, pdfY(18), PAGE_W, 18).raw("f");
            float[] accent = FormDocument.ACCENT;
            content.rgb(accent[0], accent[1], accent[2], true);
            content.op("w", 1.2f);
            content.line(LEFT, pdfY(76), RIGHT, pdfY(76));
        });
        d.accent();
        d.beginTag("P");
        content.text(network.city(), RIGHT - d.font.width(network.city(), 14), pdfY(50), 14, true);
        content.text(network.shortName(), RIGHT - d.font.width(network.shortName(), 8.5f), pdfY(66), 8.5f,
                false);
        content.end();
        content.gray(0.35f, false);
        d.y = d.paragraph("P", wording.sendTo(), LEFT, 92, WIDTH, 8.5f, 10, false);
        content.gray(0, false);
        d.beginTag("P");
        for (String line : profile.coordinator().addressLines()) {
            d.y += 12.5f;
            content.text(line, LEFT, pdfY(d.y), TEXT_SIZE, false);
        }
        content.end();

        d.y += 22;
        d.accent();
        d.y = d.paragraph("H1", wording.title(), LEFT, d.y, WIDTH, 12, 15.5f, true);
        content.gray(0, false);

        requestType(new String[] {wording.requestEntry(), wording.requestDeletion(), wording.requestChange()});

        // 1 organisation
        float y = section("1", wording.sectionOrganisation(), d.y + 14);
        y = textRow(y, new String[] {Fields.ORGANISATION_NAME}, new float[] {WIDTH});
        y = textRow(y, new String[] {Fields.ORGANISATION_STREET}, new float[] {WIDTH});
        y = textRow(y, new String[] {Fields.ORGANISATION_POSTAL_CODE, Fields.ORGANISATION_CITY},
                new float[] {80, WIDTH - 90});
        y += 4;
        y = checkboxWithText(Fields.LIST_ON_PORTAL, wording.portalConsent(), LEFT, y, WIDTH,
                values != null && values.listOnPortal());

        y = section("2", wording.sectionName(), y + 14);
        y = textRow(y, new String[] {Fields.LAST_NAME, Fields.FIRST_NAME},
                new float[] {WIDTH / 2 - 5, WIDTH / 2 - 5});
        y = section("3", wording.sectionFunction(), y + 4);
        y = textRow(y, new String[] {Fields.FUNCTION}, new float[] {WIDTH});
        y = section("4", wording.sectionContact(), y + 4);
        y = textRow(y, new String[] {Fields.PHONE, Fields.EMAIL}, new float[] {WIDTH / 2 - 5, WIDTH / 2 - 5});

        y = section("5", wording.sectionWorkingGroups(), y + 4);
        y = workingGroups(y);

        y += 16;
        y = d.paragraph("P", wording.acknowledgement(), LEFT, y, WIDTH, TEXT_SIZE, 13, false);
        y = signingRow(y);
        if (y > PAGE_H - 80) {
            throw new IllegalStateException("the profile's wording does not fit on page 1 (ends at " + y + ")");
        }
        d.y = y;
        footer(wording.footer());
    }

    private void requestType(String[] requestLabels) {
        d.y += 12;
        PDRadioButton radio = f.radioGroup(Fields.REQUEST, f.label("tooltip.request"));
        List<PDAnnotationWidget> radioWidgets = new ArrayList<>();
        String chosen = values == null ? null : Fields.REQUEST_VALUES.get(values.request().ordinal());
        float x = LEFT;
        for (int i = 0; i < 3; i++) {
            String value = Fields.REQUEST_VALUES.get(i);
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
        boxes.add(new String[] {Fields.CROSS_GROUP_MEETINGS, wording.crossGroupMeetings(),
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

    private float signingRow(float y) {
        var wording = profile.declaration();
        var content = d.content;
        float signTop = y + 18;
        float fieldTop = signTop + 24;
        addText(Fields.PLACE, LEFT, fieldTop, 105, 18);
        addText(Fields.DATE, LEFT + 110, fieldTop, 72, 18);
        addText(Fields.SIGNATORY_NAME, LEFT + 192, fieldTop, 140, 18);
        f.addSignature(LEFT + 342, signTop, WIDTH - 342, 42);
        float labelTop = fieldTop + 18 + 11;
        content.gray(0.3f, false);
        d.beginTag("P");
        content.text("(" + wording.placeDate() + ")", LEFT, pdfY(labelTop), 8, false);
        content.end();
        d.beginTag("P");
        content.text("(" + wording.signatoryName() + ")", LEFT + 192, pdfY(labelTop), 8, false);
        content.end();
        d.beginTag("P");
        content.text("(" + wording.signature() + ")", LEFT + 342, pdfY(labelTop), 8, false);
        content.end();
        content.gray(0, false);
        return labelTop;
    }

    private void footer(String text) {
        d.artifact(() -> {
            d.content.gray(0.6f, true);
            d.content.op("w", 0.5f);
            d.content.line(LEFT, pdfY(PAGE_H - 64), RIGHT, pdfY(PAGE_H - 64));
        });
        d.content.gray(0.25f, false);
        d.paragraph("P", text, LEFT, PAGE_H - 62, WIDTH, 8, 10, false);
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

    private float textRow(float top, String[] names, float[] widths) {
        float x = LEFT;
        float h = 18;
        d.content.gray(0.4f, false);
        for (int i = 0; i < names.length; i++) {
            addText(names[i], x, top, widths[i], h);
            d.beginTag("P");
            // a little air below the field: pdf.js draws its inputs slightly larger than the widget
            d.content.text(f.label("caption." + names[i]), x + 1, pdfY(top + h + 9.5f), 7, false);
            d.content.end();
            x += widths[i] + 10;
        }
        d.content.gray(0, false);
        return top + h + 14;
    }

    private float checkboxWithText(String name, String text, float x, float top, float width, boolean on) {
        f.addCheckBox(name, f.tooltip(name, text), x, top, 11, on);
        return d.paragraph("P", text, x + 18, top - 1.5f, width - 18, 9.5f, 11.5f, false) + 4;
    }

    private void addText(String name, float x, float top, float w, float h) {
        f.addText(name, values == null ? "" : valueOf(name), x, top, w, h);
    }

    private String valueOf(String name) {
        var o = values.organisation();
        var r = values.representative();
        return switch (name) {
            case Fields.ORGANISATION_NAME -> o.name();
            case Fields.ORGANISATION_STREET -> o.street();
            case Fields.ORGANISATION_POSTAL_CODE -> o.postalCode();
            case Fields.ORGANISATION_CITY -> o.city();
            case Fields.LAST_NAME -> r.lastName();
            case Fields.FIRST_NAME -> r.firstName();
            case Fields.FUNCTION -> r.function();
            case Fields.PHONE -> r.phone();
            case Fields.EMAIL -> r.email();
            case Fields.PLACE -> values.place();
            case Fields.DATE -> values.date() == null ? ""
                    : values.date().format(DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT));
            case Fields.SIGNATORY_NAME -> values.signatoryName();
            default -> throw new IllegalArgumentException("no text field " + name);
        };
    }
}
