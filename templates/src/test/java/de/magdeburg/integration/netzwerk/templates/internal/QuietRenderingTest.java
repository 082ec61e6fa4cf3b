package de.magdeburg.integration.netzwerk.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Netzwerk's renders do not log through OpenHTMLtoPDF, and an application's own OpenHTMLtoPDF
 * renders in the same JVM log as they did before Netzwerk rendered.
 */
class QuietRenderingTest {
    /** A property OpenHTMLtoPDF does not know: its CSS parser logs a warning for it. */
    private static final String XHTML = "<html lang=\"de\"><head><title>T</title><style>p { no-such-property: 1; }"
            + "</style></head><body><p>Text</p></body></html>";

    private final XRLogger before = XRLog.getLoggerImpl();
    private final List<String> logged = new CopyOnWriteArrayList<>();

    @AfterEach
    void restoreTheApplicationsLogger() {
        XRLog.setLoggerImpl(before);
    }

    @Test
    void applicationsOwnRendersLogBeforeAndAfterNetzwerkRendersSilently() throws IOException {
        XRLog.setLoggerImpl(new Capture());

        renderAsTheApplication();
        int ownWarnings = logged.size();
        assertThat(ownWarnings).as("the application's render logs the unknown CSS property").isPositive();

        new PdfEngine(Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC)).render("Test", "T", XHTML,
                null);
        assertThat(logged).as("Netzwerk's render of the same page logs nothing").hasSize(ownWarnings);

        renderAsTheApplication();
        assertThat(logged).as("the application's render logs again, through its own logger").hasSize(2 * ownWarnings);
    }

    private static void renderAsTheApplication() throws IOException {
        new PdfRendererBuilder().withHtmlContent(XHTML, null).toStream(new ByteArrayOutputStream()).run();
    }

    /** The application's own OpenHTMLtoPDF logger. */
    private final class Capture implements XRLogger {
        @Override
        public void log(String where, Level level, String msg) {
            logged.add(level + " " + msg);
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
            logged.add(level + " " + msg);
        }

        @Override
        public void setLevel(String logger, Level level) {
            // the capture takes every level
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
        }
    }
}
