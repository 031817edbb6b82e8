package vn.delegationdesk.budget.rates.ui;


import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.EditableTextCell;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.TextCells;

/**
 * The values of the rate set in the form, one row per rate key: its label (wrapped), unit, amount ("chưa có số liệu"
 * while not known) and legal basis, both edited in place ({@link EditableTextCell}: double click, F2 or Enter), and
 * whether it was checked against the legal text, as a check box.
 */
final class RateValuesTable {
    private final RateSetsViewModel model;
    private final Messages messages;
    private final TableView<RateValueRow> values = new TableView<>();

    RateValuesTable(RateSetsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        create();
    }

    Node node() {
        return values;
    }

    private void create() {
        values.setId(RateSetIds.RATE_SET_VALUES);
        values.setAccessibleText(messages.get("ui.rateSets.values.accessible"));
        values.setEditable(true);
        values.getSelectionModel().setCellSelectionEnabled(true);
        values.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        values.setItems(model.values());
        TableColumn<RateValueRow, String> label = column("ui.rateSets.column.key", RateValueRow::label, 300);
        label.setCellFactory(TextCells.wrapping());
        TableColumn<RateValueRow, String> unit = column("ui.rateSets.column.unit", RateValueRow::unit, 92);
        unit.setMinWidth(90);
        TableColumn<RateValueRow, String> amount = column("ui.rateSets.column.amount", RateValueRow::amountText, 118);
        amount.setMinWidth(112);
        amount.getStyleClass().add(Styles.NUMBER_CELL);
        String amountName = messages.get("ui.rateSets.column.amount");
        amount.setCellFactory(EditableTextCell.<RateValueRow, String>cells(text -> text, amountName,
                (item, index, typed) -> model.editAmount(index, typed)).layout(EditableTextCell.Layout.PLAIN)
                .look(item -> amountLook(item, amountName)));
        amount.setEditable(true);
        TableColumn<RateValueRow, String> basis = column("ui.rateSets.column.basis", RateValueRow::basis, 260);
        String basisName = messages.get("ui.rateSets.column.basis");
        basis.setCellFactory(EditableTextCell.<RateValueRow, String>cells(text -> text, basisName,
                (item, index, typed) -> model.editBasis(index, typed)).layout(EditableTextCell.Layout.WRAPPED)
                .look(item -> new EditableTextCell.Look(item, null, basisName + ": " + item, List.of())));
        basis.setEditable(true);
        TableColumn<RateValueRow, Boolean> verified = new TableColumn<>(messages.get("ui.rateSets.column.verified"));
        verified.setSortable(false);
        verified.setReorderable(false);
        verified.setPrefWidth(140);
        verified.setMinWidth(138);
        verified.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().verified()));
        verified.setCellFactory(c -> new VerifiedCell());
        values.getColumns().setAll(List.of(label, unit, amount, basis, verified));
        EditableTextCell.editOnEnterOrF2(values);
    }

    /** An amount, or "chưa có số liệu" (muted) while it is not known. */
    private EditableTextCell.Look amountLook(String amount, String name) {
        boolean unknown = amount.isEmpty();
        String shown = unknown ? messages.get("ui.rateSets.amount.unknown") : amount;
        return new EditableTextCell.Look(shown, null, name + ": " + shown, unknown ? List.of(Styles.MUTED) : List.of());
    }

    private TableColumn<RateValueRow, String> column(String key, Function<RateValueRow, String> value,
            double width) {
        TableColumn<RateValueRow, String> column = new TableColumn<>(messages.get(key));
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 80));
        column.setEditable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** "Đã xác minh" or "chưa xác minh" beside a check box that changes it. */
    private final class VerifiedCell extends TableCell<RateValueRow, Boolean> {
        private final CheckBox box = new CheckBox();

        VerifiedCell() {
            box.setOnAction(e -> model.setVerified(getIndex(), box.isSelected()));
            box.setMinWidth(Region.USE_PREF_SIZE);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(Boolean item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            box.setSelected(item);
            box.setText(messages.get(item ? "ui.rateSets.verified" : "ui.rateSets.unverified"));
            box.getStyleClass().remove(Styles.QUOTA_SHORT);
            if (!item) {
                box.getStyleClass().add(Styles.QUOTA_SHORT);
            }
            box.setAccessibleText(messages.get("ui.rateSets.column.verified"));
            setGraphic(box);
        }
    }
}
