package vn.delegationdesk.documents;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import vn.delegationdesk.settlement.Advance;
import vn.delegationdesk.settlement.Settlement;

/**
 * What each member was advanced before the trip, in whole đồng: the sum of the stored settlement's advances that name the
 * member. The travel orders print it in their "Tiền ứng trước" block. Advances to the delegation as a whole are nobody's.
 */
public record AdvancesByMember(Map<String, Long> totals) {
    private static final AdvancesByMember NONE = new AdvancesByMember(Map.of());

    public AdvancesByMember {
        totals = Map.copyOf(Objects.requireNonNull(totals, "totals"));
    }

    /** No advance to anyone: a delegation with no stored settlement. */
    public static AdvancesByMember none() {
        return NONE;
    }

    /**
     * The members' sums of {@code settlement}'s advances.
     *
     * @throws ArithmeticException when a member's sum does not fit a long (the settlement's validator refuses it first)
     */
    public static AdvancesByMember of(Settlement settlement) {
        Map<String, Long> sums = new LinkedHashMap<>();
        for (Advance advance : settlement.advances()) {
            if (advance.toMember()) {
                sums.merge(advance.memberId(), advance.amount(), Math::addExact);
            }
        }
        return new AdvancesByMember(sums);
    }

    /** The sum advanced to {@code memberId}; empty when the member was given no advance. */
    public OptionalLong total(String memberId) {
        Long sum = totals.get(memberId);
        return sum == null ? OptionalLong.empty() : OptionalLong.of(sum);
    }
}
