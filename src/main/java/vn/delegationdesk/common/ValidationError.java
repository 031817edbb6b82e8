package vn.delegationdesk.common;

import java.util.List;

/**
 * One problem with user or imported data: where it is (a field path such as
 * {@code members[12].idNumber}) and what is wrong, as a message key with arguments so that the
 * text is resolved in Vietnamese by the i18n layer.
 */
public record ValidationError(String path, String messageKey, List<Object> args) {
    public ValidationError {
        args = List.copyOf(args);
    }

    public static ValidationError of(String path, String messageKey, Object... args) {
        return new ValidationError(path, messageKey, List.of(args));
    }
}
