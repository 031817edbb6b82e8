package vn.delegationdesk.exchange;

import java.time.MonthDay;
import vn.delegationdesk.exchange.json.FieldReader;
import vn.delegationdesk.plan.ActivityKind;
import vn.delegationdesk.plan.Ground;
import vn.delegationdesk.plan.GroundKind;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanActivity;
import vn.delegationdesk.plan.PlanKind;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ProgressEntry;
import vn.delegationdesk.plan.ReportFrequency;
import vn.delegationdesk.plan.ReportingRule;
import vn.delegationdesk.plan.Target;
import vn.delegationdesk.plan.TaskResult;
import vn.delegationdesk.plan.TaskStatus;

/**
 * JSON tree to plan, by hand, field by field in the order of {@code docs/plan-package-format.md}; which fields are
 * required is decided here and documented there. Placeholders stand in for broken values (see {@link FieldReader}), and
 * the plan is never used when an error was recorded. An activity never gets a delegation id: links to delegations do
 * not travel between stores.
 */
final class PlanDecoder {
    /** Stands in for a recurring report's missing day; never reaches the store. */
    private static final MonthDay PLACEHOLDER_DAY = MonthDay.of(1, 1);

    private PlanDecoder() {
    }

    /** The plan, with id null. */
    static Plan plan(FieldReader r) {
        FieldReader period = r.object("period");
        return new Plan(
                null,
                DelegationDecoder.issuingBody(r.object("issuingBody")),
                r.requiredEnum("kind", PlanKind.class, PlanKind.IMPLEMENTATION_PLAN),
                r.text("number"),
                r.text("symbol"),
                r.optionalDate("issuedOn"),
                r.text("place"),
                r.requiredText("title"),
                r.objects("grounds", PlanDecoder::ground),
                period.optionalDate("from"),
                period.optionalDate("to"),
                r.texts("purposes"),
                r.texts("requirements"),
                r.text("funding"),
                r.objects("reporting", PlanDecoder::rule),
                r.texts("recipients"),
                DelegationDecoder.signer(r.object("signer")),
                r.objects("targets", PlanDecoder::target),
                r.objects("tasks", PlanDecoder::task),
                r.objects("activities", PlanDecoder::activity));
    }

    private static Ground ground(FieldReader r) {
        return new Ground(r.requiredEnum("kind", GroundKind.class, GroundKind.BASED_ON), r.requiredText("text"));
    }

    /** A recurring report needs its day ("MM-dd"), a single one its date; the other field is ignored. */
    private static ReportingRule rule(FieldReader r) {
        ReportFrequency frequency = r.requiredEnum("frequency", ReportFrequency.class, ReportFrequency.ANNUAL);
        if (frequency == ReportFrequency.ONCE) {
            return ReportingRule.once(r.requiredDate("onceOn"), r.text("recipient"));
        }
        MonthDay day = r.requiredMonthDay("dueBefore");
        return ReportingRule.recurring(frequency, day == null ? PLACEHOLDER_DAY : day, r.text("recipient"));
    }

    private static Target target(FieldReader r) {
        return new Target(
                r.requiredText("id"),
                r.requiredText("label"),
                r.text("field"),
                r.text("unit"),
                r.requiredWhole("min"),
                r.requiredWhole("max"),
                r.optionalEnum("countedKind", ActivityKind.class, null),
                r.objects("entries", PlanDecoder::entry));
    }

    private static ProgressEntry entry(FieldReader r) {
        return new ProgressEntry(r.requiredDate("date"), r.requiredWhole("quantity"), r.text("source"));
    }

    private static PlanTask task(FieldReader r) {
        return new PlanTask(
                r.requiredText("id"),
                r.requiredText("number"),
                r.requiredText("content"),
                r.requiredText("leadUnit"),
                r.texts("coordinatingUnits"),
                r.optionalDate("from"),
                r.optionalDate("due"),
                r.texts("targetIds"),
                r.optionalEnum("status", TaskStatus.class, TaskStatus.NOT_STARTED),
                r.objects("results", PlanDecoder::result));
    }

    private static TaskResult result(FieldReader r) {
        return new TaskResult(r.requiredText("period"), r.text("text"));
    }

    private static PlanActivity activity(FieldReader r) {
        Integer participants = r.optionalCount("participants");
        Long quantity = r.optionalWhole("quantity");
        return new PlanActivity(
                r.requiredText("id"),
                r.requiredText("taskId"),
                r.requiredEnum("kind", ActivityKind.class, ActivityKind.WORKSHOP),
                r.text("title"),
                r.optionalDate("date"),
                r.text("place"),
                r.text("units"),
                participants == null ? 0 : participants,
                quantity == null ? 1 : quantity,
                null,
                r.text("result"));
    }
}
