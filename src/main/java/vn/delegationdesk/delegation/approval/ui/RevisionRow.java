package vn.delegationdesk.delegation.approval.ui;

/** One revision in the list of "Phê duyệt": "Bản 2", when it was submitted, by whom, the estimate's grand total. */
public record RevisionRow(int number, String name, String frozenAt, String frozenBy, String total) {
}
