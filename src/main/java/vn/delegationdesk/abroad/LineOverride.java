package vn.delegationdesk.abroad;

/**
 * The user's own quantity or number of times for a line the estimate computes (insurance for 4 of the 5 members, the
 * interpreter for 2 of the 4 days), as the domestic worksheet lets a line be edited; null keeps the computed figure. A
 * quantity of 0 leaves the line out of the papers. Keyed by the line's key in {@link AbroadInputs#overrides()}.
 */
public record LineOverride(Long quantity, Long times) {
    /** Whether it changes nothing (both as computed). */
    public boolean isEmpty() {
        return quantity == null && times == null;
    }
}
