package vn.delegationdesk.app.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.delegation.Delegation;

/** {@code sample}: stores a new copy of the reference delegation and prints its id. */
final class SampleCommand implements CliCommand {
    private final Supplier<Delegation> sampleFactory;

    SampleCommand(Supplier<Delegation> sampleFactory) {
        this.sampleFactory = sampleFactory;
    }

    @Override
    public String synopsis() {
        return "sample";
    }

    @Override
    public void execute(List<String> operands, AppServices services, PrintStream out) {
        out.println(services.delegations().create(sampleFactory.get()));
    }
}
