package de.magdeburg.integration.netzwerk.bench;

import de.magdeburg.integration.netzwerk.forms.DeclarationForm;
import de.magdeburg.integration.netzwerk.templates.Documents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Output sizes and page counts of the benchmarked documents and their baselines; with a directory
 * argument also writes the files there (for the cold-start comparison and for looking at them).
 */
public final class Sizes {
    private Sizes() {
    }

    /**
     * @param args optional output directory
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        DeclarationForm form = DeclarationForm.builder().clock(BenchData.CLOCK).build();
        Documents documents = Documents.builder().clock(BenchData.CLOCK).build();
        var bench = new DocumentBenchmarks();
        bench.setUp();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("declaration-blank.pdf", form.blank());
        files.put("declaration-prefilled.pdf", form.prefilled(BenchData.declaration()));
        files.put("declaration-naive-pdfbox-blank.pdf", Baselines.naiveForm(null));
        files.put("declaration-naive-pdfbox-prefilled.pdf", Baselines.naiveForm(BenchData.declaration()));
        files.put("minutes.pdf", documents.minutes(BenchData.minutes()));
        files.put("minutes-plain-openhtmltopdf.pdf", Baselines.plainHtml(bench.minutesHtml));
        files.put("attendance-200.pdf", documents.attendanceSheet(BenchData.meeting(), BenchData.partners(200)));
        files.put("attendance-200-plain-openhtmltopdf.pdf", Baselines.plainHtml(bench.attendanceHtml));
        files.put("workplan-network.pdf", documents.workPlan(BenchData.networkPlan(), List.of()));
        files.put("workplan-network-plain-openhtmltopdf.pdf", Baselines.plainHtml(bench.planHtml));
        files.put("minutes.html", bench.minutesHtml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path dir = args.length > 0 ? Path.of(args[0]) : null;
        if (dir != null) {
            Files.createDirectories(dir);
        }
        for (var e : files.entrySet()) {
            String pages = "";
            if (e.getKey().endsWith(".pdf")) {
                try (PDDocument doc = Loader.loadPDF(e.getValue())) {
                    pages = doc.getNumberOfPages() + " pages";
                }
            }
            System.out.printf("%-42s %9d bytes  %s%n", e.getKey(), e.getValue().length, pages);
            if (dir != null) {
                Files.write(dir.resolve(e.getKey()), e.getValue());
            }
        }
    }
}
