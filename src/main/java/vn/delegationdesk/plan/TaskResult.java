package vn.delegationdesk.plan;

import java.util.Objects;
import vn.delegationdesk.common.Texts;

/** What a task achieved in a reporting period, as the lead unit reports it (the results column of the return file). */
public record TaskResult(String period, String text) {
    public TaskResult {
        Objects.requireNonNull(period, "period");
        text = Texts.clean(text);
    }
}
