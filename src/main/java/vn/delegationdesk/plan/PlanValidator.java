package vn.delegationdesk.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.TextLimit;
import vn.delegationdesk.common.TextRules;
import vn.delegationdesk.common.ValidationError;

/**
 * What a plan must be to be stored, each problem naming the row and the field in Vietnamese ("Nhiệm vụ 2.3 – Hạn: …"):
 * a title and an issuing body; a period that ends after it starts; targets whose range is not upside down; tasks with a
 * number in the plan's numbering (no two alike), content, a lead unit, a period within the plan's and targets that
 * exist; activities of existing tasks with no negative counts; texts within the text policy and their columns.
 */
public final class PlanValidator {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private PlanValidator() {
    }

    public static List<ValidationError> validate(Plan plan) {
        List<ValidationError> errors = new ArrayList<>();
        if (plan.title().isEmpty()) {
            errors.add(ValidationError.of("title", "validation.plan.required", Phrase.of("plan.field.title")));
        }
        if (plan.issuingBody().name().isEmpty()) {
            errors.add(ValidationError.of("issuingBody", "validation.plan.required", Phrase.of("plan.field.issuingBody")));
        }
        text(errors, "title", plan.title(), PlanLimits.TITLE, Phrase.of("plan.field.title"));
        text(errors, "issuingBody.parentBody", plan.issuingBody().parentBody(), PlanLimits.PARENT_BODY,
                Phrase.of("plan.field.parentBody"));
        text(errors, "issuingBody.name", plan.issuingBody().name(), PlanLimits.BODY_NAME, Phrase.of("plan.field.issuingBody"));
        text(errors, "issuingBody.abbreviation", plan.issuingBody().abbreviation(), PlanLimits.ABBREVIATION,
                Phrase.of("plan.field.abbreviation"));
        text(errors, "signer.authorityPrefix", plan.signer().authorityPrefix(), PlanLimits.SIGNER_PREFIX,
                Phrase.of("plan.field.signer"));
        text(errors, "signer.principalTitle", plan.signer().principalTitle(), PlanLimits.SIGNER_PRINCIPAL,
                Phrase.of("plan.field.signer"));
        text(errors, "signer.title", plan.signer().title(), PlanLimits.SIGNER_TITLE, Phrase.of("plan.field.signer"));
        text(errors, "signer.name", plan.signer().name(), PlanLimits.SIGNER_NAME, Phrase.of("plan.field.signer"));
        text(errors, "number", plan.number(), PlanLimits.NUMBER, Phrase.of("plan.field.number"));
        text(errors, "symbol", plan.symbol(), PlanLimits.SYMBOL, Phrase.of("plan.field.symbol"));
        text(errors, "place", plan.place(), PlanLimits.PLACE, Phrase.of("plan.field.place"));
        text(errors, "funding", plan.funding(), PlanLimits.FUNDING, Phrase.of("plan.field.funding"));
        if ((plan.periodFrom() == null) != (plan.periodTo() == null)) {
            errors.add(ValidationError.of("period", "validation.plan.period.half"));
        } else if (plan.periodFrom() != null && plan.periodTo().isBefore(plan.periodFrom())) {
            errors.add(ValidationError.of("period", "validation.plan.period.order", DAY.format(plan.periodFrom()),
                    DAY.format(plan.periodTo())));
        }
        for (int i = 0; i < plan.grounds().size(); i++) {
            text(errors, "grounds[" + i + "]", plan.grounds().get(i).text(), PlanLimits.LIST_ITEM,
                    Phrase.of("plan.where.ground", i + 1));
        }
        lines(errors, "purposes", plan.purposes(), "plan.where.purpose");
        lines(errors, "requirements", plan.requirements(), "plan.where.requirement");
        lines(errors, "recipients", plan.recipients(), "plan.where.recipient");
        for (int i = 0; i < plan.reporting().size(); i++) {
            text(errors, "reporting[" + i + "].recipient", plan.reporting().get(i).recipient(), PlanLimits.RECIPIENT,
                    Phrase.of("plan.where.report", i + 1));
        }
        Set<String> targetIds = targets(plan, errors);
        Set<String> taskIds = tasks(plan, targetIds, errors);
        activities(plan, taskIds, errors);
        return errors;
    }

    private static Set<String> targets(Plan plan, List<ValidationError> errors) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < plan.targets().size(); i++) {
            Target t = plan.targets().get(i);
            String path = "targets[" + i + "]";
            Phrase where = Phrase.of("plan.where.target", t.label().isEmpty() ? String.valueOf(i + 1) : t.label());
            if (t.id().isEmpty() || !ids.add(t.id())) {
                errors.add(ValidationError.of(path + ".id", "validation.plan.duplicateId", where));
            }
            if (t.label().isEmpty()) {
                errors.add(ValidationError.of(path + ".label", "validation.plan.rowRequired", where, Phrase.of("plan.field.label")));
            }
            if (t.min() < 0 || t.max() < 0) {
                errors.add(ValidationError.of(path + ".min", "validation.plan.target.negative", where));
            } else if (t.min() > t.max()) {
                errors.add(ValidationError.of(path + ".min", "validation.plan.target.range", where, t.min(), t.max()));
            }
            text(errors, path + ".label", t.label(), PlanLimits.TARGET_LABEL, where);
            text(errors, path + ".field", t.field(), PlanLimits.TARGET_FIELD, where);
            text(errors, path + ".unit", t.unit(), PlanLimits.TARGET_UNIT, where);
            for (int e = 0; e < t.entries().size(); e++) {
                ProgressEntry entry = t.entries().get(e);
                if (entry.quantity() < 0) {
                    errors.add(ValidationError.of(path + ".entries[" + e + "]", "validation.plan.target.negative", where));
                }
                text(errors, path + ".entries[" + e + "].source", entry.source(), PlanLimits.ENTRY_SOURCE, where);
            }
        }
        return ids;
    }

    private static Set<String> tasks(Plan plan, Set<String> targetIds, List<ValidationError> errors) {
        Set<String> ids = new HashSet<>();
        Set<TaskNumber> numbers = new HashSet<>();
        for (int i = 0; i < plan.tasks().size(); i++) {
            PlanTask t = plan.tasks().get(i);
            String path = "tasks[" + i + "]";
            Phrase where = Phrase.of("plan.where.task", t.number().isEmpty() ? "#" + (i + 1) : t.number());
            if (t.id().isEmpty() || !ids.add(t.id())) {
                errors.add(ValidationError.of(path + ".id", "validation.plan.duplicateId", where));
            }
            var number = t.parsedNumber();
            if (number.isEmpty()) {
                errors.add(ValidationError.of(path + ".number", "validation.plan.task.number", where, t.number()));
            } else if (!numbers.add(number.get())) {
                errors.add(ValidationError.of(path + ".number", "validation.plan.task.duplicateNumber", where));
            }
            if (t.content().isEmpty()) {
                errors.add(ValidationError.of(path + ".content", "validation.plan.rowRequired", where,
                        Phrase.of("plan.field.content")));
            }
            if (t.leadUnit().isEmpty()) {
                errors.add(ValidationError.of(path + ".leadUnit", "validation.plan.rowRequired", where,
                        Phrase.of("plan.field.leadUnit")));
            }
            if (t.from() != null && t.due() != null && t.due().isBefore(t.from())) {
                errors.add(ValidationError.of(path + ".due", "validation.plan.task.order", where, DAY.format(t.from()),
                        DAY.format(t.due())));
            }
            outsidePeriod(plan, t.from(), path + ".from", where, errors);
            outsidePeriod(plan, t.due(), path + ".due", where, errors);
            for (String targetId : t.targetIds()) {
                if (!targetIds.contains(targetId)) {
                    errors.add(ValidationError.of(path + ".targetIds", "validation.plan.task.noTarget", where, targetId));
                }
            }
            text(errors, path + ".number", t.number(), PlanLimits.TASK_NUMBER, where);
            text(errors, path + ".content", t.content(), PlanLimits.TASK_CONTENT, where);
            text(errors, path + ".leadUnit", t.leadUnit(), PlanLimits.UNIT, where);
            for (int u = 0; u < t.coordinatingUnits().size(); u++) {
                text(errors, path + ".coordinatingUnits[" + u + "]", t.coordinatingUnits().get(u), PlanLimits.COORDINATING_UNIT,
                        where);
            }
            for (int r = 0; r < t.results().size(); r++) {
                TaskResult result = t.results().get(r);
                if (ReportPeriod.parse(result.period()).isEmpty()) {
                    errors.add(ValidationError.of(path + ".results[" + r + "]", "validation.plan.task.period", where,
                            result.period()));
                }
                text(errors, path + ".results[" + r + "]", result.text(), PlanLimits.RESULT,
                        Phrase.of("plan.where.taskResult", where, result.period()));
            }
        }
        return ids;
    }

    private static void outsidePeriod(Plan plan, LocalDate date, String path, Phrase where, List<ValidationError> errors) {
        if (date == null || plan.periodFrom() == null || plan.periodTo() == null) {
            return;
        }
        if (date.isBefore(plan.periodFrom()) || date.isAfter(plan.periodTo())) {
            errors.add(ValidationError.of(path, "validation.plan.task.outside", where, DAY.format(date),
                    DAY.format(plan.periodFrom()), DAY.format(plan.periodTo())));
        }
    }

    private static void activities(Plan plan, Set<String> taskIds, List<ValidationError> errors) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < plan.activities().size(); i++) {
            PlanActivity a = plan.activities().get(i);
            String path = "activities[" + i + "]";
            Phrase where = Phrase.of("plan.where.activity", i + 1, a.title());
            if (a.id().isEmpty() || !ids.add(a.id())) {
                errors.add(ValidationError.of(path + ".id", "validation.plan.duplicateId", where));
            }
            if (!taskIds.contains(a.taskId())) {
                errors.add(ValidationError.of(path + ".taskId", "validation.plan.activity.noTask", where, a.taskId()));
            }
            if (a.quantity() < 0 || a.participants() < 0) {
                errors.add(ValidationError.of(path + ".quantity", "validation.plan.activity.negative", where));
            }
            if (!a.isDelegation() && a.delegationId() != null) {
                errors.add(ValidationError.of(path + ".delegationId", "validation.plan.activity.notDelegation", where));
            }
            text(errors, path + ".title", a.title(), PlanLimits.ACTIVITY_TITLE, where);
            text(errors, path + ".place", a.place(), PlanLimits.ACTIVITY_PLACE, where);
            text(errors, path + ".units", a.units(), PlanLimits.ACTIVITY_UNITS, where);
            text(errors, path + ".result", a.result(), PlanLimits.ACTIVITY_RESULT, where);
        }
    }

    private static void lines(List<ValidationError> errors, String path, List<String> values, String whereKey) {
        for (int i = 0; i < values.size(); i++) {
            text(errors, path + "[" + i + "]", values.get(i), PlanLimits.LIST_ITEM, Phrase.of(whereKey, i + 1));
        }
    }

    private static void text(List<ValidationError> errors, String path, String value, TextLimit limit, Phrase where) {
        for (ValidationError problem : TextRules.check(path, value, limit)) {
            errors.add(ValidationError.of(path, "validation.text.named", where, new Phrase(problem.messageKey(), problem.args())));
        }
    }
}
