package vn.delegationdesk.delegation.stay.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Pages;
import vn.delegationdesk.platform.ui.Styles;

/**
 * "Lưu trú": whether the nights follow the programme, with the reset; the nights of the trip, one row each; the
 * selected night's stop and accommodation; the stays the nights make and the plan's problems.
 */
public final class StayEditorPage {
    private final StayEditorViewModel model;
    private final Messages messages;

    public StayEditorPage(StayEditorViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Node node() {
        TableView<NightRow> table = nightsTable();
        Node stays = staysCard();
        VBox nights = new VBox(Nodes.label(messages.get("ui.stay.heading"), Styles.SECTION_TITLE), table, stays);
        nights.getStyleClass().add(Styles.PAGE_CONTENT);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(nights, Priority.ALWAYS);
        VBox formPage = new VBox(nightForm());
        formPage.getStyleClass().add(Styles.PAGE_CONTENT);
        ScrollPane formScroll = new ScrollPane(formPage);
        formScroll.setFitToWidth(true);
        formScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        formScroll.getStyleClass().add(Styles.PAGE);
        formScroll.setMinWidth(360);
        formScroll.setPrefWidth(430);
        formScroll.setMaxWidth(480);
        BorderPane root = new BorderPane(new HBox(nights, formScroll));
        root.setTop(statusBar());
        root.getStyleClass().add(Styles.EDITOR);
        return root;
    }

    private Node statusBar() {
        Label status = Nodes.wrapping("", Styles.TEXT);
        status.setId(StayIds.STATUS);
        status.textProperty().bind(model.statusProperty());
        Button reset = Buttons.action(StayIds.RESET, messages.get("ui.stay.reset"), messages.get("ui.stay.reset.accessible"),
                model::followProgramme);
        HBox bar = Nodes.hbox(Styles.EDITOR_TOOLBAR, status, Buttons.unavailableWhile(reset, model.resetUnavailableProperty()));
        HBox.setHgrow(status, Priority.ALWAYS);
        return bar;
    }

    private TableView<NightRow> nightsTable() {
        TableView<NightRow> table = new TableView<>(model.rows());
        table.setId(StayIds.NIGHTS_TABLE);
        table.setAccessibleText(messages.get("ui.stay.nights.accessible"));
        table.setPlaceholder(Pages.muted(messages.get("ui.stay.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setMinHeight(140);
        table.setPrefHeight(190);
        TableColumn<NightRow, String> host = new TableColumn<>();
        Label hostTitle = new Label(messages.get("ui.stay.column.hostProvides.short"));
        hostTitle.setTooltip(new Tooltip(messages.get("ui.stay.column.hostProvides")));
        host.setGraphic(hostTitle);
        host.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().hostProvides() ? "✓" : ""));
        host.setCellFactory(column -> new HostCell());
        host.setPrefWidth(175);
        host.setMinWidth(175);
        table.getColumns().setAll(List.of(
                column("ui.stay.column.night", NightRow::night, 165, 165),
                column("ui.stay.column.place", NightRow::place, 125, 120),
                column("ui.stay.column.hotel", NightRow::hotel, 200, 110),
                column("ui.stay.column.address", NightRow::address, 220, 110),
                column("ui.stay.column.phone", NightRow::phone, 110, 100),
                host));
        Forms.syncSelection(table, model.selectedProperty(), model::isRefreshing);
        return table;
    }

    private TableColumn<NightRow, String> column(String titleKey, Function<NightRow, String> value, double width, double min) {
        TableColumn<NightRow, String> column = new TableColumn<>(messages.get(titleKey));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(min);
        return column;
    }

    private Node nightForm() {
        Label night = Nodes.wrapping("", Styles.FIELD_VALUE);
        night.setId(StayIds.NIGHT);
        night.textProperty().bind(model.nightProperty());
        ComboBox<String> place = new ComboBox<>(model.places());
        Forms.name(place, StayIds.PLACE, messages.get("ui.stay.column.place"));
        place.valueProperty().bindBidirectional(model.placeProperty());
        place.setMaxWidth(Double.MAX_VALUE);
        CheckBox host = new CheckBox(messages.get("ui.stay.column.hostProvides"));
        Forms.name(host, StayIds.HOST_PROVIDES, messages.get("ui.stay.column.hostProvides"));
        host.selectedProperty().bindBidirectional(model.hostProvidesProperty());
        host.setMinWidth(Region.USE_PREF_SIZE);
        CheckBox wholeStay = new CheckBox(messages.get("ui.stay.wholeStay"));
        Forms.name(wholeStay, StayIds.WHOLE_STAY, messages.get("ui.stay.wholeStay.accessible"));
        wholeStay.selectedProperty().bindBidirectional(model.wholeStayProperty());
        wholeStay.setWrapText(true);

        GridPane grid = Forms.grid(1);
        Forms.row(grid, 0, 0, messages.get("ui.stay.column.night"), night, 1);
        Forms.row(grid, 0, 1, messages.get("ui.stay.column.place"), place, 1);
        Forms.row(grid, 0, 2, messages.get("ui.stay.column.hotel"),
                Forms.text(StayIds.HOTEL, messages.get("ui.stay.column.hotel"), model.hotelProperty()), 1);
        Forms.row(grid, 0, 3, messages.get("ui.stay.column.address"),
                Forms.area(StayIds.ADDRESS, messages.get("ui.stay.column.address"), model.addressProperty(), 2), 1);
        Forms.row(grid, 0, 4, messages.get("ui.stay.column.phone"),
                Forms.text(StayIds.PHONE, messages.get("ui.stay.column.phone"), model.phoneProperty()), 1);
        grid.add(host, 1, 5);
        grid.add(wholeStay, 1, 6);
        grid.disableProperty().bind(model.presentProperty().not());
        Label none = Pages.muted(messages.get("ui.stay.form.none"));
        Forms.showWhen(none, model.presentProperty().not());
        VBox form = Forms.card(messages.get("ui.stay.form"), none, grid);
        form.getStyleClass().add(Styles.EDITOR_FORM);
        return form;
    }

    private Node staysCard() {
        VBox stays = Nodes.vbox(Styles.LIST_ROWS);
        stays.setId(StayIds.STAYS);
        Pages.render(model.stays(), stays, texts -> Pages.lines(texts, Styles.TEXT));
        VBox problems = Nodes.vbox(Styles.LIST_ROWS);
        problems.setId(StayIds.PROBLEMS);
        Pages.render(model.problems(), problems, texts -> Pages.lines(texts, Styles.FORM_ERROR));
        return Forms.card(messages.get("ui.stay.stays"), stays, problems);
    }

    /** The host's check box of a night, changed in place. */
    private final class HostCell extends TableCell<NightRow, String> {
        private final CheckBox box = new CheckBox();

        HostCell() {
            box.setAccessibleText(messages.get("ui.stay.column.hostProvides"));
            box.setOnAction(event -> model.setHostProvides(getIndex(), box.isSelected()));
            setGraphic(null);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                box.setSelected(!item.isEmpty());
                setGraphic(box);
            }
        }
    }
}
