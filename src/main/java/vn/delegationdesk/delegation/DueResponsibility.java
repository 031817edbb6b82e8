package vn.delegationdesk.delegation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.responsibility.TaskStatus;

/**
 * One block of "Tổ chức thực hiện" that is due and not done yet, with the delegation it belongs to:
 * {@code position} is its index in that delegation's responsibilities. Its due date is never null.
 */
public record DueResponsibility(long delegationId, String delegationTitle, int position, Responsibility responsibility) {
    /** The order of {@link DelegationRepository#findOpenDue}: due date, then delegation, then position. */
    public static final Comparator<DueResponsibility> ORDER = Comparator.comparing(DueResponsibility::dueDate)
            .thenComparingLong(DueResponsibility::delegationId).thenComparingInt(DueResponsibility::position);

    public DueResponsibility {
        delegationTitle = Objects.requireNonNullElse(delegationTitle, "");
        Objects.requireNonNull(responsibility, "responsibility");
        Objects.requireNonNull(responsibility.dueDate(), "responsibility.dueDate");
    }

    public LocalDate dueDate() {
        return responsibility.dueDate();
    }

    /** Days from {@code today} to the due date: negative when overdue, 0 when due today. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueDate());
    }

    public boolean isOverdue(LocalDate today) {
        return dueDate().isBefore(today);
    }

    /**
     * The rule of {@link DelegationRepository#findOpenDue} for one stored delegation: its blocks that are not
     * done and are due on or before {@code until}; none for a cancelled delegation.
     */
    public static List<DueResponsibility> openIn(Delegation delegation, LocalDate until) {
        List<DueResponsibility> due = new ArrayList<>();
        if (delegation.id() == null || delegation.status() == DelegationStatus.CANCELLED) {
            return due;
        }
        for (int i = 0; i < delegation.responsibilities().size(); i++) {
            Responsibility block = delegation.responsibilities().get(i);
            if (block.status() != TaskStatus.DONE && block.dueDate() != null && !block.dueDate().isAfter(until)) {
                due.add(new DueResponsibility(delegation.id(), delegation.title(), i, block));
            }
        }
        return due;
    }
}
