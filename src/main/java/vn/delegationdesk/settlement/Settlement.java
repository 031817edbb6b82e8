package vn.delegationdesk.settlement;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the finance clerk enters after the trip: the date of the settlement (no voucher may be later), the
 * advances, what happened to each member and the actual costs with their vouchers. The rates and the lodging mode
 * are the estimate's ({@code budget.EstimateInputs}), given to {@link SettlementCalculator} beside it.
 */
public record Settlement(LocalDate settlementDate, List<Advance> advances, List<MemberOutcome> outcomes,
        List<ActualLine> lines) {
    public Settlement {
        Objects.requireNonNull(settlementDate, "settlementDate");
        advances = List.copyOf(advances);
        outcomes = List.copyOf(outcomes);
        lines = List.copyOf(lines);
    }

    public Optional<MemberOutcome> outcome(String memberId) {
        return outcomes.stream().filter(o -> o.memberId().equals(memberId)).findFirst();
    }
}
