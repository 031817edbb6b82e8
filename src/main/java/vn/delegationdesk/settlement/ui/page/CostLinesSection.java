package vn.delegationdesk.settlement.ui.page;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.settlement.ActualLine;
import vn.delegationdesk.settlement.ExpenseKind;
import vn.delegationdesk.settlement.Voucher;
import vn.delegationdesk.settlement.VoucherKind;
import vn.delegationdesk.settlement.ui.CostLinesEditor;
import vn.delegationdesk.settlement.ui.SettlementRows.Choice;
import vn.delegationdesk.settlement.ui.SettlementRows.LineRow;
import vn.delegationdesk.settlement.ui.SettlementRows.VoucherRow;
import vn.delegationdesk.settlement.ui.SettlementViewModel;


/** "Chi phí thực tế": the actual costs with a form for the selected one and its vouchers. */
final class CostLinesSection {
    private final SettlementViewModel model;
    private final Messages messages;
    private final SectionParts parts;
    private final CostLinesEditor costs;

    CostLinesSection(SectionParts parts) {
        this.model = parts.model();
        this.messages = parts.messages();
        this.parts = parts;
        this.costs = parts.model().costEditor();
    }

    Region lines() {
        TableView<LineRow> table = parts.table(SettlementIds.LINES, model.lines(), "ui.settlement.section.lines");
        table.getColumns().setAll(List.of(parts.column("ui.settlement.col.kind", LineRow::kind, 110, false),
                parts.column("ui.settlement.col.content", LineRow::content, 200, false),
                parts.column("ui.settlement.col.estimateLine", LineRow::estimateLine, 180, false),
                parts.column("ui.settlement.col.members", LineRow::members, 160, false),
                parts.column("ui.settlement.col.stop", LineRow::stop, 110, false),
                parts.column("ui.settlement.col.nights", LineRow::nights, 60, true),
                parts.column("ui.settlement.col.class", LineRow::flightClass, 110, false),
                parts.column("ui.settlement.col.fare", LineRow::entitledFare, 110, true),
                parts.column("ui.settlement.col.cost", LineRow::cost, 110, true),
                parts.column("ui.settlement.col.vouchers", LineRow::vouchers, 70, true)));
        SectionParts.syncIndex(table, costs.selectedLineProperty());
        IntegerProperty at = costs.selectedLineProperty();
        Supplier<Optional<ActualLine>> line = () -> costs.line(at.get());

        ComboBox<ExpenseKind> kind = new ComboBox<>();
        kind.getItems().setAll(ExpenseKind.values());
        kind.setConverter(parts.labels());
        Forms.name(kind, SettlementIds.LINE_KIND, messages.get("ui.settlement.col.kind"));
        kind.setOnAction(e -> {
            if (!parts.refreshing() && kind.getValue() != null) {
                costs.setLineKind(at.get(), kind.getValue());
            }
        });
        TextField content = parts.field(SettlementIds.LINE_CONTENT, "ui.settlement.col.content", () -> line.get().map(l -> l.content())
                .orElse(null), typed -> {
                    costs.setLineContent(at.get(), typed);
                    return null;
                });
        ComboBox<Choice> estimate = parts.choice(SettlementIds.LINE_ESTIMATE, "ui.settlement.col.estimateLine", model.estimateChoices(),
                () -> line.get().map(l -> l.estimateKey()).orElse(null), key -> costs.setLineEstimate(at.get(), key));
        ComboBox<Choice> first = parts.choice(SettlementIds.LINE_MEMBER, "ui.settlement.col.members", model.memberChoices(),
                () -> line.get().map(l -> l.memberIds().isEmpty() ? "" : l.memberIds().get(0)).orElse(null),
                id -> costs.setLineMembers(at.get(), List.of(id, second(line.get()))));
        ComboBox<Choice> second = parts.choice(SettlementIds.LINE_MEMBER_2, "ui.settlement.field.member2", model.memberChoices(),
                () -> line.get().map(CostLinesSection::second).orElse(null),
                id -> costs.setLineMembers(at.get(), List.of(line.get().map(l -> l.memberIds().isEmpty() ? "" : l.memberIds().get(0))
                        .orElse(""), id)));
        ComboBox<Choice> stop = parts.choice(SettlementIds.LINE_STOP, "ui.settlement.col.stop", model.placeChoices(),
                () -> line.get().map(l -> l.stop()).orElse(null), place -> costs.setLineStop(at.get(), place));
        TextField nights = parts.field(SettlementIds.LINE_NIGHTS, "ui.settlement.col.nights",
                () -> line.get().map(l -> Integer.toString(l.nights())).orElse(null), typed -> costs.setLineNights(at.get(), typed));
        ComboBox<FlightClass> flown = new ComboBox<>();
        flown.getItems().setAll(FlightClass.values());
        flown.setConverter(parts.labels());
        Forms.name(flown, SettlementIds.LINE_CLASS, messages.get("ui.settlement.col.class"));
        flown.setOnAction(e -> {
            if (!parts.refreshing() && flown.getValue() != null) {
                costs.setLineClass(at.get(), flown.getValue());
            }
        });
        TextField fare = parts.field(SettlementIds.LINE_FARE, "ui.settlement.col.fare",
                () -> line.get().map(l -> VietnameseNumbers.format(l.entitledFare())).orElse(null),
                typed -> costs.setLineFare(at.get(), typed));
        TextField cost = parts.field(SettlementIds.LINE_COST, "ui.settlement.col.cost",
                () -> line.get().map(l -> VietnameseNumbers.format(l.cost())).orElse(null), typed -> costs.setLineCost(at.get(), typed));
        for (Control c : List.of(kind, flown)) {
            c.disableProperty().bind(Bindings.createBooleanBinding(() -> model.readOnlyProperty().get() || at.get() < 0,
                    model.readOnlyProperty(), at));
        }
        parts.onRefresh(() -> {
            Optional<ActualLine> shown = line.get();
            kind.setValue(shown.map(ActualLine::kind).orElse(null));
            flown.setValue(shown.map(ActualLine::flightClass).orElse(null));
            ExpenseKind k = shown.map(ActualLine::kind).orElse(ExpenseKind.DIRECT);
            second.setDisable(second.isDisabled() || k != ExpenseKind.ROOM);
            stop.setDisable(stop.isDisabled() || k != ExpenseKind.ROOM);
            nights.setEditable(nights.isEditable() && k == ExpenseKind.ROOM);
            first.setDisable(first.isDisabled() || k == ExpenseKind.DIRECT);
            flown.setVisible(k == ExpenseKind.TICKET);
            fare.setEditable(fare.isEditable() && k == ExpenseKind.TICKET);
        });

        GridPane form = Forms.grid(2);
        Forms.row(form, 0, 0, messages.get("ui.settlement.col.kind"), kind, 1);
        Forms.row(form, 1, 0, messages.get("ui.settlement.col.content"), content, 1);
        Forms.row(form, 0, 1, messages.get("ui.settlement.col.estimateLine"), estimate, 2);
        Forms.row(form, 0, 2, messages.get("ui.settlement.col.members"), first, 1);
        Forms.row(form, 1, 2, messages.get("ui.settlement.field.member2"), second, 1);
        Forms.row(form, 0, 3, messages.get("ui.settlement.col.stop"), stop, 1);
        Forms.row(form, 1, 3, messages.get("ui.settlement.col.nights"), nights, 1);
        Forms.row(form, 0, 4, messages.get("ui.settlement.col.class"), flown, 1);
        Forms.row(form, 1, 4, messages.get("ui.settlement.col.fare"), fare, 1);
        Forms.row(form, 0, 5, messages.get("ui.settlement.col.cost"), cost, 1);
        Label attendance = Nodes.wrapping("");
        attendance.setId(SettlementIds.LINE_ATTENDANCE);
        attendance.textProperty().bind(costs.attendanceProperty());
        Button useAttendance = Buttons.action(SettlementIds.LINE_USE_ATTENDANCE, messages.get("ui.settlement.attendance.use"),
                messages.get("ui.settlement.attendance.use.accessible"), costs::useAttendance);
        useAttendance.disableProperty().bind(model.readOnlyProperty().or(costs.attendanceUsableProperty().not()));
        HBox attendanceRow = Nodes.hbox(Styles.BUTTON_ROW, attendance, useAttendance);
        HBox.setHgrow(attendance, Priority.ALWAYS);
        attendanceRow.visibleProperty().bind(costs.attendanceProperty().isNotEmpty());
        attendanceRow.managedProperty().bind(attendanceRow.visibleProperty());
        form.add(attendanceRow, 0, 6, 4, 1);

        MenuButton add = new MenuButton(messages.get("ui.settlement.add"));
        add.setId(SettlementIds.LINE_ADD);
        add.setAccessibleText(messages.get("ui.settlement.line.add.accessible"));
        add.setMinWidth(Region.USE_PREF_SIZE);
        for (ExpenseKind k : ExpenseKind.values()) {
            MenuItem item = new MenuItem(model.label(k));
            item.setId(SettlementIds.LINE_ADD + "-" + k.name());
            item.setOnAction(e -> costs.addLine(k));
            add.getItems().add(item);
        }
        add.disableProperty().bind(model.readOnlyProperty());
        HBox buttons = Nodes.hbox(Styles.BUTTON_ROW, add, parts.editButton(SettlementIds.LINE_REMOVE, "ui.settlement.remove",
                "ui.settlement.line.remove.accessible", () -> costs.removeLine(at.get())));
        VBox top = new VBox(buttons, table, new VoucherFilesPane(parts).orphans());
        VBox.setVgrow(table, Priority.ALWAYS);
        ScrollPane detail = new ScrollPane(SectionParts.split(form, vouchers(), 0.55));
        detail.setFitToWidth(true);
        detail.setFitToHeight(true);
        SplitPane split = new SplitPane(top, detail);
        split.setOrientation(Orientation.VERTICAL);
        // The selected cost, its vouchers and their files need the room more than the list of costs at 1366x768.
        split.setDividerPositions(0.38);
        return split;
    }

    private static String second(Optional<ActualLine> line) {
        return line.map(CostLinesSection::second).orElse("");
    }

    private static String second(ActualLine line) {
        return line.memberIds().size() > 1 ? line.memberIds().get(1) : "";
    }

    private Region vouchers() {
        TableView<VoucherRow> table = parts.table(SettlementIds.VOUCHERS, model.vouchers(), "ui.settlement.vouchers");
        table.getColumns().setAll(List.of(parts.column("ui.settlement.col.voucherKind", VoucherRow::kind, 100, false),
                parts.column("ui.settlement.col.number", VoucherRow::number, 80, false),
                parts.column("ui.settlement.col.date", VoucherRow::date, 90, false),
                parts.column("ui.settlement.col.supplier", VoucherRow::supplier, 140, false),
                parts.column("ui.settlement.col.amount", VoucherRow::amount, 100, true)));
        table.setPrefHeight(90);
        SectionParts.syncIndex(table, costs.selectedVoucherProperty());
        IntegerProperty at = costs.selectedVoucherProperty();
        ComboBox<VoucherKind> kind = new ComboBox<>();
        kind.getItems().setAll(VoucherKind.values());
        kind.setConverter(parts.labels());
        Forms.name(kind, SettlementIds.VOUCHER_KIND, messages.get("ui.settlement.col.voucherKind"));
        kind.setOnAction(e -> {
            if (!parts.refreshing() && kind.getValue() != null) {
                costs.setVoucherKind(at.get(), kind.getValue());
            }
        });
        kind.disableProperty().bind(Bindings.createBooleanBinding(() -> model.readOnlyProperty().get() || at.get() < 0,
                model.readOnlyProperty(), at));
        parts.onRefresh(() -> kind.setValue(costs.voucher(at.get()).map(Voucher::kind).orElse(null)));
        TextField number = parts.field(SettlementIds.VOUCHER_NUMBER, "ui.settlement.col.number",
                () -> costs.voucher(at.get()).map(Voucher::number).orElse(null), typed -> {
                    costs.setVoucherNumber(at.get(), typed);
                    return null;
                });
        TextField date = parts.field(SettlementIds.VOUCHER_DATE, "ui.settlement.col.date",
                () -> costs.voucher(at.get()).map(v -> VietnameseDates.format(v.date())).orElse(null),
                typed -> costs.setVoucherDate(at.get(), typed));
        TextField supplier = parts.field(SettlementIds.VOUCHER_SUPPLIER, "ui.settlement.col.supplier",
                () -> costs.voucher(at.get()).map(Voucher::supplier).orElse(null), typed -> {
                    costs.setVoucherSupplier(at.get(), typed);
                    return null;
                });
        TextField amount = parts.field(SettlementIds.VOUCHER_AMOUNT, "ui.settlement.col.amount",
                () -> costs.voucher(at.get()).map(v -> VietnameseNumbers.format(v.amount())).orElse(null),
                typed -> costs.setVoucherAmount(at.get(), typed));
        GridPane form = Forms.grid(2);
        Forms.row(form, 0, 0, messages.get("ui.settlement.col.voucherKind"), kind, 1);
        Forms.row(form, 1, 0, messages.get("ui.settlement.col.number"), number, 1);
        Forms.row(form, 0, 1, messages.get("ui.settlement.col.date"), date, 1);
        Forms.row(form, 1, 1, messages.get("ui.settlement.col.amount"), amount, 1);
        Forms.row(form, 0, 2, messages.get("ui.settlement.col.supplier"), supplier, 2);
        Button add = parts.editButton(SettlementIds.VOUCHER_ADD, "ui.settlement.voucher.add", "ui.settlement.voucher.add.accessible",
                costs::addVoucher);
        add.disableProperty().unbind();
        add.disableProperty().bind(Bindings.createBooleanBinding(() -> model.readOnlyProperty().get()
                || costs.selectedLineProperty().get() < 0, model.readOnlyProperty(), costs.selectedLineProperty()));
        HBox buttons = Nodes.hbox(Styles.BUTTON_ROW, Nodes.label(messages.get("ui.settlement.vouchers"), Styles.SECTION_TITLE),
                Nodes.hspacer(), add, parts.editButton(SettlementIds.VOUCHER_REMOVE, "ui.settlement.remove",
                        "ui.settlement.voucher.remove.accessible", () -> costs.removeVoucher(at.get())));
        VBox box = new VBox(buttons, table, form, new VoucherFilesPane(parts).voucherFiles());
        box.getStyleClass().add(Styles.SETTLEMENT_FORM);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }
}
