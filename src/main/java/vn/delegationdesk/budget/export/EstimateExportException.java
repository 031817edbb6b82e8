package vn.delegationdesk.budget.export;

import java.util.List;
import vn.delegationdesk.common.LocalizedException;

/**
 * The estimate could not be written. {@link #getMessage()} is technical (for logs); the user reads the
 * Vietnamese sentence of {@link #messageKey()} (family {@code budget.export.error.}), which names the file.
 */
public class EstimateExportException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public EstimateExportException(String messageKey, List<Object> args, String detail, Throwable cause) {
        super(messageKey, args, detail, cause);
    }

    static EstimateExportException of(String messageKey, String detail, Throwable cause, Object... args) {
        return new EstimateExportException(messageKey, List.of(args), detail, cause);
    }
}
