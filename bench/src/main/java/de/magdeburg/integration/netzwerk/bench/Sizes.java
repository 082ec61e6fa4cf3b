package de.magdeburg.integration.netzwerk.bench;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.forms.DeclarationForm;
import de.magdeburg.integration.netzwerk.templates.Documents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    /** The declaration's values as XFDF, for {@code pdftk fill_form}: the same values as the JSON. */
    static String xfdf(Declaration d) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("request", d.request().name().toLowerCase(Locale.ROOT));
        values.put("organisation_name", d.organisation().name());
        values.put("organisation_street", d.organisation().street());
        values.put("organisation_postal_code", d.organisation().postalCode());
        values.put("organisation_city", d.organisation().city());
        values.put("list_on_portal", d.listOnPortal() ? "Yes" : "Off");
        values.put("last_name", d.representative().lastName());
        values.put("first_name", d.representative().firstName());
        values.put("function", d.representative().function());
        values.put("phone", d.representative().phone());
        values.put("email", d.representative().email());
        for (String group : List.of("work_and_training", "interculture_and_social", "language")) {
            values.put("wg_" + group, d.workingGroups().contains(group) ? "Yes" : "Off");
        }
        values.put("cross_group_meetings", d.crossGroupMeetings() ? "Yes" : "Off");
        values.put("place", d.place());
        values.put("date", d.date().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        values.put("signatory_name", d.signatoryName());
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<xfdf xmlns=\"http://ns.adobe.com/xfdf/\" xml:space=\"preserve\"><fields>\n");
        values.forEach((k, v) -> sb.append("<field name=\"").append(k).append("\"><value>")
                .append(v.replace("&", "&amp;").replace("<", "&lt;")).append("</value></field>\n"));
        return sb.append("</fields></xfdf>\n").toString();
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
        files.put("declaration-blank.pdf", form.blank().bytes());
        files.put("declaration-prefilled.pdf", form.prefilled(BenchData.declaration()).bytes());
        files.put("declaration-naive-pdfbox-blank.pdf", Baselines.naiveForm(null));
        files.put("declaration-naive-pdfbox-prefilled.pdf", Baselines.naiveForm(BenchData.declaration()));
        files.put("minutes.pdf", documents.minutes(BenchData.minutes()).bytes());
        files.put("minutes-plain-openhtmltopdf.pdf", Baselines.plainHtml(bench.minutesHtml));
        files.put("attendance-200.pdf", documents.attendanceSheet(BenchData.meeting(), BenchData.partners(200)).bytes());
        files.put("attendance-200-plain-openhtmltopdf.pdf", Baselines.plainHtml(bench.attendanceHtml));
        files.put("workplan-network.pdf", documents.workPlan(BenchData.networkPlan(), List.of()).bytes());
        files.put("workplan-network-plain-openhtmltopdf.pdf", Baselines.plainHtml(bench.planHtml));
        files.put("minutes.html", bench.minutesHtml.getBytes(StandardCharsets.UTF_8));
        files.put("minutes.json", JsonCodec.MINUTES.toJson(BenchData.minutes()).getBytes(StandardCharsets.UTF_8));
        files.put("declaration.json", JsonCodec.DECLARATION.toJson(BenchData.declaration()).getBytes(StandardCharsets.UTF_8));
        files.put("declaration.xfdf", xfdf(BenchData.declaration()).getBytes(StandardCharsets.UTF_8));
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
