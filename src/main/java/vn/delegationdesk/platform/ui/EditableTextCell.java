package vn.delegationdesk.platform.ui;

import java.util.function.ObjIntConsumer;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/**
 * A table cell for text edited in place: shows the text clamped to two lines (full text as tooltip); a double
 * click or F2 edits it in a text field; Enter or leaving the field hands the text to {@code commit} with the row
 * index, Escape gives up. The model decides whether to take the text; the table then shows what it holds.
 */
public final class EditableTextCell<S> extends TableCell<S, String> {
    private final ObjIntConsumer<String> commit;
    private final String accessibleName;
    private final Label label = new Label();
    private final Tooltip tooltip = new Tooltip();
    private TextField field;

    public EditableTextCell(ObjIntConsumer<String> commit, String accessibleName) {
        this.commit = commit;
        this.accessibleName = accessibleName;
        label.getStyleClass().add(Styles.CLAMP_LABEL);
        label.setMaxWidth(Double.MAX_VALUE);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(560);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        field = InPlaceTextField.create(getItem(), accessibleName, this::finish);
        setGraphic(field);
        field.requestFocus();
        field.selectAll();
    }

    private void finish(boolean keep) {
        if (field == null) {
            return;
        }
        String text = field.getText();
        int index = getIndex();
        field = null;
        cancelEdit();
        if (keep && !text.equals(getItem())) {
            commit.accept(text, index);
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        field = null;
        show(getItem(), isEmpty());
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (isEditing() && field != null) {
            return;
        }
        show(item, empty);
    }

    private void show(String item, boolean empty) {
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        label.setText(item);
        label.prefWidthProperty().unbind();
        label.prefWidthProperty().bind(widthProperty().subtract(14));
        setGraphic(label);
        tooltip.setText(item);
        setTooltip(item.isEmpty() ? null : tooltip);
        setAccessibleText(accessibleName + ": " + item);
    }
}
