package vn.delegationdesk.plan;

import java.time.LocalDate;
import java.util.Objects;
import vn.delegationdesk.common.Texts;

/** An amount achieved typed in for a target counted by hand, with its date and where the figure comes from. */
public record ProgressEntry(LocalDate date, long quantity, String source) {
    public ProgressEntry {
        Objects.requireNonNull(date, "date");
        source = Texts.clean(source);
    }
}
