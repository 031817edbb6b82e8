package vn.delegationdesk.delegation.approval.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationDiff.FieldChange;
import vn.delegationdesk.delegation.DelegationDiff.MemberChange;
import vn.delegationdesk.delegation.DelegationDiff;
import vn.delegationdesk.delegation.approval.EstimateGroup;
import vn.delegationdesk.delegation.format.DifferenceTexts;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;

/**
 * Two revisions side by side, or a revision and the plan as it is now ("Bản 1 | Bản 2", "Bản 2 | Hiện tại"): one row per
 * field of the plan that differs and per member who differs (each changed field of theirs, or present on one side
 * only), the larger parts that changed, then the estimate's line groups (those with an amount on either side, their
 * headings cut short) and its grand total on both sides. The older side is on the left. The values are worded as the
 * save-conflict dialog words them ({@link DifferenceTexts}). Holds no node: the dialog only lays it out.
 */
public final class RevisionComparisonViewModel {
    /** One side: its name ("Bản 2", "Hiện tại"), its plan and its estimate's line groups and grand total in đồng. */
    public record Side(String name, Delegation plan, List<EstimateGroup> estimate, long total) {
        public Side {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(plan, "plan");
            estimate = List.copyOf(estimate);
        }
    }

    /** A row: what it is about, the value on the left and on the right; a heading row has no values. */
    public record Row(String what, String left, String right, boolean heading) {
        static Row heading(String what) {
            return new Row(what, "", "", true);
        }

        static Row of(String what, String left, String right) {
            return new Row(what, left, right, false);
        }
    }

    /** The longest group heading shown whole. */
    private static final int LABEL_WIDTH = 90;

    private final Messages messages;
    private final DifferenceTexts texts;
    private final Side left;
    private final Side right;
    private final List<Row> rows;
    private final int planDifferences;

    public RevisionComparisonViewModel(Messages messages, Side left, Side right) {
        this.messages = messages;
        this.texts = new DifferenceTexts(messages);
        this.left = left;
        this.right = right;
        List<Row> planRows = planRows(DelegationDiff.between(right.plan(), left.plan()));
        planDifferences = planRows.size();
        List<Row> all = new ArrayList<>();
        all.add(Row.heading(messages.get("ui.revisions.compare.plan")));
        if (planRows.isEmpty()) {
            all.add(Row.of(messages.get("ui.revisions.compare.samePlan"), "", ""));
        }
        all.addAll(planRows);
        all.add(Row.heading(messages.get("ui.revisions.compare.estimate")));
        all.addAll(estimateRows());
        rows = List.copyOf(all);
    }

    /** "So sánh bản 1 với bản 2", "So sánh bản 2 với hiện tại". */
    public String title() {
        return messages.get("ui.revisions.compare.title", left.name(), right.name());
    }

    /** "Kế hoạch khác nhau ở 3 điểm. Tổng dự toán: Bản 1 … đồng; Bản 2 … đồng.", or "Kế hoạch hai bên giống nhau. …". */
    public String summary() {
        String totals = messages.get("ui.revisions.compare.totals", left.name(), money(left.total()), right.name(),
                money(right.total()));
        return (planDifferences == 0 ? messages.get("ui.revisions.compare.samePlan")
                : messages.get("ui.revisions.compare.summary", planDifferences)) + " " + totals;
    }

    /** The left column's heading: the older side's name. */
    public String leftHeading() {
        return left.name();
    }

    /** The right column's heading: the newer side's name, or "Hiện tại". */
    public String rightHeading() {
        return right.name();
    }

    /** The first column's heading. */
    public String whatHeading() {
        return messages.get("ui.revisions.compare.what");
    }

    public List<Row> rows() {
        return rows;
    }

    /** How many rows of the plan differ (fields, members' fields, members on one side, parts). */
    public int planDifferences() {
        return planDifferences;
    }

    private List<Row> planRows(DelegationDiff diff) {
        List<Row> out = new ArrayList<>();
        for (FieldChange change : diff.fields()) {
            out.add(Row.of(messages.get(change.labelKey()), texts.value(change.stored()), texts.value(change.mine())));
        }
        for (MemberChange member : diff.members()) {
            String name = member.fullName().isBlank() ? messages.get("ui.version.member.unnamed") : member.fullName();
            String what = messages.get("ui.revisions.compare.member", name);
            String absent = messages.get("ui.revisions.compare.memberAbsent");
            String present = messages.get("ui.revisions.compare.memberPresent");
            switch (member.kind()) {
                case ONLY_MINE -> out.add(Row.of(what, absent, present));
                case ONLY_STORED -> out.add(Row.of(what, present, absent));
                default -> member.fields().forEach(change -> out.add(Row.of(
                        messages.get("ui.version.member.field", name, messages.get(change.labelKey())),
                        texts.value(change.stored()), texts.value(change.mine()))));
            }
        }
        for (String section : diff.changedSections()) {
            out.add(Row.of(messages.get(section), messages.get("ui.revisions.compare.partBefore"),
                    messages.get("ui.revisions.compare.partAfter")));
        }
        return out;
    }

    /** Every line group of either side, in the left side's order then the right's own, and the grand total. */
    private List<Row> estimateRows() {
        Map<String, Long[]> groups = new LinkedHashMap<>();
        for (EstimateGroup group : left.estimate()) {
            groups.computeIfAbsent(group.label(), k -> new Long[2])[0] = group.amount();
        }
        for (EstimateGroup group : right.estimate()) {
            groups.computeIfAbsent(group.label(), k -> new Long[2])[1] = group.amount();
        }
        List<Row> out = new ArrayList<>();
        groups.forEach((label, amounts) -> {
            // A group with nothing on either side (no flight, no conference cost yet) says nothing: left out.
            if (!(isZero(amounts[0]) && isZero(amounts[1]))) {
                out.add(Row.of(shortLabel(label), amount(amounts[0]), amount(amounts[1])));
            }
        });
        out.add(Row.of(messages.get("ui.revisions.compare.total"), money(left.total()), money(right.total())));
        return out;
    }

    private static boolean isZero(Long value) {
        return value == null || value == 0;
    }

    /** A group's heading cut at a word near {@link #LABEL_WIDTH} characters: a conference's heading is its whole title. */
    static String shortLabel(String label) {
        if (label.length() <= LABEL_WIDTH) {
            return label;
        }
        int cut = label.lastIndexOf(' ', LABEL_WIDTH);
        return label.substring(0, cut > LABEL_WIDTH / 2 ? cut : LABEL_WIDTH).strip() + " …";
    }

    private String amount(Long value) {
        return value == null ? messages.get("ui.revisions.compare.noGroup") : money(value);
    }

    private String money(long value) {
        return messages.get("ui.revisions.money", VietnameseNumbers.format(value));
    }
}
