package vn.delegationdesk.plan.workbook.ui;

import java.util.List;
import java.util.Optional;
import vn.delegationdesk.plan.ReportPeriod;

/**
 * Asks the period of the results column (and, for an export, whether to make one sheet per unit), behind an interface so
 * that the commands stay testable; {@link TableOptionsDialog#prompt} is the window's. Empty when the user cancels.
 */
public interface TableOptionsPrompt {
    /**
     * @param periods the periods offered, in order
     * @param proposed the one chosen at first
     * @param offerPerUnit whether to show the choice "one sheet per unit" (an export)
     */
    Optional<TableOptions> ask(String title, List<ReportPeriod> periods, ReportPeriod proposed, boolean offerPerUnit);
}
