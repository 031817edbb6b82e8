package vn.delegationdesk.platform.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import vn.delegationdesk.platform.i18n.Messages;

/** Buttons as every screen makes them: an id for tests, the text, an accessible text that is also the tooltip. */
public final class Buttons {
    private Buttons() {
    }

    public static Button action(String id, String text, String accessible, Runnable action) {
        Button button = new Button();
        configure(button, id, text, accessible);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** As {@link #configure(Button, String, String, String)}, with the text and accessible text from the bundle. */
    public static void configure(Button button, String id, Messages messages, String key, String accessibleKey) {
        configure(button, id, messages.get(key), messages.get(accessibleKey));
    }

    /** Gives a button its id, text, accessible text and tooltip; it never shrinks below its text. */
    public static void configure(Button button, String id, String text, String accessible) {
        button.setId(id);
        button.setText(text);
        button.setAccessibleText(accessible);
        button.setTooltip(new Tooltip(accessible));
        button.setMinWidth(Region.USE_PREF_SIZE);
    }
}
