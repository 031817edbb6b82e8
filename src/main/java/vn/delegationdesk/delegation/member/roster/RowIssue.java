package vn.delegationdesk.delegation.member.roster;

import java.util.List;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * Why a row was refused, or what was adjusted while reading it: a message key of the {@code roster.reject.} or
 * {@code roster.notice.} family, whose first argument names the column as the file titles it.
 */
public record RowIssue(String messageKey, List<Object> args) {
    public RowIssue {
        args = List.copyOf(args);
    }

    public static RowIssue of(String messageKey, Object... args) {
        return new RowIssue(messageKey, List.of(args));
    }

    public String describe(Messages messages) {
        return messages.get(messageKey, args.toArray());
    }
}
