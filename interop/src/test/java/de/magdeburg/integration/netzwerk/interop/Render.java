package de.magdeburg.integration.netzwerk.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Page 1 rendered by poppler's {@code pdftoppm} (grey, 72 dpi), and how much ink a field's rectangle holds. */
final class Render {

    static final int DPI = 72;

    /** A grey-scale page: one byte (0 black … 255 white) per pixel, rows top to bottom. */
    record Page(int width, int height, byte[] pixels) {
        int lum(int x, int y) {
            return pixels[y * width + x] & 0xff;
        }
    }

    private Render() {
    }

    /** Renders page 1 of {@code pdf} to {@code <pdf without .pdf>.pgm} next to it. */
    static Page page1(Path pdf) {
        String base = pdf.toString().replaceFirst("\\.pdf$", "");
        Tool.PDFTOPPM.runOk(List.of("-r", Integer.toString(DPI), "-f", "1", "-l", "1", "-singlefile", "-gray",
                pdf.toString(), base), pdf.getParent(), Duration.ofSeconds(60));
        try {
            return pgm(Files.readAllBytes(Path.of(base + ".pgm")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders {@code bytes} through a file in the work directory. */
    static Page page1(byte[] bytes, Path file) {
        Clients.write(file, bytes);
        return page1(file);
    }

    /** Parses binary PGM (P5, maxval 255) as pdftoppm writes it. */
    static Page pgm(byte[] data) {
        int[] pos = {0};
        String magic = token(data, pos);
        if (!"P5".equals(magic)) {
            throw new AssertionError("not a binary PGM: " + magic);
        }
        int w = Integer.parseInt(token(data, pos));
        int h = Integer.parseInt(token(data, pos));
        int max = Integer.parseInt(token(data, pos));
        if (max != 255) {
            throw new AssertionError("PGM maxval " + max);
        }
        int start = pos[0] + 1;
        byte[] pixels = java.util.Arrays.copyOfRange(data, start, start + w * h);
        return new Page(w, h, pixels);
    }

    private static String token(byte[] d, int[] pos) {
        while (Character.isWhitespace(d[pos[0]])) {
            pos[0]++;
        }
        int s = pos[0];
        while (!Character.isWhitespace(d[pos[0]])) {
            pos[0]++;
        }
        return new String(d, s, pos[0] - s, java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** @return dark pixels inside the field's rectangle, 2 pt in from its edges (borders ignored) */
    static int ink(Page page, Appearance.FieldBox box) {
        double s = DPI / 72.0;
        int x0 = (int) Math.ceil((box.rect().getLowerLeftX() + 2) * s);
        int x1 = (int) Math.floor((box.rect().getUpperRightX() - 2) * s);
        int y0 = (int) Math.ceil((box.pageHeight() - box.rect().getUpperRightY() + 2) * s);
        int y1 = (int) Math.floor((box.pageHeight() - box.rect().getLowerLeftY() - 2) * s);
        int dark = 0;
        for (int y = Math.max(0, y0); y < Math.min(page.height(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(page.width(), x1); x++) {
                if (page.lum(x, y) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
