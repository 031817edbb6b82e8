package vn.delegationdesk.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.exchange.PackageImport;
import vn.delegationdesk.exchange.PackageService;
import vn.delegationdesk.exchange.PlanPackageService;

/**
 * {@code import FILE}: stores the delegation of a delegation package, or the plan of a plan package (told apart by the
 * file's format), all or nothing, and prints the new id. A plan's activities that were delegations lose their link
 * (ids are each store's own); a note on stderr says how many. A delegation's outbound plan whose rate set this store
 * does not keep uses the set in force; a note on stderr says so.
 */
final class ImportCommand implements CliCommand {
    @Override
    public String synopsis() {
        return "import FILE";
    }

    @Override
    public void execute(List<String> operands, AppServices services, PrintStream out) {
        execute(operands, services, out, System.err);
    }

    @Override
    public void execute(List<String> operands, AppServices services, PrintStream out, PrintStream err) {
        Path file = CliPaths.of(operands.get(0));
        PackageImport.Imported imported = new PackageImport(
                new PackageService(services.delegations(), services.budget(), services.documents(), services.abroad()),
                new PlanPackageService(services.plans())).importFile(file);
        out.println(imported.id());
        if (imported.unlinkedDelegations() > 0) {
            err.println(services.messages().get("cli.import.unlinked", imported.unlinkedDelegations()));
        }
        imported.notes().forEach(note -> err.println(services.messages().get(note.key(), note.args().toArray())));
    }
}
