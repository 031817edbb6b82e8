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
 * ({@link IssueNumber#DRAFT} leaves them blank for the office to write).
 */
public record AbroadSource(Delegation delegation, OutboundPlan plan, AbroadInputs inputs, AbroadEstimate estimate,
        IssueNumber proposalNumber, IssueNumber decisionNumber) {
    public AbroadSource {
        Objects.requireNonNull(delegation, "delegation");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(estimate, "estimate");
        proposalNumber = proposalNumber == null ? IssueNumber.DRAFT : proposalNumber;
        decisionNumber = decisionNumber == null ? IssueNumber.DRAFT : decisionNumber;
    }

    /** The documents of a trip not yet registered: numbers and dates left blank. */
    public static AbroadSource draft(Delegation delegation, OutboundPlan plan, AbroadInputs inputs, AbroadEstimate estimate) {
        return new AbroadSource(delegation, plan, inputs, estimate, IssueNumber.DRAFT, IssueNumber.DRAFT);
    }
}
