package vn.delegationdesk.app.transfer;

import java.time.LocalDate;

/** A laptop delegation ({@code laptopId}) whose {@link TransferIdentity} the server already holds. */
public record Clash(long laptopId, String title, LocalDate startDate, String issuingBody) {
}
