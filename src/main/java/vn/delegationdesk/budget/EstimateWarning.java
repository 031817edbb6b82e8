package vn.delegationdesk.budget;

import java.util.List;

/**
 * Something the finance clerk must check before the estimate is signed, as a message key (bundle key
 * "budget.warning.*") with its arguments, so the text is resolved in Vietnamese by the i18n layer.
 */
public record EstimateWarning(String messageKey, List<Object> args) {
    public EstimateWarning {
        args = List.copyOf(args);
    }

    public static EstimateWarning of(String messageKey, Object... args) {
        return new EstimateWarning(messageKey, List.of(args));
    }
}
