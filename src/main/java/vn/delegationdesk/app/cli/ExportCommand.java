package vn.delegationdesk.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.FileNames;
import vn.delegationdesk.exchange.PackageService;
import vn.delegationdesk.platform.io.WriteFailures;

/**
 * {@code export ID FILE}: writes a stored delegation to a package file. When FILE is a folder, the package goes into it
 * under the name the app proposes ("Goi-doan_Dak-Lak-Lam-Dong_10-2025.json", {@link FileNames}) and the path is printed.
 */
final class ExportCommand implements CliCommand {
    @Override
    public String synopsis() {
        return "export ID FILE";
    }

    @Override
    public void execute(List<String> operands, AppServices services, PrintStream out) {
        long id = CliIds.parse(operands.get(0));
        Path named = CliPaths.of(operands.get(1));
        Delegation delegation = services.delegations().find(id)
                .orElseThrow(() -> new CliFailure("cli.error.noDelegation", operands.get(0)));
        boolean intoFolder = Files.isDirectory(named);
        Path file = intoFolder
                ? named.resolve(FileNames.forDelegation(services.messages().get("cli.fileName.package"), delegation, "json"))
                : named;
        try {
            new PackageService(services.delegations(), services.budget(), services.documents()).exportPackage(id, file);
        } catch (IOException e) {
            throw new CliFailure("cli.error.cannotWrite", file.toString(), WriteFailures.reason(e));
        }
        if (intoFolder) {
            out.println(file);
        }
    }
}
