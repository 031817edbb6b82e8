package vn.delegationdesk.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.exchange.PackageService;

/** {@code export ID FILE}: writes a stored delegation to a package file. */
final class ExportCommand implements CliCommand {
    @Override
    public String synopsis() {
        return "export ID FILE";
    }

    @Override
    public void execute(List<String> operands, AppServices services, PrintStream out) {
        long id = CliIds.parse(operands.get(0));
        Path file = CliPaths.of(operands.get(1));
        if (services.delegations().find(id).isEmpty()) {
            throw new CliFailure("cli.error.noDelegation", operands.get(0));
        }
        try {
            new PackageService(services.delegations(), services.budget(), services.documents()).exportPackage(id, file);
        } catch (IOException e) {
            throw new CliFailure("cli.error.cannotWrite", file.toString(), e.getClass().getSimpleName());
        }
    }
}
