package vn.delegationdesk.platform.ui;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A list cell for a long text (a purpose, an exchange topic): the whole text wrapped to the list's width, never a
 * sideways scroll; edited (F2 or a double click) in a text area that wraps as well. Enter or leaving the area keeps
 * what was typed, Escape drops it.
 */
public final class WrappingTextListCell extends ListCell<String> {
    private static final int EDIT_ROWS = 3;

    private final String accessibleName;
    private TextArea editor;

    /** {@code accessibleName}: what a screen reader calls the text being edited ("Mục đích, yêu cầu"). */
    public WrappingTextListCell(String accessibleName) {
        this.accessibleName = accessibleName;
        // As wide as the list, never wider: the text wraps at the list's width and the list needs no sideways scroll.
        setPrefWidth(0);
        setWrapText(true);
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editor = editor(getItem());
        setText(null);
        setGraphic(editor);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        editor.requestFocus();
        editor.selectAll();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        editor = null;
        show(getItem(), isEmpty());
    }

    @Override
    public void commitEdit(String text) {
        editor = null;
        super.commitEdit(text);
        show(getItem(), isEmpty());
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (isEditing() && editor != null) {
            return;
        }
        show(item, empty);
    }

    private void show(String item, boolean empty) {
        setGraphic(null);
        setContentDisplay(ContentDisplay.TEXT_ONLY);
        setText(empty || item == null ? null : item);
        setAccessibleText(empty || item == null ? null : item);
    }

    private TextArea editor(String text) {
        TextArea area = new TextArea(text == null ? "" : text);
        area.setWrapText(true);
        area.setPrefRowCount(EDIT_ROWS);
        area.setMinHeight(USE_PREF_SIZE);
        area.setAccessibleText(accessibleName);
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                finish(area, true);
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                finish(area, false);
                event.consume();
            }
        });
        area.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                finish(area, true);
            }
        });
        return area;
    }

    /** Ends the edit in {@code area} once: keeps the typed text ({@code keep}) or drops it. */
    private void finish(TextArea area, boolean keep) {
        if (editor != area || !isEditing()) {
            return;
        }
        if (keep) {
            commitEdit(area.getText());
        } else {
            cancelEdit();
        }
    }
}
