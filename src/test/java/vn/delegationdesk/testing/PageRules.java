package vn.delegationdesk.testing;

import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.Closing;
import vn.delegationdesk.documents.layout.PageBreak;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.testing.PdfGeometry.Glyph;
import vn.delegationdesk.testing.PdfGeometry.Page;
import vn.delegationdesk.testing.PdfGeometry.Rule;

/**
 * The rules every page of a printed document keeps, checked on the rendered PDF (read back with {@link PdfGeometry})
 * against the layout model it was written from:
 * <ol>
 *   <li>no text lies outside the page's body area (the margins of its {@link PageSetup}), but the page number in the
 *       top margin and the footer note in the bottom one;</li>
 *   <li>no text lies outside its table cell: no table border runs through a letter, and no text hangs just under a
 *       table's last border, where a cell's overflowing lines land;</li>
 *   <li>no page holds only the closing ("Nơi nhận", signatures, and what follows a document's last table, such as
 *       "Bằng chữ");</li>
 *   <li>a heading (a paragraph kept with the next, or a shaded row across a whole table) is never the last line of a
 *       page that the document goes on from.</li>
 * </ol>
 */
public final class PageRules {
    /** Slack for rounding, in points. */
    private static final float SLACK = 1f;
    /**
     * Text whose letters start closer than this under a table's bottom border is taken for a cell's overflow: the
     * writer leaves 6 pt under a table and at least 6 pt more above what follows, with the line's leading on top.
     */
    private static final float UNDER_TABLE = 12f;
    private static final float MM = 72f / 25.4f;
    /** The most lines a heading takes (an estimate's conference section: four). */
    private static final int MAX_HEADING_LINES = 6;

    private final PrintedDocument model;
    private final List<String> headings = new ArrayList<>();
    private final StringBuilder closing = new StringBuilder();
    private final List<String> problems = new ArrayList<>();

    private PageRules(PrintedDocument model) {
        this.model = model;
        readModel();
    }

    /** Every broken rule, one sentence each ("page 3: …"); empty when every page keeps them all. */
    public static List<String> problems(PrintedDocument model, byte[] pdf) {
        PageRules rules = new PageRules(model);
        List<Page> pages = PdfGeometry.read(pdf);
        for (int i = 0; i < pages.size(); i++) {
            rules.check(pages.get(i), i == pages.size() - 1);
        }
        return rules.problems;
    }

    private void readModel() {
        List<List<Block>> sections = new ArrayList<>();
        sections.add(new ArrayList<>());
        for (Block block : model.blocks()) {
            if (block instanceof PageBreak) {
                sections.add(new ArrayList<>());
            } else {
                sections.get(sections.size() - 1).add(block);
            }
        }
        for (List<Block> section : sections) {
            int lastTable = -1;
            for (int i = 0; i < section.size(); i++) {
                Block block = section.get(i);
                if (block instanceof Paragraph p && p.keepWithNext()) {
                    headings.add(oneSpace(p.text()));
                } else if (block instanceof Table t) {
                    lastTable = t.borders() ? i : lastTable;
                    t.rows().stream().filter(row -> !row.isEmpty() && row.stream().allMatch(Cell::shaded))
                            .forEach(row -> headings.add(oneSpace(String.join(" ", row.stream().map(PageRules::text).toList()))));
                } else if (block instanceof Closing c) {
                    closing.append(closingText(c));
                }
            }
            List<Block> after = lastTable < 0 ? List.of() : section.subList(lastTable + 1, section.size());
            if (after.stream().anyMatch(b -> b instanceof Table t && !t.borders())) {
                // Signatures set as a grid after a document's last table (the estimate's): they and what leads to them
                // ("Bằng chữ: …") are its closing.
                after.forEach(block -> closing.append(blockText(block)).append(' '));
            }
        }
    }

    private void check(Page page, boolean lastPage) {
        PageSetup setup = model.page();
        float left = setup.leftMm() * MM;
        float right = page.width() - setup.rightMm() * MM;
        float bottom = setup.bottomMm() * MM;
        float top = page.height() - setup.topMm() * MM;
        List<List<Glyph>> lines = new ArrayList<>();
        for (Glyph g : page.glyphs()) {
            boolean inBody = g.left() >= left - SLACK && g.right() <= right + SLACK && g.baseline() >= bottom - SLACK
                    && g.top() <= top + SLACK;
            if (inBody) {
                if (lines.isEmpty() || Math.abs(lines.get(lines.size() - 1).get(0).baseline() - g.baseline()) > 2) {
                    lines.add(new ArrayList<>());
                }
                lines.get(lines.size() - 1).add(g);
            } else if (!isPageNumber(g, top) && !isFooter(g, bottom)) {
                problems.add("page " + page.number() + ": text outside the body area: \"" + around(page, g) + "\"");
                break;
            }
        }
        checkCells(page);
        List<List<String>> segments = lines.stream().map(PageRules::segments).filter(s -> !s.isEmpty()).toList();
        List<String> texts = segments.stream().map(s -> String.join(" ", s)).toList();
        if (!texts.isEmpty() && segments.stream().flatMap(List::stream).allMatch(t -> closing.indexOf(t) >= 0)) {
            problems.add("page " + page.number() + ": holds only the closing: " + texts);
        }
        if (!lastPage && !texts.isEmpty()) {
            // The heading's lines, whole, at the foot of the page: the words of the last n lines are the heading's words
            // (compared as sets of words, as a table row's cells interleave on a line).
            for (int n = 1; n <= Math.min(MAX_HEADING_LINES, texts.size()); n++) {
                String tail = String.join(" ", texts.subList(texts.size() - n, texts.size()));
                List<String> words = words(tail);
                String found = headings.stream().filter(h -> words(h).equals(words)).findFirst().orElse(null);
                if (found != null) {
                    problems.add("page " + page.number() + ": ends with the heading \"" + found + "\"");
                    break;
                }
            }
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>(List.of(oneSpace(text).split(" ")));
        words.sort(null);
        return words;
    }

    /** No border runs through a letter, and no letter hangs just under a table's bottom border. */
    private void checkCells(Page page) {
        List<Rule> rules = page.rules();
        List<float[]> tables = TableGrids.of(rules);
        for (Glyph g : page.glyphs()) {
            float middle = (g.baseline() + g.top()) / 2;
            for (Rule r : rules) {
                boolean cutsAcross = r.vertical() && r.x1() > g.left() + 0.6f && r.x1() < g.right() - 0.6f
                        && r.y1() < middle && r.y2() > middle;
                boolean cutsThrough = r.horizontal() && r.y1() > g.baseline() + 1 && r.y1() < g.top() - 1
                        && r.x1() < g.centreX() && r.x2() > g.centreX();
                if (cutsAcross || cutsThrough) {
                    problems.add("page " + page.number() + ": a table border runs through \"" + around(page, g) + "\"");
                    return;
                }
            }
            for (float[] t : tables) {
                boolean under = g.centreX() > t[0] && g.centreX() < t[2] && g.top() < t[1] && g.top() > t[1] - UNDER_TABLE;
                if (under) {
                    problems.add("page " + page.number() + ": text below a table's border: \"" + around(page, g) + "\"");
                    return;
                }
            }
        }
    }

    private boolean isPageNumber(Glyph g, float bodyTop) {
        return g.baseline() > bodyTop && g.text().chars().allMatch(Character::isDigit);
    }

    private boolean isFooter(Glyph g, float bodyBottom) {
        return g.top() < bodyBottom && model.footerNote() != null && model.footerNote().contains(g.text());
    }

    /** The line of text a glyph stands on, for a readable message. */
    private static String around(Page page, Glyph glyph) {
        return String.join(" ", segments(page.glyphs().stream().filter(g -> Math.abs(g.baseline() - glyph.baseline()) < 2)
                .toList()));
    }

    /** A line's text in pieces, split where a wide gap parts two columns ("Nơi nhận:" … "GIÁM ĐỐC"). */
    private static List<String> segments(List<Glyph> line) {
        List<Glyph> sorted = new ArrayList<>(line);
        sorted.sort((a, b) -> Float.compare(a.left(), b.left()));
        List<String> out = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        Glyph previous = null;
        for (Glyph g : sorted) {
            float gap = previous == null ? 0 : g.left() - previous.right();
            if (gap > g.size() * 2) {
                out.add(oneSpace(piece.toString()));
                piece.setLength(0);
            } else if (gap > g.size() * 0.15f) {
                piece.append(' ');
            }
            piece.append(g.text());
            previous = g;
        }
        out.add(oneSpace(piece.toString()));
        out.removeIf(String::isBlank);
        return out;
    }

    private static String closingText(Closing c) {
        StringBuilder out = new StringBuilder("Nơi nhận: ");
        c.recipients().forEach(r -> out.append(r).append(' '));
        c.signature().authorityLines().forEach(r -> out.append(r).append(' '));
        return oneSpace(out.append(c.signature().note()).append(' ').append(c.signature().name()).append(' ').toString()) + " ";
    }

    private static String blockText(Block block) {
        if (block instanceof Paragraph p) {
            return oneSpace(p.text());
        } else if (block instanceof Table t) {
            StringBuilder out = new StringBuilder();
            t.rows().forEach(row -> row.forEach(cell -> out.append(text(cell)).append(' ')));
            return oneSpace(out.toString());
        } else if (block instanceof Closing c) {
            return closingText(c);
        }
        return "";
    }

    private static String text(Cell cell) {
        StringBuilder out = new StringBuilder();
        cell.content().forEach(p -> out.append(p.text()).append(' '));
        return oneSpace(out.toString());
    }

    private static String oneSpace(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
