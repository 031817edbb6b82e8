package vn.delegationdesk.common;

import java.util.List;

/**
 * A failure that knows the sentence to show the user, as a message key and its arguments. Exceptions of
 * outer layers (the store, file formats) implement it so that their technical {@code getMessage()} stays
 * for logs and the user still reads Vietnamese.
 */
public interface LocalizedFailure {
    String messageKey();

    List<Object> args();
}
