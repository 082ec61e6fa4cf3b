package de.magdeburg.integration.netzwerk.templates.internal;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import de.magdeburg.integration.netzwerk.templates.RenderException;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Level;

/**
 * Keeps OpenHTMLtoPDF quiet while Netzwerk renders, and only then: a library does not write to
 * the application's log, but an application's own OpenHTMLtoPDF renders keep their logging.
 *
 * <p>OpenHTMLtoPDF has one logger for the whole JVM ({@link XRLog}). Switching its levels off, as
 * earlier versions did in a static initialiser, silenced the application's renders too. Instead
 * the logger in place (the application's own, or OpenHTMLtoPDF's default) is wrapped once, by the
 * first render ({@link #install()}), and the wrapper drops what is logged in a thread inside
 * {@link #run}. An application that sets its own logger later replaces the wrapper; Netzwerk's
 * renders then log through it.
 *
 * <p>Thread-safe; installing is idempotent.
 */
final class QuietRendering implements XRLogger {
    private static final ThreadLocal<Boolean> RENDERING = new ThreadLocal<>();

    private final XRLogger logger;

    private QuietRendering(XRLogger logger) {
        this.logger = Objects.requireNonNull(logger, "logger");
    }

    /**
     * Wraps OpenHTMLtoPDF's logger unless it is wrapped already.
     *
     * @param documentName the document about to be rendered, for the message
     * @throws RenderException naming the cause if OpenHTMLtoPDF's logger cannot be replaced
     */
    static void install(String documentName) {
        synchronized (XRLog.class) {
            try {
                XRLogger current = XRLog.getLoggerImpl();
                if (!(current instanceof QuietRendering)) {
                    XRLog.setLoggerImpl(new QuietRendering(current == null ? new JDKXRLogger() : current));
                }
            } catch (RuntimeException | LinkageError e) {
                throw new RenderException(documentName, "OpenHTMLtoPDF-Protokoll lässt sich nicht stummschalten ("
                        + e + ") / cannot silence OpenHTMLtoPDF's log (" + e + ")", e);
            }
        }
    }

    /**
     * Runs a render of the calling thread with OpenHTMLtoPDF's log silenced.
     *
     * @param <T> the render's result
     * @param render the render
     * @return its result
     */
    static <T> T run(Supplier<T> render) {
        Boolean outer = RENDERING.get();
        RENDERING.set(Boolean.TRUE);
        try {
            return render.get();
        } finally {
            if (outer == null) {
                RENDERING.remove();
            }
        }
    }

    private static boolean quiet() {
        return RENDERING.get() != null;
    }

    @Override
    public void log(String where, Level level, String msg) {
        if (!quiet()) {
            logger.log(where, level, msg);
        }
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        if (!quiet()) {
            logger.log(where, level, msg, th);
        }
    }

    @Override
    public void log(Diagnostic diagnostic) {
        if (!quiet()) {
            logger.log(diagnostic);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        this.logger.setLevel(logger, level);
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return !quiet() && logger.isLogLevelEnabled(diagnostic);
    }
}
