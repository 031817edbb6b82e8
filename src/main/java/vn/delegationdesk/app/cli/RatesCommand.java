package vn.delegationdesk.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateSetChange;
import vn.delegationdesk.budget.RateValue;
import vn.delegationdesk.budget.RateValueChange;
import vn.delegationdesk.platform.io.WriteFailures;

/**
 * {@code rates export NAME FILE} writes the stored rate set called NAME to a rate-set file; {@code rates import FILE}
 * stores the set of a file, replacing the set of the same name or document (all or nothing), and prints what changed:
 * a first line naming the set, then one line per changed value (key, amount before, amount after, empty for no
 * figure; tab-separated).
 */
final class RatesCommand implements CliCommand {
    private static final String EXPORT = "export";
    private static final String IMPORT = "import";

    @Override
    public String synopsis() {
        return "rates export NAME FILE | rates import FILE";
    }

    @Override
    public boolean accepts(List<String> operands) {
        return operands.size() == 3 && operands.get(0).equals(EXPORT) || operands.size() == 2 && operands.get(0).equals(IMPORT);
    }

    @Override
    public void execute(List<String> operands, AppServices services, PrintStream out) {
        if (operands.get(0).equals(EXPORT)) {
            export(operands.get(1), CliPaths.of(operands.get(2)), services);
        } else {
            importFile(CliPaths.of(operands.get(1)), services, out);
        }
    }

    private static void export(String name, Path file, AppServices services) {
        List<RateSet> sets = services.budget().rateSets();
        RateSet set = sets.stream().filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new CliFailure("cli.error.noRateSet", name,
                        sets.stream().map(RateSet::name).collect(Collectors.joining("; "))));
        try {
            services.budget().exportRateSet(set.id(), file);
        } catch (IOException e) {
            throw new CliFailure("cli.error.cannotWrite", file.toString(), WriteFailures.reason(e));
        }
    }

    private static void importFile(Path file, AppServices services, PrintStream out) {
        RateSetChange change = services.budget().previewRateSetImport(file);
        if (change.identical()) {
            out.println(services.messages().get("cli.rates.identical", change.stored().name()));
            return;
        }
        RateSet stored = services.budget().importRateSet(change);
        out.println(services.messages().get(change.replaces() ? "cli.rates.replaced" : "cli.rates.added", stored.name(),
                change.values().size()));
        for (RateValueChange value : change.values()) {
            out.println(value.key().name() + "\t" + amount(value.before()) + "\t" + amount(value.after()));
        }
    }

    private static String amount(RateValue value) {
        return value == null || value.amount() == null ? "" : value.amount().toString();
    }
}
