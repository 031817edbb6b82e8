package vn.delegationdesk.delegation.responsibility.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Pages;
import vn.delegationdesk.platform.ui.Reveal;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.TextCells;

/**
 * "Tổ chức thực hiện" as an editor: the blocks in a table (add, delete, move up and down) beside the
 * {@link ResponsibilityFormPane form} of the selected block. Only builds, lays out, binds and wires; every rule is
 * in {@link ResponsibilitiesEditorViewModel}.
 */
public final class ResponsibilitiesEditorPage {
    private final ResponsibilitiesEditorViewModel model;
    private final Messages messages;

    private final TableView<ResponsibilityRow> table = new TableView<>();
    private final Label count = Nodes.label("", Styles.MUTED);
    private final Button add = new Button();
    private final Button delete = new Button();
    private final Button moveUp = new Button();
    private final Button moveDown = new Button();
    private final ResponsibilityFormPane form;
    private final SplitPane root = new SplitPane();

    public ResponsibilitiesEditorPage(ResponsibilitiesEditorViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.form = new ResponsibilityFormPane(model, messages);
        createParts();
        layoutParts();
        bind();
        wire();
    }

    public Node node() {
        return root;
    }

    // ---- create ----------------------------------------------------------------------------------------------

    private void createParts() {
        root.setId(ResponsibilityIds.EDITOR);
        createTable();
        Buttons.configure(add, ResponsibilityIds.ADD, messages, "ui.responsibility.editor.add", "ui.responsibility.editor.add.accessible");
        add.getStyleClass().add(Styles.PRIMARY_BUTTON);
        Buttons.configure(delete, ResponsibilityIds.DELETE, messages, "ui.responsibility.editor.delete",
                "ui.responsibility.editor.delete.accessible");
        Buttons.configure(moveUp, ResponsibilityIds.MOVE_UP, messages, "ui.responsibility.editor.moveUp",
                "ui.responsibility.editor.moveUp.accessible");
        Buttons.configure(moveDown, ResponsibilityIds.MOVE_DOWN, messages, "ui.responsibility.editor.moveDown",
                "ui.responsibility.editor.moveDown.accessible");
    }

    private void createTable() {
        table.setId(ResponsibilityIds.TABLE);
        table.setAccessibleText(messages.get("ui.responsibility.editor.table.accessible"));
        table.setPlaceholder(Pages.muted(messages.get("ui.responsibility.editor.table.placeholder")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setItems(model.blocks());
        TableColumn<ResponsibilityRow, String> number = column("ui.responsibility.editor.column.number",
                ResponsibilityRow::number, 44, 44);
        TableColumn<ResponsibilityRow, String> unitColumn = column("ui.responsibility.editor.column.unit",
                ResponsibilityRow::unit, 230, 140);
        unitColumn.setCellFactory(c -> new UnitCell(unitColumn));
        table.getColumns().add(number);
        table.getColumns().add(unitColumn);
        table.getColumns().add(column("ui.responsibility.editor.column.role", ResponsibilityRow::role, 80, 80));
        table.getColumns().add(column("ui.responsibility.editor.column.due", ResponsibilityRow::due, 96, 96));
        table.getColumns().add(column("ui.responsibility.editor.column.status", ResponsibilityRow::status, 124, 124));
        table.getColumns().add(column("ui.responsibility.editor.column.duties", ResponsibilityRow::duties, 76, 76));
    }

    /** Columns keep the blocks' own order: it is the order of the plan, so none of them sorts. */
    private TableColumn<ResponsibilityRow, String> column(String key, Function<ResponsibilityRow, String> value,
            double width, double minWidth) {
        TableColumn<ResponsibilityRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        return column;
    }

    // ---- lay out ---------------------------------------------------------------------------------------------

    private void layoutParts() {
        HBox tableHeader = Nodes.hbox(Styles.EDITOR_HEADER,
                Nodes.label(messages.get("ui.responsibility.editor.heading"), Styles.SECTION_TITLE), count);
        HBox tableButtons = Nodes.hbox(Styles.DUTY_TOOLBAR, add, moveUp, moveDown, Nodes.hspacer(), delete);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox blocks = Nodes.vbox(Styles.EDITOR_PANE, tableHeader, table, tableButtons);
        blocks.setMinWidth(420);

        root.getStyleClass().add(Styles.RESPONSIBILITY_EDITOR);
        root.getItems().setAll(blocks, form.node());
        root.setDividerPositions(0.5);
        SplitPane.setResizableWithParent(blocks, false);
    }

    // ---- bind ------------------------------------------------------------------------------------------------

    private void bind() {
        count.textProperty().bind(model.countTextProperty());
        delete.disableProperty().bind(model.hasSelectionProperty().not());
        moveUp.disableProperty().bind(model.canMoveUpProperty().not());
        moveDown.disableProperty().bind(model.canMoveDownProperty().not());
        // A block chosen by a command (added, moved) is scrolled to; one the user clicked is in view already.
        model.selectedIndexProperty().addListener((observable, old, index) -> {
            if (index.intValue() >= 0 && table.getSelectionModel().getSelectedIndex() != index.intValue()) {
                table.scrollTo(index.intValue());
            }
        });
        Forms.syncSelection(table, model.selectedIndexProperty(), model::isRefreshing);
    }

    // ---- wire ------------------------------------------------------------------------------------------------

    private void wire() {
        add.setOnAction(event -> {
            model.addBlock();
            Reveal.showRow(table, model.selectedIndexProperty().get());
            form.focusUnit();
        });
        delete.setOnAction(event -> model.deleteBlock());
        moveUp.setOnAction(event -> model.moveUp());
        moveDown.setOnAction(event -> model.moveDown());
    }

    /** The unit, wrapping to the column's width (the row grows), or a red hint where the required name is missing. */
    private static final class UnitCell extends TableCell<ResponsibilityRow, String> {
        /** Left plus right cell padding, as in {@link TextCells}. */
        private static final double CELL_PADDING = 14;
        private final Text text = new Text();

        UnitCell(TableColumn<ResponsibilityRow, String> column) {
            text.getStyleClass().add(Styles.WRAP_TEXT);
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(CELL_PADDING));
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.getStyleClass().remove(Styles.MISSING_VALUE);
            ResponsibilityRow row = empty ? null : getTableRow().getItem();
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
            setAccessibleText(empty ? null : item);
            if (row != null && row.missingUnit()) {
                text.getStyleClass().add(Styles.MISSING_VALUE);
            }
        }
    }
}
