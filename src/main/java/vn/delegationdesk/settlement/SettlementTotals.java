package vn.delegationdesk.settlement;

import java.util.List;

/** The "Cộng" row of the Bảng kê: each column the exact sum of the members' rows, in whole đồng. */
public record SettlementTotals(long tickets, long vehicles, long perDiem, long lodging, long total, long advanced,
        long toReturn, long toReceive) {

    /** @throws ArithmeticException if a column does not fit a long (the validator refuses such input first) */
    public static SettlementTotals of(List<MemberSettlement> rows) {
        long[] sums = new long[8];
        for (MemberSettlement row : rows) {
            long[] values = {row.tickets(), row.vehicles(), row.perDiem(), row.lodging(), row.total(), row.advanced(),
                row.toReturn(), row.toReceive()};
            for (int i = 0; i < sums.length; i++) {
                sums[i] = Math.addExact(sums[i], values[i]);
            }
        }
        return new SettlementTotals(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7]);
    }
}
