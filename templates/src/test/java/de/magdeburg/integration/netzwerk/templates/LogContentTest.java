package de.magdeburg.integration.netzwerk.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import de.magdeburg.integration.netzwerk.core.ReviewState;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data safety (issue 6): with logging at INFO and PDFBox at ERROR (as the README recommends),
 * rendering every document with partners' names and reading damaged attendance sheets logs no
 * name, phone number or email address. The library logs
 * nothing itself and silences OpenHTMLtoPDF; what is checked is PDFBox (routed to
 * java.util.logging by the system properties of the {@code hostile-input} surefire execution) and
 * whatever reaches standard error (slf4j-simple, the test binding of ical4j's logging).
 */
class LogContentTest {
    @Test
    void nothingLoggedAtInfoNamesAPersonPhoneOrEmail() {
        // only the hostile-input execution routes PDFBox's logging where this test can read it
        assumeTrue(System.getProperty("org.apache.commons.logging.Log") != null, "PDFBox logs to java.util.logging");
        List<String> logged = Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r.getLoggerName() + ": " + r.getMessage() + (r.getThrown() == null ? "" : " " + r.getThrown()));
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
        // the configuration the README recommends: PDFBox's warnings about damaged files quote
        // tokens of the file, and a token may be a name
        Logger pdfbox = Logger.getLogger("org.apache.pdfbox");
        pdfbox.setLevel(Level.SEVERE);
        PrintStream err = System.err;
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        try {
            // the numbered partners have ASCII names, which PDFBox writes as plain literal strings
            var partners = Samples.partners(8);
            byte[] sheet = Samples.DOCS.attendanceSheet(Samples.meeting(), partners);
            Samples.DOCS.invitation(Samples.meeting(), partners);
            Samples.DOCS.partnerOverview(partners);
            Samples.DOCS.minutes(Samples.minutes(ReviewState.APPROVED));
            Samples.DOCS.readAttendance(Samples.meeting(), sheet);
            Random random = new Random(6);
            for (int round = 0; round < 40; round++) {
                try {
                    Samples.DOCS.readAttendance(Samples.meeting(), damaged(sheet, random));
                } catch (NetzwerkException expected) {
                    // the file's fault; only the log matters here
                }
            }
        } finally {
            System.setErr(err);
            root.removeHandler(capture);
            pdfbox.setLevel(null);
        }
        logged.add(errBytes.toString(StandardCharsets.UTF_8));

        assertThat(logged).as("damaged sheets make PDFBox complain, so the capture works").hasSizeGreaterThan(1);
        List<String> personal = Stream.concat(
                Samples.UNICODE_NAMES.stream().flatMap(n -> Stream.of(n.split(" "))).filter(s -> s.length() > 2),
                Stream.of("0391 123456", "kontakt@example.org", "Nachname5", "Vorname6", "Nachname8")).toList();
        for (String text : logged) {
            for (String value : personal) {
                assertThat(text).doesNotContain(value);
            }
        }
    }

    /** A byte-level damage that keeps the end of the file, so the parser gets far and complains. */
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
