package vn.delegationdesk.exchange;

import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.exchange.json.Envelope;
import vn.delegationdesk.exchange.json.PackageException;
import vn.delegationdesk.exchange.json.PackageText;

/**
 * The command line's {@code import FILE}: a delegation package or a plan package, told apart by the envelope's
 * {@code format} after the file is read once within the limits. A file of neither format is refused as a delegation
 * package would be ("định dạng … không được hỗ trợ"), as before plans had packages.
 */
public final class PackageImport {
    /** What a file was and the id it was stored under. */
    public enum Kind { DELEGATION, PLAN }

    /**
     * The stored id; for a plan, how many of its activities lost their link to a delegation; for a delegation, what the
     * clerk should be told (its outbound plan's rate set not kept here).
     */
    public record Imported(Kind kind, long id, int unlinkedDelegations, List<Phrase> notes) {
        public Imported {
            notes = List.copyOf(notes);
        }
    }

    private final PackageService delegations;
    private final PlanPackageService plans;

    public PackageImport(PackageService delegations, PlanPackageService plans) {
        this.delegations = delegations;
        this.plans = plans;
    }

    /**
     * Stores what {@code file} holds as a new delegation or a new plan.
     *
     * @throws PackageException with every problem found; nothing has been stored
     */
    public Imported importFile(Path file) throws PackageException {
        JsonNode root = PackageText.load(file, PackageFormat.FILE);
        JsonNode format = root.isObject() ? root.get(Envelope.FORMAT) : null;
        if (format != null && PlanPackageFormat.NAME.equals(format.asText())) {
            PlanImport plan = plans.importPlan(root);
            return new Imported(Kind.PLAN, plan.id(), plan.unlinkedDelegations(), List.of());
        }
        PackageService.Imported delegation = delegations.importPackage(root);
        return new Imported(Kind.DELEGATION, delegation.id(), 0, delegation.notes());
    }
}
