package vn.delegationdesk.budget.ui;

/** An entry of a rate-set chooser: a set's id (null for "automatic" or "none") and how it is shown. */
public record RateChoice(String id, String label) {
    @Override
    public String toString() {
        return label;
    }
}
