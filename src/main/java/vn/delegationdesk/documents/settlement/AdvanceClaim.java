package vn.delegationdesk.documents.settlement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.delegationdesk.settlement.ActualLine;
import vn.delegationdesk.settlement.Advance;
import vn.delegationdesk.settlement.ExpenseKind;
import vn.delegationdesk.settlement.MemberSettlement;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.SettlementSheet;

/**
 * The figures of one Giấy đề nghị thanh toán tạm ứng, in whole đồng: who settles ({@code member} null for the delegation's
 * own advance), the advances of this period (A.II; nothing is carried from earlier periods, A.I), what was spent (B) in
 * its lines, and the difference (C): A − B to return, or B − A spent beyond the advance. A member's B is their
 * entitlement on the Bảng kê (column 5); the delegation's is the costs the unit paid directly.
 */
public record AdvanceClaim(MemberSettlement member, List<Advance> advances, List<Spent> spent) {
    /** One line of B: what it paid for and how much. */
    public record Spent(String label, long amount) {
    }

    public AdvanceClaim {
        advances = List.copyOf(advances);
        spent = List.copyOf(spent);
    }

    /** A: the advances of this period. */
    public long advanced() {
        long sum = 0;
        for (Advance a : advances) {
            sum = Math.addExact(sum, a.amount());
        }
        return sum;
    }

    /** B: what was spent, the sum of its lines. */
    public long spentTotal() {
        long sum = 0;
        for (Spent s : spent) {
            sum = Math.addExact(sum, s.amount());
        }
        return sum;
    }

    /** C.1: the advance not spent (A − B), to be returned; 0 when B is larger. */
    public long unspent() {
        return Math.max(0, Math.subtractExact(advanced(), spentTotal()));
    }

    /** C.2: spent beyond the advance (B − A), still to be paid out; 0 when A is larger. */
    public long overspent() {
        return Math.max(0, Math.subtractExact(spentTotal(), advanced()));
    }

    public boolean ofDelegation() {
        return member == null;
    }

    /**
     * One claim per member given an advance, in the sheet's order (a member no longer in the plan included, with nothing
     * spent), then the delegation's own when it was given one.
     */
    public static List<AdvanceClaim> of(Settlement settlement, SettlementSheet sheet) {
        Objects.requireNonNull(settlement, "settlement");
        List<AdvanceClaim> claims = new ArrayList<>();
        for (MemberSettlement row : sheet.members()) {
            List<Advance> own = settlement.advances().stream().filter(a -> a.memberId().equals(row.memberId())).toList();
            if (!own.isEmpty()) {
                claims.add(new AdvanceClaim(row, own, List.of(new Spent("Tiền vé (tàu, xe, …)", row.tickets()),
                        new Spent("Tiền thuê phương tiện đi lại", row.vehicles()),
                        new Spent("Phụ cấp lưu trú", row.perDiem()), new Spent("Tiền thuê phòng nghỉ", row.lodging()))));
            }
        }
        List<Advance> delegation = settlement.advances().stream().filter(a -> !a.toMember()).toList();
        if (!delegation.isEmpty()) {
            List<Spent> direct = new ArrayList<>();
            for (ActualLine line : settlement.lines()) {
                if (line.kind() == ExpenseKind.DIRECT) {
                    direct.add(new Spent(line.content().isEmpty() ? "Chi phí đơn vị chi trực tiếp" : line.content(), line.cost()));
                }
            }
            claims.add(new AdvanceClaim(null, delegation, direct));
        }
        return claims;
    }
}
