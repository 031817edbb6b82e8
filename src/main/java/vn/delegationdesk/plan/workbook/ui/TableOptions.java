package vn.delegationdesk.plan.workbook.ui;

import java.util.Objects;
import vn.delegationdesk.plan.ReportPeriod;

/** What the user chose before an export or an import: the report period and, for an export, one sheet per unit. */
public record TableOptions(ReportPeriod period, boolean perUnit) {
    public TableOptions {
        Objects.requireNonNull(period, "period");
    }
}
