package vn.delegationdesk.plan.workbook;

import java.util.List;
import vn.delegationdesk.common.LocalizedException;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.plan.ReportPeriod;

/**
 * The use cases of the return files: preview a file against the stored plan, then, once the user confirms, store
 * exactly the previewed changes through {@link PlanService#save} (one transaction). Confirming is refused when the plan
 * was changed since the preview (by another window or user): the preview would no longer say what is written.
 */
public final class PlanResultImport {
    private final PlanService plans;

    public PlanResultImport(PlanService plans) {
        this.plans = plans;
    }

    /** What importing {@code file} into plan {@code planId} for {@code period} would do; nothing written. */
    public ResultPreview preview(long planId, ReportPeriod period, ReturnFile file) {
        return ResultMerge.preview(current(planId), period, file);
    }

    /** Stores the preview's changes; how many tasks changed (0: nothing to store, nothing written). */
    public int confirm(ResultPreview preview) {
        if (preview.isRefusedWhole()) {
            throw new IllegalArgumentException("a refused file has nothing to store");
        }
        Plan current = current(preview.plan().id());
        if (!current.equals(preview.plan())) {
            throw new LocalizedException("planbook.error.changedSince", List.of(current.title()),
                    "plan " + current.id() + " changed since the preview", null);
        }
        if (preview.changes().isEmpty()) {
            return 0;
        }
        plans.save(preview.applyTo(current));
        return preview.changes().size();
    }

    private Plan current(long planId) {
        return plans.find(planId).orElseThrow(() -> new LocalizedException("planbook.error.noPlan", List.of(planId),
                "no plan " + planId, null));
    }
}
