package vn.delegationdesk.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.TextLimit;
import vn.delegationdesk.common.TextRules;
import vn.delegationdesk.common.ValidationError;

/**
 * The texts of an estimate worksheet (the content, unit and basis of edited and added lines) against the text policy
 * ({@code common.TextRules}). The worksheet is one JSON document (V3, {@code estimate_worksheet.content}
 * VARCHAR(10000000)), so its limits are stated here: as wide as a budget line is printed, the basis as a rate value's.
 * Applied where a worksheet comes from outside, the delegation package; the estimate tab's cells are one-line text
 * fields, which drop control characters as they are typed.
 */
public final class EstimateWorksheetValidator {
    private static final String TABLE = "estimate_worksheet";
    public static final TextLimit CONTENT = TextLimit.line(TABLE, "content/content", 2000);
    public static final TextLimit UNIT = TextLimit.line(TABLE, "content/unit", 100);
    public static final TextLimit BASIS = TextLimit.line(TABLE, "content/basis", 1000);
    public static final List<TextLimit> LIMITS = List.of(CONTENT, UNIT, BASIS);

    private EstimateWorksheetValidator() {
    }

    /** Every problem of {@code worksheet}'s texts, at paths under {@code root} ("$.estimateWorksheet." in a package). */
    public static List<ValidationError> validate(EstimateWorksheet worksheet, String root) {
        List<ValidationError> errors = new ArrayList<>();
        for (Map.Entry<String, LineOverride> entry : worksheet.overrides().entrySet()) {
            String path = root + "overrides." + entry.getKey() + ".";
            LineOverride o = entry.getValue();
            line(errors, path, o.content(), o.unit(), o.basis());
        }
        for (int i = 0; i < worksheet.manualLines().size(); i++) {
            ManualLine m = worksheet.manualLines().get(i);
            line(errors, root + "manualLines[" + i + "].", m.content(), m.unit(), m.basis());
        }
        return errors;
    }

    private static void line(List<ValidationError> errors, String path, String content, String unit, String basis) {
        text(errors, path + "content", content, CONTENT, "ui.estimate.column.content");
        text(errors, path + "unit", unit, UNIT, "ui.estimate.column.unit");
        text(errors, path + "basis", basis, BASIS, "ui.estimate.column.basis");
    }

    private static void text(List<ValidationError> errors, String path, String value, TextLimit limit, String labelKey) {
        for (ValidationError problem : TextRules.check(path, value, limit)) {
            errors.add(ValidationError.of(path, "validation.text.named", Phrase.of(labelKey),
                    new Phrase(problem.messageKey(), problem.args())));
        }
    }
}
