package vn.delegationdesk.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import com.fasterxml.jackson.databind.JsonNode;
import vn.delegationdesk.abroad.AbroadService;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.abroad.ForeignRateSetChange;
import vn.delegationdesk.abroad.SavedOutbound;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.documents.DocumentService;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.exchange.json.PackageException;
import vn.delegationdesk.platform.logging.OperationLog;

/**
 * Import and export of delegation packages, on top of the delegation use cases. With the budget and document
 * services, a package also carries the delegation's estimate worksheet and document settings, and with the abroad
 * service its outbound plan. Each import and export is a line of the support log (ids and counts; a refused package with
 * its problems' field paths).
 */
public final class PackageService {
    /** A stored package: the new delegation's id and what the clerk should know about the import ("dùng bộ định mức…"). */
    public record Imported(long id, List<Phrase> notes) {
        public Imported {
            notes = List.copyOf(notes);
        }
    }

    private static final OperationLog LOG = OperationLog.of(PackageService.class);
    private final DelegationService delegations;
    private final BudgetService budget;
    private final DocumentService documents;
    private final AbroadService abroad;
    private final DelegationPackageReader reader;
    private final DelegationPackageWriter writer;

    /** The delegation alone: worksheets and document settings are neither written nor read. */
    public PackageService(DelegationService delegations) {
        this(delegations, null, null, null, new DelegationPackageReader(), new DelegationPackageWriter());
    }

    /** Without the outbound plan: a package's {@code outbound} is checked on import but not stored, and not written. */
    public PackageService(DelegationService delegations, BudgetService budget, DocumentService documents) {
        this(delegations, budget, documents, null, new DelegationPackageReader(), new DelegationPackageWriter());
    }

    /** Everything a package carries, the outbound plan included. */
    public PackageService(DelegationService delegations, BudgetService budget, DocumentService documents, AbroadService abroad) {
        this(delegations, budget, documents, abroad, new DelegationPackageReader(), new DelegationPackageWriter());
    }

    public PackageService(DelegationService delegations, DelegationPackageReader reader, DelegationPackageWriter writer) {
        this(delegations, null, null, null, reader, writer);
    }

    private PackageService(DelegationService delegations, BudgetService budget, DocumentService documents, AbroadService abroad,
            DelegationPackageReader reader, DelegationPackageWriter writer) {
        this.delegations = delegations;
        this.budget = budget;
        this.documents = documents;
        this.abroad = abroad;
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
        return importWithNotes(file).id();
    }

    /** Like {@link #importPackage(Path)}, with what the clerk should be told about the import. */
    public Imported importWithNotes(Path file) throws PackageException {
        return importPackage(() -> reader.readPackage(file));
    }

    /** Like {@link #importWithNotes(Path)} for a file already parsed (the command line's import, which looked at its format). */
    Imported importPackage(JsonNode root) throws PackageException {
        return importPackage(() -> reader.read(root));
    }

    /**
     * The services do not share a transaction, so the parts are stored one after the other, the delegation first, and
     * should any later part fail the new delegation is deleted again (its outbound plan goes with it): nothing half made
     * stays. Every part was checked before the first write.
     */
    private Imported importPackage(Supplier<DelegationPackage> read) {
        return LOG.call("import-package", op -> {
            DelegationPackage content = read.get();
            op.count("members", content.delegation().members().size());
            List<Phrase> notes = new ArrayList<>();
            String rateSetId = content.outbound() == null || abroad == null ? "" : rateSetId(content.outbound(), notes);
            long id = delegations.create(content.delegation());
            op.id("delegation", id);
            try {
                if (budget != null && !content.worksheet().equals(EstimateWorksheet.EMPTY)) {
                    budget.startWorksheet(id, content.worksheet());
                }
                if (documents != null && !content.documents().equals(DocumentSettings.defaults())) {
                    documents.saveSettings(id, content.documents());
                }
                if (abroad != null && content.outbound() != null) {
                    abroad.save(content.outbound().planFor(id, rateSetId), content.outbound().inputs());
                    op.count("stops", content.outbound().plan().stops().size());
                }
            } catch (RuntimeException e) {
                delegations.delete(id);
                throw e;
            }
            return new Imported(id, notes);
        });
    }

    /**
     * The id of the receiving store's rate set the file names, found by name, else by document number (as the rate-set
     * import finds the set a file replaces); blank when the file names none or this store does not keep it, and then the
     * estimate uses the set in force on the day of exit and {@code notes} says so.
     */
    private String rateSetId(OutboundPackage outbound, List<Phrase> notes) {
        if (!outbound.namesRateSet()) {
            return "";
        }
        ForeignRateSet named = new ForeignRateSet("", outbound.rateSetName(), outbound.rateSetDocumentNumber(),
                LocalDate.EPOCH, null, "", List.of());
        ForeignRateSet stored = ForeignRateSetChange.storedMatch(named, abroad.rateSets());
        if (stored != null) {
            return stored.id();
        }
        String label = outbound.rateSetName().isEmpty() ? outbound.rateSetDocumentNumber() : outbound.rateSetName();
        notes.add(Phrase.of("exchange.outbound.note.rateSetMissing", label));
        return "";
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
            writer.write(new DelegationPackage(delegation, worksheet, settings, outbound(id)), file);
            return file;
        });
    }

    /** The stored outbound plan of {@code id} as a package carries it, the rate set by name; null when domestic. */
    private OutboundPackage outbound(long id) {
        if (abroad == null) {
            return null;
        }
        Optional<SavedOutbound> saved = abroad.load(id);
        if (saved.isEmpty()) {
            return null;
        }
        String chosen = saved.get().plan().foreignRateSetId();
        Optional<ForeignRateSet> set = chosen.isEmpty() ? Optional.empty()
                : abroad.rateSets().stream().filter(s -> s.id().equals(chosen)).findFirst();
        return new OutboundPackage(saved.get().plan(), saved.get().inputs(), set.map(ForeignRateSet::name).orElse(""),
                set.map(ForeignRateSet::documentNumber).orElse(""));
    }
}
