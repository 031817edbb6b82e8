package vn.delegationdesk.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.delegationdesk.common.ValidationError;

/** The Vietnamese message bundle: semantic dotted keys, {@link MessageFormat} parameters. */
public final class Messages {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final String BUNDLE = "vn.delegationdesk.i18n.messages";

    private final ResourceBundle bundle;

    public Messages() {
        this.bundle = ResourceBundle.getBundle(BUNDLE, VIETNAMESE, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("missing message key: " + key, e);
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, VIETNAMESE).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** "members[12].idNumber: số định danh phải có 9 hoặc 12 chữ số". */
    public String describe(ValidationError error) {
        return error.path() + ": " + get(error.messageKey(), error.args().toArray());
    }

    public List<String> describeAll(List<ValidationError> errors) {
        return errors.stream().map(this::describe).toList();
    }
}
