package vn.delegationdesk.budget;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.platform.logging.OperationLog;

/**
 * The budget feature's entry point: rate sets, each delegation's worksheet, and the estimate they give. Reading,
 * importing and exporting rate-set files are lines of the support log.
 */
public final class BudgetService {
    private static final OperationLog LOG = OperationLog.of(BudgetService.class);
    private final RateSetRepository rateSets;
    private final WorksheetRepository worksheets;
    private final RateSetFiles files;
    private final RoleGate gate;

    /** Without rate-set files: {@link #previewRateSetImport} and {@link #exportRateSet} are unsupported. */
    public BudgetService(RateSetRepository rateSets, WorksheetRepository worksheets) {
        this(rateSets, worksheets, null);
    }

    /** For the single user of a laptop, who holds every role. */
    public BudgetService(RateSetRepository rateSets, WorksheetRepository worksheets, RateSetFiles files) {
        this(rateSets, worksheets, files, RoleGate.everyRole(() -> ""));
    }

    /**
     * Writes need the finance role of the person {@code gate} gives: rate sets and estimates are the finance office's;
     * the worksheet a new delegation starts with is part of creating it, an organiser's.
     */
    public BudgetService(RateSetRepository rateSets, WorksheetRepository worksheets, RateSetFiles files, RoleGate gate) {
        this.rateSets = Objects.requireNonNull(rateSets, "rateSets");
        this.worksheets = Objects.requireNonNull(worksheets, "worksheets");
        this.files = files;
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    /** Who works now and what they may do. */
    public RoleGate gate() {
        return gate;
    }

    /** All rate sets, national before local, the most recent first. */
    public List<RateSet> rateSets() {
        return rateSets.findAll().stream()
                .sorted(Comparator.comparing(RateSet::kind).thenComparing(RateSet::effectiveFrom, Comparator.reverseOrder()))
                .toList();
    }

    /**
     * Stores a new or changed set; a set without an id gets one.
     *
     * @throws ValidationException with every problem, storing nothing, when the set is not valid
     */
    public RateSet saveRateSet(RateSet set) {
        gate.require(Role.FINANCE, "people.action.saveRateSet");
        RateSet withId = set.id().isEmpty() ? new RateSet(UUID.randomUUID().toString(), set.name(), set.issuer(),
                set.documentNumber(), set.kind(), set.effectiveFrom(), set.effectiveTo(), set.notes(), set.values()) : set;
        List<ValidationError> errors = RateSetValidator.validate(withId, rateSets.findAll());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        rateSets.save(withId);
        return withId;
    }

    /** True when rate sets can be exported and imported as files. */
    public boolean hasRateSetFiles() {
        return files != null;
    }

    /**
     * Reads a rate-set file and compares it with the stored sets (see {@link RateSetChange} for which set it
     * replaces). Stores nothing. A file whose texts the text policy refuses is refused here, before the preview.
     *
     * @throws RateSetFileException when the file is refused, with every problem and its path in the file
     */
    public RateSetChange previewRateSetImport(Path file) {
        return LOG.call("read-rate-set-file", op -> {
            RateSet incoming = files().read(file);
            op.code("rateSet", incoming.id()).count("values", incoming.values().size());
            Path name = file.getFileName();
            List<ValidationError> texts = RateSetValidator.texts(incoming, true);
            if (!texts.isEmpty()) {
                throw new RateSetFileException(name == null ? file.toString() : name.toString(), texts);
            }
            return RateSetChange.of(name == null ? file.toString() : name.toString(), incoming, rateSets.findAll());
        });
    }

    /**
     * Stores a previewed import in one transaction: the stored set it matched is replaced whole (values the file
     * lacks are dropped), or the file's set is added. Refused, storing nothing, when the stored sets changed since
     * the preview so that it would now do something else than what the user saw.
     *
     * @throws ValidationException when refused
     */
    public RateSet importRateSet(RateSetChange preview) {
        return LOG.call("import-rate-set", op -> {
            op.code("rateSet", preview.incoming().id()).code("replaces", preview.replaces())
                    .count("changedValues", preview.values().size());
            RateSetChange now = RateSetChange.of(preview.fileName(), preview.incoming(), rateSets.findAll());
            if (!Objects.equals(now.stored(), preview.stored())) {
                throw new ValidationException(List.of(ValidationError.of("", "budget.rateSet.changedSincePreview",
                        preview.fileName())));
            }
            return saveRateSet(now.result());
        });
    }

    /**
     * Writes the stored set {@code id} to {@code file}, replacing it whole or not at all.
     *
     * @throws IllegalArgumentException when there is no set {@code id}
     * @throws IOException when the file cannot be written
     */
    public void exportRateSet(String id, Path file) throws IOException {
        LOG.call("export-rate-set", op -> {
            op.code("rateSet", id);
            RateSet set = rateSets.findAll().stream().filter(s -> s.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no rate set with id " + id));
            op.count("values", set.values().size());
            files().write(set, file);
            return file;
        });
    }

    private RateSetFiles files() {
        if (files == null) {
            throw new IllegalStateException("rate-set files are not configured");
        }
        return files;
    }

    public boolean deleteRateSet(String id) {
        gate.require(Role.FINANCE, "people.action.saveRateSet");
        return rateSets.delete(id);
    }

    /** The worksheet of a stored delegation; an empty one if none was saved or the delegation is not stored yet. */
    public EstimateWorksheet worksheet(Long delegationId) {
        return delegationId == null ? EstimateWorksheet.EMPTY
                : worksheets.find(delegationId).orElse(EstimateWorksheet.EMPTY);
    }

    /**
     * Stores the worksheet of a delegation, refused whole when a text breaks the text policy: the estimate tab
     * refuses such a text in its cell, this is the guard for every other way in.
     *
     * @throws ValidationException naming each refused text; nothing is stored
     */
    public void saveWorksheet(long delegationId, EstimateWorksheet worksheet) {
        gate.require(Role.FINANCE, "people.action.saveEstimate");
        store(delegationId, worksheet);
    }

    /**
     * Stores the worksheet a delegation just created as a copy or from a package starts with: part of creating the
     * delegation, so an organiser's. Once the delegation has a worksheet, changing it is {@link #saveWorksheet}'s.
     */
    public void startWorksheet(long createdId, EstimateWorksheet worksheet) {
        if (worksheets.find(createdId).isPresent()) {
            saveWorksheet(createdId, worksheet);
            return;
        }
        gate.require(Role.ORGANISER, "people.action.createDelegation");
        store(createdId, worksheet);
    }

    private void store(long delegationId, EstimateWorksheet worksheet) {
        List<ValidationError> problems = EstimateWorksheetValidator.validate(worksheet, "");
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        worksheets.save(delegationId, worksheet);
    }

    /** The estimate of a delegation as stored, with its stored worksheet. */
    public Estimate estimate(Delegation delegation) {
        return estimate(delegation, worksheet(delegation.id()));
    }

    /** The estimate of a delegation with a worksheet being edited. */
    public Estimate estimate(Delegation delegation, EstimateWorksheet worksheet) {
        return EstimateCalculator.compute(delegation, worksheet, rateSets.findAll());
    }
}
