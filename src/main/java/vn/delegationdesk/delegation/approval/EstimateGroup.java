package vn.delegationdesk.delegation.approval;

import java.util.Objects;

/** A line group of the estimate as a revision keeps it: its heading ("I. Chi phí đi lại") and its subtotal in đồng. */
public record EstimateGroup(String label, long amount) {
    public EstimateGroup {
        Objects.requireNonNull(label, "label");
    }
}
