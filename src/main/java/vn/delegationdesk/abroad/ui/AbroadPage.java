package vn.delegationdesk.abroad.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.converter.DefaultStringConverter;
import vn.delegationdesk.abroad.PassportType;
import vn.delegationdesk.abroad.ui.AbroadInputsViewModel.PriceEntry;
import vn.delegationdesk.abroad.ui.AbroadRows.EstimateRow;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Pages;
import vn.delegationdesk.platform.ui.Styles;

/**
 * The page of "Đi nước ngoài" at 1366×768, scrolling: the switch, the save button and its unsaved mark on top; on the
 * left the stops, the flights, the rate, the estimate's prices and the passports (with each member's flight class) as
 * rows of fields typed in place, zones chosen from {@link ZoneChoices} or typed; on the right what stops the save, what
 * to check and the days and nights per country; the estimate lines across the bottom.
 */
final class AbroadPage {
    private final AbroadViewModel model;
    private final AbroadPapersCommand papers;
    private final Messages messages;
    /** Undoes the bindings of the row fields shown before a table was rebuilt. */
    private final List<Runnable> stopBindings = new ArrayList<>();
    private final List<Runnable> legBindings = new ArrayList<>();
    private final List<Runnable> passportBindings = new ArrayList<>();
    private final List<Runnable> otherCostBindings = new ArrayList<>();

    AbroadPage(AbroadViewModel model, AbroadPapersCommand papers, Messages messages) {
        this.model = model;
        this.papers = papers;
        this.messages = messages;
    }

    Node node() {
        VBox content = new VBox(12, top(), body());
        content.setPadding(new Insets(12));
        content.setId(AbroadIds.PAGE);
        return Pages.scrolling(content);
    }

    private Node top() {
        CheckBox outbound = new CheckBox(messages.get("ui.abroad.outbound"));
        Forms.name(outbound, AbroadIds.OUTBOUND, messages.get("ui.abroad.outbound"));
        outbound.setSelected(model.outboundProperty().get());
        model.outboundProperty().addListener((o, old, on) -> outbound.setSelected(on));
        outbound.setOnAction(event -> {
            model.setOutbound(outbound.isSelected());
            outbound.setSelected(model.outboundProperty().get());
        });
        outbound.disableProperty().bind(model.editableProperty().not().or(model.busyProperty()));
        Button save = Buttons.action(AbroadIds.SAVE, messages.get("ui.abroad.save"), messages.get("ui.abroad.save"), model::save);
        save.getStyleClass().add(Styles.PRIMARY_BUTTON);
        save.disableProperty().bind(model.dirtyProperty().not().or(model.outboundProperty().not()).or(model.busyProperty()));
        Label dirty = Nodes.label(messages.get("ui.abroad.unsaved"), Styles.CHIP_WARNING);
        dirty.setId(AbroadIds.DIRTY);
        Forms.showWhen(dirty, model.dirtyProperty());
        Label status = Nodes.wrapping("", Styles.MUTED);
        status.setId(AbroadIds.STATUS);
        status.textProperty().bind(model.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        MenuButton print = new MenuButton(messages.get("abroad.papers.menu"));
        print.setId(AbroadIds.PAPERS);
        for (AbroadPapers.Kind kind : AbroadPapers.Kind.values()) {
            if (kind.extension().equals("pdf") && !print.getItems().isEmpty()) {
                print.getItems().add(new SeparatorMenuItem());
            }
            MenuItem item = new MenuItem(messages.get(kind.labelKey()));
            item.setId(AbroadIds.PAPERS + "-" + kind.name().toLowerCase(Locale.ROOT));
            item.setOnAction(event -> papers.print(kind));
            print.getItems().add(item);
        }
        print.disableProperty().bind(model.outboundProperty().not().or(model.busyProperty()));
        for (Region fixed : new Region[] {outbound, save, dirty, print}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.setMinWidth(0);
        HBox bar = new HBox(16, outbound, save, dirty, print, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node body() {
        // The passports last: one row per member, 37 for the sample, would push the rate and the prices far down.
        VBox left = new VBox(12, stops(), legs(), rate(), inputs(), otherCosts(), passports());
        HBox.setHgrow(left, Priority.ALWAYS);
        VBox right = new VBox(12, calendar(), problems(), warnings());
        right.setPrefWidth(380);
        right.setMinWidth(340);
        right.setMaxWidth(420);
        HBox columns = new HBox(16, left, right);
        VBox body = new VBox(12, columns, estimate());
        Forms.showWhen(body, model.outboundProperty());
        return body;
    }

    // ---- the rows typed in place ----------------------------------------------------------------------------

    private Node stops() {
        GridPane grid = rowGrid();
        String[] headers = {"ui.abroad.col.code", "ui.abroad.col.name", "ui.abroad.col.city", "ui.abroad.col.zone",
            "ui.abroad.col.arrivalDate", "ui.abroad.col.departureDate"};
        int[] widths = {60, 130, 130, 160, 100, 100};
        rebuild(model.stops(), grid, stopBindings, headers, (row, i) -> {
            StringProperty[] fields = {row.code, row.name, row.city, row.zone, row.arrival, row.departure};
            String[] names = {"code", "name", "city", "zone", "arrival", "departure"};
            String[] prompts = {"KR", "Hàn Quốc", "Seoul", "Asia/Seoul", "dd/MM/yyyy", "dd/MM/yyyy"};
            List<Node> cells = fields(AbroadIds.STOP + i + "-", fields, names, prompts, widths, headers, stopBindings);
            cells.set(3, zone(AbroadIds.STOP + i + "-zone", messages.get(headers[3]), row.zone, prompts[3], widths[3], stopBindings));
            cells.add(removeButton(AbroadIds.STOP + i + "-remove", () -> model.removeStop(row)));
            return cells;
        });
        return rowsCard("ui.abroad.section.stops", grid, model.stops(), AbroadIds.STOP_ADD, "ui.abroad.stop.add", model::addStop);
    }

    private Node legs() {
        GridPane grid = rowGrid();
        String[] headers = {"ui.abroad.col.number", "ui.abroad.col.from", "ui.abroad.col.departure", "ui.abroad.col.zone",
            "ui.abroad.col.to", "ui.abroad.col.arrival", "ui.abroad.col.zone"};
        int[] widths = {64, 76, 130, 160, 76, 130, 160};
        rebuild(model.legs(), grid, legBindings, headers, (row, i) -> {
            StringProperty[] fields = {row.number, row.from, row.departure, row.fromZone, row.to, row.arrival, row.toZone};
            String[] names = {"number", "from", "departure", "fromZone", "to", "arrival", "toZone"};
            String[] prompts = {"VN416", "Hà Nội", "dd/MM/yyyy HH:mm", "Asia/Ho_Chi_Minh", "Incheon", "dd/MM/yyyy HH:mm", "Asia/Seoul"};
            List<Node> cells = fields(AbroadIds.LEG + i + "-", fields, names, prompts, widths, headers, legBindings);
            cells.set(3, zone(AbroadIds.LEG + i + "-fromZone", messages.get("abroad.field.leg.fromZone", i + 1), row.fromZone,
                    prompts[3], widths[3], legBindings));
            cells.set(6, zone(AbroadIds.LEG + i + "-toZone", messages.get("abroad.field.leg.toZone", i + 1), row.toZone,
                    prompts[6], widths[6], legBindings));
            cells.add(removeButton(AbroadIds.LEG + i + "-remove", () -> model.removeLeg(row)));
            return cells;
        });
        return rowsCard("ui.abroad.section.legs", grid, model.legs(), AbroadIds.LEG_ADD, "ui.abroad.leg.add", model::addLeg);
    }

    private Node passports() {
        GridPane grid = rowGrid();
        String[] headers = {"ui.abroad.col.member", "ui.abroad.col.passport", "ui.abroad.col.passportType", "ui.abroad.col.expiry",
            "ui.abroad.col.flightClass"};
        rebuild(model.passports(), grid, passportBindings, headers, (row, i) -> {
            Label name = Nodes.label(row.memberName(), Styles.TEXT);
            name.setPrefWidth(180);
            List<Node> cells = new ArrayList<>();
            cells.add(name);
            cells.addAll(fields(AbroadIds.PASSPORT + i + "-", new StringProperty[] {row.number}, new String[] {"number"},
                    new String[] {""}, new int[] {120}, new String[] {headers[1]}, passportBindings));
            ComboBox<PassportType> type = new ComboBox<>();
            type.getItems().setAll(PassportType.values());
            type.setConverter(new StringConverter<>() {
                @Override
                public String toString(PassportType value) {
                    return value == null ? "" : value.label();
                }

                @Override
                public PassportType fromString(String text) {
                    return null;
                }
            });
            Forms.name(type, AbroadIds.PASSPORT + i + "-type", messages.get(headers[2]) + " – " + row.memberName());
            type.setPrefWidth(190);
            type.valueProperty().bindBidirectional(row.type);
            passportBindings.add(() -> type.valueProperty().unbindBidirectional(row.type));
            cells.add(type);
            cells.addAll(fields(AbroadIds.PASSPORT + i + "-", new StringProperty[] {row.expiry}, new String[] {"expiry"},
                    new String[] {"dd/MM/yyyy"}, new int[] {110}, new String[] {headers[3]}, passportBindings));
            cells.add(flightClass(AbroadIds.PASSPORT + i + "-class", messages.get(headers[4]) + " – " + row.memberName(),
                    model.inputs().flightClassProperty(row.memberId())));
            return cells;
        });
        return Forms.card(messages.get("ui.abroad.section.passports"), grid);
    }

    private Node rate() {
        GridPane grid = Forms.grid(2);
        TextField currency = Forms.text(AbroadIds.RATE_CURRENCY, messages.get("ui.abroad.rate.currency"), model.rateCurrencyProperty());
        TextField value = Forms.text(AbroadIds.RATE_VALUE, messages.get("ui.abroad.rate.value"), model.rateValueProperty());
        value.setPromptText("25.345,5");
        TextField date = Forms.text(AbroadIds.RATE_DATE, messages.get("ui.abroad.rate.date"), model.rateDateProperty());
        date.setPromptText("dd/MM/yyyy");
        TextField source = Forms.text(AbroadIds.RATE_SOURCE, messages.get("ui.abroad.rate.source"), model.rateSourceProperty());
        source.setPromptText("Vietcombank");
        ComboBox<AbroadRows.RateSetChoice> set = new ComboBox<>(model.rateSets());
        Forms.name(set, AbroadIds.RATE_SET, messages.get("ui.abroad.rateSet"));
        set.valueProperty().bindBidirectional(model.rateSetProperty());
        set.setMaxWidth(Double.MAX_VALUE);
        Forms.row(grid, 0, 0, messages.get("ui.abroad.rate.currency"), currency, 1);
        Forms.row(grid, 1, 0, messages.get("ui.abroad.rate.value"), value, 1);
        Forms.row(grid, 0, 1, messages.get("ui.abroad.rate.date"), date, 1);
        Forms.row(grid, 1, 1, messages.get("ui.abroad.rate.source"), source, 1);
        Forms.row(grid, 0, 2, messages.get("ui.abroad.rateSet"), set, 2);
        return Forms.card(messages.get("ui.abroad.section.rate"), grid);
    }

    private Node flightClass(String id, String accessible, javafx.beans.property.ObjectProperty<FlightClass> value) {
        ComboBox<FlightClass> combo = new ComboBox<>();
        combo.getItems().setAll(FlightClass.values());
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(FlightClass flightClass) {
                return AbroadInputsViewModel.classLabel(flightClass);
            }

            @Override
            public FlightClass fromString(String text) {
                return null;
            }
        });
        Forms.name(combo, id, accessible);
        combo.setPrefWidth(200);
        combo.valueProperty().bindBidirectional(value);
        passportBindings.add(() -> combo.valueProperty().unbindBidirectional(value));
        return combo;
    }

    /**
     * "Dự toán: giá vé và các khoản báo giá": each price as Số tiền and Tiền tệ, two prices a line; a blank currency shows
     * the one it is read in (the exchange rate's, else USD) as its prompt.
     */
    private Node inputs() {
        AbroadInputsViewModel inputs = model.inputs();
        GridPane grid = rowGrid();
        grid.setId(AbroadIds.INPUTS);
        List<PriceEntry> prices = inputs.prices();
        int perLine = 2;
        for (int pair = 0; pair < perLine; pair++) {
            grid.add(Nodes.label(messages.get("ui.abroad.col.amount"), Styles.FIELD_LABEL), pair * 4 + 1, 0);
            grid.add(Nodes.label(messages.get("ui.abroad.col.currency"), Styles.FIELD_LABEL), pair * 4 + 2, 0);
        }
        for (int i = 0; i < prices.size(); i++) {
            PriceEntry entry = prices.get(i);
            String label = messages.get(entry.label().key(), entry.label().args().toArray());
            int column = i % perLine * 4;
            int line = i / perLine + 1;
            Label name = Nodes.label(label, Styles.FIELD_LABEL);
            name.setMinWidth(Region.USE_PREF_SIZE);
            TextField amount = Forms.text(AbroadIds.INPUT + entry.id() + "-amount",
                    messages.get("abroad.field.input.amount", entry.label()), entry.amount);
            amount.setPromptText("1.200,5");
            amount.setPrefWidth(120);
            name.setLabelFor(amount);
            TextField currency = Forms.text(AbroadIds.INPUT + entry.id() + "-currency",
                    messages.get("abroad.field.input.currency", entry.label()), entry.currency);
            currency.promptTextProperty().bind(inputs.defaultCurrencyProperty());
            currency.setPrefWidth(56);
            grid.add(name, column, line);
            grid.add(amount, column + 1, line);
            grid.add(currency, column + 2, line);
            if (column == 0) {
                Region gap = new Region();
                gap.setMinWidth(12);
                grid.add(gap, column + 3, line);
            }
        }
        Label hint = Nodes.wrapping(messages.get("ui.abroad.inputs.hint"), Styles.MUTED);
        return Forms.card(messages.get("ui.abroad.section.inputs"), grid, hint);
    }

    /** "Chi phí khác do đoàn thêm": the lines the user adds, typed in place, each with its own price and currency. */
    private Node otherCosts() {
        AbroadInputsViewModel inputs = model.inputs();
        GridPane grid = rowGrid();
        String[] headers = {"ui.abroad.col.content", "ui.abroad.col.unit", "ui.abroad.col.quantity", "ui.abroad.col.times",
            "ui.abroad.col.amount", "ui.abroad.col.currency", "ui.abroad.col.basis"};
        int[] widths = {230, 80, 64, 76, 100, 56, 170};
        rebuild(inputs.otherCosts(), grid, otherCostBindings, headers, (row, i) -> {
            StringProperty[] fields = {row.content, row.unit, row.quantity, row.times, row.amount, row.currency, row.basis};
            String[] names = {"content", "unit", "quantity", "times", "amount", "currency", "basis"};
            String[] prompts = {"Lệ phí sân bay", "người", "1", "1", "1.200,5", "", "Theo báo giá"};
            List<Node> cells = fields(AbroadIds.OTHER_COST + i + "-", fields, names, prompts, widths, headers, otherCostBindings);
            ((TextField) cells.get(5)).promptTextProperty().bind(inputs.defaultCurrencyProperty());
            cells.add(removeButton(AbroadIds.OTHER_COST + i + "-remove", () -> inputs.removeOtherCost(row)));
            return cells;
        });
        return rowsCard("ui.abroad.section.otherCosts", grid, inputs.otherCosts(), AbroadIds.OTHER_COST_ADD,
                "ui.abroad.otherCost.add", inputs::addOtherCost);
    }

    /**
     * A zone cell: an editable combo offering {@link ZoneChoices} with their offset now and a place name, still taking any
     * IANA id typed; the row keeps the id ("Asia/Seoul"), a label chosen or pasted is read as its id.
     */
    private ComboBox<String> zone(String id, String accessible, StringProperty value, String prompt, double width,
            List<Runnable> bindings) {
        Instant now = Instant.now();
        ComboBox<String> combo = new ComboBox<>();
        combo.setEditable(true);
        combo.getItems().setAll(ZoneChoices.ids());
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(String zone) {
                return zone == null ? "" : zone;
            }

            @Override
            public String fromString(String text) {
                return ZoneChoices.idOf(text);
            }
        });
        combo.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : ZoneChoices.label(item, now));
            }
        });
        Forms.name(combo, id, accessible);
        combo.setPromptText(prompt);
        combo.setPrefWidth(width);
        combo.setVisibleRowCount(12);
        combo.getEditor().textProperty().bindBidirectional(value);
        combo.valueProperty().addListener((o, old, chosen) -> {
            if (chosen != null && !chosen.isBlank()) {
                value.set(ZoneChoices.idOf(chosen));
            }
        });
        bindings.add(() -> combo.getEditor().textProperty().unbindBidirectional(value));
        return combo;
    }

    private List<Node> fields(String prefix, StringProperty[] values, String[] names, String[] prompts, int[] widths, String[] headers,
            List<Runnable> bindings) {
        List<Node> cells = new ArrayList<>();
        for (int c = 0; c < values.length; c++) {
            StringProperty value = values[c];
            TextField field = Forms.text(prefix + names[c], messages.get(headers[c]), value);
            field.setPromptText(prompts[c]);
            field.setPrefWidth(widths[c]);
            bindings.add(() -> field.textProperty().unbindBidirectional(value));
            cells.add(field);
        }
        return cells;
    }

    /** The grid of rows typed in place, its cells close together. */
    private static GridPane rowGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        return grid;
    }

    /** "Xóa dòng" at the end of a row. */
    private Node removeButton(String id, Runnable remove) {
        return Buttons.action(id, messages.get("ui.abroad.row.remove"), messages.get("ui.abroad.row.remove"), remove);
    }

    /**
     * A card of rows typed in place with its add button; without a row the grid is hidden, since its headers alone would
     * crowd together.
     */
    private Node rowsCard(String titleKey, GridPane grid, ObservableList<?> rows, String addId, String addKey, Runnable add) {
        Forms.showWhen(grid, Bindings.isNotEmpty(rows));
        Button button = Buttons.action(addId, messages.get(addKey), messages.get(addKey), add);
        return Forms.card(messages.get(titleKey), grid, button);
    }

    private interface RowCells<T> {
        List<Node> of(T row, int index);
    }

    /** The header line and one line of fields per row, rebuilt when rows are added or removed. */
    private <T> void rebuild(ObservableList<T> rows, GridPane grid, List<Runnable> bindings, String[] headers, RowCells<T> cells) {
        Runnable build = () -> {
            bindings.forEach(Runnable::run);
            bindings.clear();
            grid.getChildren().clear();
            for (int c = 0; c < headers.length; c++) {
                grid.add(Nodes.label(messages.get(headers[c]), Styles.FIELD_LABEL), c, 0);
            }
            for (int i = 0; i < rows.size(); i++) {
                grid.addRow(i + 1, cells.of(rows.get(i), i).toArray(Node[]::new));
            }
        };
        rows.addListener((ListChangeListener<T>) change -> build.run());
        build.run();
    }

    // ---- what the plan gives --------------------------------------------------------------------------------

    private Node problems() {
        VBox list = new VBox(4);
        list.setId(AbroadIds.PROBLEMS);
        Pages.render(model.problems(), list, items -> Pages.lines(items, Styles.FORM_ERROR));
        VBox card = Forms.card(messages.get("ui.abroad.section.problems"), list);
        Forms.showWhen(card, Bindings.isNotEmpty(model.problems()));
        return card;
    }

    private Node warnings() {
        VBox list = new VBox(4);
        list.setId(AbroadIds.WARNINGS);
        Pages.render(model.warnings(), list, items -> Pages.lines(items, Styles.TEXT));
        VBox card = Forms.card(messages.get("ui.abroad.section.warnings"), list);
        Forms.showWhen(card, Bindings.isNotEmpty(model.warnings()));
        return card;
    }

    private Node calendar() {
        Label summary = Nodes.wrapping("", Styles.TEXT);
        summary.textProperty().bind(model.calendarSummaryProperty());
        VBox list = new VBox(4);
        list.setId(AbroadIds.CALENDAR);
        Pages.render(model.countries(), list, items -> Pages.lines(items, Styles.TEXT));
        return Forms.card(messages.get("ui.abroad.section.calendar"), summary, list);
    }

    /**
     * "Dự toán đi nước ngoài": the lines as computed, the quantity and times of a computed line typed over in place (a cell
     * the user set is marked), "Bỏ số lượng đã sửa", and the total with its draft mark.
     */
    private Node estimate() {
        AbroadInputsViewModel inputs = model.inputs();
        TableView<EstimateRow> table = new TableView<>(model.lines());
        table.setId(AbroadIds.LINES);
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("ui.abroad.col.content", EstimateRow::content, 520));
        table.getColumns().add(count("ui.abroad.col.quantity", EstimateRow::quantity, EstimateRow::quantityEdited, inputs::setQuantity));
        table.getColumns().add(column("ui.abroad.col.unit", EstimateRow::unit, 90));
        table.getColumns().add(count("ui.abroad.col.times", EstimateRow::times, EstimateRow::timesEdited, inputs::setTimes));
        table.getColumns().add(column("ui.abroad.col.foreign", EstimateRow::foreign, 130));
        table.getColumns().add(column("ui.abroad.col.dong", EstimateRow::dong, 330));
        table.setPrefHeight(300);
        Label hint = Nodes.wrapping(messages.get("ui.abroad.estimate.hint"), Styles.MUTED);
        Button reset = Buttons.action(AbroadIds.CLEAR_OVERRIDES, messages.get("ui.abroad.estimate.clearOverrides"),
                messages.get("ui.abroad.estimate.clearOverrides"), inputs::clearOverrides);
        reset.disableProperty().bind(Bindings.createBooleanBinding(() -> model.lines().stream().noneMatch(EstimateRow::edited),
                model.lines()));
        Label total = Nodes.label("", Styles.CARD_TITLE);
        total.setId(AbroadIds.TOTAL);
        total.textProperty().bind(model.totalProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox foot = new HBox(8, total, gap, reset);
        foot.setAlignment(Pos.CENTER_LEFT);
        return Forms.card(messages.get("ui.abroad.section.estimate"), hint, table, foot);
    }

    private interface CountEdit {
        void typed(String key, String text);
    }

    /** A whole number of a computed line, typed over on a double click (not for the lines added in "Chi phí khác"). */
    private TableColumn<EstimateRow, String> count(String key, java.util.function.Function<EstimateRow, String> value,
            java.util.function.Predicate<EstimateRow> edited, CountEdit edit) {
        TableColumn<EstimateRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(95);
        column.setEditable(true);
        column.setSortable(false);
        column.setCellFactory(c -> new TextFieldTableCell<>(new DefaultStringConverter()) {
            @Override
            public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                EstimateRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setEditable(row != null && row.editable());
                getStyleClass().remove(Styles.EDITED_CELL);
                if (row != null && edited.test(row)) {
                    getStyleClass().add(Styles.EDITED_CELL);
                }
            }
        });
        column.setOnEditCommit(event -> edit.typed(event.getRowValue().key(), event.getNewValue()));
        return column;
    }

    private TableColumn<EstimateRow, String> column(String key, java.util.function.Function<EstimateRow, String> value, double width) {
        TableColumn<EstimateRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        column.setSortable(false);
        return column;
    }
}
