package vn.delegationdesk.fuzz;

import java.nio.file.Path;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateSetChange;

/** Rate-set files through the preview and the import, as the rate-set dialog does. */
final class RateSetTarget implements FuzzTarget {
    private final FuzzStore store;

    RateSetTarget(FuzzStore store) {
        this.store = store;
    }

    @Override
    public String kind() {
        return "rate-set";
    }

    @Override
    public Outcome run(Path file) {
        BudgetService budget = store.services().budget();
        RateSetChange preview;
        RateSet saved;
        try {
            preview = budget.previewRateSetImport(file);
            saved = budget.importRateSet(preview);
        } catch (RuntimeException | Error failure) {
            return Judge.refusal(failure, store.messages());
        }
        try {
            RateSet stored = budget.rateSets().stream().filter(set -> set.id().equals(saved.id())).findFirst().orElse(null);
            if (stored == null || !stored.equals(saved)) {
                return Outcome.broken("stored other than imported: " + stored);
            }
            String forbidden = Judge.forbidden(stored.toString());
            return forbidden == null ? Outcome.accepted() : Outcome.broken("stored a forbidden character: " + forbidden);
        } finally {
            if (preview.stored() != null) {
                budget.saveRateSet(preview.stored());
                if (!preview.stored().id().equals(saved.id())) {
                    budget.deleteRateSet(saved.id());
                }
            } else {
                budget.deleteRateSet(saved.id());
            }
        }
    }
}
