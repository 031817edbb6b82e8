package vn.delegationdesk.budget.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the printed estimate's pages end. Spreadsheets break pages wherever a row no longer fits, which can
 * leave a section's bold row alone at the foot of a page or the signer's name alone on the last one; the
 * writer sets these breaks itself instead. Rows that must stay together (a section row and its first line;
 * the grand total, the amount in words and the signatures) move to the next page as one, unless they would
 * not fit on a page of their own either.
 */
public final class PagePlan {
    private PagePlan() {
    }

    /**
     * @param heights      every row's height in points, from the first row of the sheet
     * @param repeatedRow  the row printed again at the top of every following page
     * @param keepUntil    for each row, the last row that must print on the same page (the row itself if none);
     *                     a row kept with the next one is kept with all that row keeps too
     * @param pageHeight   the height of rows one page holds, in the same points
     * @return the rows after which a page ends, in order
     */
    public static List<Integer> breaks(float[] heights, int repeatedRow, int[] keepUntil, double pageHeight) {
        List<Integer> breaks = new ArrayList<>();
        float repeated = heights[repeatedRow];
        double used = 0;
        int pageFirst = 0;
        for (int r = 0; r < heights.length; r++) {
            double together = 0;
            int last = r;
            for (int k = r; k <= last && k < heights.length; k++) {
                together += heights[k];
                last = Math.max(last, keepUntil[k]);
            }
            boolean mayBreak = r > repeatedRow + 1 && r > pageFirst;
            boolean overflows = used + together > pageHeight;
            boolean fitsOnFreshPage = repeated + together <= pageHeight;
            if (mayBreak && overflows && (fitsOnFreshPage || used + heights[r] > pageHeight)) {
                breaks.add(r - 1);
                used = repeated;
                pageFirst = r;
            }
            used += heights[r];
        }
        return breaks;
    }
}
