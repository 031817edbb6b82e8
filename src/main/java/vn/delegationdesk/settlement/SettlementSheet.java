package vn.delegationdesk.settlement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.delegationdesk.budget.RateBook;

/**
 * The settlement as computed: the rates used (the estimate's, chosen on the trip's start date), a row per member (the
 * plan's members in order, then anyone else the settlement names), what is not reimbursed, and the costs the unit
 * paid directly against the advances to the delegation as a whole. {@code flatLodging} is the lodging paid by flat
 * allowance under the estimate line it answers ("lodging.tỉnh Đắk Lắk.flat", "….flatSenior"), for the comparison with
 * the estimate. Amounts in whole đồng.
 */
public record SettlementSheet(RateBook rates, List<MemberSettlement> members, List<Disallowance> disallowances,
        long directCosts, long delegationAdvances, Map<String, Long> flatLodging, List<SettlementWarning> warnings) {
    public SettlementSheet {
        members = List.copyOf(members);
        flatLodging = Map.copyOf(flatLodging);
        disallowances = List.copyOf(disallowances);
        warnings = List.copyOf(warnings);
    }

    public Optional<MemberSettlement> member(String memberId) {
        return members.stream().filter(m -> m.memberId().equals(memberId)).findFirst();
    }

    /** The "Cộng" row. */
    public SettlementTotals totals() {
        return SettlementTotals.of(members);
    }

    /** What is not reimbursed of the actual line {@code lineIndex}. */
    public long disallowedOf(int lineIndex) {
        long sum = 0;
        for (Disallowance d : disallowances) {
            if (d.lineIndex() == lineIndex) {
                sum = Math.addExact(sum, d.amount());
            }
        }
        return sum;
    }

    /** All that is not reimbursed. */
    public long disallowedTotal() {
        long sum = 0;
        for (Disallowance d : disallowances) {
            sum = Math.addExact(sum, d.amount());
        }
        return sum;
    }

    /** The delegation's own advance beyond the costs the unit paid directly: to return. */
    public long delegationToReturn() {
        return Math.max(0, Math.subtractExact(delegationAdvances, directCosts));
    }

    /** The costs paid directly beyond the delegation's own advance: still to pay. */
    public long delegationToReceive() {
        return Math.max(0, Math.subtractExact(directCosts, delegationAdvances));
    }
}
