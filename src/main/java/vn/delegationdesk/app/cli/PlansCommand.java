package vn.delegationdesk.app.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.plan.PlanSummary;

/**
 * {@code plans}: one plan a line, tab-separated as {@code list} prints delegations: id, number and symbol, title, the
 * period's first and last day (ISO, empty for a plan of no fixed period), tasks, activities.
 */
final class PlansCommand implements CliCommand {
    @Override
    public String synopsis() {
        return "plans";
    }

    @Override
    public void execute(List<String> operands, AppServices services, PrintStream out) {
        for (PlanSummary summary : services.plans().list()) {
            out.println(String.join("\t",
                    Long.toString(summary.id()),
                    oneLine(summary.numberAndSymbol()),
                    oneLine(summary.title()),
                    iso(summary.periodFrom()),
                    iso(summary.periodTo()),
                    Integer.toString(summary.tasks()),
                    Integer.toString(summary.activities())));
        }
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** A title may hold a line break or a tab; either would break the one-line, tab-separated shape. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
