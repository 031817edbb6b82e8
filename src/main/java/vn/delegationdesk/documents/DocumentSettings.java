package vn.delegationdesk.documents;

import java.util.List;
import vn.delegationdesk.common.Texts;

/**
 * What the documents of one delegation need beyond the plan itself, edited once on the documents screen
 * and reused by every render. The issuing body, its abbreviation, the plan's number and date and the
 * signer are the delegation's own ({@code Delegation.issuingBody/document/signer}); these are the rest.
 *
 * @param decision the decision's number and date ("Số: 125/QĐ-SVHTT")
 * @param decisionProposer who proposes the decision ("Trưởng phòng Tổ chức - Pháp chế"), for "Xét đề nghị của …"
 * @param decisionRecipients "Nơi nhận" of the decision; empty means the usual list built from the plan
 * @param resultsReport the results report's number and date ("Số: …/BC-SVHTT")
 * @param actualSpending what the trip cost in whole đồng, for the report's spending line; null until known
 * @param budgetUnitCode the unit's "Mã QHNS" printed on every travel order; may be blank
 * @param travelOrderDepartment "Bộ phận" printed on the travel orders; may be blank
 * @param firstTravelOrderNumber the number of the first travel order, the others following; 0 leaves "Số:" blank
 * @param itineraryContacts lines of "Liên hệ" on the itinerary ("Đ/c Nguyễn Văn A, Văn phòng Sở: 0912 345 678")
 * @param approval the estimate as approved, for the report's "Dự toán được duyệt"; null while it is not approved
 * @param outboundProposal the number and date of the Tờ trình xin chủ trương of a delegation abroad ("Số: 12/TTr-SVHTT")
 */
public record DocumentSettings(
        IssueNumber decision,
        String decisionProposer,
        List<String> decisionRecipients,
        IssueNumber resultsReport,
        Long actualSpending,
        String budgetUnitCode,
        String travelOrderDepartment,
        int firstTravelOrderNumber,
        List<String> itineraryContacts,
        EstimateApproval approval,
        IssueNumber outboundProposal) {

    public DocumentSettings {
        decision = decision == null ? IssueNumber.DRAFT : decision;
        decisionProposer = Texts.clean(decisionProposer);
        decisionRecipients = Texts.cleanAll(decisionRecipients);
        resultsReport = resultsReport == null ? IssueNumber.DRAFT : resultsReport;
        if (actualSpending != null && actualSpending < 0) {
            throw new IllegalArgumentException("actual spending is negative");
        }
        budgetUnitCode = Texts.clean(budgetUnitCode);
        travelOrderDepartment = Texts.clean(travelOrderDepartment);
        if (firstTravelOrderNumber < 0) {
            throw new IllegalArgumentException("travel order number is negative");
        }
        itineraryContacts = Texts.cleanAll(itineraryContacts);
        outboundProposal = outboundProposal == null ? IssueNumber.DRAFT : outboundProposal;
    }

    /** Settings of a domestic trip (no Tờ trình abroad). */
    public DocumentSettings(IssueNumber decision, String decisionProposer, List<String> decisionRecipients, IssueNumber resultsReport,
            Long actualSpending, String budgetUnitCode, String travelOrderDepartment, int firstTravelOrderNumber,
            List<String> itineraryContacts, EstimateApproval approval) {
        this(decision, decisionProposer, decisionRecipients, resultsReport, actualSpending, budgetUnitCode, travelOrderDepartment,
                firstTravelOrderNumber, itineraryContacts, approval, IssueNumber.DRAFT);
    }

    /** Settings of an estimate not approved. */
    public DocumentSettings(IssueNumber decision, String decisionProposer, List<String> decisionRecipients, IssueNumber resultsReport,
            Long actualSpending, String budgetUnitCode, String travelOrderDepartment, int firstTravelOrderNumber,
            List<String> itineraryContacts) {
        this(decision, decisionProposer, decisionRecipients, resultsReport, actualSpending, budgetUnitCode, travelOrderDepartment,
                firstTravelOrderNumber, itineraryContacts, null);
    }

    /** A delegation's settings before anyone edited them: every number a draft, every list the usual one. */
    public static DocumentSettings defaults() {
        return new DocumentSettings(IssueNumber.DRAFT, "", List.of(), IssueNumber.DRAFT, null, "", "", 0, List.of());
    }

    /**
     * What a copy of the delegation keeps: who proposes, the recipients, the unit's code and department and the
     * contacts; a copy is a new trip, so its numbers, dates, spending and approval start blank.
     */
    public DocumentSettings forCopy() {
        return new DocumentSettings(IssueNumber.DRAFT, decisionProposer, decisionRecipients, IssueNumber.DRAFT, null,
                budgetUnitCode, travelOrderDepartment, 0, itineraryContacts);
    }

    public DocumentSettings withDecision(IssueNumber value) {
        return new DocumentSettings(value, decisionProposer, decisionRecipients, resultsReport, actualSpending,
                budgetUnitCode, travelOrderDepartment, firstTravelOrderNumber, itineraryContacts, approval, outboundProposal);
    }

    public DocumentSettings withDecisionProposer(String value) {
        return new DocumentSettings(decision, value, decisionRecipients, resultsReport, actualSpending, budgetUnitCode,
                travelOrderDepartment, firstTravelOrderNumber, itineraryContacts, approval, outboundProposal);
    }

    public DocumentSettings withDecisionRecipients(List<String> value) {
        return new DocumentSettings(decision, decisionProposer, value, resultsReport, actualSpending, budgetUnitCode,
                travelOrderDepartment, firstTravelOrderNumber, itineraryContacts, approval, outboundProposal);
    }

    public DocumentSettings withResultsReport(IssueNumber value) {
        return new DocumentSettings(decision, decisionProposer, decisionRecipients, value, actualSpending, budgetUnitCode,
                travelOrderDepartment, firstTravelOrderNumber, itineraryContacts, approval, outboundProposal);
    }

    public DocumentSettings withActualSpending(Long value) {
        return new DocumentSettings(decision, decisionProposer, decisionRecipients, resultsReport, value, budgetUnitCode,
                travelOrderDepartment, firstTravelOrderNumber, itineraryContacts, approval, outboundProposal);
    }

    public DocumentSettings withBudgetUnitCode(String value) {
        return new DocumentSettings(decision, decisionProposer, decisionRecipients, resultsReport, actualSpending, value,
                travelOrderDepartment, firstTravelOrderNumber, itineraryContacts, approval, outboundProposal);
    }

    public DocumentSettings withTravelOrderDepartment(String value) {
        return new DocumentSettings(decision, decisionProposer, decisionRecipients, resultsReport, actualSpending,
                budgetUnitCode, value, firstTravelOrderNumber, itineraryContacts, approval, outboundProposal);
    }

    public DocumentSettings withFirstTravelOrderNumber(int value) {
        return new DocumentSettings(decision, decisionProposer, decisionRecipients, resultsReport, actualSpending,
                budgetUnitCode, travelOrderDepartment, value, itineraryContacts, approval, outboundProposal);
    }

    public DocumentSettings withApproval(EstimateApproval value) {
        return new DocumentSettings(decision, decisionProposer, decisionRecipients, resultsReport, actualSpending,
                budgetUnitCode, travelOrderDepartment, firstTravelOrderNumber, itineraryContacts, value, outboundProposal);
    }

    public DocumentSettings withOutboundProposal(IssueNumber value) {
        return new DocumentSettings(decision, decisionProposer, decisionRecipients, resultsReport, actualSpending,
                budgetUnitCode, travelOrderDepartment, firstTravelOrderNumber, itineraryContacts, approval, value);
    }

    public DocumentSettings withItineraryContacts(List<String> value) {
        return new DocumentSettings(decision, decisionProposer, decisionRecipients, resultsReport, actualSpending,
                budgetUnitCode, travelOrderDepartment, firstTravelOrderNumber, value, approval, outboundProposal);
    }
}
