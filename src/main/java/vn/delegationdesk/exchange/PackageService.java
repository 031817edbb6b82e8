package vn.delegationdesk.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.documents.DocumentService;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.platform.logging.OperationLog;

/**
 * Import and export of delegation packages, on top of the delegation use cases. With the budget and document
 * services, a package also carries the delegation's estimate worksheet and document settings. Each import and export
 * is a line of the support log (ids and counts; a refused package with its problems' field paths).
 */
public final class PackageService {
    private static final OperationLog LOG = OperationLog.of(PackageService.class);
    private final DelegationService delegations;
    private final BudgetService budget;
    private final DocumentService documents;
    private final DelegationPackageReader reader;
    private final DelegationPackageWriter writer;

    /** The delegation alone: worksheets and document settings are neither written nor read. */
    public PackageService(DelegationService delegations) {
        this(delegations, null, null, new DelegationPackageReader(), new DelegationPackageWriter());
    }

    public PackageService(DelegationService delegations, BudgetService budget, DocumentService documents) {
        this(delegations, budget, documents, new DelegationPackageReader(), new DelegationPackageWriter());
    }

    public PackageService(DelegationService delegations, DelegationPackageReader reader, DelegationPackageWriter writer) {
        this(delegations, null, null, reader, writer);
    }

    private PackageService(DelegationService delegations, BudgetService budget, DocumentService documents,
            DelegationPackageReader reader, DelegationPackageWriter writer) {
        this.delegations = delegations;
        this.budget = budget;
        this.documents = documents;
        this.reader = reader;
        this.writer = writer;
    }

    /**
     * Stores the delegation of a package as a new delegation, with its worksheet and document settings, and
     * returns its id. All or nothing: the whole file is read and validated before anything is written, the
     * store writes a delegation in one transaction, and should its worksheet or settings then fail to be stored
     * the new delegation is deleted again.
     *
     * @throws PackageException with every problem found; nothing has been stored
     */
    public long importPackage(Path file) throws PackageException {
        return importPackage(() -> reader.readPackage(file));
    }

    /** Like {@link #importPackage(Path)} for a file already parsed (the command line's import, which looked at its format). */
    long importPackage(JsonNode root) throws PackageException {
        return importPackage(() -> reader.read(root));
    }

    private long importPackage(Supplier<DelegationPackage> read) {
        return LOG.call("import-package", op -> {
            DelegationPackage content = read.get();
            op.count("members", content.delegation().members().size());
            long id = delegations.create(content.delegation());
            op.id("delegation", id);
            try {
                if (budget != null && !content.worksheet().equals(EstimateWorksheet.EMPTY)) {
                    budget.startWorksheet(id, content.worksheet());
                }
                if (documents != null && !content.documents().equals(DocumentSettings.defaults())) {
                    documents.saveSettings(id, content.documents());
                }
            } catch (RuntimeException e) {
                delegations.delete(id);
                throw e;
            }
            return id;
        });
    }

    /**
     * Writes the stored delegation {@code id} to {@code file}, replacing it atomically.
     *
     * @throws IllegalArgumentException when there is no delegation {@code id}
     * @throws IOException when the file cannot be written; {@code file} is then left as it was
     */
    public void exportPackage(long id, Path file) throws IOException {
        LOG.call("export-package", op -> {
            op.id("delegation", id);
            Delegation delegation = delegations.find(id)
                    .orElseThrow(() -> new IllegalArgumentException("no delegation with id " + id));
            op.count("members", delegation.members().size());
            EstimateWorksheet worksheet = budget == null ? null : budget.worksheet(id);
            DocumentSettings settings = documents == null ? null : documents.settings(id);
            writer.write(new DelegationPackage(delegation, worksheet, settings), file);
            return file;
        });
    }
}
