package vn.delegationdesk.budget;

import java.util.Objects;

/** What the estimate needs to know about one stop beyond the plan: its rate category and whether the host gives rooms. */
public record StopSetting(StopCategory category, boolean hostProvidesRooms) {
    public static final StopSetting DEFAULT = new StopSetting(StopCategory.PROVINCE, false);

    public StopSetting {
        Objects.requireNonNull(category, "category");
    }
}
