package vn.delegationdesk.abroad;

import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.TextLimit;
import vn.delegationdesk.common.TextRules;
import vn.delegationdesk.common.ValidationError;

/**
 * The lines of "Chi phí khác" the user adds ({@link OtherCost}): each needs its content, a quantity and a number of times
 * of at least 1, and texts the policy accepts; at most {@link #MAX_OTHER_COSTS} of them. Each problem names the line
 * ("Chi phí khác dòng 2 – Nội dung: chưa nhập"); and the quantities the user set for computed lines ({@link LineOverride}):
 * 0 to {@link #MAX_COUNT}, at most {@link #MAX_OVERRIDES} of them. The inputs are stored as one JSON column ({@code outbound_plan.inputs},
 * VARCHAR(1000000)); these limits keep it far inside.
 */
public final class AbroadInputsValidator {
    private static final String COLUMN = "inputs/otherCosts.";
    public static final TextLimit CONTENT = TextLimit.line("outbound_plan", COLUMN + "content", 500);
    public static final TextLimit UNIT = TextLimit.line("outbound_plan", COLUMN + "unit", 50);
    public static final TextLimit BASIS = TextLimit.line("outbound_plan", COLUMN + "basis", 500);
    public static final int MAX_OTHER_COSTS = 50;
    /** Lines whose quantity or times the user set: more than an estimate has lines is a broken file, not a trip. */
    public static final int MAX_OVERRIDES = 200;
    public static final int MAX_KEY = 100;
    /** Quantity and times: far above any trip, low enough that their product with a price stays readable. */
    public static final long MAX_COUNT = 100_000;

    private AbroadInputsValidator() {
    }

    /** Every problem of {@code inputs}; empty when they may be stored. */
    public static List<ValidationError> validate(AbroadInputs inputs) {
        List<ValidationError> errors = new ArrayList<>();
        List<OtherCost> costs = inputs.otherCosts();
        if (costs.size() > MAX_OTHER_COSTS) {
            errors.add(ValidationError.of("otherCosts", "validation.abroad.tooManyOtherCosts",
                    Phrase.of("abroad.field.otherCosts"), costs.size(), MAX_OTHER_COSTS));
        }
        for (int i = 0; i < costs.size(); i++) {
            OtherCost cost = costs.get(i);
            String path = "otherCosts[" + i + "]";
            int row = i + 1;
            Phrase content = Phrase.of("abroad.field.otherCost.content", row);
            if (cost.content().isEmpty()) {
                errors.add(ValidationError.of(path + ".content", "validation.abroad.required", content));
            }
            text(errors, path + ".content", cost.content(), CONTENT, content);
            text(errors, path + ".unit", cost.unit(), UNIT, Phrase.of("abroad.field.otherCost.unit", row));
            text(errors, path + ".basis", cost.basis(), BASIS, Phrase.of("abroad.field.otherCost.basis", row));
            count(errors, path + ".quantity", cost.quantity(), Phrase.of("abroad.field.otherCost.quantity", row));
            count(errors, path + ".times", cost.times(), Phrase.of("abroad.field.otherCost.times", row));
            if (cost.price() != null) {
                ForeignRateSetValidator.decimal(errors, path + ".price", cost.price().amount(),
                        Phrase.of("abroad.field.otherCost.price", row));
            }
        }
        overrides(errors, inputs);
        return errors;
    }

    private static void overrides(List<ValidationError> errors, AbroadInputs inputs) {
        if (inputs.overrides().size() > MAX_OVERRIDES) {
            errors.add(ValidationError.of("overrides", "validation.abroad.tooManyOverrides", Phrase.of("abroad.field.overrides"),
                    inputs.overrides().size(), MAX_OVERRIDES));
        }
        inputs.overrides().forEach((key, edited) -> {
            String path = "overrides." + key;
            if (key.isBlank() || key.length() > MAX_KEY) {
                errors.add(ValidationError.of(path, "validation.abroad.overrideKey", Phrase.of("abroad.field.overrides"),
                        key.length() > MAX_KEY ? key.substring(0, MAX_KEY) + "…" : key));
            }
            if (edited.quantity() != null) {
                zeroOrCount(errors, path + ".quantity", edited.quantity(), Phrase.of("abroad.field.override.quantity", key));
            }
            if (edited.times() != null) {
                zeroOrCount(errors, path + ".times", edited.times(), Phrase.of("abroad.field.override.times", key));
            }
        });
    }

    /** A quantity the user sets for a computed line: 0 (the line left out) up to {@link #MAX_COUNT}. */
    private static void zeroOrCount(List<ValidationError> errors, String path, long value, Phrase field) {
        if (value < 0 || value > MAX_COUNT) {
            errors.add(ValidationError.of(path, "validation.abroad.overrideCount", field, value, MAX_COUNT));
        }
    }

    private static void count(List<ValidationError> errors, String path, long value, Phrase field) {
        if (value < 1 || value > MAX_COUNT) {
            errors.add(ValidationError.of(path, "validation.abroad.count", field, value, MAX_COUNT));
        }
    }

    private static void text(List<ValidationError> errors, String path, String value, TextLimit limit, Phrase field) {
        for (ValidationError problem : TextRules.check(path, value, limit)) {
            errors.add(ValidationError.of(path, "validation.text.named", field, new Phrase(problem.messageKey(), problem.args())));
        }
    }
}
