package vn.delegationdesk.settlement.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDateParser;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.settlement.ActualLine;
import vn.delegationdesk.settlement.Attendance;
import vn.delegationdesk.settlement.ExpenseKind;
import vn.delegationdesk.settlement.MemberOutcome;
import vn.delegationdesk.settlement.Voucher;
import vn.delegationdesk.settlement.VoucherKind;
import vn.delegationdesk.settlement.ui.SettlementRows.AdvanceRow;
import vn.delegationdesk.settlement.ui.SettlementRows.Choice;
import vn.delegationdesk.settlement.ui.SettlementRows.ComparisonRow;
import vn.delegationdesk.settlement.ui.SettlementRows.LineRow;
import vn.delegationdesk.settlement.ui.SettlementRows.MemberRow;
import vn.delegationdesk.settlement.ui.SettlementRows.SheetRow;
import vn.delegationdesk.settlement.ui.SettlementRows.StayRow;
import vn.delegationdesk.settlement.ui.SettlementRows.VoucherRow;

/**
 * "Thanh toán sau chuyến đi": the settlement date, the books' state with "Khóa sổ" and "Mở lại sổ" and the export
 * menu on top, then five inner tabs: advances, members with their certified stays, actual costs with their vouchers,
 * the Bảng kê as computed and the estimate against actual. Each list is a table with a small form for the selected
 * row beside or under it; a field takes what is typed on Enter or when the focus leaves it. Only lays out, binds and
 * wires: every rule is the view model's.
 */
public final class SettlementPage {
    private final SettlementViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    /** What puts the model's values back into the fields after a change or a new selection. */
    private final List<Runnable> refreshers = new ArrayList<>();
    private boolean refreshing;

    public SettlementPage(SettlementViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        layoutParts();
        model.settlementProperty().addListener((observable, old, value) -> refresh());
        model.readOnlyProperty().addListener((observable, old, value) -> refresh());
        model.selectedAdvanceProperty().addListener((observable, old, value) -> refresh());
        model.selectedMemberProperty().addListener((observable, old, value) -> refresh());
        model.selectedStayProperty().addListener((observable, old, value) -> refresh());
        model.selectedLineProperty().addListener((observable, old, value) -> refresh());
        model.selectedVoucherProperty().addListener((observable, old, value) -> refresh());
        refresh();
    }

    public Node node() {
        return root;
    }

    private void refresh() {
        refreshing = true;
        try {
            refreshers.forEach(Runnable::run);
        } finally {
            refreshing = false;
        }
    }

    // ---- layout ----------------------------------------------------------------------------------------

    private void layoutParts() {
        root.setId(SettlementIds.PAGE);
        root.getStyleClass().add(Styles.EDITOR);
        root.setAccessibleText(messages.get("ui.settlement.tab"));
        root.setTop(header());
        TabPane sections = new TabPane(section(SettlementIds.SECTION_ADVANCES, "ui.settlement.section.advances", advances()),
                section(SettlementIds.SECTION_MEMBERS, "ui.settlement.section.members", members()),
                section(SettlementIds.SECTION_LINES, "ui.settlement.section.lines", lines()),
                section(SettlementIds.SECTION_SHEET, "ui.settlement.section.sheet", sheet()),
                section(SettlementIds.SECTION_COMPARISON, "ui.settlement.section.comparison", comparison()));
        sections.setId(SettlementIds.SECTIONS);
        sections.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sections.setMinHeight(0);
        root.setMinHeight(0);
        root.setCenter(sections);
    }

    private Tab section(String id, String key, Region content) {
        // A section gives way to a small window (its tables scroll) instead of pushing the editor beyond it.
        content.setMinSize(0, 0);
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(id);
        return tab;
    }

    private Node header() {
        DatePicker date = new DatePicker();
        date.setId(SettlementIds.DATE);
        date.setEditable(true);
        date.setShowWeekNumbers(false);
        date.setAccessibleText(messages.get("ui.settlement.date"));
        date.setConverter(new DayConverter());
        date.setPrefWidth(140);
        date.setMinWidth(Region.USE_PREF_SIZE);
        date.valueProperty().addListener((observable, old, value) -> {
            if (!refreshing && value != null) {
                model.setSettlementDate(value);
            }
        });
        date.disableProperty().bind(model.readOnlyProperty());
        refreshers.add(() -> {
            LocalDate shown = model.settlementProperty().get() == null ? null : model.settlementProperty().get().settlementDate();
            if (!Objects.equals(date.getValue(), shown)) {
                date.setValue(shown);
            }
        });
        Label books = Nodes.label("", Styles.CHIP);
        books.setId(SettlementIds.BOOKS);
        books.textProperty().bind(model.booksProperty());
        books.setMinWidth(Region.USE_PREF_SIZE);
        Button close = Buttons.action(SettlementIds.CLOSE, messages.get("ui.settlement.close"),
                messages.get("ui.settlement.close.accessible"), model::closeBooks);
        Button reopen = Buttons.action(SettlementIds.REOPEN, messages.get("ui.settlement.reopen"),
                messages.get("ui.settlement.reopen.accessible"), model::reopenBooks);
        MenuButton export = new MenuButton(messages.get("ui.settlement.export"));
        export.setId(SettlementIds.EXPORT);
        export.setAccessibleText(messages.get("ui.settlement.export.accessible"));
        export.setMinWidth(Region.USE_PREF_SIZE);
        Runnable exportItems = () -> export.getItems().setAll(model.exports().stream().map(choice -> {
            MenuItem item = new MenuItem(choice.label());
            item.setId(choice.id());
            item.setOnAction(e -> model.export(choice));
            return item;
        }).toList());
        model.exports().addListener((ListChangeListener<SettlementExport.Choice>) change -> exportItems.run());
        exportItems.run();
        export.disableProperty().bind(Bindings.createBooleanBinding(() -> model.exports().isEmpty()
                || !model.exportUnavailableProperty().get().isEmpty(), model.exports(), model.exportUnavailableProperty()));
        return Nodes.hbox(Styles.BUTTON_ROW, fieldLabel("ui.settlement.date", date), date, books, status(),
                Buttons.unavailableWhile(close, model.closeUnavailableProperty()),
                Buttons.unavailableWhile(reopen, model.reopenUnavailableProperty()), export);
    }

    /**
     * The last notice (a refused value, closed books, a written file), else what stops saving: in the header's row, so
     * that nothing below moves when it comes or goes. Every problem is in its tooltip.
     */
    private Label status() {
        Label status = Nodes.label("", Styles.NOTICE);
        status.setId(SettlementIds.NOTICE);
        // What stops saving is in the danger colour; a notice (a refusal, a closing, a written file) in the notices' own.
        Runnable colour = () -> {
            boolean problem = model.noticeProperty().get().isEmpty() && !model.problems().isEmpty();
            status.getStyleClass().removeAll(Styles.NOTICE, Styles.FIELD_ERROR);
            status.getStyleClass().add(problem ? Styles.FIELD_ERROR : Styles.NOTICE);
        };
        model.noticeProperty().addListener((observable, old, value) -> colour.run());
        model.problems().addListener((ListChangeListener<String>) change -> colour.run());
        status.setMinWidth(0);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.textProperty().bind(Bindings.createStringBinding(() -> !model.noticeProperty().get().isEmpty()
                ? model.noticeProperty().get() : model.problems().isEmpty() ? ""
                : messages.get("ui.settlement.problems", model.problems().size(), model.problems().get(0)),
                model.noticeProperty(), model.problems()));
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(640);
        tip.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", Stream.concat(
                Stream.of(model.noticeProperty().get()).filter(t -> !t.isEmpty()), model.problems().stream()).toList()),
                model.noticeProperty(), model.problems()));
        status.setTooltip(tip);
        return status;
    }

    // ---- "Tạm ứng" -------------------------------------------------------------------------------------

    private Region advances() {
        TableView<AdvanceRow> table = table(SettlementIds.ADVANCES, model.advances(), "ui.settlement.section.advances");
        table.getColumns().setAll(List.of(column("ui.settlement.col.recipient", AdvanceRow::recipient, 220, false),
                column("ui.settlement.col.date", AdvanceRow::date, 100, false),
                column("ui.settlement.col.voucher", AdvanceRow::voucher, 130, false),
                column("ui.settlement.col.amount", AdvanceRow::amount, 130, true)));
        syncIndex(table, model.selectedAdvanceProperty());
        IntegerProperty at = model.selectedAdvanceProperty();
        ComboBox<Choice> recipient = choice(SettlementIds.ADVANCE_MEMBER, "ui.settlement.col.recipient", model.recipientChoices(),
                () -> model.advance(at.get()).map(a -> a.memberId()).orElse(null), id -> model.setAdvanceRecipient(at.get(), id));
        TextField date = field(SettlementIds.ADVANCE_DATE, "ui.settlement.col.date",
                () -> model.advance(at.get()).map(a -> VietnameseDates.format(a.date())).orElse(null),
                typed -> model.setAdvanceDate(at.get(), typed));
        TextField voucher = field(SettlementIds.ADVANCE_VOUCHER, "ui.settlement.col.voucher",
                () -> model.advance(at.get()).map(a -> a.voucherNumber()).orElse(null), typed -> {
                    model.setAdvanceVoucher(at.get(), typed);
                    return null;
                });
        TextField amount = field(SettlementIds.ADVANCE_AMOUNT, "ui.settlement.col.amount",
                () -> model.advance(at.get()).map(a -> VietnameseNumbers.format(a.amount())).orElse(null),
                typed -> model.setAdvanceAmount(at.get(), typed));
        GridPane form = Forms.grid(1);
        Forms.row(form, 0, 0, messages.get("ui.settlement.col.recipient"), recipient, 1);
        Forms.row(form, 0, 1, messages.get("ui.settlement.col.date"), date, 1);
        Forms.row(form, 0, 2, messages.get("ui.settlement.col.voucher"), voucher, 1);
        Forms.row(form, 0, 3, messages.get("ui.settlement.col.amount"), amount, 1);
        HBox buttons = Nodes.hbox(Styles.BUTTON_ROW,
                editButton(SettlementIds.ADVANCE_ADD, "ui.settlement.add", "ui.settlement.advance.add.accessible", model::addAdvance),
                editButton(SettlementIds.ADVANCE_REMOVE, "ui.settlement.remove", "ui.settlement.advance.remove.accessible",
                        () -> model.removeAdvance(at.get())));
        return split(table, new VBox(buttons, form), 0.6);
    }

    // ---- "Thành viên" ----------------------------------------------------------------------------------

    private Region members() {
        TableView<MemberRow> table = table(SettlementIds.MEMBERS, model.members(), "ui.settlement.section.members");
        table.getColumns().setAll(List.of(column("ui.settlement.col.name", MemberRow::name, 220, false),
                column("ui.settlement.col.attendance", MemberRow::attendance, 180, false),
                column("ui.settlement.col.stays", MemberRow::stays, 130, false)));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(MemberRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(Styles.SETTLEMENT_GONE);
                if (!empty && item != null && item.gone()) {
                    getStyleClass().add(Styles.SETTLEMENT_GONE);
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (row != null) {
                model.selectedMemberProperty().set(row.memberId());
            }
        });
        Runnable reselect = () -> {
            String id = model.selectedMemberProperty().get();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).memberId().equals(id) && table.getSelectionModel().getSelectedIndex() != i) {
                    table.getSelectionModel().select(i);
                }
            }
        };
        model.members().addListener((ListChangeListener<MemberRow>) change -> reselect.run());
        model.selectedMemberProperty().addListener((observable, old, value) -> reselect.run());
        reselect.run();

        ComboBox<Attendance> attendance = new ComboBox<>();
        attendance.getItems().setAll(Attendance.values());
        attendance.setConverter(labels());
        Forms.name(attendance, SettlementIds.ATTENDANCE, messages.get("ui.settlement.col.attendance"));
        attendance.setOnAction(e -> {
            if (!refreshing && attendance.getValue() != null) {
                model.setAttendance(model.selectedMemberProperty().get(), attendance.getValue());
            }
        });
        attendance.disableProperty().bind(model.readOnlyProperty());
        FilteredList<Choice> others = new FilteredList<>(model.memberChoices());
        others.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String self = model.selectedMemberProperty().get();
            return (Predicate<Choice>) c -> !c.id().equals(self);
        }, model.selectedMemberProperty()));
        ComboBox<Choice> replacement = choice(SettlementIds.REPLACEMENT, "ui.settlement.field.replacement", others,
                () -> model.selectedOutcome().replacementId(),
                id -> model.setReplacement(model.selectedMemberProperty().get(), id));
        refreshers.add(() -> {
            MemberOutcome outcome = model.selectedOutcome();
            attendance.setValue(outcome.attendance());
            replacement.setVisible(outcome.attendance() == Attendance.REPLACED);
        });

        TableView<StayRow> stays = table(SettlementIds.STAYS, model.stays(), "ui.settlement.stays");
        stays.getColumns().setAll(List.of(column("ui.settlement.col.place", StayRow::place, 170, false),
                column("ui.settlement.col.from", StayRow::from, 100, false),
                column("ui.settlement.col.to", StayRow::to, 100, false)));
        stays.setPrefHeight(110);
        syncIndex(stays, model.selectedStayProperty());
        IntegerProperty at = model.selectedStayProperty();
        ComboBox<Choice> place = choice(SettlementIds.STAY_PLACE, "ui.settlement.col.place", model.placeChoices(),
                () -> model.stay(at.get()).map(s -> s.place()).orElse(null), id -> model.setStayPlace(at.get(), id));
        TextField from = field(SettlementIds.STAY_FROM, "ui.settlement.col.from",
                () -> model.stay(at.get()).map(s -> VietnameseDates.format(s.from())).orElse(null),
                typed -> model.setStayFrom(at.get(), typed));
        TextField to = field(SettlementIds.STAY_TO, "ui.settlement.col.to",
                () -> model.stay(at.get()).map(s -> VietnameseDates.format(s.to())).orElse(null),
                typed -> model.setStayTo(at.get(), typed));
        Label title = Nodes.label("", Styles.SECTION_TITLE);
        refreshers.add(() -> title.setText(messages.get("ui.settlement.stays", model.members().stream()
                .filter(m -> m.memberId().equals(model.selectedMemberProperty().get())).map(MemberRow::name).findFirst().orElse(""))));
        model.members().addListener((ListChangeListener<MemberRow>) change -> refresh());
        HBox outcome = Nodes.hbox(Styles.BUTTON_ROW, fieldLabel("ui.settlement.col.attendance", attendance), attendance, replacement);
        Button fromPlan = editButton(SettlementIds.STAYS_FROM_PLAN, "ui.settlement.stays.fromPlan",
                "ui.settlement.stays.fromPlan.accessible", model::staysFromPlan);
        Button addStay = editButton(SettlementIds.STAY_ADD, "ui.settlement.add", "ui.settlement.stay.add.accessible", model::addStay);
        Button removeStay = editButton(SettlementIds.STAY_REMOVE, "ui.settlement.remove", "ui.settlement.stay.remove.accessible",
                () -> model.removeStay(at.get()));
        // Only a member who went has stamps: the others' stays are not typed (choosing "Đã đi" again brings them).
        BooleanProperty wentNot = new SimpleBooleanProperty();
        refreshers.add(() -> wentNot.set(!model.selectedOutcome().travelled()));
        for (Button button : List.of(fromPlan, addStay, removeStay)) {
            button.disableProperty().bind(model.readOnlyProperty().or(wentNot));
        }
        HBox stayButtons = Nodes.hbox(Styles.BUTTON_ROW, fromPlan, addStay, removeStay);
        GridPane form = Forms.grid(3);
        Forms.row(form, 0, 0, messages.get("ui.settlement.col.place"), place, 1);
        Forms.row(form, 1, 0, messages.get("ui.settlement.col.from"), from, 1);
        Forms.row(form, 2, 0, messages.get("ui.settlement.col.to"), to, 1);
        VBox right = new VBox(outcome, title, stayButtons, stays, form);
        right.getStyleClass().add(Styles.SETTLEMENT_FORM);
        VBox.setVgrow(stays, Priority.ALWAYS);
        return split(table, right, 0.45);
    }

    // ---- "Chi phí thực tế" -----------------------------------------------------------------------------

    private Region lines() {
        TableView<LineRow> table = table(SettlementIds.LINES, model.lines(), "ui.settlement.section.lines");
        table.getColumns().setAll(List.of(column("ui.settlement.col.kind", LineRow::kind, 110, false),
                column("ui.settlement.col.content", LineRow::content, 200, false),
                column("ui.settlement.col.estimateLine", LineRow::estimateLine, 180, false),
                column("ui.settlement.col.members", LineRow::members, 160, false),
                column("ui.settlement.col.stop", LineRow::stop, 110, false),
                column("ui.settlement.col.nights", LineRow::nights, 60, true),
                column("ui.settlement.col.class", LineRow::flightClass, 110, false),
                column("ui.settlement.col.fare", LineRow::entitledFare, 110, true),
                column("ui.settlement.col.cost", LineRow::cost, 110, true),
                column("ui.settlement.col.vouchers", LineRow::vouchers, 70, true)));
        syncIndex(table, model.selectedLineProperty());
        IntegerProperty at = model.selectedLineProperty();
        Supplier<Optional<ActualLine>> line = () -> model.line(at.get());

        ComboBox<ExpenseKind> kind = new ComboBox<>();
        kind.getItems().setAll(ExpenseKind.values());
        kind.setConverter(labels());
        Forms.name(kind, SettlementIds.LINE_KIND, messages.get("ui.settlement.col.kind"));
        kind.setOnAction(e -> {
            if (!refreshing && kind.getValue() != null) {
                model.setLineKind(at.get(), kind.getValue());
            }
        });
        TextField content = field(SettlementIds.LINE_CONTENT, "ui.settlement.col.content", () -> line.get().map(l -> l.content())
                .orElse(null), typed -> {
                    model.setLineContent(at.get(), typed);
                    return null;
                });
        ComboBox<Choice> estimate = choice(SettlementIds.LINE_ESTIMATE, "ui.settlement.col.estimateLine", model.estimateChoices(),
                () -> line.get().map(l -> l.estimateKey()).orElse(null), key -> model.setLineEstimate(at.get(), key));
        ComboBox<Choice> first = choice(SettlementIds.LINE_MEMBER, "ui.settlement.col.members", model.memberChoices(),
                () -> line.get().map(l -> l.memberIds().isEmpty() ? "" : l.memberIds().get(0)).orElse(null),
                id -> model.setLineMembers(at.get(), List.of(id, second(line.get()))));
        ComboBox<Choice> second = choice(SettlementIds.LINE_MEMBER_2, "ui.settlement.field.member2", model.memberChoices(),
                () -> line.get().map(SettlementPage::second).orElse(null),
                id -> model.setLineMembers(at.get(), List.of(line.get().map(l -> l.memberIds().isEmpty() ? "" : l.memberIds().get(0))
                        .orElse(""), id)));
        ComboBox<Choice> stop = choice(SettlementIds.LINE_STOP, "ui.settlement.col.stop", model.placeChoices(),
                () -> line.get().map(l -> l.stop()).orElse(null), place -> model.setLineStop(at.get(), place));
        TextField nights = field(SettlementIds.LINE_NIGHTS, "ui.settlement.col.nights",
                () -> line.get().map(l -> Integer.toString(l.nights())).orElse(null), typed -> model.setLineNights(at.get(), typed));
        ComboBox<FlightClass> flown = new ComboBox<>();
        flown.getItems().setAll(FlightClass.values());
        flown.setConverter(labels());
        Forms.name(flown, SettlementIds.LINE_CLASS, messages.get("ui.settlement.col.class"));
        flown.setOnAction(e -> {
            if (!refreshing && flown.getValue() != null) {
                model.setLineClass(at.get(), flown.getValue());
            }
        });
        TextField fare = field(SettlementIds.LINE_FARE, "ui.settlement.col.fare",
                () -> line.get().map(l -> VietnameseNumbers.format(l.entitledFare())).orElse(null),
                typed -> model.setLineFare(at.get(), typed));
        TextField cost = field(SettlementIds.LINE_COST, "ui.settlement.col.cost",
                () -> line.get().map(l -> VietnameseNumbers.format(l.cost())).orElse(null), typed -> model.setLineCost(at.get(), typed));
        for (Control c : List.of(kind, flown)) {
            c.disableProperty().bind(Bindings.createBooleanBinding(() -> model.readOnlyProperty().get() || at.get() < 0,
                    model.readOnlyProperty(), at));
        }
        refreshers.add(() -> {
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

        MenuButton add = new MenuButton(messages.get("ui.settlement.add"));
        add.setId(SettlementIds.LINE_ADD);
        add.setAccessibleText(messages.get("ui.settlement.line.add.accessible"));
        add.setMinWidth(Region.USE_PREF_SIZE);
        for (ExpenseKind k : ExpenseKind.values()) {
            MenuItem item = new MenuItem(model.label(k));
            item.setId(SettlementIds.LINE_ADD + "-" + k.name());
            item.setOnAction(e -> model.addLine(k));
            add.getItems().add(item);
        }
        add.disableProperty().bind(model.readOnlyProperty());
        HBox buttons = Nodes.hbox(Styles.BUTTON_ROW, add, editButton(SettlementIds.LINE_REMOVE, "ui.settlement.remove",
                "ui.settlement.line.remove.accessible", () -> model.removeLine(at.get())));
        VBox top = new VBox(buttons, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        ScrollPane detail = new ScrollPane(split(form, vouchers(), 0.55));
        detail.setFitToWidth(true);
        detail.setFitToHeight(true);
        SplitPane split = new SplitPane(top, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        return split;
    }

    private static String second(Optional<ActualLine> line) {
        return line.map(SettlementPage::second).orElse("");
    }

    private static String second(ActualLine line) {
        return line.memberIds().size() > 1 ? line.memberIds().get(1) : "";
    }

    private Region vouchers() {
        TableView<VoucherRow> table = table(SettlementIds.VOUCHERS, model.vouchers(), "ui.settlement.vouchers");
        table.getColumns().setAll(List.of(column("ui.settlement.col.voucherKind", VoucherRow::kind, 100, false),
                column("ui.settlement.col.number", VoucherRow::number, 80, false),
                column("ui.settlement.col.date", VoucherRow::date, 90, false),
                column("ui.settlement.col.supplier", VoucherRow::supplier, 140, false),
                column("ui.settlement.col.amount", VoucherRow::amount, 100, true)));
        table.setPrefHeight(90);
        syncIndex(table, model.selectedVoucherProperty());
        IntegerProperty at = model.selectedVoucherProperty();
        ComboBox<VoucherKind> kind = new ComboBox<>();
        kind.getItems().setAll(VoucherKind.values());
        kind.setConverter(labels());
        Forms.name(kind, SettlementIds.VOUCHER_KIND, messages.get("ui.settlement.col.voucherKind"));
        kind.setOnAction(e -> {
            if (!refreshing && kind.getValue() != null) {
                model.setVoucherKind(at.get(), kind.getValue());
            }
        });
        kind.disableProperty().bind(Bindings.createBooleanBinding(() -> model.readOnlyProperty().get() || at.get() < 0,
                model.readOnlyProperty(), at));
        refreshers.add(() -> kind.setValue(model.voucher(at.get()).map(Voucher::kind).orElse(null)));
        TextField number = field(SettlementIds.VOUCHER_NUMBER, "ui.settlement.col.number",
                () -> model.voucher(at.get()).map(Voucher::number).orElse(null), typed -> {
                    model.setVoucherNumber(at.get(), typed);
                    return null;
                });
        TextField date = field(SettlementIds.VOUCHER_DATE, "ui.settlement.col.date",
                () -> model.voucher(at.get()).map(v -> VietnameseDates.format(v.date())).orElse(null),
                typed -> model.setVoucherDate(at.get(), typed));
        TextField supplier = field(SettlementIds.VOUCHER_SUPPLIER, "ui.settlement.col.supplier",
                () -> model.voucher(at.get()).map(Voucher::supplier).orElse(null), typed -> {
                    model.setVoucherSupplier(at.get(), typed);
                    return null;
                });
        TextField amount = field(SettlementIds.VOUCHER_AMOUNT, "ui.settlement.col.amount",
                () -> model.voucher(at.get()).map(v -> VietnameseNumbers.format(v.amount())).orElse(null),
                typed -> model.setVoucherAmount(at.get(), typed));
        GridPane form = Forms.grid(2);
        Forms.row(form, 0, 0, messages.get("ui.settlement.col.voucherKind"), kind, 1);
        Forms.row(form, 1, 0, messages.get("ui.settlement.col.number"), number, 1);
        Forms.row(form, 0, 1, messages.get("ui.settlement.col.date"), date, 1);
        Forms.row(form, 1, 1, messages.get("ui.settlement.col.amount"), amount, 1);
        Forms.row(form, 0, 2, messages.get("ui.settlement.col.supplier"), supplier, 2);
        Button add = editButton(SettlementIds.VOUCHER_ADD, "ui.settlement.voucher.add", "ui.settlement.voucher.add.accessible",
                model::addVoucher);
        add.disableProperty().unbind();
        add.disableProperty().bind(Bindings.createBooleanBinding(() -> model.readOnlyProperty().get()
                || model.selectedLineProperty().get() < 0, model.readOnlyProperty(), model.selectedLineProperty()));
        HBox buttons = Nodes.hbox(Styles.BUTTON_ROW, Nodes.label(messages.get("ui.settlement.vouchers"), Styles.SECTION_TITLE),
                Nodes.hspacer(), add, editButton(SettlementIds.VOUCHER_REMOVE, "ui.settlement.remove",
                        "ui.settlement.voucher.remove.accessible", () -> model.removeVoucher(at.get())));
        VBox box = new VBox(buttons, table, form);
        box.getStyleClass().add(Styles.SETTLEMENT_FORM);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    // ---- "Bảng thanh toán" -----------------------------------------------------------------------------

    private Region sheet() {
        TableView<SheetRow> table = table(SettlementIds.SHEET, model.sheet(), "ui.settlement.section.sheet");
        table.getColumns().setAll(List.of(column("ui.settlement.col.name", SheetRow::name, 230, false),
                column("ui.settlement.col.days", SheetRow::days, 60, true),
                column("ui.settlement.col.tickets", SheetRow::tickets, 100, true),
                column("ui.settlement.col.vehicles", SheetRow::vehicles, 100, true),
                column("ui.settlement.col.perDiem", SheetRow::perDiem, 110, true),
                column("ui.settlement.col.lodging", SheetRow::lodging, 100, true),
                column("ui.settlement.col.total", SheetRow::total, 110, true),
                column("ui.settlement.col.advanced", SheetRow::advanced, 110, true),
                column("ui.settlement.col.toReturn", SheetRow::toReturn, 110, true),
                column("ui.settlement.col.toReceive", SheetRow::toReceive, 110, true)));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(SheetRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(Styles.SETTLEMENT_HEADING);
                if (!empty && item != null && item.totals()) {
                    getStyleClass().add(Styles.SETTLEMENT_HEADING);
                }
            }
        });
        Label words = Nodes.wrapping("", Styles.ESTIMATE_WORDS);
        words.setId(SettlementIds.SHEET_WORDS);
        words.textProperty().bind(model.sheetWordsProperty());
        // The "Cộng" row is the table's last; its figures stay in view under it however long the list.
        Label totals = Nodes.label("", Styles.ESTIMATE_TOTAL);
        totals.setId(SettlementIds.SHEET_TOTALS);
        totals.textProperty().bind(Bindings.createStringBinding(() -> model.sheet().isEmpty() ? "" : totalsText(
                model.sheet().get(model.sheet().size() - 1)), model.sheet()));
        HBox sum = Nodes.hbox(Styles.BUTTON_ROW, totals, Nodes.hspacer(), words);
        HBox notes = new HBox(list(SettlementIds.WARNINGS, model.warnings(), "ui.settlement.warnings"),
                list(SettlementIds.DISALLOWED, model.disallowed(), "ui.settlement.disallowedTitle"));
        notes.getStyleClass().add(Styles.BUTTON_ROW);
        VBox box = new VBox(table, sum, notes);
        box.getStyleClass().add(Styles.SETTLEMENT_FORM);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private String totalsText(SheetRow totals) {
        return messages.get("ui.settlement.sheet.summary", totals.total(), totals.advanced(), totals.toReturn(), totals.toReceive());
    }

    private Node list(String id, ObservableList<String> items, String titleKey) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.setPrefHeight(80);
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
        list.setAccessibleText(messages.get(titleKey, items.size()));
        Label title = Nodes.label("", Styles.FIELD_LABEL);
        title.textProperty().bind(Bindings.createStringBinding(() -> messages.get(titleKey, items.size()), items));
        VBox box = new VBox(title, list);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    // ---- "Dự toán – thực hiện" -------------------------------------------------------------------------

    private Region comparison() {
        TableView<ComparisonRow> table = table(SettlementIds.COMPARISON, model.comparison(), "ui.settlement.section.comparison");
        table.getColumns().setAll(List.of(column("ui.settlement.col.item", ComparisonRow::label, 420, false),
                column("ui.settlement.col.estimated", ComparisonRow::estimated, 130, true),
                column("ui.settlement.col.actual", ComparisonRow::actual, 130, true),
                column("ui.settlement.col.difference", ComparisonRow::difference, 130, true),
                column("ui.settlement.col.percent", ComparisonRow::percent, 90, true)));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(ComparisonRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(Styles.SETTLEMENT_HEADING, Styles.SETTLEMENT_OVERRUN, Styles.SETTLEMENT_SAVING);
                if (empty || item == null) {
                    return;
                }
                if (item.heading()) {
                    getStyleClass().add(Styles.SETTLEMENT_HEADING);
                }
                switch (item.outcome()) {
                    case OVERRUN -> getStyleClass().add(Styles.SETTLEMENT_OVERRUN);
                    case SAVING -> getStyleClass().add(Styles.SETTLEMENT_SAVING);
                    case EVEN -> { }
                    default -> throw new IllegalStateException(String.valueOf(item.outcome()));
                }
            }
        });
        Label total = Nodes.wrapping("", Styles.ESTIMATE_TOTAL);
        total.setId(SettlementIds.COMPARISON_TOTAL);
        total.textProperty().bind(model.comparisonTotalProperty());
        Label words = Nodes.wrapping("", Styles.ESTIMATE_WORDS);
        words.setId(SettlementIds.COMPARISON_WORDS);
        words.textProperty().bind(model.comparisonWordsProperty());
        VBox box = new VBox(table, total, words);
        box.getStyleClass().add(Styles.SETTLEMENT_FORM);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private <T> TableView<T> table(String id, ObservableList<T> rows, String accessibleKey) {
        TableView<T> table = new TableView<>(rows);
        table.setId(id);
        table.setAccessibleText(messages.get(accessibleKey, ""));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(Nodes.label(messages.get("ui.settlement.empty"), Styles.MUTED));
        return table;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width, boolean number) {
        TableColumn<T, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        if (number) {
            column.getStyleClass().add(Styles.NUMBER_CELL);
        }
        return column;
    }

    /** Keeps a table's selected row and the model's index in step; a refreshed list keeps the model's choice. */
    private static <T> void syncIndex(TableView<T> table, IntegerProperty selected) {
        table.getSelectionModel().selectedIndexProperty().addListener((observable, old, index) -> {
            if (index.intValue() >= 0) {
                selected.set(index.intValue());
            }
        });
        Runnable reselect = () -> {
            int want = selected.get();
            if (want >= 0 && want < table.getItems().size()) {
                if (table.getSelectionModel().getSelectedIndex() != want) {
                    table.getSelectionModel().select(want);
                }
            } else {
                table.getSelectionModel().clearSelection();
            }
        };
        table.getItems().addListener((ListChangeListener<T>) change -> reselect.run());
        selected.addListener((observable, old, value) -> reselect.run());
        reselect.run();
    }

    /**
     * A text field showing {@code current} (null: nothing selected, the field greyed) and handing what is typed to
     * {@code commit} on Enter or when the focus leaves it; a refusal (the returned message, shown as the page's notice)
     * puts the value back.
     */
    private TextField field(String id, String accessibleKey, Supplier<String> current, Function<String, String> commit) {
        TextField field = new TextField();
        Forms.name(field, id, messages.get(accessibleKey));
        field.setPrefColumnCount(10);
        Runnable take = () -> {
            String now = current.get();
            if (refreshing || now == null || field.getText().equals(now)) {
                return;
            }
            String refusal = commit.apply(field.getText());
            if (refusal != null) {
                field.setText(Objects.requireNonNullElse(current.get(), ""));
            }
        };
        field.setOnAction(e -> take.run());
        field.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                take.run();
            }
        });
        refreshers.add(() -> {
            String now = current.get();
            field.setText(now == null ? "" : now);
            field.setDisable(now == null);
            field.setEditable(!model.readOnlyProperty().get());
        });
        return field;
    }

    /** A list to choose an id from; {@code current} null greys it. */
    private ComboBox<Choice> choice(String id, String accessibleKey, ObservableList<Choice> choices, Supplier<String> current,
            Consumer<String> commit) {
        ComboBox<Choice> box = new ComboBox<>(choices);
        Forms.name(box, id, messages.get(accessibleKey));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setOnAction(e -> {
            if (!refreshing && box.getValue() != null && current.get() != null && !box.getValue().id().equals(current.get())) {
                commit.accept(box.getValue().id());
            }
        });
        Runnable show = () -> {
            String now = current.get();
            box.setValue(now == null ? null : choices.stream().filter(c -> c.id().equals(now)).findFirst().orElse(null));
            box.setDisable(now == null || model.readOnlyProperty().get());
        };
        refreshers.add(show);
        choices.addListener((ListChangeListener<Choice>) change -> {
            boolean was = refreshing;
            refreshing = true;
            try {
                show.run();
            } finally {
                refreshing = was;
            }
        });
        return box;
    }

    private Button editButton(String id, String key, String accessibleKey, Runnable action) {
        Button button = Buttons.action(id, messages.get(key), messages.get(accessibleKey), action);
        button.disableProperty().bind(model.readOnlyProperty());
        return button;
    }

    private <E extends Enum<E>> StringConverter<E> labels() {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : model.label(value);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        };
    }

    private Label fieldLabel(String key, Node field) {
        Label text = Nodes.label(messages.get(key), Styles.FIELD_LABEL);
        text.setLabelFor(field);
        text.setMinWidth(Region.USE_PREF_SIZE);
        return text;
    }

    private static SplitPane split(Region left, Region right, double position) {
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(position);
        return split;
    }

    /** "14/10/2025" both ways; what is not a day reads as nothing (the picker then keeps its day). */
    private static final class DayConverter extends StringConverter<LocalDate> {
        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : VietnameseDates.format(date);
        }

        @Override
        public LocalDate fromString(String text) {
            return text == null ? null : VietnameseDateParser.parse(text.strip()).orElse(null);
        }
    }
}
