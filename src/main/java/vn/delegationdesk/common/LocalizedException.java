package vn.delegationdesk.common;

import java.util.List;

/**
 * The usual {@link LocalizedFailure}: {@link #getMessage()} is technical (for logs), the user reads the
 * Vietnamese sentence of {@link #messageKey()} with its arguments. Features subclass it to name their failures.
 */
public class LocalizedException extends RuntimeException implements LocalizedFailure {
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> args;

    public LocalizedException(String messageKey, List<Object> args, String detail, Throwable cause) {
        super(messageKey + ": " + detail, cause);
        this.messageKey = messageKey;
        this.args = List.copyOf(args);
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
