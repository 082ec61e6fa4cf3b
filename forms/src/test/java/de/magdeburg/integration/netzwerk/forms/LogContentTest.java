package de.magdeburg.integration.netzwerk.forms;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Data safety (issue 6): with logging at INFO, writing and reading forms — also damaged ones, which
 * make PDFBox warn — logs no name, phone number or email address. The library itself logs nothing;
 * what is checked here is PDFBox, routed to java.util.logging by the system properties of the
 * {@code hostile-input} surefire execution (forms/pom.xml).
 */
class LogContentTest {
    @Test
    void nothingLoggedAtInfoNamesAPersonPhoneOrEmail() {
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
        Declaration d = Samples.complete();
        try {
            byte[] pdf = Samples.FORM.prefilled(d);
            Samples.FORM.read(pdf);
            Samples.FORM.archivalCopy(pdf);
            Random random = new Random(6);
            for (int round = 0; round < 60; round++) {
                try {
                    Samples.FORM.read(damaged(pdf, random));
                } catch (FormReadException expected) {
                    // the file's fault; only the log matters here
                }
            }
        } finally {
            root.removeHandler(capture);
        }

        assertThat(System.getProperty("org.apache.commons.logging.Log")).as("PDFBox logs to java.util.logging")
                .isNotNull();
        assertThat(records).as("damaged files make PDFBox warn, so the capture works").isNotEmpty();
        List<String> personal = List.of(d.representative().lastName(), d.representative().firstName(),
                d.representative().phone(), d.representative().email(), "Yilmaz", "example.org");
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
