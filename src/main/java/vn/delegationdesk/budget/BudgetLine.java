package vn.delegationdesk.budget;

import java.util.Objects;
import java.util.Set;
import vn.delegationdesk.common.Texts;

/**
 * One line of the estimate: Thành tiền = Số lượng × Số ngày/lần × Đơn giá, in whole đồng. A null unit
 * price means the price is not known yet; the line then adds nothing to the totals and prints no amount. It
 * {@link #needsPrice() needs a price} unless it is optional ("nếu có") or counts nothing; while one does, the
 * estimate is a draft. {@code key} is stable across recomputations so the user's edits stay attached to their line.
 */
public record BudgetLine(String key, LineOrigin origin, String content, String unit, long quantity, long times,
        Long unitPrice, String basis, Set<LineField> editedFields, boolean optional) {
    public BudgetLine {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(origin, "origin");
        content = Texts.clean(content);
        unit = Texts.clean(unit);
        basis = Texts.clean(basis);
        editedFields = Set.copyOf(editedFields);
    }

    /** A line the estimate cannot do without (every manual line). */
    public BudgetLine(String key, LineOrigin origin, String content, String unit, long quantity, long times, Long unitPrice,
            String basis, Set<LineField> editedFields) {
        this(key, origin, content, unit, quantity, times, unitPrice, basis, editedFields, false);
    }

    /** @throws ArithmeticException if the amount does not fit a long, which no real estimate reaches */
    public long amount() {
        return unitPrice == null ? 0L : Math.multiplyExact(Math.multiplyExact(quantity, times), unitPrice);
    }

    public boolean priced() {
        return unitPrice != null;
    }

    /**
     * Whether the total lacks this line's price: none is typed, the line counts something and it is not optional.
     * An optional line left without a price ("Cước hành lý … nếu giá vé chưa gồm") is one the trip does not need.
     */
    public boolean needsPrice() {
        return unitPrice == null && !optional && quantity > 0 && times > 0;
    }

    public boolean isManual() {
        return origin == LineOrigin.MANUAL;
    }
}
