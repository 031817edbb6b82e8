package vn.delegationdesk.documents;

import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.TextLimit;
import vn.delegationdesk.common.TextRules;
import vn.delegationdesk.common.ValidationError;

/**
 * The texts of {@link DocumentSettings} against the text policy ({@code common.TextRules}), each with the label of its
 * field in the message ("Xét đề nghị của: có ký tự điều khiển không in được (U+001B) ở vị trí 4"). The settings are
 * kept as one JSON document (V4, {@code document_settings.content} VARCHAR(1000000)), so the limits are stated here,
 * each as wide as the delegation's column for the same kind of text, and the lists are capped: together they keep the
 * document, even with every character escaped, well inside its column.
 */
public final class DocumentSettingsValidator {
    private static final String TABLE = "document_settings";
    public static final TextLimit ISSUE_NUMBER = TextLimit.line(TABLE, "content/number", 100);
    public static final TextLimit PROPOSER = TextLimit.line(TABLE, "content/decisionProposer", 1000);
    public static final TextLimit RECIPIENT = TextLimit.line(TABLE, "content/decisionRecipients", 2000);
    public static final TextLimit BUDGET_UNIT_CODE = TextLimit.line(TABLE, "content/budgetUnitCode", 20);
    public static final TextLimit DEPARTMENT = TextLimit.line(TABLE, "content/travelOrderDepartment", 500);
    public static final TextLimit CONTACT = TextLimit.line(TABLE, "content/itineraryContacts", 1000);
    public static final TextLimit APPROVER = TextLimit.line(TABLE, "content/approval.approver", 500);
    public static final List<TextLimit> LIMITS = List.of(ISSUE_NUMBER, PROPOSER, RECIPIENT, BUDGET_UNIT_CODE, DEPARTMENT, CONTACT,
            APPROVER);
    /** Lines of "Nơi nhận" and of "Liên hệ". */
    public static final int MAX_LINES = 100;

    private DocumentSettingsValidator() {
    }

    /** Every problem of {@code s}, at paths under {@code root} ("" in the editor, "$.documentSettings." in a package). */
    public static List<ValidationError> validate(DocumentSettings s, String root) {
        List<ValidationError> errors = new ArrayList<>();
        text(errors, root + "decision.number", s.decision().number(), ISSUE_NUMBER, label("ui.documents.field.decisionNumber"));
        text(errors, root + "decisionProposer", s.decisionProposer(), PROPOSER, label("ui.documents.field.proposer"));
        lines(errors, root + "decisionRecipients", s.decisionRecipients(), RECIPIENT, "ui.documents.field.recipients");
        text(errors, root + "resultsReport.number", s.resultsReport().number(), ISSUE_NUMBER,
                label("ui.documents.field.reportNumber"));
        text(errors, root + "outboundProposal.number", s.outboundProposal().number(), ISSUE_NUMBER,
                label("ui.documents.field.proposalNumber"));
        text(errors, root + "budgetUnitCode", s.budgetUnitCode(), BUDGET_UNIT_CODE, label("ui.documents.field.budgetUnitCode"));
        text(errors, root + "travelOrderDepartment", s.travelOrderDepartment(), DEPARTMENT,
                label("ui.documents.field.department"));
        lines(errors, root + "itineraryContacts", s.itineraryContacts(), CONTACT, "ui.documents.field.contacts");
        if (s.approval() != null) {
            text(errors, root + "approval.approver", s.approval().approver(), APPROVER, label("ui.documents.field.approver"));
            text(errors, root + "approval.number", s.approval().number(), ISSUE_NUMBER,
                    label("ui.documents.field.approvalNumber"));
        }
        return errors;
    }

    private static Phrase label(String key) {
        return Phrase.of(key);
    }

    private static void lines(List<ValidationError> errors, String path, List<String> values, TextLimit limit, String labelKey) {
        if (values.size() > MAX_LINES) {
            errors.add(ValidationError.of(path, "validation.tooManyLines", label(labelKey), values.size(), MAX_LINES));
        }
        for (int i = 0; i < values.size(); i++) {
            text(errors, path + "[" + i + "]", values.get(i), limit, Phrase.of("ui.problem.row", label(labelKey), i + 1));
        }
    }

    private static void text(List<ValidationError> errors, String path, String value, TextLimit limit, Phrase label) {
        for (ValidationError problem : TextRules.check(path, value, limit)) {
            errors.add(ValidationError.of(path, "validation.text.named", label, new Phrase(problem.messageKey(), problem.args())));
        }
    }
}
