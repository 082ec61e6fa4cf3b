package de.magdeburg.integration.netzwerk.forms.internal;

import static de.magdeburg.integration.netzwerk.forms.internal.FormDocument.LEFT;
import static de.magdeburg.integration.netzwerk.forms.internal.FormDocument.WIDTH;
import static de.magdeburg.integration.netzwerk.forms.internal.FormDocument.pdfY;

import de.magdeburg.integration.netzwerk.core.RulesProfile;
import java.util.List;

/**
 * Pages 2 and following: the Geschäftsordnung the declaration accepts (Anlage), from the profile,
 * with headings tagged H1/H2 and list items drawn with a bullet.
 */
final class Annex {
    private Annex() {
    }

    static void write(FormDocument d, RulesProfile profile) {
        var wording = profile.declaration();
        var rules = profile.rulesOfProcedure();
        d.newPage();
        d.y = 50;
        d.accent();
        d.y = d.paragraph("H1", wording.annex(), LEFT, d.y, WIDTH, 14, 18, true);
        d.content.gray(0, false);
        d.y = d.paragraph("P", rules.title(), LEFT, d.y + 6, WIDTH, 11, 14, true) + 6;
        for (var section : rules.sections()) {
            d.ensureRoom(40);
            d.accent();
            d.y = d.paragraph("H2", section.heading(), LEFT, d.y + 8, WIDTH, 11, 14, true) + 2;
            d.content.gray(0, false);
            for (String p : section.paragraphs()) {
                boolean item = p.startsWith("- ") || p.startsWith("• ");
                float indent = item ? 14 : 0;
                String text = item ? p.substring(2) : p;
                List<String> lines = d.wrap(text, WIDTH - indent, 9.5f);
                d.ensureRoom(lines.size() * 12.5f + 4);
                d.beginTag("P");
                if (item) {
                    d.content.text("•", LEFT + 3, pdfY(d.y + 12.5f), 9.5f, false);
                }
                for (String line : lines) {
                    d.y += 12.5f;
                    d.content.text(line, LEFT + indent, pdfY(d.y), 9.5f, false);
                }
                d.content.end();
                d.y += 4;
            }
        }
    }
}
