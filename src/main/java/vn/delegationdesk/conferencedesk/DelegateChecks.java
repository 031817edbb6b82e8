package vn.delegationdesk.conferencedesk;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What every delegate repository checks before writing: programming errors, not the user's (those are validated). */
public final class DelegateChecks {
    private DelegateChecks() {
    }

    /** Refuses a list with a delegate of another conference, without an id, or with an id twice. */
    public static void requireOfConference(String conferenceId, List<Delegate> delegates) {
        Set<String> ids = new HashSet<>();
        for (Delegate delegate : delegates) {
            if (!delegate.conferenceId().equals(conferenceId)) {
                throw new IllegalArgumentException("delegate " + delegate.id() + " is of conference " + delegate.conferenceId()
                        + ", not " + conferenceId);
            }
            if (delegate.id().isEmpty()) {
                throw new IllegalArgumentException("a delegate to store needs an id");
            }
            if (!ids.add(delegate.id())) {
                throw new IllegalArgumentException("delegate id twice: " + delegate.id());
            }
        }
    }
}
