package de.magdeburg.integration.netzwerk.forms;

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

/**
 * What a data-safety test reads back from the logs (issue 6): every java.util.logging record at
 * INFO and above, with PDFBox at ERROR as the READMEs recommend (its warnings about damaged files
 * quote tokens of the file, and a token may be a name), and whatever reaches standard error.
 * PDFBox logs to java.util.logging only in the {@code hostile-input} surefire execution, see
 * {@link #pdfboxLogsHere()}. Shared by the forms and templates tests through the forms test-jar.
 */
public final class LogCapture implements AutoCloseable {
    private final List<String> records = Collections.synchronizedList(new ArrayList<>());
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = System.err;
    private final Logger root = Logger.getLogger("");
    private final Logger pdfbox = Logger.getLogger("org.apache.pdfbox");
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            records.add(r.getLoggerName() + ": " + r.getMessage() + (r.getThrown() == null ? "" : " " + r.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture() {
        handler.setLevel(Level.INFO);
        root.setLevel(Level.INFO);
        root.addHandler(handler);
        pdfbox.setLevel(Level.SEVERE);
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    }

    /** @return true where PDFBox's logging is routed to java.util.logging, so a capture can see it */
    public static boolean pdfboxLogsHere() {
        return System.getProperty("org.apache.commons.logging.Log") != null;
    }

    /** @return a capture that runs until {@link #close()} */
    public static LogCapture start() {
        return new LogCapture();
    }

    /** @return the records so far, each as "logger: message thrown" */
    public List<String> records() {
        return List.copyOf(records);
    }

    /** @return what was written to standard error so far */
    public String stderr() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        System.setErr(err);
        root.removeHandler(handler);
        pdfbox.setLevel(null);
    }

    /**
     * A byte-level damage that keeps the end marker, so the parser gets far and complains.
     *
     * @param pdf a PDF
     * @param random where the damage goes
     * @return a damaged copy
     */
    public static byte[] damaged(byte[] pdf, Random random) {
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
