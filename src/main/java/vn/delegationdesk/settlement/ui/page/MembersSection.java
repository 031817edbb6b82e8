package vn.delegationdesk.settlement.ui.page;

import java.util.List;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.settlement.Attendance;
import vn.delegationdesk.settlement.MemberOutcome;
import vn.delegationdesk.settlement.ui.OutcomesEditor;
import vn.delegationdesk.settlement.ui.SettlementRows.Choice;
import vn.delegationdesk.settlement.ui.SettlementRows.MemberRow;
import vn.delegationdesk.settlement.ui.SettlementRows.StayRow;
import vn.delegationdesk.settlement.ui.SettlementViewModel;


/** "Thành viên": each member's attendance and the selected member's certified stays. */
final class MembersSection {
    private final SettlementViewModel model;
    private final Messages messages;
    private final SectionParts parts;
    private final OutcomesEditor outcomes;

    MembersSection(SectionParts parts) {
        this.model = parts.model();
        this.messages = parts.messages();
        this.parts = parts;
        this.outcomes = parts.model().outcomeEditor();
    }

    Region members() {
        TableView<MemberRow> table = parts.table(SettlementIds.MEMBERS, model.members(), "ui.settlement.section.members");
        table.getColumns().setAll(List.of(parts.column("ui.settlement.col.name", MemberRow::name, 220, false),
                parts.column("ui.settlement.col.attendance", MemberRow::attendance, 180, false),
                parts.column("ui.settlement.col.stays", MemberRow::stays, 130, false)));
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
                outcomes.selectedMemberProperty().set(row.memberId());
            }
        });
        Runnable reselect = () -> {
            String id = outcomes.selectedMemberProperty().get();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).memberId().equals(id) && table.getSelectionModel().getSelectedIndex() != i) {
                    table.getSelectionModel().select(i);
                }
            }
        };
        model.members().addListener((ListChangeListener<MemberRow>) change -> reselect.run());
        outcomes.selectedMemberProperty().addListener((observable, old, value) -> reselect.run());
        reselect.run();

        ComboBox<Attendance> attendance = new ComboBox<>();
        attendance.getItems().setAll(Attendance.values());
        attendance.setConverter(parts.labels());
        Forms.name(attendance, SettlementIds.ATTENDANCE, messages.get("ui.settlement.col.attendance"));
        attendance.setOnAction(e -> {
            if (!parts.refreshing() && attendance.getValue() != null) {
                outcomes.setAttendance(outcomes.selectedMemberProperty().get(), attendance.getValue());
            }
        });
        attendance.disableProperty().bind(model.readOnlyProperty());
        FilteredList<Choice> others = new FilteredList<>(model.memberChoices());
        others.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String self = outcomes.selectedMemberProperty().get();
            return (Predicate<Choice>) c -> !c.id().equals(self);
        }, outcomes.selectedMemberProperty()));
        ComboBox<Choice> replacement = parts.choice(SettlementIds.REPLACEMENT, "ui.settlement.field.replacement", others,
                () -> outcomes.selectedOutcome().replacementId(),
                id -> outcomes.setReplacement(outcomes.selectedMemberProperty().get(), id));
        parts.onRefresh(() -> {
            MemberOutcome outcome = outcomes.selectedOutcome();
            attendance.setValue(outcome.attendance());
            replacement.setVisible(outcome.attendance() == Attendance.REPLACED);
        });

        TableView<StayRow> stays = parts.table(SettlementIds.STAYS, model.stays(), "ui.settlement.stays");
        stays.getColumns().setAll(List.of(parts.column("ui.settlement.col.place", StayRow::place, 170, false),
                parts.column("ui.settlement.col.from", StayRow::from, 100, false),
                parts.column("ui.settlement.col.to", StayRow::to, 100, false)));
        stays.setPrefHeight(110);
        SectionParts.syncIndex(stays, outcomes.selectedStayProperty());
        IntegerProperty at = outcomes.selectedStayProperty();
        ComboBox<Choice> place = parts.choice(SettlementIds.STAY_PLACE, "ui.settlement.col.place", model.placeChoices(),
                () -> outcomes.stay(at.get()).map(s -> s.place()).orElse(null), id -> outcomes.setStayPlace(at.get(), id));
        TextField from = parts.field(SettlementIds.STAY_FROM, "ui.settlement.col.from",
                () -> outcomes.stay(at.get()).map(s -> VietnameseDates.format(s.from())).orElse(null),
                typed -> outcomes.setStayFrom(at.get(), typed));
        TextField to = parts.field(SettlementIds.STAY_TO, "ui.settlement.col.to",
                () -> outcomes.stay(at.get()).map(s -> VietnameseDates.format(s.to())).orElse(null),
                typed -> outcomes.setStayTo(at.get(), typed));
        Label title = Nodes.label("", Styles.SECTION_TITLE);
        parts.onRefresh(() -> title.setText(messages.get("ui.settlement.stays", model.members().stream()
                .filter(m -> m.memberId().equals(outcomes.selectedMemberProperty().get())).map(MemberRow::name).findFirst().orElse(""))));
        model.members().addListener((ListChangeListener<MemberRow>) change -> parts.refresh());
        HBox outcome = Nodes.hbox(Styles.BUTTON_ROW, parts.fieldLabel("ui.settlement.col.attendance", attendance), attendance, replacement);
        Button fromPlan = parts.editButton(SettlementIds.STAYS_FROM_PLAN, "ui.settlement.stays.fromPlan",
                "ui.settlement.stays.fromPlan.accessible", outcomes::staysFromPlan);
        Button addStay = parts.editButton(SettlementIds.STAY_ADD, "ui.settlement.add", "ui.settlement.stay.add.accessible",
                outcomes::addStay);
        Button removeStay = parts.editButton(SettlementIds.STAY_REMOVE, "ui.settlement.remove", "ui.settlement.stay.remove.accessible",
                () -> outcomes.removeStay(at.get()));
        // Only a member who went has stamps: the others' stays are not typed (choosing "Đã đi" again brings them).
        BooleanProperty wentNot = new SimpleBooleanProperty();
        parts.onRefresh(() -> wentNot.set(!outcomes.selectedOutcome().travelled()));
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
        Button allFromPlan = parts.editButton(SettlementIds.STAYS_ALL_FROM_PLAN, "ui.settlement.stays.allFromPlan",
                "ui.settlement.stays.allFromPlan.accessible", outcomes::staysFromPlanForAll);
        VBox left = new VBox(Nodes.hbox(Styles.BUTTON_ROW, allFromPlan), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return SectionParts.split(left, right, 0.45);
    }
}
