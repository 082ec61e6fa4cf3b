package de.magdeburg.integration.netzwerk.templates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Test helpers: veraPDF validation, text extraction, page counts. */
public final class Pdfs {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private Pdfs() {
    }

    /**
     * @param pdf the document
     * @param flavour e.g. PDFA_2_U, PDFUA_1
     * @return one line per failed rule (rule id, description, context); empty if compliant
     */
    public static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        try (var foundry = Foundries.defaultInstance();
                PDFAValidator validator = foundry.createValidator(flavour, false);
                PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), flavour)) {
            ValidationResult result = validator.validate(parser);
            List<String> out = new ArrayList<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    out.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " "
                            + a.getMessage() + " @ " + a.getLocation().getContext());
                }
            }
            if (!result.isCompliant() && out.isEmpty()) {
                out.add("not compliant, no assertion recorded");
            }
            return out;
        } catch (ValidationException | IOException e) {
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @return all text in content order, every run of white space (line ends and the no-break
     *     spaces of the typesetting too) as one space
     */
    public static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the text as {@link #text(byte[])}, with words the layout hyphenated at a line end
     *     joined again ("Qualifi-" + "zierung"); a real hyphen before a lower-case word at a line end
     *     ("Integrations-" + "und") is joined too, so use it for running words, not for such pairs
     */
    public static String dehyphenated(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("(\\p{L})-\\R(\\p{Ll})", "$1$2")
                    .replace('\u00A0', ' ').replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return all text without any white space, for names that may wrap anywhere in a narrow
     *     column (also after a hyphen, which a plain line-join would keep as "Sachsen- Anhalt")
     */
    public static String squashed(byte[] pdf) {
        return text(pdf).replaceAll("\\s", "");
    }

    /** @return the text without white space */
    public static String squash(String s) {
        return s.replaceAll("\\s", "");
    }

    /** @return the number of pages */
    public static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the document under target/documents for looking at it. */
    public static void keep(String name, byte[] pdf) {
        try {
            Path dir = Path.of("target", "documents");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param pdf the document
     * @param page the page index from 0
     * @return how many pixels of the page, rendered at 40 dpi, have the colour of the draft mark
     *     (218, 218, 226), which no other part of the templates uses
     */
    public static int markPixels(byte[] pdf, int page) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var image = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(page, 40,
                    org.apache.pdfbox.rendering.ImageType.RGB);
            int count = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    if (Math.abs((rgb >> 16 & 0xFF) - 218) <= 1 && Math.abs((rgb >> 8 & 0xFF) - 218) <= 1
                            && Math.abs((rgb & 0xFF) - 226) <= 1) {
                        count++;
                    }
                }
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
