package vn.delegationdesk.budget.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.budget.SpendingGrounds;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * Offers the circulars behind the estimate's rate sets as legal bases of the plan, so that the decision cites the
 * spending rules it rests on ("Căn cứ Thông tư số 40/2017/TT-BTC …"). Nothing is added until the clerk asks; what
 * would be added is named first.
 */
public final class SpendingGroundsOffer {
    private final DelegationDraft draft;
    private final ObservableValue<Estimate> estimate;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available", false);
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private List<LegalBasis> missing = List.of();

    public SpendingGroundsOffer(DelegationDraft draft, ObservableValue<Estimate> estimate, Messages messages) {
        this.draft = draft;
        this.estimate = estimate;
        this.messages = messages;
        draft.valueProperty().addListener((observable, old, value) -> refresh());
        estimate.addListener((observable, old, value) -> refresh());
        refresh();
    }

    /** True while the plan lacks a basis the rates rest on. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** "Thêm vào căn cứ của kế hoạch: Thông tư số 12/2025/TT-BTC" or why there is nothing to add. */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    /** Appends the missing bases to the plan's legal bases (an unsaved change, undone like any other). */
    public void add() {
        if (missing.isEmpty() || draft.get() == null) {
            return;
        }
        List<LegalBasis> bases = new ArrayList<>(draft.get().legalBases());
        bases.addAll(missing);
        draft.update(b -> b.legalBases(bases));
    }

    private void refresh() {
        Delegation d = draft.get();
        Estimate e = estimate.getValue();
        missing = d == null || e == null ? List.of() : SpendingGrounds.missing(d.legalBases(), SpendingGrounds.of(e.rates()));
        available.set(!missing.isEmpty());
        description.set(missing.isEmpty() ? messages.get("ui.estimate.grounds.none")
                : messages.get("ui.estimate.grounds.offer", String.join("; ", missing.stream()
                        .map(b -> (b.kind() + " số " + b.number()).strip()).toList())));
    }
}
