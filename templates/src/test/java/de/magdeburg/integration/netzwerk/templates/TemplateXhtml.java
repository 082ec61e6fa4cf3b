package de.magdeburg.integration.netzwerk.templates;

import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.Minutes;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.WorkPlan;
import de.magdeburg.integration.netzwerk.templates.internal.TemplateSet;
import de.magdeburg.integration.netzwerk.templates.internal.Views;
import java.time.LocalDate;
import java.util.List;

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
        return TEMPLATES.render("attendance", VIEWS.attendance(meeting, expected));
    }

    /**
     * @param minutes the minutes; not null
     * @return the minutes' XHTML
     */
    public static String minutes(Minutes minutes) {
        return TEMPLATES.render("minutes", VIEWS.minutes(minutes));
    }

    /**
     * @param plan the work plan; not null
     * @param asOf the day the plan is printed
     * @return the work plan's XHTML, without compliance findings
     */
    public static String workPlan(WorkPlan plan, LocalDate asOf) {
        return TEMPLATES.render("workplan", VIEWS.workPlan(plan, List.of(), asOf));
    }
}
