package vn.delegationdesk.plan.ui.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanActivity;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ReportDeadline;
import vn.delegationdesk.plan.ui.common.PlanTexts;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * "Lịch": a month of the plan as a grid of days from Monday, six weeks, with the activities of each day, the report
 * deadlines and the tasks due; previous and next month.
 */
public final class PlanCalendarViewModel {
    /** What a day's cell shows; {@code kind} lets the view colour deadlines and due tasks. */
    public record Entry(String text, EntryKind kind) {
    }

    /** What an entry is. */
    public enum EntryKind { ACTIVITY, REPORT, TASK_DUE }

    /** A cell of the grid: its day, whether it is in the month shown, whether it is today, and its entries. */
    public record Day(LocalDate date, boolean inMonth, boolean today, List<Entry> entries) {
    }

    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final ReadOnlyObjectWrapper<YearMonth> month = new ReadOnlyObjectWrapper<>(this, "month");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ObservableList<Day> days = FXCollections.observableArrayList();
    private Plan plan;

    public PlanCalendarViewModel(Messages messages, Supplier<LocalDate> today) {
        this.messages = messages;
        this.today = today;
        month.set(YearMonth.from(today.get()));
    }

    /** Shows {@code value}; a new plan opens on this month when the plan covers it, else on the plan's first month. */
    public void show(Plan value) {
        boolean other = plan == null || value == null || !java.util.Objects.equals(plan.id(), value.id());
        plan = value;
        if (other && value != null && value.periodFrom() != null) {
            LocalDate now = today.get();
            boolean covers = !now.isBefore(value.periodFrom()) && !now.isAfter(value.periodTo());
            month.set(covers ? YearMonth.from(now) : YearMonth.from(value.periodFrom()));
        }
        build();
    }

    public void previous() {
        month.set(month.get().minusMonths(1));
        build();
    }

    public void next() {
        month.set(month.get().plusMonths(1));
        build();
    }

    private void build() {
        YearMonth shown = month.get();
        heading.set(messages.get("ui.plan.calendar.month", shown.getMonthValue(), Integer.toString(shown.getYear())));
        LocalDate first = shown.atDay(1);
        LocalDate start = first.minusDays(first.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
        LocalDate end = start.plusDays(41);
        Map<LocalDate, List<Entry>> entries = new TreeMap<>();
        if (plan != null) {
            for (PlanActivity a : plan.activities()) {
                if (a.date() != null && !a.date().isBefore(start) && !a.date().isAfter(end)) {
                    String text = a.title().isEmpty() ? PlanTexts.label(messages, a.kind()) : a.title();
                    entries.computeIfAbsent(a.date(), d -> new ArrayList<>()).add(new Entry(text, EntryKind.ACTIVITY));
                }
            }
            for (ReportDeadline d : plan.deadlines(start, end)) {
                entries.computeIfAbsent(d.date(), x -> new ArrayList<>()).add(new Entry(messages.get("ui.plan.calendar.report",
                        PlanTexts.label(messages, d.rule().frequency())), EntryKind.REPORT));
            }
            for (PlanTask t : plan.tasks()) {
                if (t.due() != null && !t.due().isBefore(start) && !t.due().isAfter(end)) {
                    entries.computeIfAbsent(t.due(), x -> new ArrayList<>()).add(new Entry(messages.get("ui.plan.calendar.taskDue",
                            t.number()), EntryKind.TASK_DUE));
                }
            }
        }
        LocalDate now = today.get();
        List<Day> grid = new ArrayList<>();
        for (int i = 0; i < 42; i++) {
            LocalDate day = start.plusDays(i);
            grid.add(new Day(day, YearMonth.from(day).equals(shown), day.equals(now), entries.getOrDefault(day, List.of())));
        }
        days.setAll(grid);
    }

    public ReadOnlyObjectProperty<YearMonth> monthProperty() {
        return month.getReadOnlyProperty();
    }

    /** "Tháng 6/2025". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** 42 days from the Monday on or before the month's first day. */
    public ObservableList<Day> days() {
        return days;
    }
}
