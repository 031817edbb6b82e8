package vn.delegationdesk.app.transfer;

import java.util.List;
import vn.delegationdesk.common.LocalizedFailure;

/** The copy was refused and nothing was written on the server: {@code messageKey} with its arguments says why. */
public final class TransferRefused extends RuntimeException implements LocalizedFailure {
    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient List<Object> args;
    private final transient List<Clash> clashes;

    TransferRefused(String messageKey, List<Object> args, List<Clash> clashes) {
        super(messageKey + " " + args);
        this.messageKey = messageKey;
        this.args = List.copyOf(args);
        this.clashes = List.copyOf(clashes);
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    @Override
    public List<Object> args() {
        return args;
    }

    /** The clashes left without a choice, when that is why. */
    public List<Clash> clashes() {
        return clashes;
    }
}
