package vn.delegationdesk.platform.ui;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.delegationdesk.platform.i18n.VietnameseDateParser;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * A date field's state in a view model: the text as typed and the date it stands for. Text that is not a
 * real day keeps the last good date, raises {@link #errorProperty()} (the field's message) and is reported to
 * {@code onInputError}, so the page can refuse to save until it is fixed. Knows no control.
 */
public final class DateInput {
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<LocalDate> value = new SimpleObjectProperty<>(this, "value");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final String invalidMessage;
    private String requiredMessage;
    private boolean syncing;

    /**
     * @param invalidMessage the message for text that is not a date, naming the field ("Ngày khởi hành không
     *     phải ngày hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 14/10/2025")
     * @param onInputError called with the message, or null once the text is valid again
     */
    public DateInput(String invalidMessage, Consumer<String> onInputError) {
        this.invalidMessage = invalidMessage;
        text.addListener((observable, old, typed) -> {
            if (syncing) {
                return;
            }
            String t = typed == null ? "" : typed.strip();
            if (t.isEmpty() && requiredMessage != null) {
                error.set(requiredMessage);
                onInputError.accept(requiredMessage);
                return;
            }
            if (t.isEmpty()) {
                error.set(null);
                onInputError.accept(null);
                setValueQuietly(null);
                return;
            }
            var parsed = VietnameseDateParser.parse(t);
            if (parsed.isPresent()) {
                error.set(null);
                onInputError.accept(null);
                setValueQuietly(parsed.get());
            } else {
                error.set(this.invalidMessage);
                onInputError.accept(this.invalidMessage);
            }
        });
    }

    /** Makes an empty field a problem too (a leg needs both its dates): {@code message} names the field. */
    public DateInput required(String message) {
        this.requiredMessage = message;
        return this;
    }

    /** Shows a date coming from the model (loading, undo): text and value follow, any typing error is gone. */
    public void show(LocalDate date) {
        if (error.get() == null && Objects.equals(value.get(), date)) {
            return;
        }
        syncing = true;
        try {
            value.set(date);
            text.set(VietnameseDates.format(date));
            error.set(null);
        } finally {
            syncing = false;
        }
    }

    private void setValueQuietly(LocalDate date) {
        value.set(date);
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The last good date (null when empty); listen to it to write the model. */
    public ObjectProperty<LocalDate> valueProperty() {
        return value;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
