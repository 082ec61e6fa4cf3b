package de.magdeburg.integration.netzwerk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.magdeburg.integration.netzwerk.core.Declaration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Data safety (issue 6): with logging at INFO and PDFBox at ERROR (the configuration forms/README.md
 * recommends), writing and reading forms — also damaged ones, which make PDFBox complain — logs no
 * name, phone number or email address. The library itself logs nothing; what is checked here is
 * PDFBox, routed to java.util.logging by the system properties of the {@code hostile-input}
 * surefire execution (forms/pom.xml). PDFBox's WARNINGs about damaged files quote tokens of the
 * file, which can be a name: that is why PDFBox is set to ERROR.
 */
class LogContentTest {
    @Test
    void nothingLoggedAtInfoNamesAPersonPhoneOrEmail() {
        // only the hostile-input execution routes PDFBox's logging where this test can read it
        assumeTrue(System.getProperty("org.apache.commons.logging.Log") != null, "PDFBox logs to java.util.logging");
        List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.INFO);
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        root.addHandler(capture);
        // the configuration forms/README.md recommends: PDFBox's warnings about damaged files quote
        // tokens of the file, and a token may be a name (seen: "Skipped unexpected dir object = '<name>'")
        Logger pdfbox = Logger.getLogger("org.apache.pdfbox");
        pdfbox.setLevel(Level.SEVERE);
        Declaration d = Samples.complete();
        try {
            byte[] pdf = Samples.FORM.prefilled(d);
            Samples.FORM.read(pdf);
            Samples.FORM.archivalCopy(pdf);
            Random random = new Random(6);
            // our form keeps values in UTF-16 hex strings; another producer's in plain literals
            byte[] plain = HostileInputs.otherProducer();
            for (int round = 0; round < 300; round++) {
                try {
                    Samples.FORM.read(damaged(round % 5 == 0 ? pdf : plain, random));
                } catch (FormReadException expected) {
                    // the file's fault; only the log matters here
                }
            }
        } finally {
            root.removeHandler(capture);
            pdfbox.setLevel(null);
        }

        assertThat(records).as("damaged files make PDFBox complain, so the capture works").isNotEmpty();
        List<String> personal = List.of(d.representative().lastName(), d.representative().firstName(),
                d.representative().phone(), d.representative().email(), "Yilmaz", "example.org", "Schmidt",
                "Anna", "123456");
        for (LogRecord r : records) {
            String text = r.getMessage() + (r.getThrown() == null ? "" : " " + r.getThrown());
            for (String value : personal) {
                assertThat(text).as(r.getLoggerName()).doesNotContain(value);
            }
        }
    }

    /** A byte-level damage that keeps the end marker, so the parser gets far and complains. */
    private static byte[] damaged(byte[] pdf, Random random) {
        byte[] copy = pdf.clone();
        if (random.nextBoolean()) {
            for (int i = 0; i < 1 + random.nextInt(40); i++) {
                copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
            }
            return copy;
        }
        int cut = random.nextInt(copy.length);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] out = Arrays.copyOf(copy, cut + tail.length);
        System.arraycopy(tail, 0, out, cut, tail.length);
        return out;
    }
}
