package vn.delegationdesk.delegation.responsibility.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.common.Texts;
import vn.delegationdesk.delegation.draft.DraftList;
import vn.delegationdesk.delegation.responsibility.Responsibility;

/**
 * The ordered duties of the selected block: add one (the view opens it for typing), edit one in place, delete,
 * move up and down, each one edit of the draft. A duty left or made empty goes again. Choosing another block
 * starts with no duty selected.
 */
public final class DutyList {
    private final DraftList<String> duties;
    /** Read-only view kept in a field: a wrapper made per call would be collected with its listeners. */
    private final ObservableList<String> items;
    private final BooleanBinding hasSelection;
    private final BooleanBinding canMoveUp;
    private final BooleanBinding canMoveDown;

    DutyList(DraftList<Responsibility> blocks) {
        duties = blocks.nested(Responsibility::duties, (r, v) -> new Responsibility(r.unit(), r.role(), v, r.dueDate(), r.status()));
        items = FXCollections.unmodifiableObservableList(duties.items());
        IntegerProperty selected = duties.selectedProperty();
        hasSelection = selected.greaterThanOrEqualTo(0);
        canMoveUp = selected.greaterThan(0);
        canMoveDown = Bindings.createBooleanBinding(() -> selected.get() >= 0 && selected.get() < items.size() - 1, selected, items);
    }

    public ObservableList<String> items() {
        return items;
    }

    /** The selected duty, -1 for none. */
    public IntegerProperty selectedProperty() {
        return duties.selectedProperty();
    }

    /** True while the duties are being replaced from the draft (see {@link DraftList#isRefreshing()}). */
    public boolean isRefreshing() {
        return duties.isRefreshing();
    }

    public BooleanBinding hasSelectionProperty() {
        return hasSelection;
    }

    public BooleanBinding canMoveUpProperty() {
        return canMoveUp;
    }

    public BooleanBinding canMoveDownProperty() {
        return canMoveDown;
    }

    /** Selects duty {@code index}; -1 or out of range: none. */
    public void select(int index) {
        duties.selectedProperty().set(index >= 0 && index < items.size() ? index : -1);
    }

    /** Appends an empty duty and selects it; the view opens it for typing (left empty, it goes again). */
    public void add() {
        duties.add("");
    }

    /** The edited text of duty {@code index}, which becomes the selected one; an empty text removes the duty. */
    public void commit(int index, String text) {
        if (index < 0 || index >= items.size()) {
            return;
        }
        duties.selectedProperty().set(index);
        if (Texts.isBlank(text)) {
            duties.removeSelected();
        } else {
            duties.replace(index, Texts.clean(text));
        }
    }

    /** Editing stopped without a change: a duty that is still empty (just added) goes. */
    public void cancelEdit(int index) {
        if (index >= 0 && index < items.size() && items.get(index).isEmpty()) {
            commit(index, "");
        }
    }

    public void delete() {
        duties.removeSelected();
    }

    public void moveUp() {
        duties.moveSelected(-1);
    }

    public void moveDown() {
        duties.moveSelected(1);
    }
}
