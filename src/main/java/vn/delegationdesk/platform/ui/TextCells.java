package vn.delegationdesk.platform.ui;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * Table cells for long Vietnamese text. A cell's own text never wraps to the row height, so these show a
 * node instead: a {@link Text} whose wrapping width follows the column (the row grows to fit), or a label
 * clamped to two lines that ends in an ellipsis and carries the full text as tooltip.
 */
public final class TextCells {
    /** Left plus right cell padding (0.5em each at 13px), kept clear of the wrapping width. */
    private static final double CELL_PADDING = 14;

    private TextCells() {
    }

    public static <S, T> Callback<TableColumn<S, T>, TableCell<S, T>> wrapping() {
        return column -> new WrappingCell<>(column);
    }

    public static <S, T> Callback<TableColumn<S, T>, TableCell<S, T>> clamped() {
        return column -> new ClampedCell<>();
    }

    private static final class WrappingCell<S, T> extends TableCell<S, T> {
        private final Text text = new Text();

        WrappingCell(TableColumn<S, T> column) {
            text.getStyleClass().add(Styles.WRAP_TEXT);
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(CELL_PADDING));
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
            } else {
                text.setText(item.toString());
                setAccessibleText(item.toString());
                setGraphic(text);
            }
        }
    }

    private static final class ClampedCell<S, T> extends TableCell<S, T> {
        private final Label label = new Label();
        private final Tooltip tooltip = new Tooltip();

        ClampedCell() {
            label.getStyleClass().add(Styles.CLAMP_LABEL);
            label.setMaxWidth(Double.MAX_VALUE);
            label.prefWidthProperty().bind(widthProperty().subtract(CELL_PADDING));
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(560);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
            } else {
                label.setText(item.toString());
                tooltip.setText(item.toString());
                setAccessibleText(item.toString());
                setGraphic(label);
                setTooltip(tooltip);
            }
        }
    }
}
