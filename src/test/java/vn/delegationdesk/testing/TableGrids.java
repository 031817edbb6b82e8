package vn.delegationdesk.testing;

import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.testing.PdfGeometry.Rule;

/** The bordered tables of a page, found as groups of horizontal and vertical rules that touch one another. */
final class TableGrids {
    private static final float TOUCH = 1.5f;

    private TableGrids() {
    }

    /** Each table's box as {left, bottom, right, top}: a group of touching rules with two or more of each direction. */
    static List<float[]> of(List<Rule> rules) {
        int[] group = new int[rules.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                if (touch(rules.get(i), rules.get(j))) {
                    union(group, i, j);
                }
            }
        }
        List<float[]> tables = new ArrayList<>();
        for (int root = 0; root < rules.size(); root++) {
            if (find(group, root) != root) {
                continue;
            }
            int horizontal = 0;
            int vertical = 0;
            float[] box = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
            for (int i = 0; i < rules.size(); i++) {
                if (find(group, i) == root) {
                    Rule r = rules.get(i);
                    horizontal += r.horizontal() ? 1 : 0;
                    vertical += r.vertical() ? 1 : 0;
                    box[0] = Math.min(box[0], r.x1());
                    box[1] = Math.min(box[1], r.y1());
                    box[2] = Math.max(box[2], r.x2());
                    box[3] = Math.max(box[3], r.y2());
                }
            }
            if (horizontal >= 2 && vertical >= 2) {
                tables.add(box);
            }
        }
        return tables;
    }

    private static boolean touch(Rule a, Rule b) {
        return a.x1() - TOUCH <= b.x2() && b.x1() - TOUCH <= a.x2() && a.y1() - TOUCH <= b.y2() && b.y1() - TOUCH <= a.y2();
    }

    private static int find(int[] group, int i) {
        int root = i;
        while (group[root] != root) {
            root = group[root];
        }
        group[i] = root;
        return root;
    }

    private static void union(int[] group, int a, int b) {
        group[find(group, a)] = find(group, b);
    }
}
