package de.magdeburg.integration.netzwerk.cli;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The horizontal rules a page really draws (stroked lines and thin filled rectangles, as
 * OpenHTMLtoPDF draws borders), in points from the top-left corner of the page: a signature line
 * is one of them, a caption without it is not signable.
 */
final class DrawnRules {
    /** A horizontal rule from {@code left} to {@code right} at {@code y} below the page's top edge. */
    record Rule(float left, float right, float y) {
        float width() {
            return right - left;
        }
    }

    private DrawnRules() {
    }

    /** @return the horizontal rules drawn on a page (from 1) */
    static List<Rule> on(byte[] pdf, int page) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage p = doc.getPage(page - 1);
            Collector c = new Collector(p);
            c.processPage(p);
            return c.rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Collector extends PDFGraphicsStreamEngine {
        final List<Rule> rules = new ArrayList<>();
        private final float height;
        private final List<Rectangle2D> rectangles = new ArrayList<>();
        private final List<Point2D[]> segments = new ArrayList<>();
        private Point2D current;

        Collector(PDPage page) {
            super(page);
            this.height = page.getMediaBox().getHeight();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            double minX = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
            double maxX = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
            double minY = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
            double maxY = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
            rectangles.add(new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY));
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            Point2D next = new Point2D.Float(x, y);
            if (current != null) {
                segments.add(new Point2D[] {current, next});
            }
            current = next;
        }

        @Override
        public void strokePath() {
            for (Point2D[] s : segments) {
                if (Math.abs(s[0].getY() - s[1].getY()) < 0.5) {
                    rules.add(new Rule((float) Math.min(s[0].getX(), s[1].getX()),
                            (float) Math.max(s[0].getX(), s[1].getX()), height - (float) s[0].getY()));
                }
            }
            for (Rectangle2D r : rectangles) {
                if (r.getHeight() < 2) {
                    rules.add(new Rule((float) r.getMinX(), (float) r.getMaxX(), height - (float) r.getCenterY()));
                }
            }
            endPath();
        }

        @Override
        public void fillPath(int windingRule) {
            for (Rectangle2D r : rectangles) {
                if (r.getHeight() < 2 && r.getWidth() > 2) {
                    rules.add(new Rule((float) r.getMinX(), (float) r.getMaxX(), height - (float) r.getCenterY()));
                }
            }
            // a border drawn as a closed outline: thin and wide
            if (!segments.isEmpty()) {
                Rectangle2D box = new Rectangle2D.Double(segments.get(0)[0].getX(), segments.get(0)[0].getY(), 0, 0);
                for (Point2D[] s : segments) {
                    box.add(s[0]);
                    box.add(s[1]);
                }
                if (box.getHeight() < 2 && box.getWidth() > 2) {
                    rules.add(new Rule((float) box.getMinX(), (float) box.getMaxX(), height - (float) box.getCenterY()));
                }
            }
            endPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            fillPath(windingRule);
        }

        @Override
        public void endPath() {
            rectangles.clear();
            segments.clear();
            current = null;
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
        }
    }
}
