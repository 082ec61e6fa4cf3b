package de.magdeburg.integration.netzwerk.interop;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * MuPDF's form code through {@code mutool run src/test/mutool/fill.js}: one process for all records.
 * Saved either as a rewritten file or as an incremental update (how mupdf's viewer saves).
 */
final class MutoolClient implements Client {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private final boolean incremental;

    MutoolClient(boolean incremental) {
        this.incremental = incremental;
    }

    @Override
    public String name() {
        return incremental ? "mutool-incremental" : "mutool";
    }

    @Override
    public void requireInstalled() {
        Tool.MUTOOL.require();
    }

    @Override
    public String version() {
        Tool.Result r = Tool.MUTOOL.run(List.of("-v"), Path.of("."), TIMEOUT);
        return (r.stdout() + r.stderr()).lines().findFirst().orElse("mutool ?").strip();
    }

    @Override
    public Map<String, Filled> fill(byte[] blank, List<Corpus.Entry> entries, Path dir) {
        Path blankFile = dir.resolve("blank.pdf");
        Clients.write(blankFile, blank);
        Path job = BatchJob.write(blankFile, entries, dir, incremental ? "incremental" : "");
        Path script = Path.of(System.getProperty("interop.mutool.dir", "src/test/mutool"), "fill.js")
                .toAbsolutePath();
        Tool.Result r = Tool.MUTOOL.run(List.of("run", script.toString(), job.toString()), dir, TIMEOUT);
        return BatchJob.results(entries, dir, r);
    }

    @Override
    public String toString() {
        return name();
    }
}
