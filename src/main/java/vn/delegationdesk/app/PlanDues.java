package vn.delegationdesk.app;

import java.util.List;
import java.util.Locale;
import vn.delegationdesk.delegation.list.OtherDue;
import vn.delegationdesk.plan.PlanDue;
import vn.delegationdesk.platform.i18n.Messages;

/** The plans' tasks and report deadlines as items of the due list, each saying which plan. */
final class PlanDues {
    private PlanDues() {
    }

    static List<OtherDue> of(List<PlanDue> due, Messages messages) {
        return due.stream().map(item -> of(item, messages)).toList();
    }

    private static OtherDue of(PlanDue item, Messages messages) {
        String owner = item.planTitle().toLowerCase(Locale.ROOT).startsWith("kế hoạch") ? item.planTitle()
                : messages.get("ui.plan.due.owner", item.planTitle());
        if (item.isReport()) {
            String what = messages.get(item.deadline().rule().frequency().labelKey());
            String text = item.text().isEmpty() ? "" : messages.get("ui.plan.due.sendTo", item.text());
            return new OtherDue(item.date(), what, item.text(), text, owner, item.planId(), messages.get("ui.plan.due.report.status"));
        }
        return new OtherDue(item.date(), messages.get("ui.plan.due.task", item.taskNumber()), "", item.text(), owner, item.planId(),
                messages.get("ui.plan.due.task.status"));
    }
}
