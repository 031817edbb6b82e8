package vn.delegationdesk.delegation;

import java.time.LocalDate;
import java.util.List;

/**
 * A delegation started from scratch. A body writes its plans the same way every time, so the parts that do
 * not change from trip to trip (issuing body, number symbol and place, departure place, signer) are taken from
 * an earlier delegation when there is one; everything about the trip itself starts empty.
 */
public final class NewDelegation {
    private NewDelegation() {
    }

    public static Delegation blank(String title, LocalDate start, LocalDate end, Delegation template) {
        IssuingBody body = template == null ? new IssuingBody("", "", "") : template.issuingBody();
        DocumentInfo document = template == null ? new DocumentInfo("", "", "", null)
                : new DocumentInfo("", template.document().symbol(), template.document().place(), null);
        String departure = template == null ? "" : template.departurePlace();
        Signer signer = template == null ? new Signer("", "", "", "") : template.signer();
        return new Delegation(null, title, DelegationStatus.DRAFT, body, document, List.of(), List.of(), List.of(),
                departure, start, end, List.of(), 0, List.of(), "", List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), signer, false);
    }

    /**
     * A delegation of the body kept in a profile: its body, plan symbol, place (also the departure) and the chosen
     * signer; with {@code authorityBasis} the body's authority basis is its first ground.
     */
    public static Delegation forBody(String title, LocalDate start, LocalDate end, IssuingBody body, String symbol, String place,
            Signer signer, LegalBasis authorityBasis) {
        List<LegalBasis> bases = authorityBasis == null ? List.of() : List.of(authorityBasis);
        return new Delegation(null, title, DelegationStatus.DRAFT, body, new DocumentInfo("", symbol, place, null), bases,
                List.of(), List.of(), place, start, end, List.of(), 0, List.of(), "", List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), signer, false);
    }
}
