package vn.delegationdesk.conferencedesk;

import java.util.List;
import vn.delegationdesk.common.LocalizedException;

/** A scanned QR code the check-in desk cannot take: of another conference, unknown, or not one of ours. */
public final class QrRefused extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public QrRefused(String messageKey, Object... args) {
        super(messageKey, List.of(args), "QR code refused", null);
    }
}
