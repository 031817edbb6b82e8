package vn.delegationdesk.delegation.approval;

import java.time.LocalDate;
import java.util.Objects;

/** The approval a leader records: the approving body, the document's number and its date. */
public record ApprovalDecision(String body, String number, LocalDate date) {
    public ApprovalDecision {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
    }
}
