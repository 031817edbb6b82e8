package vn.delegationdesk.platform.ui;

import javafx.scene.control.TextField;

/**
 * A date typed as "14/10/2025", bound to a {@link DateInput}. A text field rather than a DatePicker on purpose:
 * a DatePicker replaces text it cannot read with its last value when it loses focus, and what the user typed
 * must stay on screen, marked, until they fix it.
 */
public final class DateField {
    public static final int COLUMNS = 9;

    private DateField() {
    }

    public static TextField create(DateInput input, String promptText) {
        TextField field = new TextField();
        field.setPromptText(promptText);
        field.setPrefColumnCount(COLUMNS);
        field.textProperty().bindBidirectional(input.textProperty());
        FieldDecorations.bind(field, input.errorProperty());
        return field;
    }
}
