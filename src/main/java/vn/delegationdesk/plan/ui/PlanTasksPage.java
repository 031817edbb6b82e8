package vn.delegationdesk.plan.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.delegationdesk.plan.TaskStatus;
import vn.delegationdesk.plan.ui.common.PlanIds;
import vn.delegationdesk.plan.ui.common.PlanTables;
import vn.delegationdesk.plan.ui.common.PlanTexts;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.EnumConverter;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;

/** "Nhiệm vụ": the tasks in the plan's numbering with the result for a chosen period, and the form of the chosen task. */
final class PlanTasksPage extends VBox {
    PlanTasksPage(PlanEditorViewModel model, Messages messages) {
        getStyleClass().add(Styles.PAGE_CONTENT);
        PlanTaskForm chosenTask = model.taskForm();
        TextField period = Forms.text("plan-result-period", messages.get("ui.plan.field.resultPeriod"), chosenTask.resultPeriodProperty());
        period.setPromptText(messages.get("ui.plan.field.resultPeriod.prompt"));
        period.setPrefColumnCount(8);
        HBox top = Nodes.hbox(Styles.TOOLBAR, Nodes.label(messages.get("ui.plan.field.resultPeriod"), Styles.FIELD_LABEL), period,
                Nodes.label(messages.get("ui.plan.field.resultPeriod.prompt"), Styles.MUTED));
        TableView<PlanTaskForm.Row> table = PlanTables.table(PlanIds.TASKS_TABLE, chosenTask.rows(),
                messages.get("ui.plan.task.none"));
        PlanTables.column(table, messages, "ui.plan.column.number", PlanTaskForm.Row::number, 54);
        PlanTables.column(table, messages, "ui.plan.column.content", PlanTaskForm.Row::content, 300);
        PlanTables.column(table, messages, "ui.plan.column.lead", PlanTaskForm.Row::lead, 170);
        PlanTables.column(table, messages, "ui.plan.column.coordinating", PlanTaskForm.Row::coordinating, 170);
        PlanTables.column(table, messages, "ui.plan.column.from", PlanTaskForm.Row::from, 90);
        PlanTables.column(table, messages, "ui.plan.column.due", PlanTaskForm.Row::due, 90);
        PlanTables.column(table, messages, "ui.plan.column.targets", PlanTaskForm.Row::targets, 140);
        PlanTables.column(table, messages, "ui.plan.column.status", PlanTaskForm.Row::status, 120);
        PlanTables.column(table, messages, "ui.plan.column.result", PlanTaskForm.Row::result, 200);
        table.getSelectionModel().selectedIndexProperty().addListener((o, old, index) -> chosenTask.select(index.intValue()));
        VBox.setVgrow(table, Priority.ALWAYS);

        ChoiceBox<TaskStatus> status = new ChoiceBox<>();
        status.getItems().setAll(TaskStatus.values());
        status.setConverter(EnumConverter.of(TaskStatus.class, e -> PlanTexts.label(messages, e)));
        status.valueProperty().bindBidirectional(chosenTask.statusProperty());
        Forms.name(status, "plan-task-status", messages.get("ui.plan.column.status"));
        GridPane form = Forms.grid(4);
        Forms.row(form, 0, 0, messages.get("ui.plan.column.number"), text("plan-task-number", "ui.plan.column.number", model, messages,
                chosenTask.numberProperty()), 1);
        Forms.row(form, 1, 0, messages.get("ui.plan.column.lead"), text("plan-task-lead", "ui.plan.column.lead", model, messages,
                chosenTask.leadProperty()), 1);
        Forms.row(form, 2, 0, messages.get("ui.plan.column.coordinating"), text("plan-task-coordinating", "ui.plan.column.coordinating",
                model, messages, chosenTask.coordinatingProperty()), 1);
        Forms.row(form, 3, 0, messages.get("ui.plan.column.status"), status, 1);
        Forms.row(form, 0, 1, messages.get("ui.plan.column.from"), text("plan-task-from", "ui.plan.column.from", model, messages,
                chosenTask.fromProperty()), 1);
        Forms.row(form, 1, 1, messages.get("ui.plan.column.due"), text("plan-task-due", "ui.plan.column.due", model, messages,
                chosenTask.dueProperty()), 1);
        Forms.row(form, 2, 1, messages.get("ui.plan.column.targets"), text("plan-task-targets", "ui.plan.column.targets", model, messages,
                chosenTask.targetsProperty()), 2);
        Forms.row(form, 0, 2, messages.get("ui.plan.column.content"),
                Forms.area("plan-task-content", messages.get("ui.plan.column.content"), chosenTask.contentProperty(), 2), 2);
        Forms.row(form, 2, 2, messages.get("ui.plan.column.result"), Forms.area("plan-task-result", messages.get("ui.plan.column.result"),
                chosenTask.resultProperty(), 2), 2);

        Button add = Buttons.action("plan-task-add", messages.get("ui.plan.row.add"), messages.get("ui.plan.row.add"),
                () -> chosenTask.put(-1));
        Button update = Buttons.action("plan-task-update", messages.get("ui.plan.row.update"), messages.get("ui.plan.row.update"),
                () -> chosenTask.put(table.getSelectionModel().getSelectedIndex()));
        update.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(model.writeRefusalProperty().isNotEmpty()));
        Button remove = Buttons.action("plan-task-remove", messages.get("ui.plan.row.remove"), messages.get("ui.plan.row.remove"),
                () -> chosenTask.remove(table.getSelectionModel().getSelectedIndex()));
        remove.disableProperty().bind(update.disableProperty());
        add.disableProperty().bind(model.writeRefusalProperty().isNotEmpty());
        Label error = Nodes.wrapping("", Styles.FORM_ERROR);
        error.textProperty().bind(chosenTask.errorProperty());
        getChildren().addAll(top, table, Forms.card(messages.get("ui.plan.card.task"), form,
                Nodes.hbox(Styles.BUTTON_ROW, add, update, remove), error));
    }

    private static TextField text(String id, String key, PlanEditorViewModel model, Messages messages,
            javafx.beans.property.StringProperty value) {
        return Forms.text(id, messages.get(key), value);
    }
}
