package vn.delegationdesk.delegation.approval;

import java.util.List;
import vn.delegationdesk.common.LocalizedException;

/** An approval step or a save the trail does not allow; the user reads why, in Vietnamese. */
public final class ApprovalRefused extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public ApprovalRefused(String messageKey, Object... args) {
        super(messageKey, List.of(args), "approval refused", null);
    }
}
