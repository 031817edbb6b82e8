package vn.delegationdesk.plan.ui.progress;

import java.time.DayOfWeek;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import vn.delegationdesk.plan.ui.common.PlanIds;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;

/** "Lịch": the month's grid of days with the plan's activities, report deadlines and tasks due; previous and next month. */
public final class PlanCalendarPage extends VBox {
    private static final int SHOWN_PER_DAY = 3;

    private final PlanCalendarViewModel model;
    private final Messages messages;
    private final GridPane grid = new GridPane();

    public PlanCalendarPage(PlanCalendarViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add(Styles.PAGE_CONTENT);
        Label heading = Nodes.label("", Styles.SECTION_TITLE);
        heading.setId(PlanIds.CALENDAR_HEADING);
        heading.textProperty().bind(model.headingProperty());
        Button previous = Buttons.action(PlanIds.CALENDAR_PREVIOUS, messages.get("ui.plan.calendar.previous"),
                messages.get("ui.plan.calendar.previous"), model::previous);
        Button next = Buttons.action(PlanIds.CALENDAR_NEXT, messages.get("ui.plan.calendar.next"), messages.get("ui.plan.calendar.next"),
                model::next);
        HBox top = Nodes.hbox(Styles.TOOLBAR, previous, heading, next, Nodes.hspacer(),
                Nodes.label(messages.get("ui.plan.calendar.legend.activity"), Styles.PLAN_CAL_ACTIVITY),
                Nodes.label(messages.get("ui.plan.calendar.legend.report"), Styles.PLAN_CAL_REPORT),
                Nodes.label(messages.get("ui.plan.calendar.legend.task"), Styles.PLAN_CAL_TASK));
        top.setAlignment(Pos.CENTER_LEFT);
        GridPane weekdays = new GridPane();
        weekdays.getStyleClass().add(Styles.PLAN_CALENDAR);
        grid.setId(PlanIds.CALENDAR_GRID);
        grid.getStyleClass().add(Styles.PLAN_CALENDAR);
        for (int c = 0; c < 7; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 7);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
            Label name = Nodes.label(VietnameseDates.weekday(DayOfWeek.of(c + 1)), Styles.PLAN_CAL_WEEKDAY);
            name.setMaxWidth(Double.MAX_VALUE);
            weekdays.add(name, c, 0);
            ColumnConstraints same = new ColumnConstraints();
            same.setPercentWidth(100.0 / 7);
            weekdays.getColumnConstraints().add(same);
        }
        // Six weeks of the same height, whatever a day holds.
        for (int r = 0; r < 6; r++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(100.0 / 6);
            grid.getRowConstraints().add(row);
        }
        VBox.setVgrow(grid, Priority.ALWAYS);
        model.days().addListener((ListChangeListener<PlanCalendarViewModel.Day>) change -> render());
        render();
        getChildren().addAll(top, weekdays, grid);
    }

    private void render() {
        grid.getChildren().clear();
        for (int i = 0; i < model.days().size(); i++) {
            grid.add(cell(model.days().get(i)), i % 7, i / 7);
        }
    }

    private VBox cell(PlanCalendarViewModel.Day day) {
        VBox cell = new VBox();
        cell.getStyleClass().add(Styles.PLAN_CAL_DAY);
        if (!day.inMonth()) {
            cell.getStyleClass().add(Styles.PLAN_CAL_OUTSIDE);
        }
        if (day.today()) {
            cell.getStyleClass().add(Styles.PLAN_CAL_TODAY);
        }
        cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        cell.setMinHeight(0);
        cell.getChildren().add(Nodes.label(Integer.toString(day.date().getDayOfMonth()), Styles.PLAN_CAL_NUMBER));
        int shown = 0;
        for (PlanCalendarViewModel.Entry entry : day.entries()) {
            if (shown == SHOWN_PER_DAY && day.entries().size() > SHOWN_PER_DAY) {
                cell.getChildren().add(Nodes.label(messages.get("ui.plan.calendar.more", day.entries().size() - shown), Styles.MUTED));
                break;
            }
            Label text = Nodes.label(entry.text(), switch (entry.kind()) {
                case ACTIVITY -> Styles.PLAN_CAL_ACTIVITY;
                case REPORT -> Styles.PLAN_CAL_REPORT;
                case TASK_DUE -> Styles.PLAN_CAL_TASK;
            });
            text.setMaxWidth(Double.MAX_VALUE);
            text.setMinWidth(0);
            cell.getChildren().add(text);
            shown++;
        }
        String all = String.join("\n", day.entries().stream().map(PlanCalendarViewModel.Entry::text).toList());
        cell.setAccessibleText(VietnameseDates.withWeekday(day.date()) + (all.isEmpty() ? "" : ": " + all));
        if (!all.isEmpty()) {
            javafx.scene.control.Tooltip.install(cell, new javafx.scene.control.Tooltip(all));
        }
        return cell;
    }
}
