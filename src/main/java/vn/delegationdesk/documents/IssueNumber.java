package vn.delegationdesk.documents;

import java.time.LocalDate;
import vn.delegationdesk.common.Texts;

/**
 * The number and date a document is registered under. Both are blank in a draft: the header then reads
 * "Số:      /QĐ-SVHTT" and "Hà Nội, ngày    tháng 10 năm 2025" (the month and year of the trip's start).
 */
public record IssueNumber(String number, LocalDate date) {
    public static final IssueNumber DRAFT = new IssueNumber("", null);

    public IssueNumber {
        number = Texts.clean(number);
    }
}
