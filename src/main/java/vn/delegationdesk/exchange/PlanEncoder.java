package vn.delegationdesk.exchange;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import vn.delegationdesk.plan.Ground;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanActivity;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ProgressEntry;
import vn.delegationdesk.plan.ReportingRule;
import vn.delegationdesk.plan.Target;
import vn.delegationdesk.plan.TaskResult;

/**
 * Plan to JSON tree, by hand, every field in the order of {@code docs/plan-package-format.md}, {@code null} for a value
 * that is not set. Neither the stored id nor an activity's delegation id is written: both are the exporting store's own
 * numbers and mean nothing in another (see {@link PlanPackageService}). The issuing body and the signer are written as
 * the delegation package writes them.
 */
final class PlanEncoder {
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    private PlanEncoder() {
    }

    static ObjectNode plan(Plan p) {
        ObjectNode o = DelegationEncoder.object();
        o.put("title", p.title());
        o.put("kind", p.kind().name());
        o.set("issuingBody", DelegationEncoder.issuingBody(p.issuingBody()));
        o.put("number", p.number());
        o.put("symbol", p.symbol());
        o.put("place", p.place());
        DelegationEncoder.putDate(o, "issuedOn", p.issuedOn());
        o.set("grounds", DelegationEncoder.array(p.grounds(), PlanEncoder::ground));
        ObjectNode period = o.putObject("period");
        DelegationEncoder.putDate(period, "from", p.periodFrom());
        DelegationEncoder.putDate(period, "to", p.periodTo());
        o.set("purposes", DelegationEncoder.texts(p.purposes()));
        o.set("requirements", DelegationEncoder.texts(p.requirements()));
        o.put("funding", p.funding());
        o.set("reporting", DelegationEncoder.array(p.reporting(), PlanEncoder::rule));
        o.set("recipients", DelegationEncoder.texts(p.recipients()));
        o.set("signer", DelegationEncoder.signer(p.signer()));
        o.set("targets", DelegationEncoder.array(p.targets(), PlanEncoder::target));
        o.set("tasks", DelegationEncoder.array(p.tasks(), PlanEncoder::task));
        o.set("activities", DelegationEncoder.array(p.activities(), PlanEncoder::activity));
        return o;
    }

    private static ObjectNode ground(Ground ground) {
        ObjectNode o = DelegationEncoder.object();
        o.put("kind", ground.kind().name());
        o.put("text", ground.text());
        return o;
    }

    private static ObjectNode rule(ReportingRule rule) {
        ObjectNode o = DelegationEncoder.object();
        o.put("frequency", rule.frequency().name());
        o.put("dueBefore", rule.dueBefore() == null ? null : MONTH_DAY.format(rule.dueBefore()));
        DelegationEncoder.putDate(o, "onceOn", rule.onceOn());
        o.put("recipient", rule.recipient());
        return o;
    }

    private static ObjectNode target(Target t) {
        ObjectNode o = DelegationEncoder.object();
        o.put("id", t.id());
        o.put("label", t.label());
        o.put("field", t.field());
        o.put("unit", t.unit());
        o.put("min", t.min());
        o.put("max", t.max());
        o.put("countedKind", t.countedKind() == null ? null : t.countedKind().name());
        o.set("entries", DelegationEncoder.array(t.entries(), PlanEncoder::entry));
        return o;
    }

    private static ObjectNode entry(ProgressEntry entry) {
        ObjectNode o = DelegationEncoder.object();
        DelegationEncoder.putDate(o, "date", entry.date());
        o.put("quantity", entry.quantity());
        o.put("source", entry.source());
        return o;
    }

    private static ObjectNode task(PlanTask t) {
        ObjectNode o = DelegationEncoder.object();
        o.put("id", t.id());
        o.put("number", t.number());
        o.put("content", t.content());
        o.put("leadUnit", t.leadUnit());
        o.set("coordinatingUnits", DelegationEncoder.texts(t.coordinatingUnits()));
        DelegationEncoder.putDate(o, "from", t.from());
        DelegationEncoder.putDate(o, "due", t.due());
        o.set("targetIds", DelegationEncoder.texts(t.targetIds()));
        o.put("status", t.status().name());
        o.set("results", DelegationEncoder.array(t.results(), PlanEncoder::result));
        return o;
    }

    private static ObjectNode result(TaskResult result) {
        ObjectNode o = DelegationEncoder.object();
        o.put("period", result.period());
        o.put("text", result.text());
        return o;
    }

    private static ObjectNode activity(PlanActivity a) {
        ObjectNode o = DelegationEncoder.object();
        o.put("id", a.id());
        o.put("taskId", a.taskId());
        o.put("kind", a.kind().name());
        o.put("title", a.title());
        DelegationEncoder.putDate(o, "date", a.date());
        o.put("place", a.place());
        o.put("units", a.units());
        o.put("participants", a.participants());
        o.put("quantity", a.quantity());
        o.put("result", a.result());
        return o;
    }
}
