package vn.delegationdesk.reading.review;

import java.util.List;
import java.util.Objects;

/**
 * One editable field of a draft on the review screen: its key (the reader's field name, or that name with a part after it:
 * "task.1.2.due", "target.t1.unit"), its label in Vietnamese ("Nhiệm vụ 1.2 – Hạn hoàn thành"), the text the reader
 * found, whether it takes several lines, the source passages it came from, and what the reader says the user must
 * check about it (the gaps attached to it; flagged when there is any).
 */
public record DraftEntry(String key, String label, String value, boolean multiline, List<Integer> passages, List<String> problems) {
    public DraftEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        value = value == null ? "" : value;
        passages = List.copyOf(passages);
        problems = List.copyOf(problems);
    }

    /** Whether a gap of the reader concerns this entry. */
    public boolean flagged() {
        return !problems.isEmpty();
    }
}
