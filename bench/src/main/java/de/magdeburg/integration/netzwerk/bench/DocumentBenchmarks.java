package de.magdeburg.integration.netzwerk.bench;

import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.Minutes;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.WorkPlan;
import de.magdeburg.integration.netzwerk.templates.Documents;
import de.magdeburg.integration.netzwerk.templates.internal.TemplateSet;
import de.magdeburg.integration.netzwerk.templates.internal.Views;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Printed documents, warm, against plain OpenHTMLtoPDF rendering the same XHTML (produced once by
 * our templates) with the fonts loaded per document. The library's attendance sheet also adds its
 * 200 tagged check-box fields in a PDFBox pass; the baseline does not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
public class DocumentBenchmarks {
    Documents documents;
    Meeting meeting;
    List<Partner> partners;
    Minutes minutes;
    WorkPlan plan;
    String attendanceHtml;
    String minutesHtml;
    String planHtml;

    @Setup
    public void setUp() {
        documents = Documents.builder().clock(BenchData.CLOCK).build();
        meeting = BenchData.meeting();
        partners = BenchData.partners(200);
        minutes = BenchData.minutes();
        plan = BenchData.networkPlan();
        Views views = new Views(RulesProfile.magdeburg2016());
        TemplateSet templates = new TemplateSet();
        attendanceHtml = templates.render("attendance", views.attendance(meeting, partners));
        minutesHtml = templates.render("minutes", views.minutes(minutes, null));
        planHtml = templates.render("workplan", views.workPlan(plan, List.of(), java.time.LocalDate.of(2026, 11, 26)));
    }

    @Benchmark
    public byte[] attendance200() {
        return documents.attendanceSheet(meeting, partners);
    }

    @Benchmark
    public byte[] attendance200PlainHtml() {
        return Baselines.plainHtml(attendanceHtml);
    }

    @Benchmark
    public byte[] minutes3Pages() {
        return documents.minutes(minutes);
    }

    @Benchmark
    public byte[] minutes3PagesPlainHtml() {
        return Baselines.plainHtml(minutesHtml);
    }

    @Benchmark
    public byte[] networkWorkPlan() {
        return documents.workPlan(plan, List.of());
    }

    @Benchmark
    public byte[] networkWorkPlanPlainHtml() {
        return Baselines.plainHtml(planHtml);
    }
}
