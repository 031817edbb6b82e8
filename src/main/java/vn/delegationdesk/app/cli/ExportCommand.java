package vn.delegationdesk.app.cli;

import java.io.PrintStream;
import java.util.List;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.FileNames;
import vn.delegationdesk.exchange.PackageService;

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
        Delegation delegation = services.delegations().find(id)
                .orElseThrow(() -> new CliFailure("cli.error.noDelegation", operands.get(0)));
        PackageService packages = new PackageService(services.delegations(), services.budget(), services.documents(),
                services.abroad());
        CliExport.write(operands.get(1),
                () -> FileNames.forDelegation(services.messages().get("cli.fileName.package"), delegation, "json"),
                file -> packages.exportPackage(id, file), out);
    }
}
