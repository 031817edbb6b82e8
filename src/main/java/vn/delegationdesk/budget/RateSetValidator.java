package vn.delegationdesk.budget;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.TextLimit;
import vn.delegationdesk.common.TextRules;
import vn.delegationdesk.common.ValidationError;

/**
 * Checks a rate set before it is stored; messages are keys of the "budget.rateSet.*" family, and those of the text
 * policy ({@code common.TextRules}) with the field's label before them.
 */
public final class RateSetValidator {
    public static final TextLimit NAME = TextLimit.line("rate_set", "name", 300);
    public static final TextLimit ISSUER = TextLimit.line("rate_set", "issuer", 300);
    public static final TextLimit DOCUMENT_NUMBER = TextLimit.line("rate_set", "document_number", 100);
    public static final TextLimit NOTES = TextLimit.lines("rate_set", "notes", 4000);
    public static final TextLimit BASIS = TextLimit.line("rate_value", "basis", 1000);
    /** The stated maximum of every text of a rate set, each the width of its column (V3); a test compares them. */
    public static final List<TextLimit> LIMITS = List.of(NAME, ISSUER, DOCUMENT_NUMBER, NOTES, BASIS);

    private RateSetValidator() {
    }

    static List<ValidationError> validate(RateSet set, List<RateSet> others) {
        List<ValidationError> errors = new ArrayList<>();
        if (set.name().isEmpty()) {
            errors.add(ValidationError.of("name", "budget.rateSet.nameRequired"));
        } else if (others.stream().anyMatch(o -> !o.id().equals(set.id()) && o.name().equalsIgnoreCase(set.name()))) {
            errors.add(ValidationError.of("name", "budget.rateSet.nameTaken", set.name()));
        }
        if (set.effectiveTo() != null && set.effectiveTo().isBefore(set.effectiveFrom())) {
            errors.add(ValidationError.of("effectiveTo", "budget.rateSet.endBeforeStart"));
        }
        errors.addAll(texts(set, false));
        Set<RateKey> seen = new HashSet<>();
        for (RateValue value : set.values()) {
            if (!seen.add(value.key())) {
                errors.add(ValidationError.of("values." + value.key().name(), "budget.rateSet.duplicateValue"));
            }
        }
        return errors;
    }

    /**
     * The text policy's problems of every text of {@code set}, each with its field's label ("Tên: dài 301 ký tự, tối đa
     * 300"); at the paths of a rate-set file ({@code $.rateSet.values[3].basis}) when {@code inFile}, else at the
     * set's own ({@code values.PER_DIEM.basis}).
     */
    static List<ValidationError> texts(RateSet set, boolean inFile) {
        String root = inFile ? "$.rateSet." : "";
        List<ValidationError> errors = new ArrayList<>();
        text(errors, root + "name", set.name(), NAME, Phrase.of("ui.rateSets.field.name"));
        text(errors, root + "issuer", set.issuer(), ISSUER, Phrase.of("ui.rateSets.field.issuer"));
        text(errors, root + "documentNumber", set.documentNumber(), DOCUMENT_NUMBER, Phrase.of("ui.rateSets.field.document"));
        text(errors, root + "notes", set.notes(), NOTES, Phrase.of("ui.rateSets.field.notes"));
        for (int i = 0; i < set.values().size(); i++) {
            RateValue value = set.values().get(i);
            String path = inFile ? root + "values[" + i + "].basis" : "values." + value.key().name() + ".basis";
            // The label key of EnumLabels.key(value.key()), which the domain does not reach.
            Phrase key = Phrase.of(String.join(".", "enum", RateKey.class.getSimpleName(), value.key().name()));
            text(errors, path, value.basis(), BASIS, Phrase.of("budget.rateSet.valueField", key, Phrase.of("ui.rateSets.column.basis")));
        }
        return errors;
    }

    private static void text(List<ValidationError> errors, String path, String value, TextLimit limit, Phrase label) {
        for (ValidationError problem : TextRules.check(path, value, limit)) {
            errors.add(ValidationError.of(path, "validation.text.named", label, new Phrase(problem.messageKey(), problem.args())));
        }
    }
}
