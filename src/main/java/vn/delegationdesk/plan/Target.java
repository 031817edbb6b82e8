package vn.delegationdesk.plan;

import java.util.List;
import vn.delegationdesk.common.Texts;

/**
 * A numeric target of the plan (chỉ tiêu): "20–30 phiên họp online/năm", "doanh thu khoảng 5 tỷ đồng". A single value
 * is a range with {@code min == max}. Progress is counted from the activities of {@code countedKind} that carry out the
 * tasks serving the target (their quantities summed), or, when {@code countedKind} is null, typed in as
 * {@code entries}.
 *
 * @param id stable within the plan ("t-1")
 * @param field the field it belongs to ("Hợp tác quốc tế", "Tuyên truyền")
 * @param unit what is counted ("cuộc", "trang", "clip", "đồng")
 */
public record Target(String id, String label, String field, String unit, long min, long max, ActivityKind countedKind,
        List<ProgressEntry> entries) {
    public Target {
        id = Texts.clean(id);
        label = Texts.clean(label);
        field = Texts.clean(field);
        unit = Texts.clean(unit);
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** A target counted from activities of {@code kind}. */
    public static Target counted(String id, String label, String field, String unit, long min, long max, ActivityKind kind) {
        return new Target(id, label, field, unit, min, max, kind, List.of());
    }

    public boolean isRange() {
        return min != max;
    }

    public boolean countedByHand() {
        return countedKind == null;
    }

    public Target withEntries(List<ProgressEntry> value) {
        return new Target(id, label, field, unit, min, max, countedKind, value);
    }
}
