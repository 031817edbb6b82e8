package vn.delegationdesk.app.cli;

import java.io.PrintStream;
import java.util.List;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.app.plan.PlanFileCommands;
import vn.delegationdesk.exchange.PlanPackageService;
import vn.delegationdesk.plan.Plan;

/**
 * {@code export-plan ID FILE}: writes a stored plan to a plan package file, read back by {@code import}. When FILE is a
 * folder, the package goes into it under the name the window proposes ("Goi-ke-hoach_Tham-gia-voi-vai-tro_….json") and
 * the path is printed, as {@code export} does for a delegation.
 */
final class ExportPlanCommand implements CliCommand {
    @Override
    public String synopsis() {
        return "export-plan ID FILE";
    }

    @Override
    public void execute(List<String> operands, AppServices services, PrintStream out) {
        long id = CliIds.parsePlan(operands.get(0));
        Plan plan = services.plans().find(id).orElseThrow(() -> new CliFailure("cli.error.noPlan", operands.get(0)));
        PlanPackageService packages = new PlanPackageService(services.plans());
        CliExport.write(operands.get(1),
                () -> PlanFileCommands.fileName("json", services.messages().get("ui.plan.files.packageName"), plan),
                file -> packages.exportPlan(id, file), out);
    }
}
