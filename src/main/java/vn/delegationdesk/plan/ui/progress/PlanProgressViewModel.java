package vn.delegationdesk.plan.ui.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.plan.Attainment;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanProgress;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ReportPeriod;
import vn.delegationdesk.plan.TargetProgress;
import vn.delegationdesk.plan.TaskProgress;
import vn.delegationdesk.plan.UnitWork;
import vn.delegationdesk.plan.ui.common.PlanTexts;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * "Tiến độ" of one plan: per target what was achieved against its value or range ("22 / 20 – 30 cuộc – đạt"), per task
 * its status and whether it is overdue (with the days), per unit what it leads and coordinates; over the whole plan or a
 * chosen year, half year or quarter. Computed from the plan as it stands in the editor.
 */
public final class PlanProgressViewModel {
    /** A span to count over: the plan's own period, or a reporting period. */
    public record PeriodChoice(String label, LocalDate from, LocalDate to) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A target's line: "22 / 20 – 30 cuộc – đạt". */
    public record TargetLine(String label, String field, String figures, Attainment attainment) {
    }

    /** A task's line; {@code overdue} is "quá hạn 12 ngày" or "". */
    public record TaskLine(String number, String content, String lead, String due, String status, String activities,
            String overdue) {
    }

    /** A unit's line: the tasks it leads and coordinates, by number. */
    public record UnitLine(String unit, String leads, String coordinates, String overdue) {
    }

    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final ObservableList<PeriodChoice> periods = FXCollections.observableArrayList();
    private final ObjectProperty<PeriodChoice> period = new SimpleObjectProperty<>(this, "period");
    private final ObservableList<TargetLine> targets = FXCollections.observableArrayList();
    private final ObservableList<TaskLine> tasks = FXCollections.observableArrayList();
    private final ObservableList<UnitLine> units = FXCollections.observableArrayList();
    private Plan plan;

    public PlanProgressViewModel(Messages messages, Supplier<LocalDate> today) {
        this.messages = messages;
        this.today = today;
        period.addListener((o, old, now) -> compute());
    }

    /** Shows the progress of {@code value} (null: nothing); keeps the chosen period when the plan still has it. */
    public void show(Plan value) {
        this.plan = value;
        PeriodChoice chosen = period.get();
        List<PeriodChoice> choices = value == null ? List.of() : choicesOf(value);
        periods.setAll(choices);
        PeriodChoice keep = chosen == null ? null : choices.stream().filter(c -> c.label().equals(chosen.label())).findFirst().orElse(null);
        if (keep == null && !choices.isEmpty()) {
            keep = choices.get(0);
        }
        if (keep == period.get()) {
            compute();
        } else {
            period.set(keep);
        }
    }

    private List<PeriodChoice> choicesOf(Plan p) {
        List<PeriodChoice> choices = new ArrayList<>();
        choices.add(new PeriodChoice(messages.get("ui.plan.progress.whole"), p.periodFrom(), p.periodTo()));
        int first = p.periodFrom() == null ? today.get().getYear() : p.periodFrom().getYear();
        int last = p.periodTo() == null ? first : Math.min(p.periodTo().getYear(), first + 10);
        for (int year = first; year <= last; year++) {
            choices.add(choice(messages.get("ui.plan.progress.year", Integer.toString(year)), ReportPeriod.year(year)));
            for (int half = 1; half <= 2; half++) {
                choices.add(choice(messages.get("ui.plan.progress.half", half, Integer.toString(year)),
                        new ReportPeriod(year, ReportPeriod.Part.HALF, half)));
            }
            for (int quarter = 1; quarter <= 4; quarter++) {
                choices.add(choice(messages.get("ui.plan.progress.quarter", quarter, Integer.toString(year)),
                        new ReportPeriod(year, ReportPeriod.Part.QUARTER, quarter)));
            }
        }
        return choices;
    }

    private static PeriodChoice choice(String label, ReportPeriod p) {
        return new PeriodChoice(label, p.from(), p.to());
    }

    private void compute() {
        if (plan == null || period.get() == null) {
            targets.clear();
            tasks.clear();
            units.clear();
            return;
        }
        LocalDate day = today.get();
        PlanProgress progress = PlanProgress.of(plan, day, period.get().from(), period.get().to());
        targets.setAll(progress.targets().stream().map(this::targetLine).toList());
        tasks.setAll(progress.tasks().stream().map(t -> taskLine(t, day)).toList());
        units.setAll(progress.units().stream().map(this::unitLine).toList());
    }

    private TargetLine targetLine(TargetProgress p) {
        String range = p.target().isRange() ? messages.get("ui.plan.progress.range", p.target().min(), p.target().max())
                : Long.toString(p.target().min());
        String figures = messages.get("ui.plan.progress.figures", p.achieved(), range, p.target().unit(),
                messages.get(p.attainment().labelKey()));
        return new TargetLine(p.target().label(), p.target().field(), figures, p.attainment());
    }

    private TaskLine taskLine(TaskProgress p, LocalDate day) {
        PlanTask t = p.task();
        String overdue = p.overdue() ? messages.get("ui.plan.progress.overdue", ChronoUnit.DAYS.between(t.due(), day)) : "";
        return new TaskLine(t.number(), t.content(), t.leadUnit(), PlanTexts.date(t.due()), PlanTexts.label(messages, t.status()),
                Integer.toString(p.activities()), overdue);
    }

    private UnitLine unitLine(UnitWork w) {
        return new UnitLine(w.unit(), w.leads().stream().map(PlanTask::number).collect(Collectors.joining(", ")),
                w.coordinates().stream().map(PlanTask::number).collect(Collectors.joining(", ")),
                w.overdue() == 0 ? "" : messages.get("ui.plan.progress.unitOverdue", w.overdue()));
    }

    public ObservableList<PeriodChoice> periods() {
        return periods;
    }

    public ObjectProperty<PeriodChoice> periodProperty() {
        return period;
    }

    public ObservableList<TargetLine> targets() {
        return targets;
    }

    public ObservableList<TaskLine> tasks() {
        return tasks;
    }

    public ObservableList<UnitLine> units() {
        return units;
    }
}
