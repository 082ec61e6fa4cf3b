package de.magdeburg.integration.netzwerk.bench;

import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.Minutes;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.WorkPlan;
import de.magdeburg.integration.netzwerk.templates.Documents;
import de.magdeburg.integration.netzwerk.templates.TemplateXhtml;
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
    java.util.function.Function<String, byte[]> withFallbacks;
    java.util.function.Function<String, byte[]> dejaVuOnly;
    String minutesHtmlDejaVuOnly;

    @Setup
    public void setUp() {
        documents = Documents.builder().clock(BenchData.CLOCK).build();
        meeting = BenchData.meeting();
        partners = BenchData.partners(200);
        minutes = BenchData.minutes();
        plan = BenchData.networkPlan();
        attendanceHtml = TemplateXhtml.attendance(meeting, partners);
        minutesHtml = TemplateXhtml.minutes(minutes);
        planHtml = TemplateXhtml.workPlan(plan, java.time.LocalDate.of(2026, 11, 26));
        withFallbacks = TemplateXhtml.pdf(BenchData.CLOCK, true);
        dejaVuOnly = TemplateXhtml.pdf(BenchData.CLOCK, false);
        // the baseline's stylesheet names DejaVu Sans alone, as the templates did before the fallbacks
        minutesHtmlDejaVuOnly = TemplateXhtml.dejaVuOnly(minutesHtml);
    }

    /**
     * German-only minutes through the engine with the fallback fonts (the library's setting: it
     * checks the document's characters against DejaVu and leaves the fallbacks out when none is missing).
     */
    @Benchmark
    public byte[] minutesGermanWithFallbackFonts() {
        return withFallbacks.apply(minutesHtml);
    }

    /** Baseline of {@link #minutesGermanWithFallbackFonts}: the same XHTML, DejaVu Sans alone. */
    @Benchmark
    public byte[] minutesGermanDejaVuOnly() {
        return dejaVuOnly.apply(minutesHtmlDejaVuOnly);
    }

    @Benchmark
    public byte[] attendance200() {
        return documents.attendanceSheet(meeting, partners).bytes();
    }

    @Benchmark
    public byte[] attendance200PlainHtml() {
        return Baselines.plainHtml(attendanceHtml);
    }

    @Benchmark
    public byte[] minutes3Pages() {
        return documents.minutes(minutes).bytes();
    }

    @Benchmark
    public byte[] minutes3PagesPlainHtml() {
        return Baselines.plainHtml(minutesHtml);
    }

    @Benchmark
    public byte[] networkWorkPlan() {
        return documents.workPlan(plan, List.of()).bytes();
    }

    @Benchmark
    public byte[] networkWorkPlanPlainHtml() {
        return Baselines.plainHtml(planHtml);
    }
}
