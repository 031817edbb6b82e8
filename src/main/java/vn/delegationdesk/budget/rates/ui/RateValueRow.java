package vn.delegationdesk.budget.rates.ui;

import vn.delegationdesk.budget.RateKey;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;

/** One value of the rate set in the form: its key and Vietnamese label, unit, amount (null = not known yet), basis, verified. */
public record RateValueRow(RateKey key, String label, String unit, Long amount, String basis, boolean verified) {
    /** "300.000", or the empty string while not known. */
    public String amountText() {
        return VietnameseNumbers.format(amount);
    }
}
