package vn.delegationdesk.reading.review;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.plan.Ground;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanKind;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ReportFrequency;
import vn.delegationdesk.plan.ReportingRule;
import vn.delegationdesk.plan.Target;
import vn.delegationdesk.reading.plan.PlanDraft;

/**
 * A plan draft as the review screen edits it: the document's facts, grounds, purposes and requirements, each target
 * (name, value or range, unit), each task (content, lead unit, coordinating units one per line, due date), funding,
 * reporting rules, recipients and signer. {@link #toPlan()} rebuilds the plan from the edited texts; what the form
 * does not show (the tasks' links to targets, activities) is kept as read.
 */
public final class PlanDraftForm extends DraftForm {
    private final Plan read;

    private PlanDraftForm(Builder builder, Plan read) {
        super(builder);
        this.read = read;
    }

    public static PlanDraftForm of(PlanDraft draft, Words words) {
        Plan plan = draft.plan();
        Builder form = new Builder(words, draft.gaps(), draft.unplaced(), draft.placements());
        form.section("reading.review.section.document");
        DocumentEntries.header(form, plan.issuingBody(), plan.number(), plan.symbol(), plan.place(), plan.issuedOn());
        form.entry("kind", words.text("reading.review.field.kind"), words.text(plan.kind().labelKey()), false)
                .entry("title", words.text("reading.review.field.planTitle"), plan.title(), true)
                .entry("period", words.text("reading.review.field.period"), EntryReader.period(plan.periodFrom(), plan.periodTo()), false);
        form.section("reading.review.section.grounds");
        DocumentEntries.list(form, "grounds", "reading.review.field.ground", plan.grounds().stream().map(Ground::text).toList(), true);
        DocumentEntries.list(form, "purposes", "reading.review.field.purpose", plan.purposes(), true);
        DocumentEntries.list(form, "requirements", "reading.review.field.requirement", plan.requirements(), true);
        form.section("reading.review.section.targets");
        for (int i = 0; i < plan.targets().size(); i++) {
            Target t = plan.targets().get(i);
            String key = "target." + t.id();
            form.entry(key + ".label", words.text("reading.review.field.targetLabel", i + 1), t.label(), true, key)
                    .entry(key + ".value", words.text("reading.review.field.targetValue", i + 1), value(t), false, key)
                    .entry(key + ".unit", words.text("reading.review.field.targetUnit", i + 1), t.unit(), false, key);
        }
        form.section("reading.review.section.tasks");
        for (PlanTask task : plan.tasks()) {
            String key = "task." + task.number();
            form.entry(key, words.text("reading.review.field.taskContent", task.number()), task.content(), true)
                    .entry(key + ".leadUnit", words.text("reading.review.field.taskLead", task.number()), task.leadUnit(), false)
                    .entry(key + ".coordinatingUnits", words.text("reading.review.field.taskCoordinating", task.number()),
                            String.join("\n", task.coordinatingUnits()), true)
                    .entry(key + ".due", words.text("reading.review.field.taskDue", task.number()), EntryReader.format(task.due()), false);
        }
        form.section("reading.review.section.closing");
        form.entry("funding", words.text("reading.review.field.funding"), plan.funding(), true);
        for (int i = 0; i < plan.reporting().size(); i++) {
            form.entry("reporting." + i, words.text("reading.review.field.reporting", i + 1), rule(plan.reporting().get(i), words), false);
        }
        DocumentEntries.closing(form, plan.recipients(), plan.signer());
        return new PlanDraftForm(form, plan);
    }

    /** The plan the edited texts make (not yet validated), or every entry that does not make a value. */
    public DraftResult<Plan> toPlan() {
        EntryReader in = new EntryReader(this, words);
        PlanKind kind = kind(in);
        LocalDate[] period = in.period("period");
        List<Ground> grounds = new ArrayList<>();
        for (int i = 0; i < read.grounds().size(); i++) {
            String text = in.text("grounds." + i).replaceAll("\\s*\\R\\s*", " ");
            if (!text.isEmpty()) {
                grounds.add(new Ground(read.grounds().get(i).kind(), text));
            }
        }
        List<Target> targets = new ArrayList<>();
        for (Target t : read.targets()) {
            String key = "target." + t.id();
            long[] range = range(in, key + ".value", t);
            targets.add(new Target(t.id(), in.text(key + ".label").replaceAll("\\s*\\R\\s*", " "), t.field(), in.text(key + ".unit"),
                    range[0], range[1], t.countedKind(), t.entries()));
        }
        List<PlanTask> tasks = new ArrayList<>();
        for (PlanTask t : read.tasks()) {
            String key = "task." + t.number();
            tasks.add(new PlanTask(t.id(), t.number(), String.join("\n", in.lines(key)), in.text(key + ".leadUnit"),
                    in.lines(key + ".coordinatingUnits"), t.from(), in.date(key + ".due"), t.targetIds(), t.status(), t.results()));
        }
        List<ReportingRule> reporting = new ArrayList<>();
        for (int i = 0; i < read.reporting().size(); i++) {
            ReportingRule rule = rule(in, "reporting." + i, read.reporting().get(i));
            if (rule != null) {
                reporting.add(rule);
            }
        }
        Plan plan = new Plan(null, DocumentEntries.body(in), kind, in.text("number"), in.text("symbol"), in.date("issuedOn"),
                in.text("place"), in.text("title").replaceAll("\\s*\\R\\s*", " "), grounds, period[0], period[1],
                DocumentEntries.list(in, "purposes", read.purposes().size()),
                DocumentEntries.list(in, "requirements", read.requirements().size()), in.text("funding"), reporting,
                DocumentEntries.list(in, "recipients", read.recipients().size()), DocumentEntries.signer(in), targets, tasks,
                read.activities());
        return DraftResult.of(plan, in.errors());
    }

    private PlanKind kind(EntryReader in) {
        String text = in.text("kind");
        for (PlanKind kind : PlanKind.values()) {
            if (words.text(kind.labelKey()).equalsIgnoreCase(text)) {
                return kind;
            }
        }
        List<String> names = java.util.Arrays.stream(PlanKind.values()).map(k -> words.text(k.labelKey())).toList();
        in.fail("kind", "reading.review.error.choice", text, String.join(", ", names));
        return read.kind();
    }

    private static String value(Target t) {
        return t.isRange() ? t.min() + "-" + t.max() : Long.toString(t.min());
    }

    private static long[] range(EntryReader in, String key, Target t) {
        String text = in.text(key);
        String[] ends = text.split("\\s*[-–—]\\s*", -1);
        if (text.isEmpty() || ends.length > 2) {
            in.fail(key, "reading.review.error.targetValue", text);
            return new long[] {t.min(), t.max()};
        }
        long min = in.number(key, ends[0], t.min());
        long max = ends.length == 2 ? in.number(key, ends[1], t.max()) : min;
        if (max < min) {
            in.fail(key, "reading.review.error.targetValue", text);
        }
        return new long[] {min, max};
    }

    /** "Hằng năm | 30/11 | Sở Nội vụ"; once: "Một lần | 30/11/2025 | …". */
    private static String rule(ReportingRule rule, Words words) {
        String when = rule.frequency() == ReportFrequency.ONCE ? EntryReader.format(rule.onceOn())
                : String.format("%02d/%02d", rule.dueBefore().getDayOfMonth(), rule.dueBefore().getMonthValue());
        return words.text(rule.frequency().labelKey()) + " | " + when + " | " + rule.recipient();
    }

    private ReportingRule rule(EntryReader in, String key, ReportingRule read) {
        List<String> parts = in.parts(key, 3).orElse(null);
        if (parts == null || String.join("", parts).isEmpty()) {
            return null;
        }
        ReportFrequency frequency = null;
        for (ReportFrequency f : ReportFrequency.values()) {
            if (words.text(f.labelKey()).equalsIgnoreCase(parts.get(0))) {
                frequency = f;
            }
        }
        if (frequency == null) {
            List<String> names = java.util.Arrays.stream(ReportFrequency.values()).map(f -> words.text(f.labelKey())).toList();
            in.fail(key, "reading.review.error.choice", parts.get(0), String.join(", ", names));
            return read;
        }
        if (frequency == ReportFrequency.ONCE) {
            LocalDate on = in.date(key, parts.get(1));
            return on == null ? read : ReportingRule.once(on, parts.get(2));
        }
        MonthDay before = in.dayMonth(key, parts.get(1));
        return before == null ? read : ReportingRule.recurring(frequency, before, parts.get(2));
    }
}
