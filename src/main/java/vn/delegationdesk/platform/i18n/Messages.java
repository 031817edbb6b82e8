package vn.delegationdesk.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.LocalizedFailure;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.common.ValidationException;

/**
 * The Vietnamese message bundle: semantic dotted keys, {@link MessageFormat} parameters. The bundle is read on first
 * use (and then shared by every instance): a command that prints no message does not read it.
 */
public final class Messages {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final String BUNDLE = "vn.delegationdesk.i18n.messages";

    private volatile ResourceBundle bundle;

    public Messages() {
        // Nothing read yet: see bundle().
    }

    private ResourceBundle bundle() {
        ResourceBundle loaded = bundle;
        if (loaded == null) {
            loaded = ResourceBundle.getBundle(BUNDLE, VIETNAMESE, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));
            bundle = loaded;
        }
        return loaded;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("missing message key: " + key, e);
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] resolved = args.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof Phrase phrase) {
                resolved[i] = get(phrase.key(), phrase.args().toArray());
            }
        }
        return new MessageFormat(pattern, VIETNAMESE).format(resolved);
    }

    public boolean has(String key) {
        return bundle().containsKey(key);
    }

    /** "members[12].idNumber: số định danh phải có 9 hoặc 12 chữ số". */
    public String describe(ValidationError error) {
        String message = get(error.messageKey(), error.args().toArray());
        boolean wholeFile = error.path() == null || error.path().isBlank() || error.path().equals("$");
        return wholeFile ? message : error.path() + ": " + message;
    }

    /**
     * The sentence to show for any failure: every validation problem joined by {@code separator}, the
     * localized text of a {@link LocalizedFailure}, else the exception's own message or a generic one.
     */
    public String describeFailure(Throwable failure, String separator) {
        if (failure instanceof ValidationException invalid) {
            return String.join(separator, describeAll(invalid.errors()));
        }
        if (failure instanceof LocalizedFailure localized) {
            return get(localized.messageKey(), localized.args().toArray());
        }
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return get("ui.error.unknown", failure.getClass().getSimpleName());
        }
        return message;
    }

    public List<String> describeAll(List<ValidationError> errors) {
        return errors.stream().map(this::describe).toList();
    }
}
