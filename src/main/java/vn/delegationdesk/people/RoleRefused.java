package vn.delegationdesk.people;

import java.util.List;
import vn.delegationdesk.common.LocalizedException;

/** A write the current user's roles do not allow; the user reads which role it needs, in Vietnamese. */
public final class RoleRefused extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public RoleRefused(String messageKey, Object... args) {
        super(messageKey, List.of(args), "role refused", null);
    }
}
