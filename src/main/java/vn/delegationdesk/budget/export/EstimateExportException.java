package vn.delegationdesk.budget.export;

import java.util.List;
import vn.delegationdesk.common.LocalizedFailure;

/**
 * The estimate could not be written. {@link #getMessage()} is technical (for logs); the user reads the
 * Vietnamese sentence of {@link #messageKey()} (family {@code budget.export.error.}), which names the file.
 */
public class EstimateExportException extends RuntimeException implements LocalizedFailure {
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> args;

    public EstimateExportException(String messageKey, List<Object> args, String detail, Throwable cause) {
        super(messageKey + ": " + detail, cause);
        this.messageKey = messageKey;
        this.args = List.copyOf(args);
    }

    static EstimateExportException of(String messageKey, String detail, Throwable cause, Object... args) {
        return new EstimateExportException(messageKey, List.of(args), detail, cause);
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
