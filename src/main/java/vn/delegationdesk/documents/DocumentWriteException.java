package vn.delegationdesk.documents;

import java.util.List;
import vn.delegationdesk.common.LocalizedException;

/**
 * A document could not be made or written. {@link #getMessage()} is technical (for logs); the user reads the
 * Vietnamese sentence of {@link #messageKey()} (family {@code documents.error.}), which names the file and why.
 */
public class DocumentWriteException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public DocumentWriteException(String messageKey, List<Object> args, String detail, Throwable cause) {
        super(messageKey, args, detail, cause);
    }

    static DocumentWriteException of(String messageKey, String detail, Throwable cause, Object... args) {
        return new DocumentWriteException(messageKey, List.of(args), detail, cause);
    }
}
