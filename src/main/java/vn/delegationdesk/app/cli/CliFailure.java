package vn.delegationdesk.app.cli;

import java.util.List;
import vn.delegationdesk.common.LocalizedFailure;

/** A command cannot go on; the message key names why, in Vietnamese. */
final class CliFailure extends RuntimeException implements LocalizedFailure {
    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient List<Object> args;

    CliFailure(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
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
