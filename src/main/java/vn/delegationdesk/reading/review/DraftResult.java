package vn.delegationdesk.reading.review;

import java.util.List;
import java.util.Optional;

/** What the edited form makes: the value when every entry could be read, else the entries' problems. */
public record DraftResult<T>(Optional<T> value, List<EntryError> errors) {
    public DraftResult {
        errors = List.copyOf(errors);
    }

    static <T> DraftResult<T> of(T value, List<EntryError> errors) {
        return errors.isEmpty() ? new DraftResult<>(Optional.of(value), List.of()) : new DraftResult<>(Optional.empty(), errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
