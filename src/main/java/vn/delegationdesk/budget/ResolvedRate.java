package vn.delegationdesk.budget;

/** A rate as the estimate uses it: the amount (null when unknown), where it comes from and whether it is verified. */
public record ResolvedRate(RateKey key, Long amount, String basis, boolean verified, String rateSetName) {
    public boolean known() {
        return amount != null;
    }
}
