package de.magdeburg.integration.netzwerk.cli;

import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import java.awt.Point;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.util.List;

/**
 * Prepares, on a second thread, what every everyday command needs and what does not depend on the
 * command line, while the main thread parses it and reads the rules profile: the JDK's time-zone
 * rules, AWT's raster classes and the JSON mapper. A cold {@code form read} spends about a
 * quarter of its time in them.
 *
 * <ul>
 *   <li>Time zones: the profile's default zone, {@link RulesProfile#DEFAULT_TIME_ZONE}, makes the
 *       JDK read and index its zone database.
 *   <li>AWT: PDFBox's {@code PDDocument} creates a one-pixel raster when its class is initialised;
 *       that loads AWT's native library and, in {@code java.awt.Toolkit}, runs the process's first
 *       string concatenation through {@code StringConcatFactory}. Here the same JDK calls run
 *       without any PDFBox class.
 *   <li>JSON: Jackson's mapper, which initialises data binding and the JDK's calendars.
 * </ul>
 *
 * <p>Safe to run beside the main thread: class initialisation is thread-safe, and a deadlock would
 * need a cycle, this thread waiting for a class the main thread is initialising while the main
 * thread waits for one of this thread's. The classes initialised here are the JDK's, Jackson's,
 * {@code RulesProfile} (whose initialiser only looks up the zone) and the core's JSON classes
 * ({@code JsonCodec}, {@code JsonIo}, {@code Json}); none of their
 * initialisers touches PDFBox, the forms or templates modules or the command classes, so the main
 * thread may wait for this one, never the other way round. Keep it so when adding to {@link #run}.
 *
 * <p>Only a head start: the thread is a daemon. A class whose initialiser fails here fails for the
 * main thread too, but there only as {@code NoClassDefFoundError} without the cause; {@link Main}
 * attaches the cause kept here ({@link #failure()}).
 */
final class HeadStart {
    private static volatile Throwable failure;

    private HeadStart() {
    }

    /** Starts the second thread and returns at once. */
    static void begin() {
        // a command line never opens a window, also where a desktop session sets DISPLAY; before
        // the first AWT class
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Thread thread = new Thread(HeadStart::run, "netzwerk-head-start");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            RulesProfile.DEFAULT_TIME_ZONE.getRules();
            Raster.createBandedRaster(DataBuffer.TYPE_BYTE, 1, 1, 3, new Point(0, 0));
            JsonCodec.FINDINGS.toJson(List.of());
        } catch (RuntimeException | LinkageError e) {
            failure = e; // the main thread meets the same problem; Main adds this as its cause
        }
    }

    /** @return what failed on the head-start thread, or null */
    static Throwable failure() {
        return failure;
    }
}
