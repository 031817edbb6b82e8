package vn.delegationdesk.common;

import java.util.List;

/** Thrown when data is refused; carries every problem found, not only the first. */
public class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<ValidationError> errors;

    public ValidationException(List<ValidationError> errors) {
        super(errors.size() + " validation error(s), first: " + (errors.isEmpty() ? "-" : errors.get(0)));
        this.errors = List.copyOf(errors);
    }

    public List<ValidationError> errors() {
        return errors;
    }
}
