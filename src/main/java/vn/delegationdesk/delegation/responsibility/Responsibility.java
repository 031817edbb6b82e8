package vn.delegationdesk.delegation.responsibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.delegationdesk.common.Texts;

/** One block of "Tổ chức thực hiện": a unit, its role, its duties, when they are due, and status. */
public record Responsibility(
        String unit, ResponsibilityRole role, List<String> duties, LocalDate dueDate, TaskStatus status) {
    public Responsibility {
        unit = Texts.clean(unit);
        Objects.requireNonNull(role, "role");
        duties = Texts.cleanAll(duties);
        Objects.requireNonNull(status, "status");
    }
}
