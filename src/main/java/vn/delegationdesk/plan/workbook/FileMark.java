package vn.delegationdesk.plan.workbook;

import java.util.Objects;
import vn.delegationdesk.common.Texts;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.ReportPeriod;

/**
 * What a task table says it is for, kept in its hidden sheet: the plan's id in the store, its number and symbol and its
 * title (to name the plan when the file is for another one), and the period of its results column ("2025-H1").
 */
public record FileMark(long planId, String numberAndSymbol, String title, String period) {
    public FileMark {
        numberAndSymbol = Texts.clean(numberAndSymbol);
        title = Texts.clean(title);
        Objects.requireNonNull(period, "period");
    }

    public static FileMark of(Plan plan, ReportPeriod period) {
        if (plan.id() == null) {
            throw new IllegalArgumentException("only a stored plan has a task table");
        }
        return new FileMark(plan.id(), plan.numberAndSymbol(), plan.title(), period.code());
    }

    /** Whether the file was made from {@code plan}: the same plan of the store, under the same title. */
    public boolean isFor(Plan plan) {
        return plan.id() != null && plan.id() == planId && Texts.clean(plan.title()).equals(title);
    }
}
