package vn.delegationdesk.conferencedesk;

import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.TextLimit;
import vn.delegationdesk.common.TextRules;
import vn.delegationdesk.common.ValidationError;

/**
 * The problems that keep a delegate list from being stored: a delegate without a name, a text the store would refuse
 * ({@link TextRules} with {@link ConferenceDeskLimits}), a negative precedence. Each problem is at the field's path
 * ({@code delegates[2].fullName}) and its message names the field in Vietnamese: "Đại biểu 3 – Họ và tên: chưa nhập".
 * Duplicates and precedence conflicts are not problems here but warnings ({@link DeskWarnings}).
 */
public final class DelegateValidator {
    private DelegateValidator() {
    }

    /** Every problem of the list; empty when it may be stored. */
    public static List<ValidationError> validate(List<Delegate> delegates) {
        List<ValidationError> errors = new ArrayList<>();
        for (int i = 0; i < delegates.size(); i++) {
            check("delegates[" + i + "]", Phrase.of("conferencedesk.where.delegate", i + 1), delegates.get(i), errors);
        }
        return errors;
    }

    /** The problems of a walk-in added at the desk: "Khách đến trực tiếp – Họ và tên: chưa nhập". */
    public static List<ValidationError> validateWalkIn(Delegate delegate) {
        List<ValidationError> errors = new ArrayList<>();
        check("walkIn", Phrase.of("conferencedesk.where.walkIn"), delegate, errors);
        return errors;
    }

    private static void check(String path, Phrase who, Delegate d, List<ValidationError> errors) {
        Phrase name = Phrase.of("conferencedesk.field.fullName", who);
        if (d.fullName().isBlank()) {
            errors.add(ValidationError.of(path + ".fullName", "validation.conferencedesk.required", name));
        }
        text(path + ".fullName", d.fullName(), ConferenceDeskLimits.FULL_NAME, name, errors);
        text(path + ".title", d.title(), ConferenceDeskLimits.TITLE, Phrase.of("conferencedesk.field.title", who), errors);
        text(path + ".body", d.body(), ConferenceDeskLimits.BODY, Phrase.of("conferencedesk.field.body", who), errors);
        text(path + ".contact", d.contact(), ConferenceDeskLimits.CONTACT, Phrase.of("conferencedesk.field.contact", who), errors);
        if (d.precedence() < 0) {
            errors.add(ValidationError.of(path + ".precedence", "validation.conferencedesk.precedence",
                    Phrase.of("conferencedesk.field.precedence", who), d.precedence()));
        }
    }

    private static void text(String path, String value, TextLimit limit, Phrase field, List<ValidationError> errors) {
        for (ValidationError problem : TextRules.check(path, value, limit)) {
            errors.add(ValidationError.of(path, "validation.text.named", field, new Phrase(problem.messageKey(), problem.args())));
        }
    }
}
