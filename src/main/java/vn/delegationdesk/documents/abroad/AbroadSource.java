package vn.delegationdesk.documents.abroad;

import java.util.Objects;
import vn.delegationdesk.abroad.AbroadEstimate;
import vn.delegationdesk.abroad.AbroadInputs;
import vn.delegationdesk.abroad.OutboundPlan;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.documents.IssueNumber;

/**
 * What the outbound documents are made of: the delegation (its members, header, signer, purposes and funding), its
 * {@link OutboundPlan} (stops, flights, passports, exchange rate), the user's {@link AbroadInputs} and the
 * {@link AbroadEstimate} computed from them; with the number and date each numbered document is registered under
 * ({@link IssueNumber#DRAFT} leaves them blank for the office to write) and, for the results report, what the trip cost
 * in whole đồng ({@code null} while it is not known: the report leaves a line to write it on).
 */
public record AbroadSource(Delegation delegation, OutboundPlan plan, AbroadInputs inputs, AbroadEstimate estimate,
        IssueNumber proposalNumber, IssueNumber decisionNumber, IssueNumber reportNumber, Long actualSpending) {
    public AbroadSource {
        Objects.requireNonNull(delegation, "delegation");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(estimate, "estimate");
        proposalNumber = proposalNumber == null ? IssueNumber.DRAFT : proposalNumber;
        decisionNumber = decisionNumber == null ? IssueNumber.DRAFT : decisionNumber;
        reportNumber = reportNumber == null ? IssueNumber.DRAFT : reportNumber;
        if (actualSpending != null && actualSpending < 0) {
            throw new IllegalArgumentException("actual spending is negative");
        }
    }

    /** The proposal's and the decision's numbers; the report not registered and its spending not known. */
    public AbroadSource(Delegation delegation, OutboundPlan plan, AbroadInputs inputs, AbroadEstimate estimate,
            IssueNumber proposalNumber, IssueNumber decisionNumber) {
        this(delegation, plan, inputs, estimate, proposalNumber, decisionNumber, IssueNumber.DRAFT, null);
    }

    /** The documents of a trip not yet registered: numbers and dates left blank, the spending not known. */
    public static AbroadSource draft(Delegation delegation, OutboundPlan plan, AbroadInputs inputs, AbroadEstimate estimate) {
        return new AbroadSource(delegation, plan, inputs, estimate, IssueNumber.DRAFT, IssueNumber.DRAFT, IssueNumber.DRAFT, null);
    }

    /** The same trip with the results report's number and date and what it cost ({@code null}: not known). */
    public AbroadSource withReport(IssueNumber number, Long spent) {
        return new AbroadSource(delegation, plan, inputs, estimate, proposalNumber, decisionNumber, number, spent);
    }
}
