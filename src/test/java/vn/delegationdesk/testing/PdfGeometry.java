package vn.delegationdesk.testing;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a rendered PDF puts where, read back with PDFBox: per page the glyphs (each with its box, in points from the
 * page's bottom-left corner) and the straight lines stroked on it (table borders, rules). For {@link PageRules}.
 */
public final class PdfGeometry {
    /** One printed character: its box from the baseline up to the top of its letters. */
    public record Glyph(String text, float left, float right, float baseline, float top, float size) {
        float centreX() {
            return (left + right) / 2;
        }
    }

    /** A stroked straight line, horizontal or vertical, from (x1, y1) to (x2, y2) with x1 <= x2 and y1 <= y2. */
    public record Rule(float x1, float y1, float x2, float y2) {
        boolean horizontal() {
            return y2 - y1 < 0.5f;
        }

        boolean vertical() {
            return x2 - x1 < 0.5f;
        }
    }

    /** One page: its size, its glyphs in reading order (top to bottom, then left to right) and its rules. */
    public record Page(int number, float width, float height, List<Glyph> glyphs, List<Rule> rules) {
    }

    private PdfGeometry() {
    }

    public static List<Page> read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<List<Glyph>> glyphs = glyphs(document);
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                PDRectangle box = page.getMediaBox();
                List<Glyph> onPage = new ArrayList<>(glyphs.get(i));
                onPage.sort(Comparator.comparingDouble((Glyph g) -> -g.baseline()).thenComparingDouble(Glyph::left));
                pages.add(new Page(i + 1, box.getWidth(), box.getHeight(), onPage, rules(page)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<Glyph>> glyphs(PDDocument document) throws IOException {
        List<List<Glyph>> pages = new ArrayList<>();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            pages.add(new ArrayList<>());
        }
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                float height = getCurrentPage().getMediaBox().getHeight();
                for (TextPosition p : positions) {
                    String unicode = p.getUnicode();
                    if (unicode == null || unicode.isBlank() || unicode.equals("\u00a0")) {
                        continue;
                    }
                    float baseline = height - p.getYDirAdj();
                    pages.get(getCurrentPageNo() - 1).add(new Glyph(unicode, p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj(),
                            baseline, baseline + p.getHeightDir(), p.getFontSizeInPt()));
                }
            }
        };
        stripper.setSortByPosition(false);
        stripper.getText(document);
        return pages;
    }

    private static List<Rule> rules(PDPage page) throws IOException {
        List<Rule> rules = new ArrayList<>();
        PDFGraphicsStreamEngine engine = new PDFGraphicsStreamEngine(page) {
            private final List<float[]> path = new ArrayList<>();
            private Point2D current = new Point2D.Float();

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                // Shading and backgrounds: not lines.
            }

            @Override
            public void drawImage(PDImage image) {
                // No images in the pack.
            }

            @Override
            public void clip(int windingRule) {
                // Clipping draws nothing.
            }

            @Override
            public void moveTo(float x, float y) {
                current = new Point2D.Float(x, y);
            }

            @Override
            public void lineTo(float x, float y) {
                path.add(new float[] {(float) current.getX(), (float) current.getY(), x, y});
                current = new Point2D.Float(x, y);
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
                // A closed path is a shape, not a rule.
            }

            @Override
            public void endPath() {
                path.clear();
            }

            @Override
            public void strokePath() {
                for (float[] s : path) {
                    Rule rule = new Rule(Math.min(s[0], s[2]), Math.min(s[1], s[3]), Math.max(s[0], s[2]), Math.max(s[1], s[3]));
                    if (rule.horizontal() || rule.vertical()) {
                        rules.add(rule);
                    }
                }
                path.clear();
            }

            @Override
            public void fillPath(int windingRule) {
                path.clear();
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
                strokePath();
            }

            @Override
            public void shadingFill(COSName shadingName) {
                // Nothing to read.
            }
        };
        engine.processPage(page);
        return rules;
    }
}
