package vn.delegationdesk.budget.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagePlanTest {
    /** Row 0 is the repeated column-title row; every row is 10 points high. */
    private static float[] rows(int count) {
        float[] heights = new float[count];
        java.util.Arrays.fill(heights, 10f);
        return heights;
    }

    private static int[] alone(int count) {
        return IntStream.range(0, count).toArray();
    }

    @Test
    void aPageEndsWhereTheNextRowNoLongerFits() {
        assertThat(PagePlan.breaks(rows(25), 0, alone(25), 100)).containsExactly(9, 18);
    }

    @Test
    void rowsKeptTogetherMoveToTheNextPageAsOne() {
        int[] keep = alone(25);
        keep[9] = 10;
        assertThat(PagePlan.breaks(rows(25), 0, keep, 100)).containsExactly(8, 17);
    }

    @Test
    void keepingIsTransitive() {
        int[] keep = alone(25);
        keep[8] = 9;
        keep[9] = 10;
        assertThat(PagePlan.breaks(rows(25), 0, keep, 100)).startsWith(7);
    }

    @Test
    void aGroupTallerThanAPageBreaksWhereItMust() {
        int[] keep = alone(30);
        keep[5] = 29;
        assertThat(PagePlan.breaks(rows(30), 0, keep, 100)).containsExactly(9, 18, 27);
    }

    @Test
    void noPageEndsRightUnderTheColumnTitles() {
        float[] heights = rows(5);
        heights[2] = 200f;
        assertThat(PagePlan.breaks(heights, 1, alone(5), 100)).doesNotContain(1);
    }
}
