package vn.delegationdesk.platform.ui;

import java.util.function.Consumer;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * The text field a table or list cell edits in: Enter or leaving the field keeps what was typed, Escape
 * drops it. {@code finish} is told which ({@code true} = keep) and is called at most once per edit by the
 * cell, which forgets the field when it finishes.
 */
public final class InPlaceTextField {
    private InPlaceTextField() {
    }

    public static TextField create(String text, String accessibleText, Consumer<Boolean> finish) {
        TextField field = new TextField(text);
        field.setAccessibleText(accessibleText);
        field.setOnAction(e -> finish.accept(true));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                finish.accept(false);
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                finish.accept(true);
            }
        });
        return field;
    }
}
