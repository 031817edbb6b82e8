package vn.delegationdesk.budget.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.budget.LodgingMode;
import vn.delegationdesk.budget.StopCategory;
import vn.delegationdesk.budget.rates.ui.ChoiceConverter;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;

/**
 * "Dự toán kinh phí": the rate sets and trip settings on top, what to check, the commands, the estimate table with
 * its sections and lines (edited in place, {@link EstimateTable}), and the total with the amount in words at the
 * bottom. Only lays out, binds and wires; {@code openRateSets} shows the rate-set dialog.
 */
public final class EstimatePage {
    private final EstimateViewModel model;
    private final Messages messages;
    private final Runnable openRateSets;
    private final BorderPane root = new BorderPane();
    private final EstimateTable table;
    private final FlowPane stops = new FlowPane();
    private Button add;
    private Button restore;
    private Button remove;
    private Button regenerate;
    private Button rateSets;
    private Button export;

    public EstimatePage(EstimateViewModel model, Messages messages, Runnable openRateSets) {
        this.model = model;
        this.messages = messages;
        this.openRateSets = openRateSets;
        table = new EstimateTable(model, messages);
        createButtons();
        layoutParts();
    }

    public Node node() {
        return root;
    }

    // ---- header ----------------------------------------------------------------------------------------

    private Node header() {
        ComboBox<RateChoice> national = new ComboBox<>(model.nationalChoices());
        name(national, BudgetIds.NATIONAL, "ui.estimate.header.national");
        national.valueProperty().bindBidirectional(model.nationalChoiceProperty());
        national.setTooltip(new Tooltip(messages.get("ui.estimate.header.national.hint")));
        national.setMaxWidth(Double.MAX_VALUE);
        ComboBox<RateChoice> local = new ComboBox<>(model.localChoices());
        name(local, BudgetIds.LOCAL, "ui.estimate.header.local");
        local.valueProperty().bindBidirectional(model.localChoiceProperty());
        local.setTooltip(new Tooltip(messages.get("ui.estimate.header.local.hint")));
        local.setMaxWidth(Double.MAX_VALUE);
        ComboBox<LodgingMode> lodging = new ComboBox<>();
        lodging.getItems().setAll(LodgingMode.values());
        lodging.setConverter(ChoiceConverter.of(model::label));
        name(lodging, BudgetIds.LODGING, "ui.estimate.header.lodging");
        lodging.valueProperty().bindBidirectional(model.lodgingModeProperty());
        lodging.setTooltip(new Tooltip(messages.get("ui.estimate.header.lodging.hint")));
        lodging.setMinWidth(Region.USE_PREF_SIZE);
        Label info = Nodes.wrapping("", Styles.MUTED);
        info.setId(BudgetIds.RATE_INFO);
        info.textProperty().bind(model.rateInfoProperty());

        stops.setId(BudgetIds.STOPS);
        stops.getStyleClass().add(Styles.ESTIMATE_STOP);
        model.stops().addListener((ListChangeListener<StopRow>) change -> renderStops());
        renderStops();

        GridPane grid = new GridPane();
        grid.getStyleClass().addAll(Styles.FORM_GRID, Styles.ESTIMATE_HEADER);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        ColumnConstraints fixed = new ColumnConstraints();
        fixed.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(label, wide, label, wide, label, fixed, fixed);
        grid.add(fieldLabel("ui.estimate.header.national", national), 0, 0);
        grid.add(national, 1, 0);
        grid.add(fieldLabel("ui.estimate.header.local", local), 2, 0);
        grid.add(local, 3, 0);
        grid.add(fieldLabel("ui.estimate.header.lodging", lodging), 4, 0);
        grid.add(lodging, 5, 0);
        grid.add(rateSets, 6, 0);
        grid.add(fieldLabel("ui.estimate.header.inForce", info), 0, 1);
        grid.add(info, 1, 1, 5, 1);
        grid.add(groundsButton(), 6, 1);
        grid.add(fieldLabel("ui.estimate.header.stops", stops), 0, 2);
        grid.add(stops, 1, 2, 6, 1);
        return grid;
    }

    /** "Thêm vào căn cứ": the circulars behind the rates become legal bases of the plan; the tooltip names them. */
    private Button groundsButton() {
        SpendingGroundsOffer offer = model.grounds();
        Button button = Buttons.action(BudgetIds.ADD_GROUNDS, messages.get("ui.estimate.grounds.add"),
                messages.get("ui.estimate.grounds.add.accessible"), offer::add);
        button.getTooltip().textProperty().bind(offer.descriptionProperty());
        button.disableProperty().bind(offer.availableProperty().not());
        return button;
    }

    private Label fieldLabel(String key, Node field) {
        Label text = Nodes.label(messages.get(key), Styles.FIELD_LABEL);
        text.setLabelFor(field);
        text.setMinWidth(Region.USE_PREF_SIZE);
        return text;
    }

    private void renderStops() {
        List<StopRow> rows = List.copyOf(model.stops());
        if (rows.isEmpty()) {
            stops.getChildren().setAll(Nodes.label(messages.get("ui.estimate.header.noStops"), Styles.MUTED));
            return;
        }
        stops.getChildren().clear();
        for (int i = 0; i < rows.size(); i++) {
            StopRow stop = rows.get(i);
            Label place = Nodes.label(stop.place(), Styles.TEXT);
            place.setMinWidth(Region.USE_PREF_SIZE);
            ComboBox<StopCategory> category = new ComboBox<>();
            category.getItems().setAll(StopCategory.values());
            category.setConverter(ChoiceConverter.of(model::label));
            category.setValue(stop.category());
            category.setId(BudgetIds.STOP_CATEGORY + i);
            category.setAccessibleText(messages.get("ui.estimate.stop.category.accessible", stop.place()));
            category.setTooltip(new Tooltip(messages.get("ui.estimate.stop.category.hint")));
            category.setOnAction(e -> model.setStopCategory(stop.place(), category.getValue()));
            CheckBox host = new CheckBox(messages.get("ui.estimate.stop.host"));
            host.setId(BudgetIds.STOP_HOST + i);
            host.setAccessibleText(messages.get("ui.estimate.stop.host.accessible", stop.place()));
            host.setSelected(stop.hostProvidesRooms());
            host.setOnAction(e -> model.setHostProvidesRooms(stop.place(), host.isSelected()));
            host.setMinWidth(Region.USE_PREF_SIZE);
            HBox box = Nodes.hbox(Styles.BUTTON_ROW, place, category, host);
            stops.getChildren().add(box);
        }
    }

    private void name(Control control, String id, String key) {
        control.setId(id);
        control.setAccessibleText(messages.get(key));
    }

    // ---- warnings, commands --------------------------------------------------------------------------

    private Node warnings() {
        ListView<String> list = new ListView<>(model.warnings());
        list.setId(BudgetIds.WARNING_LIST);
        list.setAccessibleText(messages.get("ui.estimate.warnings.accessible"));
        list.setPrefHeight(96);
        list.setCellFactory(view -> new ListCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add(Styles.WRAP_TEXT);
                text.wrappingWidthProperty().bind(view.widthProperty().subtract(36));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty || item == null ? null : text);
            }
        });
        TitledPane pane = new TitledPane("", list);
        pane.setId(BudgetIds.WARNINGS);
        pane.getStyleClass().add(Styles.ESTIMATE_WARNINGS);
        pane.setExpanded(false);
        pane.textProperty().bind(Bindings.createStringBinding(() -> model.warnings().isEmpty() ? ""
                : messages.get("ui.estimate.warnings", model.warnings().size(), model.warnings().get(0)), model.warnings()));
        pane.visibleProperty().bind(Bindings.isNotEmpty(model.warnings()));
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    private void createButtons() {
        add = Buttons.action(BudgetIds.ADD_LINE, messages.get("ui.estimate.addLine"),
                messages.get("ui.estimate.addLine.accessible"), table::addLine);
        restore = Buttons.action(BudgetIds.RESTORE_LINE, messages.get("ui.estimate.restoreLine"),
                messages.get("ui.estimate.restoreLine.accessible"),
                () -> table.keepPlaceAfter(() -> model.restore(model.selectedProperty().get())));
        remove = Buttons.action(BudgetIds.REMOVE_LINE, messages.get("ui.estimate.removeLine"),
                messages.get("ui.estimate.removeLine.accessible"),
                () -> model.remove(model.selectedProperty().get()));
        regenerate = Buttons.action(BudgetIds.REGENERATE, messages.get("ui.estimate.regenerate"),
                messages.get("ui.estimate.regenerate.accessible"), model::regenerate);
        rateSets = Buttons.action(BudgetIds.RATE_SETS, messages.get("ui.estimate.rateSets"),
                messages.get("ui.estimate.rateSets.accessible"), openRateSets);
        export = Buttons.action(BudgetIds.EXPORT, messages.get("ui.estimate.export"),
                messages.get("ui.estimate.export.accessible"), model::export);
        export.getStyleClass().add(Styles.PRIMARY_BUTTON);
    }

    // ---- layout ----------------------------------------------------------------------------------------

    private void layoutParts() {
        root.setId(BudgetIds.ESTIMATE);
        root.getStyleClass().add(Styles.EDITOR);
        root.setAccessibleText(messages.get("ui.estimate.accessible"));
        Label notice = Nodes.wrapping("", Styles.NOTICE, Styles.ESTIMATE_NOTICE);
        notice.setId(BudgetIds.NOTICE);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        // The commands sit with the total under the table and "Bộ định mức…" beside the rate sets: no toolbar row
        // of its own, so the table keeps its rows on a 768-pixel screen.
        VBox top = new VBox(header(), warnings(), notice);
        root.setTop(top);
        root.setCenter(table.node());

        // A total with lines still unpriced is partial, and says so as the printed estimate does.
        Label totalLabel = Nodes.label("", Styles.ESTIMATE_TOTAL);
        totalLabel.setId(BudgetIds.TOTAL_LABEL);
        totalLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            Estimate shown = model.estimateProperty().get();
            return messages.get(shown == null || shown.complete() ? "ui.estimate.total" : "ui.estimate.total.partial");
        }, model.estimateProperty()));
        Label total = Nodes.label("", Styles.ESTIMATE_TOTAL);
        total.setId(BudgetIds.TOTAL);
        total.textProperty().bind(model.totalProperty());
        total.setMinWidth(Region.USE_PREF_SIZE);
        Label unit = Nodes.label(messages.get("ui.estimate.total.unit"), Styles.MUTED);
        Label words = Nodes.wrapping("", Styles.ESTIMATE_WORDS);
        words.setId(BudgetIds.TOTAL_IN_WORDS);
        words.textProperty().bind(Bindings.createStringBinding(() -> model.totalInWordsProperty().get().isEmpty() ? ""
                : messages.get(model.estimateProperty().get() == null || model.estimateProperty().get().complete()
                        ? "ui.estimate.total.words" : "ui.estimate.total.words.partial", model.totalInWordsProperty().get()),
                model.totalInWordsProperty(), model.estimateProperty()));
        // A greyed command says why when pointed at.
        HBox sum = Nodes.hbox(Styles.BUTTON_ROW, Buttons.unavailableWhile(add, model.editUnavailableProperty()),
                Buttons.unavailableWhile(restore, model.restoreUnavailableProperty()),
                Buttons.unavailableWhile(remove, model.removeUnavailableProperty()),
                Buttons.unavailableWhile(regenerate, model.editUnavailableProperty()), Nodes.hspacer(), totalLabel, total, unit,
                Buttons.unavailableWhile(export, model.exportUnavailableProperty()));
        root.setBottom(Nodes.vbox(Styles.ESTIMATE_FOOTER, sum, words));
    }
}
