package vn.delegationdesk.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.app.PlanFileCommands;
import vn.delegationdesk.exchange.PlanPackageService;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.platform.io.WriteFailures;

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
        Path named = CliPaths.of(operands.get(1));
        Plan plan = services.plans().find(id).orElseThrow(() -> new CliFailure("cli.error.noPlan", operands.get(0)));
        boolean intoFolder = Files.isDirectory(named);
        Path file = intoFolder
                ? named.resolve(PlanFileCommands.fileName("json", services.messages().get("ui.plan.files.packageName"), plan))
                : named;
        try {
            new PlanPackageService(services.plans()).exportPlan(id, file);
        } catch (IOException e) {
            throw new CliFailure("cli.error.cannotWrite", file.toString(), WriteFailures.reason(e));
        }
        if (intoFolder) {
            out.println(file);
        }
    }
}
