package vn.delegationdesk.app.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.plan.Plan;

/** {@code sample-plan}: stores a new copy of the reference plan (seed 002) and prints its id, as {@code sample} does. */
final class SamplePlanCommand implements CliCommand {
    private final Supplier<Plan> sampleFactory;

    SamplePlanCommand(Supplier<Plan> sampleFactory) {
        this.sampleFactory = sampleFactory;
    }

    @Override
    public String synopsis() {
        return "sample-plan";
    }

    @Override
    public void execute(List<String> operands, AppServices services, PrintStream out) {
        out.println(services.plans().create(sampleFactory.get()));
    }
}
