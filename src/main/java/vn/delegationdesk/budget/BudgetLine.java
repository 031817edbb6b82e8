package vn.delegationdesk.budget;

import java.util.Objects;
import java.util.Set;
import vn.delegationdesk.common.Texts;

/**
 * One line of the estimate: Thành tiền = Số lượng × Số ngày/lần × Đơn giá, in whole đồng. A null unit
 * price means the price is not known yet; the line then counts as 0 and the estimate warns.
 * {@code key} is stable across recomputations so the user's edits stay attached to their line.
 */
public record BudgetLine(String key, LineOrigin origin, String content, String unit, long quantity, long times,
        Long unitPrice, String basis, Set<LineField> editedFields) {
    public BudgetLine {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(origin, "origin");
        content = Texts.clean(content);
        unit = Texts.clean(unit);
        basis = Texts.clean(basis);
        editedFields = Set.copyOf(editedFields);
    }

    /** @throws ArithmeticException if the amount does not fit a long, which no real estimate reaches */
    public long amount() {
        return unitPrice == null ? 0L : Math.multiplyExact(Math.multiplyExact(quantity, times), unitPrice);
    }

    public boolean priced() {
        return unitPrice != null;
    }

    public boolean isManual() {
        return origin == LineOrigin.MANUAL;
    }
}
