package vn.delegationdesk.budget.ui;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import vn.delegationdesk.platform.ui.InPlaceTextField;
import vn.delegationdesk.budget.LineField;
import vn.delegationdesk.platform.ui.Styles;

/**
 * A cell of the estimate table. Figures are right-aligned; long text wraps to the column (the row grows). A line's
 * field is edited in place (double click, F2 or Enter): Enter or leaving the field hands the text to the page,
 * Escape gives up. A field the user changed is marked and its tooltip gives the computed value.
 */
final class EstimateCell extends TableCell<EstimateRow, EstimateRow> {
    /** Left plus right cell padding (0.5em each at 13px), kept clear of the wrapping width. */
    private static final double CELL_PADDING = 14;

    /** What a column shows of a row. */
    enum Part { NUMBER, FIELD, AMOUNT }

    /** Receives a typed text for a line's field. */
    interface Commit {
        void accept(EstimateRow row, LineField field, String text);
    }

    private final EstimateViewModel model;
    private final Part part;
    private final LineField field;
    private final boolean numeric;
    private final boolean wrapping;
    private final String accessibleName;
    private final Commit commit;
    private final Text text = new Text();
    private final Tooltip tooltip = new Tooltip();
    private TextField editor;

    EstimateCell(TableColumn<EstimateRow, EstimateRow> column, EstimateViewModel model, Part part, LineField field,
            String accessibleName, Commit commit) {
        this.model = model;
        this.part = part;
        this.field = field;
        this.numeric = part == Part.AMOUNT || field == LineField.QUANTITY || field == LineField.TIMES
                || field == LineField.UNIT_PRICE;
        this.wrapping = field == LineField.CONTENT || field == LineField.BASIS;
        this.accessibleName = accessibleName;
        this.commit = commit;
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(560);
        text.getStyleClass().add(Styles.WRAP_TEXT);
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(CELL_PADDING));
        if (numeric) {
            getStyleClass().add(Styles.NUMBER_CELL);
        }
    }

    @Override
    public void startEdit() {
        EstimateRow row = getItem();
        if (row == null || row.isSection() || part != Part.FIELD || !model.readyProperty().get()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editor = InPlaceTextField.create(row.text(field), accessibleName + " " + row.label(), this::finish);
        editor.setId(BudgetIds.CELL_EDITOR);
        setText(null);
        setGraphic(editor);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        editor.requestFocus();
        editor.selectAll();
    }

    private void finish(boolean keep) {
        if (editor == null) {
            return;
        }
        String typed = editor.getText();
        EstimateRow row = getItem();
        editor = null;
        cancelEdit();
        if (keep && row != null && !typed.equals(row.text(field))) {
            commit.accept(row, field, typed);
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        editor = null;
        show(getItem(), isEmpty());
    }

    @Override
    protected void updateItem(EstimateRow row, boolean empty) {
        super.updateItem(row, empty);
        if (isEditing() && editor != null) {
            return;
        }
        show(row, empty);
    }

    private void show(EstimateRow row, boolean empty) {
        getStyleClass().removeAll(Styles.EDITED_CELL, Styles.MISSING_VALUE);
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        String value = switch (part) {
            case NUMBER -> row.number();
            case AMOUNT -> row.amount();
            case FIELD -> row.text(field);
        };
        String hint = part == Part.FIELD ? model.editedHint(row, field) : null;
        if (hint != null) {
            getStyleClass().add(Styles.EDITED_CELL);
        }
        if (part == Part.FIELD && field == LineField.UNIT_PRICE && row.missingPrice()) {
            getStyleClass().add(Styles.MISSING_VALUE);
            value = model.missingPriceText();
        }
        if (wrapping) {
            text.setText(value);
            setText(null);
            setGraphic(text);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        } else {
            setGraphic(null);
            setText(value);
            setContentDisplay(ContentDisplay.TEXT_ONLY);
        }
        String tip = hint != null ? hint : wrapping && !value.isEmpty() ? value : null;
        if (tip == null) {
            setTooltip(null);
        } else {
            tooltip.setText(tip);
            setTooltip(tooltip);
        }
        setAccessibleText(value.isEmpty() ? accessibleName : accessibleName + ": " + value + (hint == null ? "" : ". " + hint));
    }
}
