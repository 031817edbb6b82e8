package vn.delegationdesk.abroad;

import java.util.List;

/**
 * Something to check in an outbound plan or its estimate that is not refused (a passport expiring soon, a country
 * without a rate), as a message key ("abroad.warning.*") and its arguments, resolved in Vietnamese by the i18n layer.
 */
public record AbroadWarning(String messageKey, List<Object> args) {
    public AbroadWarning {
        args = List.copyOf(args);
    }

    public static AbroadWarning of(String messageKey, Object... args) {
        return new AbroadWarning(messageKey, List.of(args));
    }
}
