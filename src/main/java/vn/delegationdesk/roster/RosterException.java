package vn.delegationdesk.roster;

import java.util.List;
import vn.delegationdesk.common.LocalizedFailure;

/**
 * A workbook could not be read or written. {@link #getMessage()} is technical (for logs); the user reads
 * the Vietnamese sentence of {@link #messageKey()} (family {@code roster.error.}), which names the file.
 */
public class RosterException extends RuntimeException implements LocalizedFailure {
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> args;

    public RosterException(String messageKey, List<Object> args, String detail, Throwable cause) {
        super(messageKey + ": " + detail, cause);
        this.messageKey = messageKey;
        this.args = List.copyOf(args);
    }

    static RosterException of(String messageKey, String detail, Throwable cause, Object... args) {
        return new RosterException(messageKey, List.of(args), detail, cause);
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    @Override
    public List<Object> args() {
        return args;
    }
}
