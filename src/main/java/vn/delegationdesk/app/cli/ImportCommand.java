package vn.delegationdesk.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.exchange.PackageService;

/** {@code import FILE}: stores the delegation of a package file, all or nothing, and prints its id. */
final class ImportCommand implements CliCommand {
    @Override
    public String synopsis() {
        return "import FILE";
    }

    @Override
    public void execute(List<String> operands, AppServices services, PrintStream out) {
        Path file = CliPaths.of(operands.get(0));
        out.println(new PackageService(services.delegations(), services.budget(), services.documents()).importPackage(file));
    }
}
