package vn.delegationdesk.settlement;

import java.util.List;
import java.util.Objects;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.common.Texts;

/**
 * One actual cost with its vouchers, in whole đồng. {@code estimateKey} is the estimate line it answers
 * ("lodging.tỉnh Đắk Lắk.shared", a {@code BudgetLine} key) or blank for a line the estimate did not have, which
 * then says what it is in {@code content}. {@code memberIds} are whom it is for (the ticket's traveller, the room's
 * occupants; blank ids are dropped); a {@link ExpenseKind#DIRECT} cost is for nobody in particular.
 *
 * <p>A ticket says the class flown and, when that class is above the traveller's entitlement, the fare of the entitled
 * class on the same flight ({@code entitledFare}, from the airline's quotation; null when not known). A room says its
 * stop (a leg's place) and the nights the invoice is for.
 */
public record ActualLine(String estimateKey, String content, ExpenseKind kind, List<String> memberIds, String stop,
        int nights, FlightClass flightClass, Long entitledFare, long cost, List<Voucher> vouchers) {
    public ActualLine {
        estimateKey = Texts.clean(estimateKey);
        content = Texts.clean(content);
        Objects.requireNonNull(kind, "kind");
        memberIds = Texts.cleanAll(memberIds).stream().filter(id -> !id.isEmpty()).toList();
        stop = Texts.clean(stop);
        if (kind == ExpenseKind.TICKET) {
            Objects.requireNonNull(flightClass, "flightClass");
        }
        vouchers = List.copyOf(vouchers);
    }

    public static ActualLine ticket(String estimateKey, String content, String memberId, FlightClass flown,
            Long entitledFare, long cost, List<Voucher> vouchers) {
        return new ActualLine(estimateKey, content, ExpenseKind.TICKET, List.of(memberId), "", 0, flown, entitledFare,
                cost, vouchers);
    }

    public static ActualLine room(String estimateKey, String content, String stop, List<String> occupants, int nights,
            long cost, List<Voucher> vouchers) {
        return new ActualLine(estimateKey, content, ExpenseKind.ROOM, occupants, stop, nights, null, null, cost, vouchers);
    }

    public static ActualLine vehicle(String content, String memberId, long cost, List<Voucher> vouchers) {
        return new ActualLine("", content, ExpenseKind.VEHICLE, List.of(memberId), "", 0, null, null, cost, vouchers);
    }

    public static ActualLine direct(String estimateKey, String content, long cost, List<Voucher> vouchers) {
        return new ActualLine(estimateKey, content, ExpenseKind.DIRECT, List.of(), "", 0, null, null, cost, vouchers);
    }

    public boolean free() {
        return estimateKey.isEmpty();
    }
}
