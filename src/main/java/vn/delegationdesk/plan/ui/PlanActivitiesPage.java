package vn.delegationdesk.plan.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.delegationdesk.delegation.DelegationSummary;
import vn.delegationdesk.plan.ActivityKind;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ui.common.PlanIds;
import vn.delegationdesk.plan.ui.common.PlanTables;
import vn.delegationdesk.plan.ui.common.PlanTexts;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.EnumConverter;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;

/**
 * "Hoạt động": the activities of the plan, the form of the chosen one, "Gắn đoàn công tác…", and the quick entry of
 * recurring sessions (date, Enter, next date).
 */
final class PlanActivitiesPage extends VBox {
    private final PlanEditorViewModel model;
    private final PlanActivityForm activity;
    private final Messages messages;

    PlanActivitiesPage(PlansViewModel plans, Messages messages) {
        this.model = plans.editor();
        this.activity = model.activityForm();
        this.messages = messages;
        getStyleClass().add(Styles.PAGE_CONTENT);
        TableView<PlanActivityForm.Row> table = PlanTables.table(PlanIds.ACTIVITIES_TABLE, activity.rows(),
                messages.get("ui.plan.activity.none"));
        PlanTables.column(table, messages, "ui.plan.column.kind", PlanActivityForm.Row::kind, 150);
        PlanTables.column(table, messages, "ui.plan.column.activityTitle", PlanActivityForm.Row::title, 260);
        PlanTables.column(table, messages, "ui.plan.column.date", PlanActivityForm.Row::date, 90);
        PlanTables.column(table, messages, "ui.plan.column.place", PlanActivityForm.Row::place, 150);
        PlanTables.column(table, messages, "ui.plan.column.units", PlanActivityForm.Row::units, 150);
        PlanTables.column(table, messages, "ui.plan.column.participants", PlanActivityForm.Row::participants, 80);
        PlanTables.column(table, messages, "ui.plan.column.quantity", PlanActivityForm.Row::quantity, 70);
        PlanTables.column(table, messages, "ui.plan.column.task", PlanActivityForm.Row::task, 70);
        table.getSelectionModel().selectedIndexProperty().addListener((o, old, index) -> activity.select(index.intValue()));
        // One line a row: a network's 20–30 sessions need to be seen several at a time above the forms.
        table.setFixedCellSize(30);
        VBox.setVgrow(table, Priority.ALWAYS);

        ChoiceBox<ActivityKind> kind = new ChoiceBox<>();
        kind.getItems().setAll(ActivityKind.values());
        kind.setConverter(EnumConverter.of(ActivityKind.class, e -> PlanTexts.label(messages, e)));
        kind.valueProperty().bindBidirectional(activity.kindProperty());
        Forms.name(kind, "plan-activity-kind", messages.get("ui.plan.column.kind"));
        ComboBox<PlanTask> task = taskChoice("plan-activity-task");
        task.valueProperty().bindBidirectional(activity.taskProperty());
        GridPane form = Forms.grid(2);
        Forms.row(form, 0, 0, messages.get("ui.plan.column.kind"), kind, 1);
        Forms.row(form, 1, 0, messages.get("ui.plan.column.task"), task, 1);
        Forms.row(form, 0, 1, messages.get("ui.plan.column.activityTitle"), Forms.text("plan-activity-title",
                messages.get("ui.plan.column.activityTitle"), activity.titleProperty()), 3);
        Forms.row(form, 0, 2, messages.get("ui.plan.column.date"), Forms.text("plan-activity-date", messages.get("ui.plan.column.date"),
                activity.dateProperty()), 1);
        Forms.row(form, 1, 2, messages.get("ui.plan.column.place"), Forms.text("plan-activity-place", messages.get("ui.plan.column.place"),
                activity.placeProperty()), 1);
        Forms.row(form, 0, 3, messages.get("ui.plan.column.units"), Forms.text("plan-activity-units", messages.get("ui.plan.column.units"),
                activity.unitsProperty()), 1);
        TextField participants = Forms.text("plan-activity-participants", messages.get("ui.plan.column.participants"),
                activity.participantsProperty());
        TextField quantity = Forms.text("plan-activity-quantity", messages.get("ui.plan.column.quantity"),
                activity.quantityProperty());
        participants.setPrefColumnCount(4);
        quantity.setPrefColumnCount(4);
        Forms.row(form, 1, 3, messages.get("ui.plan.column.participants"), Nodes.hbox(Styles.TOOLBAR, participants,
                Nodes.label(messages.get("ui.plan.column.quantity"), Styles.FIELD_LABEL), quantity), 1);
        Button add = Buttons.action("plan-activity-add", messages.get("ui.plan.row.add"), messages.get("ui.plan.row.add"),
                () -> activity.put(-1));
        Button update = Buttons.action("plan-activity-update", messages.get("ui.plan.row.update"), messages.get("ui.plan.row.update"),
                () -> activity.put(table.getSelectionModel().getSelectedIndex()));
        update.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(model.writeRefusalProperty().isNotEmpty()));
        Button remove = Buttons.action("plan-activity-remove", messages.get("ui.plan.row.remove"), messages.get("ui.plan.row.remove"),
                () -> activity.remove(table.getSelectionModel().getSelectedIndex()));
        remove.disableProperty().bind(update.disableProperty());
        Button link = Buttons.action(PlanIds.LINK_DELEGATION, messages.get("ui.plan.link.button"), messages.get("ui.plan.link.accessible"),
                this::link);
        for (Button b : List.of(add, link)) {
            b.disableProperty().bind(model.writeRefusalProperty().isNotEmpty());
        }
        Label error = Nodes.wrapping("", Styles.FORM_ERROR);
        error.textProperty().bind(activity.errorProperty());
        VBox activityCard = Forms.card(messages.get("ui.plan.card.activity"), form, Nodes.hbox(Styles.BUTTON_ROW, add, update, remove,
                link), error);
        HBox.setHgrow(activityCard, Priority.ALWAYS);
        HBox lower = new HBox(12, activityCard, quickCard(plans.quick()));
        getChildren().addAll(table, lower);
    }

    private ComboBox<PlanTask> taskChoice(String id) {
        ComboBox<PlanTask> task = new ComboBox<>(model.tasks());
        // One line per task in the list: its number and the first line of its content, cut to what a row shows.
        task.setConverter(PlanGeneralPage.converter(t -> t == null ? "" : PlanTexts.taskHeading(t)));
        task.setPromptText(messages.get("ui.plan.field.task.prompt"));
        task.setMaxWidth(Double.MAX_VALUE);
        task.setPrefWidth(220);
        Forms.name(task, id, messages.get("ui.plan.column.task"));
        return task;
    }

    private VBox quickCard(QuickSessionsViewModel quick) {
        ComboBox<PlanTask> task = taskChoice("plan-quick-task");
        task.valueProperty().bindBidirectional(quick.taskProperty());
        TextField date = Forms.text(PlanIds.QUICK_DATE, messages.get("ui.plan.quick.date"), quick.dateProperty());
        date.setPromptText(messages.get("ui.plan.quick.date.prompt"));
        date.setPrefColumnCount(10);
        TextField title = Forms.text(PlanIds.QUICK_TITLE, messages.get("ui.plan.quick.titleField"), quick.titleProperty());
        title.setPromptText(messages.get("ui.plan.quick.title.prompt"));
        HBox.setHgrow(title, Priority.ALWAYS);
        TextField step = Forms.text("plan-quick-step", messages.get("ui.plan.quick.step"), quick.stepProperty());
        step.setPrefColumnCount(3);
        for (TextField field : List.of(date, title)) {
            field.setOnKeyPressed(event -> {
                if (event.getCode() == KeyCode.ENTER) {
                    if (quick.enter()) {
                        date.requestFocus();
                        date.end();
                    }
                    event.consume();
                }
            });
            field.disableProperty().bind(model.writeRefusalProperty().isNotEmpty());
        }
        ListView<String> lines = new ListView<>(quick.lines());
        lines.setPrefHeight(52);
        Label hint = Nodes.wrapping(messages.get("ui.plan.quick.hint"), Styles.PLACEHOLDER);
        hint.setMaxWidth(380);
        lines.setPlaceholder(hint);
        quick.lines().addListener((javafx.collections.ListChangeListener<String>) c -> lines.scrollTo(quick.lines().size() - 1));
        Label error = Nodes.wrapping("", Styles.FORM_ERROR);
        error.textProperty().bind(quick.errorProperty());
        Label added = Nodes.label("", Styles.MUTED);
        added.textProperty().bind(quick.addedProperty());
        GridPane form = Forms.grid(1);
        Forms.row(form, 0, 0, messages.get("ui.plan.column.task"), task, 1);
        Forms.row(form, 0, 1, messages.get("ui.plan.quick.step"), step, 1);
        step.setMaxWidth(60);
        VBox card = Forms.card(messages.get("ui.plan.card.quick"), form, Nodes.hbox(Styles.TOOLBAR, date, title), lines, added, error);
        card.setPrefWidth(460);
        card.setMinWidth(380);
        return card;
    }

    private void link() {
        List<DelegationSummary> choices = List.copyOf(model.delegationChoices());
        if (choices.isEmpty()) {
            activity.linkDelegation(null, activity.taskProperty().get());
            return;
        }
        List<String> names = choices.stream().map(d -> d.title() + (d.firstDate() == null ? ""
                : " (" + VietnameseDates.range(d.firstDate(), d.lastDate() == null ? d.firstDate() : d.lastDate()) + ")")).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(names.get(0), names);
        dialog.setTitle(messages.get("ui.plan.link.title"));
        dialog.setHeaderText(messages.get("ui.plan.link.header"));
        dialog.setContentText(messages.get("ui.plan.link.choice"));
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        // JavaFX ships no Vietnamese: the buttons say what they do.
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText(messages.get("ui.plan.link.confirm"));
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(messages.get("ui.plan.link.cancel"));
        Optional<String> chosen = dialog.showAndWait();
        chosen.ifPresent(name -> activity.linkDelegation(choices.get(names.indexOf(name)), activity.taskProperty().get()));
    }
}
