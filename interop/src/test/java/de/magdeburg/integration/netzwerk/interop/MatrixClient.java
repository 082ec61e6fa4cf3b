package de.magdeburg.integration.netzwerk.interop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One column of the client matrix (interop/README.md): a partner's tool filling or ticking any of
 * the documents the library reads — the declaration form and the attendance sheet — from
 * {@link FieldValues}, starting from the blank document, and saving as that tool saves.
 */
enum MatrixClient {
    /** pdftk-java {@code fill_form} with UTF-8 XFDF. */
    PDFTK("pdftk-java, fill_form (rewrite)"),
    /** MuPDF's form code, file rewritten. */
    MUTOOL("mutool run fill.js (rewrite)"),
    /** MuPDF's form code, saved as an incremental update as mupdf's viewer does. */
    MUTOOL_INCREMENTAL("mutool run fill.js (incremental)"),
    /** pdf.js {@code annotationStorage} and {@code saveDocument} (incremental, like Firefox). */
    PDFJS("pdf.js saveDocument (incremental)"),
    /** PDFium's form-fill environment, text typed and boxes clicked, the file rewritten. */
    PDFIUM("PDFium typing and clicking, FPDF_SaveAsCopy full"),
    /** The same saved with {@code FPDF_INCREMENTAL}, as Chrome and Edge save. */
    PDFIUM_INCREMENTAL("PDFium typing and clicking, FPDF_INCREMENTAL"),
    /** pypdf {@code update_page_form_field_values}, buttons as "/Yes", "/change". */
    PYPDF("pypdf update_page_form_field_values (rewrite)"),
    /** Poppler's GLib form API (Evince, Okular), saved as an incremental update as they save. */
    POPPLER("Poppler GLib form API, incremental save (as Evince and Okular)"),
    /** iText's {@code PdfFormField.setValue} (test scope, AGPL). */
    ITEXT("iText setValue (rewrite)");

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final Tool PYTHON = new Tool("python3", "install Python 3 and `pip install pypdfium2==5.13.0"
            + " pypdf==6.19.0` (see .ci/run)");
    /** Debian's Python, where python3-gi and gir1.2-poppler-0.18 live (see .ci/run). */
    private static final Tool SYSTEM_PYTHON = new Tool("/usr/bin/python3", "apt-get install python3-gi"
            + " gir1.2-poppler-0.18 (see .ci/run)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String saveMode;

    MatrixClient(String saveMode) {
        this.saveMode = saveMode;
    }

    /** @return how the client fills and saves, for the README's table */
    String saveMode() {
        return saveMode;
    }

    /** Fails under CI=true, skips elsewhere, when the client cannot run here. */
    void requireInstalled() {
        switch (this) {
            case PDFTK -> Tool.PDFTK.require();
            case MUTOOL, MUTOOL_INCREMENTAL -> Tool.MUTOOL.require();
            case PDFJS -> Clients.PDFJS.requireInstalled();
            case PDFIUM, PDFIUM_INCREMENTAL -> python("pypdfium2");
            case PYPDF -> python("pypdf");
            case POPPLER -> {
                SYSTEM_PYTHON.require();
                Tool.Result r = SYSTEM_PYTHON.run(List.of("-c", "import gi; gi.require_version('Poppler', '0.18')"),
                        Path.of("."), TIMEOUT);
                if (r.exitCode() != 0) {
                    Tool.missing("Poppler's GLib binding is not installed (apt-get install python3-gi"
                            + " gir1.2-poppler-0.18): " + r.stderr());
                }
            }
            case ITEXT -> {
                // a test dependency: always there
            }
        }
    }

    private static void python(String module) {
        PYTHON.require();
        Tool.Result r = PYTHON.run(List.of("-c", "import " + module), Path.of("."), TIMEOUT);
        if (r.exitCode() != 0) {
            Tool.missing(module + " is not installed for python3 (see .ci/run): " + r.stderr());
        }
    }

    /**
     * @param blank the blank document
     * @param values what to fill or tick (every box of {@code values} starts off in {@code blank})
     * @param dir where the files go
     * @return the saved file
     */
    byte[] fill(byte[] blank, FieldValues values, Path dir) {
        requireInstalled();
        try {
            Files.createDirectories(dir);
            Path in = dir.resolve("blank.pdf");
            Path out = dir.resolve("filled.pdf");
            Files.write(in, blank);
            switch (this) {
                case PDFTK -> {
                    Path xfdf = dir.resolve("values.xfdf");
                    Clients.write(xfdf, PdftkClient.xfdf(values));
                    Tool.PDFTK.runOk(List.of(in.toString(), "fill_form", xfdf.toString(), "output", out.toString()),
                            dir, TIMEOUT);
                }
                case MUTOOL, MUTOOL_INCREMENTAL, PDFJS -> batch(in, out, values, dir);
                case PDFIUM, PDFIUM_INCREMENTAL -> {
                    List<String> args = new ArrayList<>(List.of(Path.of("src/test/pdfium/fill.py").toAbsolutePath()
                            .toString()));
                    if (this == PDFIUM_INCREMENTAL) {
                        args.add("--incremental");
                    }
                    args.addAll(List.of(in.toString(), out.toString()));
                    values.texts().forEach((k, v) -> {
                        if (!v.isEmpty()) {
                            args.add(k + "=" + v);
                        }
                    });
                    values.checkboxes().forEach((k, v) -> {
                        if (v) {
                            args.add(k + "@" + FieldValues.ON);
                        }
                    });
                    if (values.request() != null) {
                        args.add("request@" + values.request());
                    }
                    PYTHON.runOk(args, dir, TIMEOUT);
                }
                case PYPDF -> {
                    List<String> args = new ArrayList<>(List.of(Path.of("../forms/src/test/python/pypdf_fill.py")
                            .toAbsolutePath().normalize().toString(), in.toString(), out.toString()));
                    values.texts().forEach((k, v) -> args.add(k + "=" + v));
                    values.checkboxes().forEach((k, v) -> args.add(k + "=/" + (v ? FieldValues.ON : "Off")));
                    if (values.request() != null) {
                        args.add("request=/" + values.request());
                    }
                    PYTHON.runOk(args, dir, TIMEOUT);
                }
                case POPPLER -> {
                    List<String> args = new ArrayList<>(List.of(Path.of("src/test/poppler/fill.py").toAbsolutePath()
                            .toString(), in.toString(), out.toString()));
                    values.texts().forEach((k, v) -> args.add(k + "=" + v));
                    values.checkboxes().forEach((k, v) -> {
                        if (v) {
                            args.add(k + "@on");
                        }
                    });
                    if (values.request() != null) {
                        var box = Forms.buttonBoxes("request").get(values.request());
                        args.add("request@" + (box.rect().getLowerLeftX() + box.rect().getWidth() / 2) + ","
                                + (box.rect().getLowerLeftY() + box.rect().getHeight() / 2));
                    }
                    SYSTEM_PYTHON.runOk(args, dir, TIMEOUT);
                }
                case ITEXT -> Files.write(out, ITextClient.fill(blank, values));
            }
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The job file of mutool's and pdf.js's scripts ({@link BatchJob}'s format) for one file. */
    private void batch(Path in, Path out, FieldValues values, Path dir) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("blank", in.toString());
        root.put("saveOptions", this == MUTOOL_INCREMENTAL ? "incremental" : "");
        ObjectNode job = root.putArray("jobs").addObject();
        job.put("out", out.toString());
        ObjectNode texts = job.putObject("texts");
        values.texts().forEach(texts::put);
        ObjectNode boxes = job.putObject("checkboxes");
        values.checkboxes().forEach(boxes::put);
        ObjectNode radios = job.putObject("radios");
        if (values.request() != null) {
            radios.put("request", values.request());
        }
        Path file = dir.resolve("job.json");
        JSON.writeValue(file.toFile(), root);
        Tool.Result r = this == PDFJS
                ? Tool.NODE.runOk(List.of(Path.of("src/test/js/fill.mjs").toAbsolutePath().toString(), file.toString()),
                        dir, TIMEOUT)
                : Tool.MUTOOL.runOk(List.of("run", Path.of("src/test/mutool/fill.js").toAbsolutePath().toString(),
                        file.toString()), dir, TIMEOUT);
        if (!r.stdout().contains("\"ok\":true") && !r.stdout().contains("\"ok\": true")) {
            throw new AssertionError(name() + " did not fill: " + r.stdout() + r.stderr());
        }
    }
}
