package vn.delegationdesk.settlement;

import java.util.List;
import vn.delegationdesk.common.LocalizedException;

/** A write refused because the delegation's books are closed: reopen them first. */
public final class SettlementClosed extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public SettlementClosed(String messageKey, Object... args) {
        super(messageKey, List.of(args), "the settlement's books are closed", null);
    }
}
