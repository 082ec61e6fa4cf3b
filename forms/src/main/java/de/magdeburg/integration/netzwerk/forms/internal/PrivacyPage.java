package de.magdeburg.integration.netzwerk.forms.internal;

import static de.magdeburg.integration.netzwerk.forms.internal.FormDocument.LEFT;
import static de.magdeburg.integration.netzwerk.forms.internal.FormDocument.WIDTH;

import de.magdeburg.integration.netzwerk.core.RulesProfile;
import java.util.List;

/**
 * Page 2: the information under Art. 13 GDPR about the data the form collects, from the profile
 * ({@link RulesProfile#declarationPrivacyNotice()}), between the form and the Geschäftsordnung, so
 * that it is read before signing and goes back with the form. Each point is a heading (H2) in the
 * left column with its text (P) beside it, the way the attendance sheet prints its notice.
 */
final class PrivacyPage {
    private static final float LABEL_WIDTH = 120;
    private static final float GAP = 10;
    private static final float SIZE = 9;
    private static final float LEADING = 11.5f;

    private PrivacyPage() {
    }

    static void write(FormDocument d, RulesProfile profile) {
        RulesProfile.PrivacyNotice notice = profile.declarationPrivacyNotice();
        d.newPage();
        d.y = 50;
        d.accent();
        d.y = d.paragraph("H1", notice.title(), LEFT, d.y, WIDTH, 14, 18, true) + 8;
        d.content.gray(0, false);
        float textX = LEFT + LABEL_WIDTH + GAP;
        float textWidth = WIDTH - LABEL_WIDTH - GAP;
        for (RulesProfile.NoticeItem item : notice.items()) {
            List<String> label = d.wrap(item.label(), LABEL_WIDTH, SIZE);
            List<String> text = d.wrap(item.text(), textWidth, SIZE);
            d.ensureRoom(Math.max(label.size(), text.size()) * LEADING + 8);
            float top = d.y;
            float labelEnd = d.paragraph("H2", item.label(), LEFT, top, LABEL_WIDTH, SIZE, LEADING, true);
            float textEnd = d.paragraph("P", item.text(), textX, top, textWidth, SIZE, LEADING, false);
            d.y = Math.max(labelEnd, textEnd) + 6;
        }
    }
}
