package de.magdeburg.integration.netzwerk.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The form under test and the shared working directory of the interop tests. */
final class Forms {

    private static final FormUnderTest FORM = new RealForm();
    private static byte[] blank;

    private Forms() {
    }

    static FormUnderTest form() {
        return FORM;
    }

    static synchronized byte[] blank() {
        if (blank == null) {
            blank = FORM.blank();
        }
        return blank.clone();
    }

    private static final java.util.Map<String, Appearance.FieldBox> BOXES = new java.util.HashMap<>();

    /** @return the field's rectangle in the blank form (fillers do not move widgets) */
    static synchronized Appearance.FieldBox box(String field) {
        return BOXES.computeIfAbsent(field, f -> Appearance.box(blank(), f));
    }

    private static final java.util.Map<String, java.util.Map<String, Appearance.FieldBox>> BUTTONS =
            new java.util.HashMap<>();

    /** @return a button field's widget rectangles in the blank form, by on-state */
    static synchronized java.util.Map<String, Appearance.FieldBox> buttonBoxes(String field) {
        return BUTTONS.computeIfAbsent(field, f -> Appearance.buttonBoxes(blank(), f));
    }

    /** @param sub a sub-directory name @return {@code target/interop/sub}, created */
    static Path workDir(String sub) {
        Path dir = Path.of(System.getProperty("interop.work.dir", "target/interop")).resolve(sub);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
