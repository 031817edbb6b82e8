package vn.delegationdesk.delegation.approval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.TextLimit;
import vn.delegationdesk.common.TextRules;
import vn.delegationdesk.common.ValidationError;

/** What an approval and a return need, each problem naming its field in Vietnamese; texts within the text policy. */
public final class ApprovalChecks {
    public static final TextLimit BODY = TextLimit.line("approval_stage", "approving_body", 500);
    public static final TextLimit NUMBER = TextLimit.line("approval_stage", "decision_number", 100);
    /** The audit line's detail: a return's reason, or the approval's body, number and date. */
    public static final TextLimit REASON = TextLimit.lines("audit_entry", "detail", 2000);
    public static final List<TextLimit> LIMITS = List.of(BODY, NUMBER, REASON);

    private ApprovalChecks() {
    }

    /** The problems of an approval typed as {@code body}, {@code number} and {@code date} (null: none or not a date). */
    public static List<ValidationError> approval(String body, String number, LocalDate date) {
        List<ValidationError> errors = new ArrayList<>();
        required(errors, "body", body, BODY, "approvals.field.body");
        required(errors, "number", number, NUMBER, "approvals.field.number");
        if (date == null) {
            errors.add(ValidationError.of("date", "validation.approval.required", Phrase.of("approvals.field.date")));
        }
        return errors;
    }

    /** The problems of a return's reason. */
    public static List<ValidationError> reason(String reason) {
        List<ValidationError> errors = new ArrayList<>();
        required(errors, "reason", reason, REASON, "approvals.field.reason");
        return errors;
    }

    private static void required(List<ValidationError> errors, String path, String value, TextLimit limit, String labelKey) {
        if (value == null || value.isBlank()) {
            errors.add(ValidationError.of(path, "validation.approval.required", Phrase.of(labelKey)));
            return;
        }
        for (ValidationError problem : TextRules.check(path, value, limit)) {
            errors.add(ValidationError.of(path, "validation.text.named", Phrase.of(labelKey),
                    new Phrase(problem.messageKey(), problem.args())));
        }
    }
}
