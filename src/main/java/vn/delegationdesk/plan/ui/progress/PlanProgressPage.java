package vn.delegationdesk.plan.ui.progress;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.delegationdesk.plan.ui.common.PlanIds;
import vn.delegationdesk.plan.ui.common.PlanTables;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Pages;
import vn.delegationdesk.platform.ui.Styles;

/** "Tiến độ": the period chooser over the targets (đạt / chưa đạt / vượt), the tasks (overdue in red) and the units. */
public final class PlanProgressPage extends VBox {
    private static final double ROW = 30;
    /** Two lines of a task's content or of a target's field (the clamped label is 2.7em high). */
    private static final double TALL_ROW = 46;

    public PlanProgressPage(PlanProgressViewModel model, Messages messages) {
        ComboBox<PlanProgressViewModel.PeriodChoice> period = new ComboBox<>(model.periods());
        period.valueProperty().bindBidirectional(model.periodProperty());
        Forms.name(period, PlanIds.PROGRESS_PERIOD, messages.get("ui.plan.progress.period"));
        period.setVisibleRowCount(14);
        HBox top = Nodes.hbox(Styles.TOOLBAR, Nodes.label(messages.get("ui.plan.progress.period"), Styles.FIELD_LABEL), period);

        TableView<PlanProgressViewModel.TargetLine> targets = PlanTables.table(PlanIds.PROGRESS_TARGETS, model.targets(),
                messages.get("ui.plan.target.none"));
        PlanTables.column(targets, messages, "ui.plan.column.targetLabel", PlanProgressViewModel.TargetLine::label, 320);
        PlanTables.column(targets, messages, "ui.plan.column.field", PlanProgressViewModel.TargetLine::field, 200);
        TableColumn<PlanProgressViewModel.TargetLine, String> figures = PlanTables.column(targets, messages, "ui.plan.column.achieved",
                PlanProgressViewModel.TargetLine::figures, 320);
        figures.getStyleClass().add(Styles.PLAN_FIGURES);
        targets.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(PlanProgressViewModel.TargetLine item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(Styles.PLAN_BELOW, Styles.PLAN_WITHIN, Styles.PLAN_ABOVE);
                if (!empty && item != null) {
                    getStyleClass().add(switch (item.attainment()) {
                        case BELOW -> Styles.PLAN_BELOW;
                        case WITHIN -> Styles.PLAN_WITHIN;
                        case ABOVE -> Styles.PLAN_ABOVE;
                    });
                }
            }
        });

        TableView<PlanProgressViewModel.TaskLine> tasks = PlanTables.table(PlanIds.PROGRESS_TASKS, model.tasks(),
                messages.get("ui.plan.task.none"));
        PlanTables.column(tasks, messages, "ui.plan.column.number", PlanProgressViewModel.TaskLine::number, 54);
        PlanTables.column(tasks, messages, "ui.plan.column.content", PlanProgressViewModel.TaskLine::content, 340);
        PlanTables.column(tasks, messages, "ui.plan.column.lead", PlanProgressViewModel.TaskLine::lead, 200);
        PlanTables.column(tasks, messages, "ui.plan.column.due", PlanProgressViewModel.TaskLine::due, 90);
        PlanTables.column(tasks, messages, "ui.plan.column.status", PlanProgressViewModel.TaskLine::status, 120);
        PlanTables.column(tasks, messages, "ui.plan.column.activities", PlanProgressViewModel.TaskLine::activities, 80);
        TableColumn<PlanProgressViewModel.TaskLine, String> overdue = PlanTables.column(tasks, messages, "ui.plan.column.overdue",
                PlanProgressViewModel.TaskLine::overdue, 130);
        overdue.getStyleClass().add(Styles.DUE_REMAINING);
        tasks.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(PlanProgressViewModel.TaskLine item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(Styles.DUE_OVERDUE);
                if (!empty && item != null && !item.overdue().isEmpty()) {
                    getStyleClass().add(Styles.DUE_OVERDUE);
                }
            }
        });

        TableView<PlanProgressViewModel.UnitLine> units = PlanTables.table(PlanIds.PROGRESS_UNITS, model.units(),
                messages.get("ui.plan.unit.none"));
        PlanTables.column(units, messages, "ui.plan.column.unit", PlanProgressViewModel.UnitLine::unit, 320);
        PlanTables.column(units, messages, "ui.plan.column.leads", PlanProgressViewModel.UnitLine::leads, 200);
        PlanTables.column(units, messages, "ui.plan.column.coordinates", PlanProgressViewModel.UnitLine::coordinates, 200);
        PlanTables.column(units, messages, "ui.plan.column.unitOverdue", PlanProgressViewModel.UnitLine::overdue, 160);

        // Every row shows: the tables are as tall as their rows and the page scrolls.
        fitRows(targets, TALL_ROW);
        fitRows(tasks, TALL_ROW);
        fitRows(units, ROW);
        VBox page = new VBox(top, Nodes.label(messages.get("ui.plan.progress.targets"), Styles.SECTION_TITLE), targets,
                Nodes.label(messages.get("ui.plan.progress.tasks"), Styles.SECTION_TITLE), tasks,
                Nodes.label(messages.get("ui.plan.progress.units"), Styles.SECTION_TITLE), units);
        javafx.scene.control.ScrollPane scroll = Pages.scrolling(page);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
    }

    private static void fitRows(TableView<?> table, double row) {
        table.setFixedCellSize(row);
        table.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(table.getItems()).multiply(row)
                .add(ROW + 6).add(javafx.beans.binding.Bindings.when(javafx.beans.binding.Bindings.isEmpty(table.getItems()))
                        .then(ROW).otherwise(0)));
        table.minHeightProperty().bind(table.prefHeightProperty());
        table.maxHeightProperty().bind(table.prefHeightProperty());
    }
}
