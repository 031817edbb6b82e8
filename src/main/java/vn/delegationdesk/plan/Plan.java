package vn.delegationdesk.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.delegationdesk.common.Texts;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.Signer;

/**
 * A plan above the trips: a body's implementation plan, annual plan or programme (seeds 001–004), with its grounds,
 * purposes and requirements, period, funding, reporting regime, recipients and signer, and what it is made of: numeric
 * targets, tasks in its own numbering and the activities that carry them out.
 *
 * @param number the number before the symbol ("102" of "102/KH-UBND"); blank while the plan is not yet issued
 * @param symbol the symbol after it ("KH-UBND", "KH-SVHTT")
 * @param place the place name before the date ("Hà Nội", "Cao Bằng")
 * @param periodFrom first day the plan covers; with {@code periodTo} both set or both null (a plan of no fixed period)
 */
public record Plan(Long id, IssuingBody issuingBody, PlanKind kind, String number, String symbol, LocalDate issuedOn,
        String place, String title, List<Ground> grounds, LocalDate periodFrom, LocalDate periodTo, List<String> purposes,
        List<String> requirements, String funding, List<ReportingRule> reporting, List<String> recipients, Signer signer,
        List<Target> targets, List<PlanTask> tasks, List<PlanActivity> activities) {
    public Plan {
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(kind, "kind");
        number = Texts.clean(number);
        symbol = Texts.clean(symbol);
        place = Texts.clean(place);
        title = Texts.clean(title);
        grounds = grounds == null ? List.of() : List.copyOf(grounds);
        purposes = Texts.cleanAll(purposes);
        requirements = Texts.cleanAll(requirements);
        funding = Texts.clean(funding);
        reporting = reporting == null ? List.of() : List.copyOf(reporting);
        recipients = Texts.cleanAll(recipients);
        Objects.requireNonNull(signer, "signer");
        targets = targets == null ? List.of() : List.copyOf(targets);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    /** "Số: 102/KH-UBND", or "Số: /KH-UBND" while the number is not given. */
    public String numberAndSymbol() {
        return symbol.isEmpty() ? number : number + "/" + symbol;
    }

    public Optional<PlanTask> task(String taskId) {
        return tasks.stream().filter(t -> t.id().equals(taskId)).findFirst();
    }

    public Optional<Target> target(String targetId) {
        return targets.stream().filter(t -> t.id().equals(targetId)).findFirst();
    }

    /** The activities carrying out {@code taskId}, in the plan's order. */
    public List<PlanActivity> activitiesOf(String taskId) {
        return activities.stream().filter(a -> a.taskId().equals(taskId)).toList();
    }

    /** The report deadlines the plan's regime sets from {@code from} to {@code to}, earliest first. */
    public List<ReportDeadline> deadlines(LocalDate from, LocalDate to) {
        return reporting.stream().flatMap(rule -> rule.deadlines(from, to).stream())
                .sorted(java.util.Comparator.comparing(ReportDeadline::date)).toList();
    }

    public Plan withId(Long value) {
        return new Plan(value, issuingBody, kind, number, symbol, issuedOn, place, title, grounds, periodFrom, periodTo,
                purposes, requirements, funding, reporting, recipients, signer, targets, tasks, activities);
    }

    public Plan withTasks(List<PlanTask> value) {
        return new Plan(id, issuingBody, kind, number, symbol, issuedOn, place, title, grounds, periodFrom, periodTo,
                purposes, requirements, funding, reporting, recipients, signer, targets, value, activities);
    }

    public Plan withTargets(List<Target> value) {
        return new Plan(id, issuingBody, kind, number, symbol, issuedOn, place, title, grounds, periodFrom, periodTo,
                purposes, requirements, funding, reporting, recipients, signer, value, tasks, activities);
    }

    public Plan withActivities(List<PlanActivity> value) {
        return new Plan(id, issuingBody, kind, number, symbol, issuedOn, place, title, grounds, periodFrom, periodTo,
                purposes, requirements, funding, reporting, recipients, signer, targets, tasks, value);
    }

    public Plan withReporting(List<ReportingRule> value) {
        return new Plan(id, issuingBody, kind, number, symbol, issuedOn, place, title, grounds, periodFrom, periodTo,
                purposes, requirements, funding, value, recipients, signer, targets, tasks, activities);
    }
}
