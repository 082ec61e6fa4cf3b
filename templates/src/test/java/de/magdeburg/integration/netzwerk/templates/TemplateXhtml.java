package de.magdeburg.integration.netzwerk.templates;

import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.Minutes;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.WorkPlan;
import de.magdeburg.integration.netzwerk.templates.internal.PdfEngine;
import de.magdeburg.integration.netzwerk.templates.internal.TemplateSet;
import de.magdeburg.integration.netzwerk.templates.internal.Views;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Test fixture, not API: the XHTML the Magdeburg templates produce for a document, before it is
 * typeset and rendered. The benchmarks (bench) render it with plain OpenHTMLtoPDF as their
 * baseline; the templates' output is internal, so it is reached from this module's test code and
 * shipped in the test jar (classifier {@code tests}) for them.
 */
public final class TemplateXhtml {
    private static final Views VIEWS = new Views(RulesProfile.magdeburg2016());
    private static final TemplateSet TEMPLATES = new TemplateSet();

    private TemplateXhtml() {
    }

    /**
     * @param meeting the meeting; not null
     * @param expected the partners listed; not null
     * @return the attendance sheet's XHTML
     */
    public static String attendance(Meeting meeting, List<Partner> expected) {
        return TEMPLATES.render("attendance", VIEWS.attendance(meeting, expected, List.of()));
    }

    /**
     * @param minutes the minutes; not null
     * @return the minutes' XHTML
     */
    public static String minutes(Minutes minutes) {
        return TEMPLATES.render("minutes", VIEWS.minutes(minutes, null));
    }

    /**
     * @param plan the work plan; not null
     * @param asOf the day the plan is printed
     * @return the work plan's XHTML, without compliance findings
     */
    public static String workPlan(WorkPlan plan, LocalDate asOf) {
        return TEMPLATES.render("workplan", VIEWS.workPlan(plan, List.of(), asOf));
    }

    /**
     * The library's PDF step for a finished XHTML, with or without the fallback fonts of other
     * scripts: the benchmark that shows the fallbacks cost a German-only document nothing measurable.
     *
     * @param clock the creation time written into the PDF
     * @param fallbackFonts whether Arabic, Ethiopic and CJK fonts follow DejaVu Sans
     * @return XHTML to PDF bytes
     */
    public static Function<String, byte[]> pdf(Clock clock, boolean fallbackFonts) {
        PdfEngine engine = fallbackFonts ? new PdfEngine(clock) : PdfEngine.withoutFallbackFonts(clock);
        return xhtml -> engine.render("Protokoll", "Protokoll", xhtml, null);
    }

    /**
     * @param xhtml a template's XHTML
     * @return the same XHTML whose stylesheet names DejaVu Sans alone, as before the fallbacks
     */
    public static String dejaVuOnly(String xhtml) {
        return xhtml.replace(PdfEngine.FONT_STACK, "'" + PdfEngine.FONT_FAMILY + "'");
    }
}
