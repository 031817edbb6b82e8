package vn.delegationdesk.reading.source.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The running headers and footers of a PDF's pages, left out of its text: a page number alone on the first or last
 * line of a page ("2", "- 2 -", "Trang 2", "2/5", "Trang 2 / 5"), and a line that stands first (or last) on every page
 * from the second on, its digits aside ("Kế hoạch số 12/KH-SVHTT – trang 3"); on the first page it is left out too when
 * it stands there. A line repeated so needs at least {@link #MIN_PAGES} pages, so that a two-page plan's text is never
 * taken for a header. At most {@link #MAX_PER_PAGE} lines at each end of a page are dropped.
 */
final class RunningLines {
    /** Header and footer lines dropped at each end of a page, at most. */
    static final int MAX_PER_PAGE = 3;
    /** The characters a page's running lines may hold, for the allowance over the source limits. */
    static final int MAX_CHARS_PER_PAGE = 600;
    /** Pages a document needs before a repeated line is taken for a header or a footer. */
    static final int MIN_PAGES = 3;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?iu)[-–—]?\\s*(trang\\s*)?\\d{1,4}(\\s*/\\s*\\d{1,4})?\\s*[-–—]?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private RunningLines() {
    }

    /** The pages' lines without their running headers and footers. */
    static List<List<PdfLines.Line>> dropped(List<List<PdfLines.Line>> pages) {
        List<List<PdfLines.Line>> result = new ArrayList<>();
        for (List<PdfLines.Line> page : pages) {
            result.add(new ArrayList<>(page));
        }
        for (int round = 0; round < MAX_PER_PAGE; round++) {
            boolean changed = false;
            for (List<PdfLines.Line> page : result) {
                changed |= dropPageNumbers(page);
            }
            changed |= dropRepeated(result, true);
            changed |= dropRepeated(result, false);
            if (!changed) {
                break;
            }
        }
        return result;
    }

    private static boolean dropPageNumbers(List<PdfLines.Line> page) {
        boolean changed = false;
        if (!page.isEmpty() && pageNumber(page.get(0).text())) {
            page.remove(0);
            changed = true;
        }
        if (!page.isEmpty() && pageNumber(page.get(page.size() - 1).text())) {
            page.remove(page.size() - 1);
            changed = true;
        }
        return changed;
    }

    static boolean pageNumber(String line) {
        return PAGE_NUMBER.matcher(line.strip()).matches();
    }

    /** Drops the line that stands at the top (or bottom) of every page from the second on, digits aside. */
    private static boolean dropRepeated(List<List<PdfLines.Line>> pages, boolean top) {
        if (pages.size() < MIN_PAGES) {
            return false;
        }
        String shared = null;
        for (int i = 1; i < pages.size(); i++) {
            List<PdfLines.Line> page = pages.get(i);
            if (page.isEmpty()) {
                return false;
            }
            String key = key(end(page, top));
            if (shared == null) {
                shared = key;
            } else if (!shared.equals(key)) {
                return false;
            }
        }
        for (List<PdfLines.Line> page : pages) {
            if (!page.isEmpty() && key(end(page, top)).equals(shared)) {
                page.remove(top ? 0 : page.size() - 1);
            }
        }
        return true;
    }

    private static PdfLines.Line end(List<PdfLines.Line> page, boolean top) {
        return page.get(top ? 0 : page.size() - 1);
    }

    private static String key(PdfLines.Line line) {
        return DIGITS.matcher(line.text()).replaceAll("#");
    }
}
