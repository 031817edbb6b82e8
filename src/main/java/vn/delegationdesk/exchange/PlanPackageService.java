package vn.delegationdesk.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import com.fasterxml.jackson.databind.JsonNode;
import vn.delegationdesk.exchange.json.PackageException;
import vn.delegationdesk.plan.ActivityKind;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.platform.logging.OperationLog;

/**
 * Import and export of plan packages on top of the plan use cases. An import always stores a NEW plan through
 * {@link PlanService#create} (the organiser's role checked, the whole plan validated and written in one transaction), so
 * a refused file leaves the store as it was.
 *
 * <p>Links from activities to delegations are not carried: a delegation's id is the exporting store's own number, and
 * the same number in another store is another delegation (or none). The package writes no delegation id, and an
 * imported activity of kind {@link ActivityKind#DELEGATION} has none: the plan shows it as a link to choose again, and
 * {@link PlanImport#unlinkedDelegations()} counts them so the user is told. Each import and export is a line of the
 * support log (ids and counts; a refused package with its problems' field paths).
 */
public final class PlanPackageService {
    private static final OperationLog LOG = OperationLog.of(PlanPackageService.class);
    private final PlanService plans;
    private final PlanPackageReader reader;
    private final PlanPackageWriter writer;

    public PlanPackageService(PlanService plans) {
        this(plans, new PlanPackageReader(), new PlanPackageWriter());
    }

    public PlanPackageService(PlanService plans, PlanPackageReader reader, PlanPackageWriter writer) {
        this.plans = plans;
        this.reader = reader;
        this.writer = writer;
    }

    /**
     * Stores the plan of a package as a new plan. All or nothing: the whole file is read and validated first.
     *
     * @throws PackageException with every problem found; nothing has been stored
     */
    public PlanImport importPlan(Path file) throws PackageException {
        return importPlan(() -> reader.read(file));
    }

    /** Like {@link #importPlan(Path)} for a file already parsed (the command line's import, which looked at its format). */
    PlanImport importPlan(JsonNode root) throws PackageException {
        return importPlan(() -> reader.read(root));
    }

    private PlanImport importPlan(Supplier<Plan> read) {
        return LOG.call("import-plan-package", op -> {
            Plan plan = read.get();
            op.count("tasks", plan.tasks().size());
            op.count("activities", plan.activities().size());
            long id = plans.create(plan);
            op.id("plan", id);
            int unlinked = (int) plan.activities().stream().filter(a -> a.kind() == ActivityKind.DELEGATION).count();
            return new PlanImport(id, plan.title(), unlinked);
        });
    }

    /**
     * Writes the stored plan {@code id} to {@code file}, replacing it atomically.
     *
     * @throws IllegalArgumentException when there is no plan {@code id}
     * @throws IOException when the file cannot be written; {@code file} is then left as it was
     */
    public void exportPlan(long id, Path file) throws IOException {
        LOG.call("export-plan-package", op -> {
            op.id("plan", id);
            Plan plan = plans.find(id).orElseThrow(() -> new IllegalArgumentException("no plan with id " + id));
            op.count("tasks", plan.tasks().size());
            writer.write(plan, file);
            return file;
        });
    }
}
