package vn.delegationdesk.plan.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.delegationdesk.plan.ActivityKind;
import vn.delegationdesk.plan.ui.common.PlanIds;
import vn.delegationdesk.plan.ui.common.PlanTables;
import vn.delegationdesk.plan.ui.common.PlanTexts;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;

/** "Chỉ tiêu": the targets' table and the form of the chosen one (counted from a kind of activity, or typed in by hand). */
final class PlanTargetsPage extends VBox {
    PlanTargetsPage(PlanEditorViewModel model, Messages messages) {
        getStyleClass().add(Styles.PAGE_CONTENT);
        PlanTargetForm target = model.targetForm();
        TableView<PlanTargetForm.Row> table = PlanTables.table(PlanIds.TARGETS_TABLE, target.rows(),
                messages.get("ui.plan.target.none"));
        PlanTables.column(table, messages, "ui.plan.column.targetLabel", PlanTargetForm.Row::label, 260);
        PlanTables.column(table, messages, "ui.plan.column.field", PlanTargetForm.Row::field, 160);
        PlanTables.column(table, messages, "ui.plan.column.unit", PlanTargetForm.Row::unit, 90);
        PlanTables.column(table, messages, "ui.plan.column.min", PlanTargetForm.Row::min, 80);
        PlanTables.column(table, messages, "ui.plan.column.max", PlanTargetForm.Row::max, 80);
        PlanTables.column(table, messages, "ui.plan.column.counted", PlanTargetForm.Row::counted, 220);
        table.getSelectionModel().selectedIndexProperty().addListener((o, old, index) -> target.select(index.intValue()));
        VBox.setVgrow(table, Priority.ALWAYS);

        ChoiceBox<ActivityKind> kind = new ChoiceBox<>();
        kind.getItems().add(null);
        kind.getItems().addAll(ActivityKind.values());
        kind.setConverter(PlanGeneralPage.converter(k -> k == null ? messages.get("ui.plan.target.byHand") : PlanTexts.label(messages, k)));
        kind.valueProperty().bindBidirectional(target.kindProperty());
        Forms.name(kind, "plan-target-kind", messages.get("ui.plan.column.counted"));
        TextArea entries = Forms.area("plan-target-entries", messages.get("ui.plan.field.entries"), target.entriesProperty(), 2);
        entries.setPromptText(messages.get("ui.plan.field.entries.prompt"));
        entries.disableProperty().bind(target.kindProperty().isNotNull());

        GridPane form = Forms.grid(3);
        Forms.row(form, 0, 0, messages.get("ui.plan.column.targetLabel"), Forms.text("plan-target-label",
                messages.get("ui.plan.column.targetLabel"), target.labelProperty()), 1);
        Forms.row(form, 1, 0, messages.get("ui.plan.column.field"), Forms.text("plan-target-field", messages.get("ui.plan.column.field"),
                target.fieldProperty()), 1);
        Forms.row(form, 2, 0, messages.get("ui.plan.column.unit"), Forms.text("plan-target-unit", messages.get("ui.plan.column.unit"),
                target.unitProperty()), 1);
        Forms.row(form, 0, 1, messages.get("ui.plan.column.min"), Forms.text("plan-target-min", messages.get("ui.plan.column.min"),
                target.minProperty()), 1);
        Forms.row(form, 1, 1, messages.get("ui.plan.column.max"), Forms.text("plan-target-max", messages.get("ui.plan.column.max"),
                target.maxProperty()), 1);
        Forms.row(form, 2, 1, messages.get("ui.plan.column.counted"), kind, 1);
        Forms.row(form, 0, 2, messages.get("ui.plan.field.entries"), entries, 3);

        Button add = Buttons.action("plan-target-add", messages.get("ui.plan.row.add"), messages.get("ui.plan.row.add"),
                () -> target.put(-1));
        Button update = Buttons.action("plan-target-update", messages.get("ui.plan.row.update"), messages.get("ui.plan.row.update"),
                () -> target.put(table.getSelectionModel().getSelectedIndex()));
        update.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(model.writeRefusalProperty().isNotEmpty()));
        Button remove = Buttons.action("plan-target-remove", messages.get("ui.plan.row.remove"), messages.get("ui.plan.row.remove"),
                () -> target.remove(table.getSelectionModel().getSelectedIndex()));
        remove.disableProperty().bind(update.disableProperty());
        add.disableProperty().bind(model.writeRefusalProperty().isNotEmpty());
        Label error = Nodes.wrapping("", Styles.FORM_ERROR);
        error.textProperty().bind(target.errorProperty());
        HBox buttons = Nodes.hbox(Styles.BUTTON_ROW, add, update, remove);
        getChildren().addAll(table, Forms.card(messages.get("ui.plan.card.target"), form, buttons, error));
    }
}
