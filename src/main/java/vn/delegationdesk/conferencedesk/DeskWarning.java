package vn.delegationdesk.conferencedesk;

import java.util.List;

/**
 * Something about a delegate list the organiser should look at, without refusing it (two delegates with the same name
 * and body, two with the same precedence): a message key (bundle key "conferencedesk.warning.*") with its arguments,
 * and the ids of the delegates it is about, for the list to point at them.
 */
public record DeskWarning(String messageKey, List<Object> args, List<String> delegateIds) {
    public DeskWarning {
        args = List.copyOf(args);
        delegateIds = List.copyOf(delegateIds);
    }
}
