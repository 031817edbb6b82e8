package vn.delegationdesk.app.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.documents.plan.PlanDocumentKind;

/** {@code plan-document ID --out DIR}: writes the stored plan with its task annex as "plan-ID.pdf" into DIR. */
final class PlanDocumentCommand implements CliCommand {
    @Override
    public String synopsis() {
        return "plan-document ID --out DIR";
    }

    @Override
    public boolean accepts(List<String> operands) {
        return refusal(operands).isEmpty();
    }

    @Override
    public Optional<Phrase> refusal(List<String> operands) {
        return PlanDocumentOptions.refusal(this, operands, false);
    }

    @Override
    public void execute(List<String> operands, AppServices services, PrintStream out) {
        PlanDocumentOptions.read(operands).write(PlanDocumentKind.PLAN, services, out);
    }
}
