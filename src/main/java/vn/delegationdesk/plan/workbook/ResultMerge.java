package vn.delegationdesk.plan.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.TextRules;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanLimits;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ReportPeriod;
import vn.delegationdesk.plan.TaskNumber;

/**
 * Merges the results of a return file into a plan by task number, as a preview. The whole file is refused when it was
 * not exported by the app, is for another plan (naming it) or another period. Each row is then
 * <ul>
 *   <li>refused when its number is blank or not the plan's, when its content or lead unit is no longer the task's
 *       ("cấu trúc nhiệm vụ đã bị sửa": the unit edited the task, not its result), when its number is on another row of
 *       the same sheet, or when its result breaks the text policy or is longer than {@link PlanLimits#RESULT};</li>
 *   <li>a change when its result differs from the stored one for the period;</li>
 *   <li>unchanged when it is the same, or blank (a blank cell never erases a stored result).</li>
 * </ul>
 * A task on several sheets (the per-unit workbook) is changed once when the sheets agree; rows giving it different
 * new results are all refused.
 */
public final class ResultMerge {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ResultMerge() {
    }

    public static ResultPreview preview(Plan plan, ReportPeriod period, ReturnFile file) {
        Optional<Phrase> refusal = fileRefusal(plan, period, file);
        if (refusal.isPresent()) {
            return new ResultPreview(plan, period, file.fileName(), refusal, List.of());
        }
        Map<TaskNumber, PlanTask> tasks = new HashMap<>();
        for (PlanTask task : plan.tasks()) {
            task.parsedNumber().ifPresent(n -> tasks.putIfAbsent(n, task));
        }
        Phrase resultField = Phrase.of("planbook.column.result", PeriodNames.of(period));
        List<RowOutcome> outcomes = new ArrayList<>();
        Map<String, ReturnRow> firstInSheet = new HashMap<>();
        Map<String, List<Integer>> byTask = new LinkedHashMap<>();
        for (ReturnRow row : file.rows()) {
            Phrase where = RowOutcome.where(row.sheet(), row.row());
            Optional<TaskNumber> number = TaskNumber.parse(row.number());
            PlanTask task = number.map(tasks::get).orElse(null);
            if (row.number().isEmpty()) {
                outcomes.add(RowOutcome.refused(row, "", Phrase.of("planbook.refused.noNumber", where)));
                continue;
            }
            if (task == null) {
                outcomes.add(RowOutcome.refused(row, "", Phrase.of("planbook.refused.noTask", where, row.number())));
                continue;
            }
            ReturnRow earlier = firstInSheet.putIfAbsent(row.sheet() + "\n" + number.get(), row);
            if (earlier != null) {
                outcomes.add(RowOutcome.refused(row, task.id(), Phrase.of("planbook.refused.duplicate", where, row.number(),
                        earlier.row())));
                refuseEarlier(outcomes, earlier, row);
                continue;
            }
            if (!sameText(row.content(), task.content())) {
                outcomes.add(RowOutcome.refused(row, task.id(), structure(where, "planbook.column.content", row.content(),
                        task.content())));
                continue;
            }
            if (!sameText(row.leadUnit(), task.leadUnit())) {
                outcomes.add(RowOutcome.refused(row, task.id(), structure(where, "planbook.column.lead", row.leadUnit(),
                        task.leadUnit())));
                continue;
            }
            List<ValidationError> problems = TextRules.check("result", row.result(), PlanLimits.RESULT);
            if (!problems.isEmpty()) {
                ValidationError problem = problems.get(0);
                outcomes.add(RowOutcome.refused(row, task.id(), Phrase.of("planbook.refused.text", where, resultField,
                        new Phrase(problem.messageKey(), problem.args()))));
                continue;
            }
            String old = task.resultFor(period.code());
            if (row.result().isEmpty() || row.result().equals(old)) {
                outcomes.add(RowOutcome.unchanged(row, task.id(), old));
            } else {
                outcomes.add(RowOutcome.changed(row, task.id(), old));
            }
            byTask.computeIfAbsent(task.id(), k -> new ArrayList<>()).add(outcomes.size() - 1);
        }
        agreeAcrossSheets(outcomes, byTask);
        return new ResultPreview(plan, period, file.fileName(), Optional.empty(), outcomes);
    }

    private static Optional<Phrase> fileRefusal(Plan plan, ReportPeriod period, ReturnFile file) {
        if (file.mark().isEmpty()) {
            return Optional.of(Phrase.of("planbook.file.noMark", file.fileName()));
        }
        FileMark mark = file.mark().get();
        if (!mark.isFor(plan)) {
            String number = mark.numberAndSymbol().isEmpty() || mark.numberAndSymbol().startsWith("/")
                    ? "" : mark.numberAndSymbol();
            return Optional.of(Phrase.of(number.isEmpty() ? "planbook.file.otherPlan" : "planbook.file.otherPlanNumbered",
                    file.fileName(), mark.title(), number, plan.title()));
        }
        if (!mark.period().equals(period.code())) {
            return Optional.of(Phrase.of("planbook.file.otherPeriod", file.fileName(), PeriodNames.ofCode(mark.period()),
                    PeriodNames.of(period)));
        }
        if (file.rows().isEmpty()) {
            return Optional.of(Phrase.of("planbook.file.noRows", file.fileName()));
        }
        return Optional.empty();
    }

    /** The first row of a duplicated number is refused too (once), unless it already was for another reason. */
    private static void refuseEarlier(List<RowOutcome> outcomes, ReturnRow earlier, ReturnRow later) {
        for (int i = 0; i < outcomes.size(); i++) {
            RowOutcome o = outcomes.get(i);
            if (o.sheet().equals(earlier.sheet()) && o.row() == earlier.row() && o.kind() != RowOutcome.Kind.REFUSED) {
                outcomes.set(i, RowOutcome.refused(earlier, o.taskId(), Phrase.of("planbook.refused.duplicate",
                        RowOutcome.where(earlier.sheet(), earlier.row()), earlier.number(), later.row())));
            }
        }
    }

    /** A task on several rows (other sheets): one change when they agree, all refused when their new results differ. */
    private static void agreeAcrossSheets(List<RowOutcome> outcomes, Map<String, List<Integer>> byTask) {
        for (List<Integer> indexes : byTask.values()) {
            List<Integer> live = indexes.stream().filter(i -> outcomes.get(i).kind() != RowOutcome.Kind.REFUSED).toList();
            List<String> news = live.stream().map(outcomes::get).filter(o -> o.kind() == RowOutcome.Kind.CHANGED)
                    .map(RowOutcome::newResult).distinct().toList();
            if (news.size() > 1) {
                RowOutcome first = outcomes.get(live.get(0));
                for (int i : live) {
                    RowOutcome o = outcomes.get(i);
                    Phrase reason = Phrase.of("planbook.refused.disagree", o.where(), o.number(), first.sheet(), first.row());
                    outcomes.set(i, new RowOutcome(RowOutcome.Kind.REFUSED, o.sheet(), o.row(), o.number(), o.taskId(), "",
                            o.newResult(), reason));
                }
            } else if (news.size() == 1) {
                boolean seen = false;
                for (int i : live) {
                    RowOutcome o = outcomes.get(i);
                    if (o.kind() == RowOutcome.Kind.CHANGED) {
                        if (seen) {
                            outcomes.set(i, new RowOutcome(RowOutcome.Kind.UNCHANGED, o.sheet(), o.row(), o.number(), o.taskId(),
                                    o.newResult(), o.newResult(), Phrase.of("planbook.sameChange")));
                        }
                        seen = true;
                    }
                }
            }
        }
    }

    private static Phrase structure(Phrase where, String fieldKey, String inFile, String inPlan) {
        return Phrase.of("planbook.refused.structure", where, Phrase.of(fieldKey), TextRules.forDisplay(inFile, 80),
                TextRules.forDisplay(inPlan, 80));
    }

    /** Equal but for runs of white space (a clerk's Excel may rewrap a long cell). */
    static boolean sameText(String a, String b) {
        return SPACES.matcher(a.strip()).replaceAll(" ").equals(SPACES.matcher(b.strip()).replaceAll(" "));
    }
}
