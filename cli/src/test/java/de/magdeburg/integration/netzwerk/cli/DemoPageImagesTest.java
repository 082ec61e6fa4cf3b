package de.magdeburg.integration.netzwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Visual regression of the printed documents: every page of every document of {@code netzwerk
 * demo}, rendered at 30 dpi in grey, must look like its approved image in
 * {@code src/test/resources/page-images/}. A layout change is thereby a reviewed change: look at
 * the new images written to {@code target/page-images/}, and if they are right approve them with
 *
 * <pre>
 * ./mvnw -o -q -pl cli -am test -Dtest=DemoPageImagesTest -Dsurefire.failIfNoSpecifiedTests=false -Dapprove=true
 * </pre>
 *
 * and commit the changed images.
 */
class DemoPageImagesTest {
    private static final Path APPROVED = Path.of("src/test/resources/page-images");
    private static final Path ACTUAL = Path.of("target/page-images");
    private static final float DPI = 30;
    /** A pixel differs when its grey differs by more than this (of 255): anti-aliasing stays below. */
    private static final int PIXEL_TOLERANCE = 48;
    /** A page differs when more than this share of its pixels differ: one moved word is more. */
    private static final double PAGE_TOLERANCE = 0.001;

    static List<String> documents() {
        return DemoOutput.printedDocuments();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyPageLooksLikeItsApprovedImage(String document) throws IOException {
        String name = document.replaceFirst("\\.pdf$", "");
        List<BufferedImage> pages = render(DemoOutput.read(document));
        Files.createDirectories(ACTUAL);
        for (int i = 0; i < pages.size(); i++) {
            ImageIO.write(pages.get(i), "png", ACTUAL.resolve(name + "-" + (i + 1) + ".png").toFile());
        }
        if (Boolean.getBoolean("approve")) {
            approve(name, pages);
            return;
        }
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Path approved = APPROVED.resolve(name + "-" + (i + 1) + ".png");
            if (!Files.exists(approved)) {
                differences.add("Seite " + (i + 1) + ": kein freigegebenes Bild " + approved);
                continue;
            }
            double share = differingShare(ImageIO.read(approved.toFile()), pages.get(i));
            if (share > PAGE_TOLERANCE) {
                differences.add(String.format("Seite %d: %.2f %% der Pixel weichen ab", i + 1, share * 100));
            }
        }
        Path extra = APPROVED.resolve(name + "-" + (pages.size() + 1) + ".png");
        if (Files.exists(extra)) {
            differences.add("freigegeben sind mehr Seiten als " + pages.size());
        }
        assertThat(differences).as("neu gezeichnet in " + ACTUAL.toAbsolutePath()).isEmpty();
    }

    private static List<BufferedImage> render(byte[] pdf) throws IOException {
        List<BufferedImage> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, DPI, ImageType.GRAY));
            }
        }
        return pages;
    }

    private static void approve(String name, List<BufferedImage> pages) throws IOException {
        Files.createDirectories(APPROVED);
        try (Stream<Path> old = Files.list(APPROVED)) {
            for (Path p : old.filter(p -> p.getFileName().toString().matches(name + "-\\d+\\.png")).toList()) {
                Files.delete(p);
            }
        }
        for (int i = 0; i < pages.size(); i++) {
            ImageIO.write(pages.get(i), "png", APPROVED.resolve(name + "-" + (i + 1) + ".png").toFile());
        }
    }

    /** @return the share of pixels whose grey differs by more than the tolerance; 1 for other sizes */
    static double differingShare(BufferedImage expected, BufferedImage actual) {
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            return 1;
        }
        long differing = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int a = expected.getRaster().getSample(x, y, 0);
                int b = actual.getRaster().getSample(x, y, 0);
                if (Math.abs(a - b) > PIXEL_TOLERANCE) {
                    differing++;
                }
            }
        }
        return (double) differing / ((long) expected.getWidth() * expected.getHeight());
    }
}
