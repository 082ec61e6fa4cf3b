package de.magdeburg.integration.netzwerk.bench;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.forms.DeclarationForm;
import de.magdeburg.integration.netzwerk.forms.DeclarationReading;
import de.magdeburg.integration.netzwerk.forms.Input;
import java.util.Map;
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
 * The declaration form, warm: writing blank and pre-filled against the naive PDFBox way, reading
 * with validation against raw PDFBox and iText 9 field reading of the same file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class FormBenchmarks {
    DeclarationForm form;
    Declaration declaration;
    byte[] filled;

    @Setup
    public void setUp() {
        form = DeclarationForm.builder().clock(BenchData.CLOCK).build();
        declaration = BenchData.declaration();
        filled = form.prefilled(declaration).bytes();
        DeclarationReading check = form.read(Input.of(filled));
        if (!check.declaration().organisation().equals(declaration.organisation())) {
            throw new IllegalStateException("round trip failed: " + check.declaration());
        }
        Map<String, String> raw = Baselines.pdfBoxFields(filled);
        Map<String, String> itext = Baselines.iTextFields(filled);
        if (!"Шевченко".equals(raw.get("last_name")) || !"Шевченко".equals(itext.get("last_name"))) {
            throw new IllegalStateException("baselines read " + raw + " / " + itext);
        }
    }

    @Benchmark
    public byte[] blank() {
        return form.blank().bytes();
    }

    @Benchmark
    public byte[] blankNaivePdfBox() {
        return Baselines.naiveForm(null);
    }

    @Benchmark
    public byte[] prefilled() {
        return form.prefilled(declaration).bytes();
    }

    @Benchmark
    public byte[] prefilledNaivePdfBox() {
        return Baselines.naiveForm(declaration);
    }

    @Benchmark
    public DeclarationReading readValidate() {
        return form.read(Input.of(filled));
    }

    @Benchmark
    public Map<String, String> readRawPdfBox() {
        return Baselines.pdfBoxFields(filled);
    }

    @Benchmark
    public Map<String, String> readIText() {
        return Baselines.iTextFields(filled);
    }
}
