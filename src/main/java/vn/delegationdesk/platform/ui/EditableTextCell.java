package vn.delegationdesk.platform.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * The table cell for text edited in place. It shows the text of its item ({@link Layout}: a label clamped to two
 * lines, the text wrapped to the column's width, or one plain line for figures) as the table wants it seen
 * ({@link Look}: another text such as "chưa có giá", style classes such as an edited cell's, a tooltip and what a
 * screen reader says). A double click, or F2 or Enter with {@link #editOnEnterOrF2}, edits the text in a text field;
 * Enter or leaving the field hands what was typed to {@code commit} when it differs from the item's text, Escape
 * gives up. An item that may not be edited (a section's row) does not start editing. The model decides whether to
 * take the text; the table then shows what it holds.
 *
 * <p>{@link #EditableTextCell(ObjIntConsumer, String)} makes the plain cell of a text column: the text clamped to two
 * lines with the whole text as tooltip, "name: text" for screen readers. {@link #cells} makes the cells of a column
 * that shows more.
 */
public final class EditableTextCell<S, T> extends TableCell<S, T> {
    /** Left plus right cell padding (0.5em each at 13px), kept clear of the text's width. */
    private static final double CELL_PADDING = 14;

    /** How the text sits in the cell. */
    public enum Layout {
        /** A label clamped to two lines that ends in an ellipsis. */
        CLAMPED,
        /** The whole text, wrapped to the column's width; the row grows to fit. */
        WRAPPED,
        /** The cell's own single line, as for figures. */
        PLAIN
    }

    /**
     * What a cell shows for an item: its text, its tooltip (null: none), what a screen reader says, and style classes,
     * which go again when the cell shows another item.
     */
    public record Look(String text, String tooltip, String accessibleText, List<String> styleClasses) {
        public Look {
            styleClasses = List.copyOf(styleClasses);
        }
    }

    /** Receives the text typed over an item: the item, the index of its row, the text. */
    @FunctionalInterface
    public interface Commit<T> {
        void accept(T item, int index, String text);
    }

    private final Spec<T> spec;
    private final Label label = new Label();
    private final Text wrapped = new Text();
    private final Tooltip tooltip = new Tooltip();
    /** The style classes the shown item's look added. */
    private final List<String> marks = new ArrayList<>();
    private TextField editor;

    /** The plain cell of a text column; {@code commit} gets the typed text and the row's index. */
    public EditableTextCell(ObjIntConsumer<String> commit, String accessibleName) {
        this(EditableTextCell.<S, T>cells(Object::toString, accessibleName, (item, index, text) -> commit.accept(text, index))
                .spec(), null);
    }

    private EditableTextCell(Spec<T> spec, TableColumn<S, T> column) {
        this.spec = spec;
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(560);
        switch (spec.layout()) {
            case CLAMPED -> {
                label.getStyleClass().add(Styles.CLAMP_LABEL);
                label.setMaxWidth(Double.MAX_VALUE);
                label.prefWidthProperty().bind(widthProperty().subtract(CELL_PADDING));
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }
            case WRAPPED -> {
                wrapped.getStyleClass().add(Styles.WRAP_TEXT);
                wrapped.wrappingWidthProperty().bind(Objects.requireNonNull(column, "column").widthProperty()
                        .subtract(CELL_PADDING));
            }
            case PLAIN -> {
                // The cell's own text needs nothing more.
            }
            default -> throw new IllegalStateException(spec.layout().name());
        }
    }

    /**
     * The cells of a column: {@code text} is an item's text as typed over (and shown, unless a {@link Cells#look}
     * says otherwise), {@code accessibleName} the column's name for screen readers.
     */
    public static <S, T> Cells<S, T> cells(Function<? super T, String> text, String accessibleName, Commit<? super T> commit) {
        return new Cells<>(text, accessibleName, commit);
    }

    /** Enter or F2 on the focused cell of {@code table} starts editing it, while no cell is being edited. */
    public static <S> void editOnEnterOrF2(TableView<S> table) {
        table.setOnKeyPressed(event -> {
            if (table.getEditingCell() != null) {
                return;
            }
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.F2) {
                @SuppressWarnings("unchecked") // JavaFX declares the focused cell as a raw TablePosition.
                TablePosition<S, ?> focused = table.getFocusModel().getFocusedCell();
                if (focused != null && focused.getRow() >= 0 && focused.getTableColumn() != null) {
                    table.edit(focused.getRow(), focused.getTableColumn());
                }
                event.consume();
            }
        });
    }

    @Override
    public void startEdit() {
        if (!spec.editable().test(getItem())) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        T item = getItem();
        editor = InPlaceTextField.create(textOf(item), spec.editorName().apply(item), this::finish);
        if (spec.editorId() != null) {
            editor.setId(spec.editorId());
        }
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
        T item = getItem();
        int index = getIndex();
        editor = null;
        cancelEdit();
        if (keep && !typed.equals(textOf(item))) {
            spec.commit().accept(item, index, typed);
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        editor = null;
        show(getItem(), isEmpty());
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (isEditing() && editor != null) {
            return;
        }
        show(item, empty);
    }

    private String textOf(T item) {
        return item == null ? null : spec.text().apply(item);
    }

    private void show(T item, boolean empty) {
        getStyleClass().removeAll(marks);
        marks.clear();
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        Look look = spec.look().apply(item);
        marks.addAll(look.styleClasses());
        getStyleClass().addAll(marks);
        switch (spec.layout()) {
            case CLAMPED -> {
                label.setText(look.text());
                setGraphic(label);
            }
            case WRAPPED -> {
                wrapped.setText(look.text());
                setText(null);
                setGraphic(wrapped);
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }
            case PLAIN -> {
                setGraphic(null);
                setText(look.text());
                setContentDisplay(ContentDisplay.TEXT_ONLY);
            }
            default -> throw new IllegalStateException(spec.layout().name());
        }
        if (look.tooltip() == null) {
            setTooltip(null);
        } else {
            tooltip.setText(look.tooltip());
            setTooltip(tooltip);
        }
        setAccessibleText(look.accessibleText());
    }

    /** How the cells of one column show and edit their items; a snapshot of {@link Cells}. */
    private record Spec<T>(Function<? super T, String> text, Commit<? super T> commit, Layout layout,
            Function<? super T, Look> look, Predicate<? super T> editable, Function<? super T, String> editorName,
            String editorId) {
    }

    /**
     * Makes the cells of one column, for {@code setCellFactory}. By default they show the text clamped to two lines,
     * with the whole text as tooltip and "name: text" for screen readers, and every item may be edited.
     */
    public static final class Cells<S, T> implements Callback<TableColumn<S, T>, TableCell<S, T>> {
        private final Function<? super T, String> text;
        private final Commit<? super T> commit;
        private Layout layout = Layout.CLAMPED;
        private Function<? super T, Look> look;
        private Predicate<? super T> editable = item -> true;
        private Function<? super T, String> editorName;
        private String editorId;

        private Cells(Function<? super T, String> text, String accessibleName, Commit<? super T> commit) {
            this.text = text;
            this.commit = commit;
            this.look = item -> {
                String shown = text.apply(item);
                return new Look(shown, shown.isEmpty() ? null : shown, accessibleName + ": " + shown, List.of());
            };
            this.editorName = item -> accessibleName;
        }

        public Cells<S, T> layout(Layout value) {
            layout = value;
            return this;
        }

        /** What a cell shows for a (non-null) item instead of the plain look. */
        public Cells<S, T> look(Function<? super T, Look> value) {
            look = value;
            return this;
        }

        /** Only items that pass (the item may be null) start editing. */
        public Cells<S, T> editableWhen(Predicate<? super T> value) {
            editable = value;
            return this;
        }

        /** The text field's id (null: none) and what a screen reader calls it, for the item edited. */
        public Cells<S, T> editor(String id, Function<? super T, String> name) {
            editorId = id;
            editorName = name;
            return this;
        }

        private Spec<T> spec() {
            return new Spec<>(text, commit, layout, look, editable, editorName, editorId);
        }

        @Override
        public TableCell<S, T> call(TableColumn<S, T> column) {
            return new EditableTextCell<>(spec(), column);
        }
    }
}
