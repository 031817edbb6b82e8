package vn.delegationdesk.platform.ui;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A whole-number field's state in a view model (planned size, expected delegates): text as typed and the
 * number it stands for. Text that is not a whole number ≥ 0 keeps the last good value and raises the field's
 * message, like {@link DateInput}.
 */
public final class IntegerInput {
    private static final int MAX = 1_000_000;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<Integer> value = new SimpleObjectProperty<>(this, "value");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private boolean syncing;

    public IntegerInput(String invalidMessage, Consumer<String> onInputError) {
        text.addListener((observable, old, typed) -> {
            if (syncing) {
                return;
            }
            String t = typed == null ? "" : typed.strip().replace(".", "").replace(" ", "");
            Integer parsed = parse(t);
            if (parsed == null) {
                error.set(invalidMessage);
                onInputError.accept(invalidMessage);
            } else {
                error.set(null);
                onInputError.accept(null);
                value.set(parsed);
            }
        });
    }

    private static Integer parse(String t) {
        if (t.isEmpty() || t.length() > 7 || !t.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int n = Integer.parseInt(t);
        return n > MAX ? null : n;
    }

    /** Shows a number coming from the model; any typing error is gone. */
    public void show(int number) {
        if (error.get() == null && value.get() != null && value.get() == number) {
            return;
        }
        syncing = true;
        try {
            value.set(number);
            text.set(Integer.toString(number));
            error.set(null);
        } finally {
            syncing = false;
        }
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Integer> valueProperty() {
        return value;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
