package de.magdeburg.integration.netzwerk.interop;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * pdftk-java {@code fill_form} with a UTF-8 XFDF file, one process per record (pdftk has no batch
 * mode), two at a time.
 *
 * <p>Without {@code need_appearances} pdftk writes its own appearance streams; with it, it leaves
 * the old appearances and sets {@code /NeedAppearances true} so that the viewer draws them.
 */
final class PdftkClient implements Client {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private final boolean needAppearances;

    PdftkClient(boolean needAppearances) {
        this.needAppearances = needAppearances;
    }

    @Override
    public String name() {
        return needAppearances ? "pdftk-need_appearances" : "pdftk";
    }

    @Override
    public void requireInstalled() {
        Tool.PDFTK.require();
    }

    @Override
    public String version() {
        String out = Tool.PDFTK.runOk(List.of("--version"), Path.of("."), TIMEOUT).stdout();
        return out.lines().findFirst().orElse("pdftk ?").strip();
    }

    @Override
    public Map<String, Filled> fill(byte[] blank, List<Corpus.Entry> entries, Path dir) {
        Path blankFile = dir.resolve("blank.pdf");
        Clients.write(blankFile, blank);
        Map<String, Filled> result = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (Corpus.Entry e : entries) {
                jobs.add(pool.submit(() -> result.put(e.id(), fillOne(blankFile, e, dir))));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return result;
    }

    private Filled fillOne(Path blankFile, Corpus.Entry e, Path dir) {
        Path xfdf = dir.resolve(e.id() + ".xfdf");
        Path out = dir.resolve(e.id() + ".pdf");
        Clients.write(xfdf, xfdf(FieldValues.of(e.declaration())));
        List<String> args = new ArrayList<>(List.of(blankFile.toString(), "fill_form", xfdf.toString(),
                "output", out.toString()));
        if (needAppearances) {
            args.add("need_appearances");
        }
        Tool.Result r = Tool.PDFTK.run(args, dir, TIMEOUT);
        if (r.exitCode() != 0) {
            return Filled.failed(e.id(), "exit " + r.exitCode() + ": " + r.stderr() + r.stdout());
        }
        return Filled.ok(e.id(), out);
    }

    /** The XFDF a form tool exports: every field by its full name, checkboxes as Yes/Off. */
    static String xfdf(FieldValues values) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<xfdf xmlns=\"http://ns.adobe.com/xfdf/\" xml:space=\"preserve\">\n<fields>\n");
        values.asStrings().forEach((name, value) -> b.append("<field name=\"").append(escape(name))
                .append("\"><value>").append(escape(value)).append("</value></field>\n"));
        return b.append("</fields>\n</xfdf>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    @Override
    public String toString() {
        return name();
    }
}
