package vn.delegationdesk.budget;

import java.util.Objects;
import vn.delegationdesk.common.Texts;

/**
 * One value of a rate set: the amount in whole đồng (null while nobody has found the figure), the legal
 * basis it is printed with ("TT 40/2017 Đ6, sửa đổi bởi TT 12/2025") and whether the figure was checked
 * against the legal text. An unverified value is still used, but the estimate warns about it.
 */
public record RateValue(RateKey key, Long amount, String basis, boolean verified) {
    public RateValue {
        Objects.requireNonNull(key, "key");
        if (amount != null && amount < 0) {
            throw new IllegalArgumentException("negative rate " + amount);
        }
        basis = Texts.clean(basis);
    }

    public boolean hasAmount() {
        return amount != null;
    }
}
