package vn.delegationdesk.abroad.rates.ui;

import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.stage.Modality;
import javafx.stage.Window;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.abroad.rates.ui.ForeignRateSetsViewModel.Field;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.DateField;
import vn.delegationdesk.platform.ui.EditableTextCell;
import vn.delegationdesk.platform.ui.FieldDecorations;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.Theme;

/**
 * "Bộ định mức công tác nước ngoài" over a {@link ForeignRateSetsViewModel}: the sets on the left, the selected set's
 * fields and its rates on the right (every text cell edited in place: double click, F2 or Enter; "đã đối chiếu" as a check
 * box), "Thêm mức", "Xóa mức", the problems of a refused save, "Lưu" and "Hoàn tác". Closing with unsaved changes asks
 * first. Only lays out, binds and wires.
 */
public final class ForeignRateSetsDialog extends Dialog<ButtonType> {
    public static final String DIALOG = "foreign-rate-sets-dialog";
    public static final String LIST = "foreign-rate-sets-list";
    public static final String HEADING = "foreign-rate-set-heading";
    public static final String NAME = "foreign-rate-set-name";
    public static final String DOCUMENT = "foreign-rate-set-document";
    public static final String FROM = "foreign-rate-set-from";
    public static final String TO = "foreign-rate-set-to";
    public static final String NOTES = "foreign-rate-set-notes";
    public static final String RATES = "foreign-rate-set-rates";
    public static final String ADD_RATE = "foreign-rate-set-add-rate";
    public static final String REMOVE_RATE = "foreign-rate-set-remove-rate";
    public static final String ERRORS = "foreign-rate-set-errors";
    public static final String ROLE_REFUSAL = "foreign-rate-set-role-refusal";
    public static final String NOTICE = "foreign-rate-set-notice";
    public static final String SAVE = "foreign-rate-set-save";
    public static final String REVERT = "foreign-rate-set-revert";

    private final ForeignRateSetsViewModel model;
    private final Messages messages;
    private final ListView<ForeignRateSet> list = new ListView<>();
    private final TableView<ForeignRateRow> table = new TableView<>();

    public ForeignRateSetsDialog(Window owner, ForeignRateSetsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        if (owner != null) {
            initOwner(owner);
        }
        initModality(Modality.WINDOW_MODAL);
        setTitle(messages.get("abroad.rateSets.editor.title"));
        setResizable(true);
        DialogPane pane = getDialogPane();
        pane.setId(DIALOG);
        pane.getStylesheets().add(Theme.stylesheetUrl());
        pane.getStyleClass().addAll(Styles.ROOT, Styles.RATE_SETS_DIALOG);
        pane.setPrefSize(1300, 690);
        Node form = form();
        HBox body = new HBox(side(), form);
        HBox.setHgrow(form, Priority.ALWAYS);
        pane.setContent(body);
        ButtonType close = new ButtonType(messages.get("ui.dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(close);
        pane.lookupButton(close).addEventFilter(ActionEvent.ACTION, event -> {
            if (!model.mayClose()) {
                event.consume();
            }
        });
        setOnCloseRequest(event -> {
            if (getResult() == null && !model.mayClose()) {
                event.consume();
            }
        });
        wireList();
    }

    // ---- the sets --------------------------------------------------------------------------------------

    private Node side() {
        list.setId(LIST);
        list.setItems(model.sets());
        list.setAccessibleText(messages.get("abroad.rateSets.editor.list.accessible"));
        list.setPlaceholder(Nodes.wrapping(messages.get("ui.rateSets.list.empty"), Styles.MUTED));
        list.setCellFactory(view -> new ListCell<>() {
            private final Label title = Nodes.label("", Styles.TEXT);
            private final Label detail = Nodes.label("", Styles.MUTED);
            private final VBox box = new VBox(title, detail);
            private final Tooltip tip = new Tooltip();

            {
                box.setMinWidth(0);
                box.maxWidthProperty().bind(view.widthProperty().subtract(24));
                box.prefWidthProperty().bind(box.maxWidthProperty());
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(ForeignRateSet set, boolean empty) {
                super.updateItem(set, empty);
                if (empty || set == null) {
                    setGraphic(null);
                    setTooltip(null);
                    setAccessibleText(null);
                    return;
                }
                title.setText(set.name());
                detail.setText(model.describe(set));
                tip.setText(set.name() + "\n" + model.describe(set));
                setTooltip(tip);
                setAccessibleText(set.name() + ", " + model.describe(set));
                setGraphic(box);
            }
        });
        VBox side = new VBox(list);
        side.getStyleClass().add(Styles.EDITOR_PANE);
        VBox.setVgrow(list, Priority.ALWAYS);
        side.setMinWidth(290);
        side.setPrefWidth(290);
        side.setMaxWidth(290);
        return side;
    }

    private void wireList() {
        list.getSelectionModel().selectedItemProperty().addListener((o, old, set) -> {
            if (set != null && !model.select(set)) {
                Platform.runLater(this::showSelected);
            }
        });
        model.selectedProperty().addListener((o, old, set) -> showSelected());
        model.sets().addListener((ListChangeListener<ForeignRateSet>) change -> showSelected());
    }

    private void showSelected() {
        ForeignRateSet set = model.selectedProperty().get();
        int index = -1;
        for (int i = 0; set != null && i < model.sets().size(); i++) {
            if (model.sets().get(i).id().equals(set.id())) {
                index = i;
            }
        }
        if (index < 0) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedIndex() != index) {
            list.getSelectionModel().select(index);
        }
    }

    // ---- the form --------------------------------------------------------------------------------------

    private Node form() {
        Label heading = Nodes.label("", Styles.SECTION_TITLE);
        heading.setId(HEADING);
        heading.textProperty().bind(model.formTitleProperty());
        TextField name = text(NAME, "ui.rateSets.field.name");
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField document = text(DOCUMENT, "ui.rateSets.field.document");
        document.textProperty().bindBidirectional(model.documentNumberProperty());
        TextField from = DateField.create(model.effectiveFrom(), messages.get("ui.rateSets.date.prompt"));
        name(from, FROM, "ui.rateSets.field.from");
        TextField to = DateField.create(model.effectiveTo(), messages.get("ui.rateSets.date.prompt.open"));
        name(to, TO, "ui.rateSets.field.to");
        TextArea notes = new TextArea();
        name(notes, NOTES, "ui.rateSets.field.notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(2);
        notes.textProperty().bindBidirectional(model.notesProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.FORM_GRID);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        field.setMinWidth(120);
        grid.getColumnConstraints().setAll(label, field, label, field);
        row(grid, 0, 0, "ui.rateSets.field.name", name, 1);
        row(grid, 1, 0, "ui.rateSets.field.document", document, 1);
        Label until = Nodes.label(messages.get("ui.rateSets.field.to"), Styles.FIELD_LABEL);
        until.setMinWidth(Region.USE_PREF_SIZE);
        until.setLabelFor(to);
        from.setMinWidth(Region.USE_PREF_SIZE);
        to.setMinWidth(Region.USE_PREF_SIZE);
        HBox dates = Nodes.hbox(Styles.BUTTON_ROW, from, until, to);
        row(grid, 0, 1, "ui.rateSets.field.from", new VBox(dates, FieldDecorations.reason(from), FieldDecorations.reason(to)), 3);
        row(grid, 0, 2, "ui.rateSets.field.notes", notes, 3);

        String role = model.roleRefusal();
        Button add = Buttons.action(ADD_RATE, messages.get("abroad.rateSets.editor.addRate"),
                messages.get("abroad.rateSets.editor.addRate.accessible"), () -> {
                    model.addRate();
                    table.getSelectionModel().clearAndSelect(model.rows().size() - 1, table.getColumns().get(0));
                    table.scrollTo(model.rows().size() - 1);
                });
        Button remove = Buttons.action(REMOVE_RATE, messages.get("abroad.rateSets.editor.removeRate"),
                messages.get("abroad.rateSets.editor.removeRate.accessible"),
                () -> model.removeRate(table.getSelectionModel().getSelectedIndex()));
        StringBinding noRow = Bindings.createStringBinding(() -> !role.isEmpty() ? role
                : table.getSelectionModel().getSelectedIndex() < 0 ? messages.get("abroad.rateSets.editor.removeRate.none") : "",
                table.getSelectionModel().selectedIndexProperty());
        Label hint = Nodes.wrapping(messages.get("abroad.rateSets.editor.amountsHint"), Styles.MUTED);
        HBox rateButtons = Nodes.hbox(Styles.BUTTON_ROW, Buttons.unavailableWhile(add, new ReadOnlyStringWrapper(role)),
                Buttons.unavailableWhile(remove, noRow), hint);
        HBox.setHgrow(hint, Priority.ALWAYS);

        Label errors = Nodes.wrapping("", Styles.ROSTER_ERROR);
        errors.setId(ERRORS);
        errors.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", model.errors()), model.errors()));
        errors.visibleProperty().bind(Bindings.isNotEmpty(model.errors()));
        errors.managedProperty().bind(errors.visibleProperty());
        Label notice = Nodes.wrapping("", Styles.NOTICE);
        notice.setId(NOTICE);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        Button save = Buttons.action(SAVE, messages.get("ui.rateSets.save"), messages.get("ui.rateSets.save.accessible"), model::save);
        save.getStyleClass().add(Styles.PRIMARY_BUTTON);
        Button revert = Buttons.action(REVERT, messages.get("ui.rateSets.revert"), messages.get("ui.rateSets.revert.accessible"),
                model::revert);
        HBox actions = Nodes.hbox(Styles.BUTTON_ROW, Buttons.unavailableWhile(save, model.changesUnavailable(true)),
                Buttons.unavailableWhile(revert, model.changesUnavailable(false)), notice);
        HBox.setHgrow(notice, Priority.ALWAYS);

        createTable(!role.isEmpty());
        // Greyed buttons alone do not say why: a clerk without the finance role reads it above the table.
        Label refusal = Nodes.wrapping(role, Styles.NOTICE);
        refusal.setId(ROLE_REFUSAL);
        refusal.setVisible(!role.isEmpty());
        refusal.setManaged(!role.isEmpty());
        VBox form = new VBox(heading, grid, refusal, rateButtons, table, errors, actions);
        form.getStyleClass().add(Styles.EDITOR_PANE);
        VBox.setVgrow(table, Priority.ALWAYS);
        form.disableProperty().bind(model.selectedProperty().isNull());
        return form;
    }

    // ---- the rates -------------------------------------------------------------------------------------

    private void createTable(boolean readOnly) {
        table.setId(RATES);
        table.setAccessibleText(messages.get("abroad.rateSets.editor.rates.accessible"));
        table.setPlaceholder(Nodes.wrapping(messages.get("abroad.rateSets.editor.rates.empty"), Styles.MUTED));
        table.setEditable(!readOnly);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setItems(model.rows());
        TableColumn<ForeignRateRow, String> code = column("abroad.rateSets.editor.column.code", ForeignRateRow::code,
                Field.CODE, 110, false);
        TableColumn<ForeignRateRow, String> countries = column("abroad.rateSets.editor.column.countries",
                ForeignRateRow::countriesText, Field.COUNTRIES, 150, false);
        TableColumn<ForeignRateRow, String> name = column("abroad.rateSets.editor.column.name", ForeignRateRow::name,
                Field.NAME, 170, false);
        TableColumn<ForeignRateRow, String> currency = column("abroad.rateSets.editor.column.currency", ForeignRateRow::currency,
                Field.CURRENCY, 80, false);
        TableColumn<ForeignRateRow, String> perDiem = column("abroad.rateSets.editor.column.perDiem", ForeignRateRow::perDiemText,
                Field.PER_DIEM, 170, true);
        TableColumn<ForeignRateRow, String> lodging = column("abroad.rateSets.editor.column.lodgingCap",
                ForeignRateRow::lodgingCapText, Field.LODGING_CAP, 160, true);
        TableColumn<ForeignRateRow, String> basis = column("abroad.rateSets.editor.column.basis", ForeignRateRow::basis,
                Field.BASIS, 180, false);
        TableColumn<ForeignRateRow, Boolean> verified = new TableColumn<>();
        header(verified, messages.get("abroad.rateSets.editor.column.verified"));
        verified.setSortable(false);
        verified.setReorderable(false);
        verified.setPrefWidth(160);
        verified.setMinWidth(156);
        verified.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().verified()));
        verified.setCellFactory(col -> new VerifiedCell(readOnly));
        table.getColumns().setAll(List.of(code, countries, name, currency, perDiem, lodging, basis, verified));
        EditableTextCell.editOnEnterOrF2(table);
    }

    private TableColumn<ForeignRateRow, String> column(String key, Function<ForeignRateRow, String> value, Field field,
            double width, boolean amount) {
        String title = messages.get(key);
        TableColumn<ForeignRateRow, String> column = new TableColumn<>();
        header(column, title);
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 64));
        column.setEditable(true);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        if (amount) {
            column.getStyleClass().add(Styles.NUMBER_CELL);
        }
        column.setCellFactory(EditableTextCell.<ForeignRateRow, String>cells(text -> text, title,
                (item, index, typed) -> model.edit(index, field, typed)).layout(EditableTextCell.Layout.PLAIN)
                .look(item -> look(item, title, amount)));
        return column;
    }

    /**
     * The column's title on two lines when it is long ("Tiền ăn và tiêu / vặt/ngày"), broken at the space nearest its middle,
     * so that it is read whole rather than cut off; a header takes the height of its tallest title.
     */
    private static void header(TableColumn<ForeignRateRow, ?> column, String title) {
        Label header = new Label(twoLines(title));
        header.setTextAlignment(TextAlignment.CENTER);
        header.setMinWidth(0);
        column.setGraphic(header);
    }

    static String twoLines(String title) {
        if (title.length() <= 12) {
            return title;
        }
        int middle = title.length() / 2;
        int best = -1;
        for (int i = 0; i < title.length(); i++) {
            if (title.charAt(i) == ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        return best < 0 ? title : title.substring(0, best) + "\n" + title.substring(best + 1);
    }

    /** The text, or "chưa nhập" (muted) for an amount not entered yet. */
    private EditableTextCell.Look look(String text, String name, boolean amount) {
        boolean unknown = amount && text.isEmpty();
        String shown = unknown ? messages.get("abroad.rateSets.editor.amount.unknown") : text;
        return new EditableTextCell.Look(shown, null, name + ": " + shown, unknown ? List.of(Styles.MUTED) : List.of());
    }

    private TextField text(String id, String key) {
        TextField field = new TextField();
        name(field, id, key);
        return field;
    }

    private void name(Control control, String id, String key) {
        control.setId(id);
        control.setAccessibleText(messages.get(key));
    }

    private void row(GridPane grid, int pair, int row, String key, Node field, int span) {
        Label text = Nodes.label(messages.get(key), Styles.FIELD_LABEL);
        text.setLabelFor(field);
        text.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(text, pair * 2, row);
        grid.add(field, pair * 2 + 1, row, span, 1);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }

    /** "Đã đối chiếu" or "chưa đối chiếu" beside a check box that changes it. */
    private final class VerifiedCell extends TableCell<ForeignRateRow, Boolean> {
        private final CheckBox box = new CheckBox();

        VerifiedCell(boolean readOnly) {
            box.setOnAction(e -> model.setVerified(getIndex(), box.isSelected()));
            box.setMinWidth(Region.USE_PREF_SIZE);
            box.setDisable(readOnly);
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
            box.setText(messages.get(item ? "abroad.rateSets.editor.verified" : "abroad.rateSets.editor.unverified"));
            box.getStyleClass().remove(Styles.QUOTA_SHORT);
            if (!item) {
                box.getStyleClass().add(Styles.QUOTA_SHORT);
            }
            box.setAccessibleText(messages.get("abroad.rateSets.editor.column.verified"));
            setGraphic(box);
        }
    }
}
