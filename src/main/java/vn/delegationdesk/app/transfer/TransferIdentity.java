package vn.delegationdesk.app.transfer;

import java.time.LocalDate;
import vn.delegationdesk.delegation.Delegation;

/**
 * When a delegation on the laptop and one on the server are the same trip: the same title, first day and issuing body
 * (its name). Ids cannot tell, each store numbers its own; these three are what a clerk reads in the list and what the
 * documents print, so two records alike in them would be taken for one.
 */
public record TransferIdentity(String title, LocalDate startDate, String issuingBody) {
    public static TransferIdentity of(Delegation delegation) {
        return new TransferIdentity(delegation.title(), delegation.startDate(), delegation.issuingBody().name());
    }
}
