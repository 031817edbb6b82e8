package vn.delegationdesk.documents;

import java.time.LocalDate;
import vn.delegationdesk.common.Texts;

/**
 * The estimate as the user recorded it approved: who approved it ("Sở Tài chính"), the approving document's number
 * ("215/QĐ-SVHTT") and date, and the total approved in whole đồng. It is kept as approved: an estimate that changes
 * afterwards does not change it, and the report then gives both figures.
 */
public record EstimateApproval(String approver, String number, LocalDate date, long total) {
    public EstimateApproval {
        approver = Texts.clean(approver);
        number = Texts.clean(number);
        if (total < 0) {
            throw new IllegalArgumentException("approved total is negative");
        }
    }
}
