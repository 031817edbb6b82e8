package vn.delegationdesk.settlement;

import java.time.LocalDate;
import java.util.Objects;
import vn.delegationdesk.common.Texts;

/** One supporting voucher of an actual cost: its kind, number, date, who issued it and its amount in whole đồng. */
public record Voucher(VoucherKind kind, String number, LocalDate date, String supplier, long amount) {
    public Voucher {
        Objects.requireNonNull(kind, "kind");
        number = Texts.clean(number);
        Objects.requireNonNull(date, "date");
        supplier = Texts.clean(supplier);
    }
}
