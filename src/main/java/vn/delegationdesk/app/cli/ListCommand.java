package vn.delegationdesk.app.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.delegation.DelegationSummary;

/** {@code list}: one delegation a line, tab-separated, dates in ISO form so scripts can sort them. */
final class ListCommand implements CliCommand {
    @Override
    public String synopsis() {
        return "list";
    }

    @Override
    public void execute(List<String> operands, AppServices services, PrintStream out) {
        for (DelegationSummary summary : services.delegations().list()) {
            out.println(String.join("\t",
                    Long.toString(summary.id()),
                    oneLine(summary.title()),
                    iso(summary.firstDate()),
                    iso(summary.lastDate()),
                    summary.membersFilled() + "/" + summary.plannedSize()));
        }
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** A title may hold a line break or a tab; either would break the one-line, tab-separated shape. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
