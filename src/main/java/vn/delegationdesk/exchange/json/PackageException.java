package vn.delegationdesk.exchange.json;

import java.util.List;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.common.ValidationException;

/**
 * A delegation package was refused. Carries every problem found, each with its path in the package
 * (see {@code docs/package-format.md}, "Error paths") and a message key of the {@code exchange.} or
 * {@code validation.} family. It is a {@link ValidationException} so that the UI shows it like any
 * other refused input.
 */
public class PackageException extends ValidationException {
    private static final long serialVersionUID = 1L;

    public PackageException(List<ValidationError> errors) {
        super(errors);
    }

    public static PackageException of(String path, String messageKey, Object... args) {
        return new PackageException(List.of(ValidationError.of(path, messageKey, args)));
    }
}
