package vn.delegationdesk.delegation.member.roster;

import java.util.List;
import vn.delegationdesk.common.LocalizedException;

/**
 * A workbook could not be read or written. {@link #getMessage()} is technical (for logs); the user reads
 * the Vietnamese sentence of {@link #messageKey()} (family {@code roster.error.}), which names the file.
 */
public class RosterException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public RosterException(String messageKey, List<Object> args, String detail, Throwable cause) {
        super(messageKey, args, detail, cause);
    }

    static RosterException of(String messageKey, String detail, Throwable cause, Object... args) {
        return new RosterException(messageKey, List.of(args), detail, cause);
    }
}
