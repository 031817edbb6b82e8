package vn.delegationdesk.settlement;

import java.util.List;

/**
 * Something the clerk must check before the settlement is signed (a rate the set lacks, a member without stamps),
 * as a message key (bundle key "settlement.warning.*") with its arguments.
 */
public record SettlementWarning(String messageKey, List<Object> args) {
    public SettlementWarning {
        args = List.copyOf(args);
    }

    public static SettlementWarning of(String messageKey, Object... args) {
        return new SettlementWarning(messageKey, List.of(args));
    }
}
