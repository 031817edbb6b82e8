package vn.delegationdesk.reading.source;

import java.util.List;
import vn.delegationdesk.common.LocalizedException;

/**
 * A source document could not be read: {@link #getMessage()} is technical (for logs); the user reads the Vietnamese
 * sentence of {@link #messageKey()} (family {@code reading.source.}), which names the file.
 */
public class SourceException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public SourceException(String messageKey, List<Object> args, String detail, Throwable cause) {
        super(messageKey, args, detail, cause);
    }

    public static SourceException of(String messageKey, String detail, Throwable cause, Object... args) {
        return new SourceException(messageKey, List.of(args), detail, cause);
    }
}
