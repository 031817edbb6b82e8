package vn.delegationdesk.settlement;

import java.util.List;
import vn.delegationdesk.common.LocalizedException;

/**
 * A voucher file refused (not a PDF, PNG or JPEG, over the size limit, empty or unreadable, already attached) or one that
 * could not be saved out. {@link #getMessage()} is technical (for logs); the user reads the Vietnamese sentence of
 * {@link #messageKey()} (family {@code settlement.voucherFile.error.}), which names the file and the problem.
 */
public final class VoucherFileException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    VoucherFileException(String messageKey, String detail, Throwable cause, Object... args) {
        super(messageKey, List.of(args), detail, cause);
    }
}
