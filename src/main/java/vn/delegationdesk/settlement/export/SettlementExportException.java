package vn.delegationdesk.settlement.export;

import java.util.List;
import vn.delegationdesk.common.LocalizedException;

/**
 * The settlement workbook could not be written. {@link #getMessage()} is technical (for logs); the user reads the
 * Vietnamese sentence of {@link #messageKey()} (family {@code settlement.export.error.}), which names the file.
 */
public class SettlementExportException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public SettlementExportException(String messageKey, List<Object> args, String detail, Throwable cause) {
        super(messageKey, args, detail, cause);
    }
}
