package vn.delegationdesk.delegation.responsibility.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.collections.ObservableList;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.draft.DraftList;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.responsibility.ResponsibilityRole;
import vn.delegationdesk.delegation.responsibility.TaskStatus;
import vn.delegationdesk.platform.i18n.EnumLabels;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * The "Tổ chức thực hiện" editor: the blocks of the draft as table rows (add, delete, move), the selected block's
 * {@link #form()} and its ordered {@link #duties()}. Every change goes straight into the {@link DelegationDraft};
 * a delegation opens on its first block.
 */
public final class ResponsibilitiesEditorViewModel {
    private final DelegationDraft draft;
    private final Messages messages;
    private final EnumLabels labels;
    private final DraftList<Responsibility> blocks;
    /** Read-only view kept in a field: a wrapper made per call would be collected with its listeners. */
    private final ObservableList<ResponsibilityRow> rows;
    private final DutyList duties;
    private final ResponsibilityForm form;
    private final StringBinding countText;
    private final BooleanBinding hasSelection;
    private final BooleanBinding canMoveUp;
    private final BooleanBinding canMoveDown;

    public ResponsibilitiesEditorViewModel(DelegationDraft draft, Messages messages) {
        this.draft = draft;
        this.messages = messages;
        this.labels = new EnumLabels(messages);
        this.blocks = new DraftList<>(draft, Delegation::responsibilities, (b, v) -> b.responsibilities(v));
        this.rows = blocks.rows(this::row, draft.errors());
        this.duties = new DutyList(blocks);
        this.form = new ResponsibilityForm(draft, blocks, messages);
        ObservableList<Responsibility> items = blocks.items();
        IntegerProperty selected = blocks.selectedProperty();
        countText = Bindings.createStringBinding(
                () -> items.isEmpty() ? "" : messages.get("ui.responsibility.editor.count", items.size()), items);
        hasSelection = selected.greaterThanOrEqualTo(0);
        canMoveUp = selected.greaterThan(0);
        canMoveDown = Bindings.createBooleanBinding(() -> selected.get() >= 0 && selected.get() < items.size() - 1, selected, items);
    }

    /** The blocks as the table shows them. */
    public ObservableList<ResponsibilityRow> blocks() {
        return rows;
    }

    /** "4 đơn vị thực hiện"; empty when there is none. */
    public StringBinding countTextProperty() {
        return countText;
    }

    /** The block the form shows, -1 for none. */
    public IntegerProperty selectedIndexProperty() {
        return blocks.selectedProperty();
    }

    /** True while the rows are being replaced from the draft (see {@link DraftList#isRefreshing()}). */
    public boolean isRefreshing() {
        return blocks.isRefreshing();
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

    /** The selected block's unit, role, status and due date. */
    public ResponsibilityForm form() {
        return form;
    }

    /** The selected block's duties. */
    public DutyList duties() {
        return duties;
    }

    /** Shows block {@code index} in the form (-1 or out of range: none). */
    public void select(int index) {
        blocks.selectedProperty().set(index >= 0 && index < blocks.items().size() ? index : -1);
    }

    /** Adds an empty block at the end and selects it: "Chủ trì" when no block leads yet, else "Phối hợp". */
    public void addBlock() {
        boolean led = blocks.items().stream().anyMatch(r -> r.role() == ResponsibilityRole.LEAD);
        blocks.add(new Responsibility("", led ? ResponsibilityRole.COORDINATING : ResponsibilityRole.LEAD, List.of(), null,
                TaskStatus.NOT_STARTED));
    }

    /** Deletes the selected block; the next one (or the new last one) is selected. */
    public void deleteBlock() {
        blocks.removeSelected();
    }

    public void moveUp() {
        blocks.moveSelected(-1);
    }

    public void moveDown() {
        blocks.moveSelected(1);
    }

    /** "Chủ trì", "Đã hoàn thành", …; the empty string for null. */
    public String label(Enum<?> value) {
        return labels.label(value);
    }

    private ResponsibilityRow row(int index, Responsibility r) {
        boolean missingUnit = draft.messageAt("responsibilities[" + index + "].unit") != null;
        String unitText = r.unit().isEmpty() ? messages.get("ui.responsibility.editor.unit.missing") : r.unit();
        String due = r.dueDate() == null ? messages.get("ui.responsibility.editor.due.none") : VietnameseDates.format(r.dueDate());
        return new ResponsibilityRow(index, Integer.toString(index + 1), unitText, label(r.role()),
                r.role() == ResponsibilityRole.LEAD, due, label(r.status()), Integer.toString(r.duties().size()), missingUnit);
    }
}
