package vn.delegationdesk.app.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.documents.plan.PlanDocumentKind;

/**
 * {@code plan-report ID --period PERIOD --out DIR}: writes the report of the stored plan for PERIOD ("2025-H1", "2025",
 * "2025-Q3") as "plan-ID-report-PERIOD.pdf" into DIR, pre-filled from the plan's progress seen today.
 */
final class PlanReportCommand implements CliCommand {
    @Override
    public String synopsis() {
        return "plan-report ID --period PERIOD --out DIR";
    }

    @Override
    public boolean accepts(List<String> operands) {
        return refusal(operands).isEmpty();
    }

    @Override
    public Optional<Phrase> refusal(List<String> operands) {
        return PlanDocumentOptions.refusal(this, operands, true);
    }

    @Override
    public void execute(List<String> operands, AppServices services, PrintStream out) {
        PlanDocumentOptions.read(operands).write(PlanDocumentKind.REPORT, services, out);
    }
}
