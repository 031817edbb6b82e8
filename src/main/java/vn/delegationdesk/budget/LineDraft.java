package vn.delegationdesk.budget;

/**
 * A line as computed from the plan, before the user's edits. {@code rate} is the rate its unit price came
 * from, or null when the price is a quotation the user types in. An {@code optional} line ("nếu có") is
 * not reported when it has no price.
 */
record LineDraft(String key, String content, String unit, long quantity, long times, Long unitPrice, String basis,
        ResolvedRate rate, boolean optional) {

    static LineDraft priced(String key, String content, String unit, long quantity, long times, ResolvedRate rate) {
        String basis = rate.basis().isEmpty() ? rate.rateSetName() : rate.basis();
        return new LineDraft(key, content, unit, quantity, times, rate.amount(), basis, rate, false);
    }

    static LineDraft quoted(String key, String content, String unit, long quantity, long times, String basis) {
        return new LineDraft(key, content, unit, quantity, times, null, basis, null, false);
    }

    static LineDraft free(String key, String content, String unit, long quantity, long times, String basis) {
        return new LineDraft(key, content, unit, quantity, times, 0L, basis, null, false);
    }

    LineDraft asOptional() {
        return new LineDraft(key, content, unit, quantity, times, unitPrice, basis, rate, true);
    }
}
