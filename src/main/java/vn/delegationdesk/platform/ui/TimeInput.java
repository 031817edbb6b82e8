package vn.delegationdesk.platform.ui;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A clock-time field's state in a view model: the text as typed ("08:00", "8h30", "14 giờ") and the time it stands
 * for, shown back as "08:00". Empty text is no time. Text that is not a time of day keeps the last good time, raises
 * {@link #errorProperty()} and is reported to {@code onInputError}, like {@link DateInput}. Knows no control.
 */
public final class TimeInput {
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*(?:(?::|h|g|giờ|\\.)\\s*(\\d{2})?\\s*(?:phút|p)?)?");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<LocalTime> value = new SimpleObjectProperty<>(this, "value");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final Consumer<String> onInputError;
    private boolean syncing;

    /**
     * @param invalidMessage the message for text that is not a time, naming the field
     * @param onInputError called with the message, or null once the text is valid again
     */
    public TimeInput(String invalidMessage, Consumer<String> onInputError) {
        this.onInputError = onInputError;
        text.addListener((observable, old, typed) -> {
            if (syncing) {
                return;
            }
            String t = typed == null ? "" : typed.strip();
            if (t.isEmpty()) {
                error.set(null);
                onInputError.accept(null);
                value.set(null);
                return;
            }
            Optional<LocalTime> parsed = parse(t);
            if (parsed.isPresent()) {
                error.set(null);
                onInputError.accept(null);
                value.set(parsed.get());
            } else {
                error.set(invalidMessage);
                onInputError.accept(invalidMessage);
            }
        });
    }

    /** "08:00", "8:00", "8h30", "8h", "8 giờ 30", "14.15" as a time of day; empty for anything else ("25:00", "8h75"). */
    public static Optional<LocalTime> parse(String typed) {
        Matcher m = TIME.matcher(typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return hour > 23 || minute > 59 ? Optional.empty() : Optional.of(LocalTime.of(hour, minute));
    }

    /** "08:00"; the empty string for null. */
    public static String format(LocalTime time) {
        return time == null ? "" : SHOWN.format(time);
    }

    /** Shows a time coming from the model (loading another item, undo): text and value follow, any typing error is gone. */
    public void show(LocalTime time) {
        if (error.get() == null && Objects.equals(value.get(), time)) {
            return;
        }
        boolean hadError = error.get() != null;
        syncing = true;
        try {
            value.set(time);
            text.set(format(time));
            error.set(null);
        } finally {
            syncing = false;
        }
        if (hadError) {
            onInputError.accept(null);
        }
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The last good time (null when empty); listen to it to write the model. */
    public ObjectProperty<LocalTime> valueProperty() {
        return value;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
