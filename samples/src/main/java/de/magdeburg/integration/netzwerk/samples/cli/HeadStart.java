package de.magdeburg.integration.netzwerk.samples.cli;

import de.magdeburg.integration.netzwerk.core.NetzwerkJson;
import java.awt.Point;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.util.List;

/**
 * Prepares, on a second thread, two things every everyday command needs later, while the main
 * thread reads the rules profile: AWT's raster classes and the JSON mapper. A cold {@code form read}
 * spends about a tenth of its time in each, and neither depends on the profile.
 *
 * <p>AWT: PDFBox's {@code PDDocument} creates a one-pixel raster when its class is initialised;
 * that loads AWT's native library and, in {@code java.awt.Toolkit}, runs the process's first
 * string concatenation through {@code StringConcatFactory}. Here the same JDK calls run without
 * any PDFBox class, so no class initialiser of PDFBox or of the profile can wait for the other
 * thread (class initialisation is thread-safe; a deadlock would need a cycle between the two
 * threads' initialisers). The JSON mapper is Jackson's, whose initialisers do not touch the
 * profile's classes either.
 *
 * <p>Only a head start: the thread is a daemon, and whatever fails here fails again on the main
 * thread, which reports it.
 */
final class HeadStart {
    private HeadStart() {
    }

    /** Starts the second thread and returns at once. */
    static void begin() {
        Thread thread = new Thread(HeadStart::run, "netzwerk-head-start");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            Raster.createBandedRaster(DataBuffer.TYPE_BYTE, 1, 1, 3, new Point(0, 0));
            NetzwerkJson.findingsToJson(List.of());
        } catch (RuntimeException | LinkageError e) {
            // the main thread meets the same problem and reports it
        }
    }
}
