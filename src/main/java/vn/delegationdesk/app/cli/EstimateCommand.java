package vn.delegationdesk.app.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.budget.BudgetLine;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.budget.EstimateSection;
import vn.delegationdesk.budget.EstimateWarning;
import vn.delegationdesk.budget.export.EstimateWorkbookWriter;
import vn.delegationdesk.delegation.Delegation;

/**
 * {@code estimate ID [--xlsx FILE]}: prints a stored delegation's estimate, one tab-separated line per
 * budget line (section, content, unit, quantity, days/times, unit price, amount, basis; figures as plain
 * whole đồng so scripts can read them), then the grand total and the amount in words. What the finance
 * clerk must check goes to standard error, so standard output stays the estimate alone. With {@code --xlsx}
 * it writes the finance office's workbook instead.
 */
final class EstimateCommand implements CliCommand {
    private static final String XLSX = "--xlsx";

    @Override
    public String synopsis() {
        return "estimate ID [--xlsx FILE]";
    }

    @Override
    public boolean accepts(List<String> operands) {
        return operands.size() == 1 || operands.size() == 3 && operands.get(1).equals(XLSX);
    }

    @Override
    public void execute(List<String> operands, AppServices services, PrintStream out) {
        execute(operands, services, out, System.err);
    }

    @Override
    public void execute(List<String> operands, AppServices services, PrintStream out, PrintStream err) {
        long id = CliIds.parse(operands.get(0));
        Delegation delegation = services.delegations().find(id)
                .orElseThrow(() -> new CliFailure("cli.error.noDelegation", operands.get(0)));
        Estimate estimate = services.budget().estimate(delegation);
        if (operands.size() == 3) {
            new EstimateWorkbookWriter().write(estimate, delegation, CliPaths.of(operands.get(2)));
            return;
        }
        for (EstimateSection section : estimate.sections()) {
            for (BudgetLine line : section.lines()) {
                out.println(String.join("\t", section.numeral(), line.content(), line.unit(),
                        Long.toString(line.quantity()), Long.toString(line.times()),
                        line.unitPrice() == null ? "" : Long.toString(line.unitPrice()),
                        line.unitPrice() == null ? "" : Long.toString(line.amount()), line.basis()));
            }
        }
        // A partial total says so, as the printed estimate does; an unpriced line has no amount, not 0.
        boolean partial = !estimate.complete();
        out.println(services.messages().get(partial ? "cli.estimate.total.partial" : "cli.estimate.total") + "\t"
                + estimate.total());
        out.println(services.messages().get(partial ? "cli.estimate.words.partial" : "cli.estimate.words",
                estimate.totalInWords()));
        if (!estimate.warnings().isEmpty()) {
            err.println(estimate.warnings().stream().map(w -> warning(services, w))
                    .collect(Collectors.joining(System.lineSeparator())));
        }
    }

    private static String warning(AppServices services, EstimateWarning warning) {
        return services.messages().get("cli.estimate.warning", services.messages().get(warning.messageKey(),
                warning.args().toArray()));
    }
}
