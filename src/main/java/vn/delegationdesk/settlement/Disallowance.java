package vn.delegationdesk.settlement;

import java.util.List;

/**
 * A part of an actual cost that is not reimbursed ("không được thanh toán"): the line it comes from (its index in
 * {@link Settlement#lines()} and its content), whom it concerns, the amount claimed, the amount allowed and the rule,
 * as a message key (bundle key "settlement.disallowed.*") with its arguments, resolved in Vietnamese by the i18n layer.
 */
public record Disallowance(int lineIndex, String content, List<String> memberIds, long claimed, long allowed,
        String ruleKey, List<Object> args) {
    public Disallowance {
        memberIds = List.copyOf(memberIds);
        args = List.copyOf(args);
    }

    /** What is not reimbursed: the claim less what is allowed. */
    public long amount() {
        return Math.subtractExact(claimed, allowed);
    }
}
