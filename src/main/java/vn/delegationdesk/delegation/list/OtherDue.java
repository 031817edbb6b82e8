package vn.delegationdesk.delegation.list;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something due that is not a delegation's responsibility, for the "due" list: a plan's task or report deadline. The
 * composition root turns the plans' due items into these, so that the list does not depend on the plans feature.
 *
 * @param what "Nhiệm vụ 2.1" or "Báo cáo 6 tháng"
 * @param unit the lead unit of a task, or where a report is sent
 * @param text the task's content, or what the report is
 * @param owner the plan, as the "where" column says it ("Kế hoạch tham gia Mạng lưới năm 2025")
 * @param ownerId the plan's id, handed to the open callback
 */
public record OtherDue(LocalDate date, String what, String unit, String text, String owner, long ownerId, String status) {
    public OtherDue {
        Objects.requireNonNull(date, "date");
    }
}
