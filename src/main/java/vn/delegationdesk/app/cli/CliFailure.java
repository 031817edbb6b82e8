package vn.delegationdesk.app.cli;

import java.util.List;
import vn.delegationdesk.common.LocalizedException;

/** A command cannot go on; the message key names why, in Vietnamese. */
final class CliFailure extends LocalizedException {
    private static final long serialVersionUID = 1L;

    CliFailure(String messageKey, Object... args) {
        super(messageKey, List.of(args), "command refused", null);
    }
}
