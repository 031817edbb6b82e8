package vn.delegationdesk.platform.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * Buttons as every screen makes them: an id for tests, the text, an accessible text that is also the tooltip; and a
 * greyed button that says why it is greyed ({@link #unavailableWhile}).
 */
public final class Buttons {
    private static final String WHY = Buttons.class.getName() + ".why";

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

    /**
     * Greys {@code button} while {@code reason} says why ("Chưa có thay đổi nào để lưu"; null or empty: the button
     * works), and says it: pointing at the greyed button shows the reason, and a screen reader reads it as the
     * button's help. JavaFX gives a disabled control no mouse events, so the reason's tooltip is on a frame around the
     * button: put the returned frame where the button goes. The button keeps its id, text and own tooltip.
     */
    public static StackPane unavailableWhile(Button button, ObservableValue<String> reason) {
        StackPane frame = new StackPane(button);
        frame.getStyleClass().add(Styles.BUTTON_FRAME);
        frame.setPickOnBounds(true);
        frame.setMinWidth(Region.USE_PREF_SIZE);
        frame.setMaxWidth(Region.USE_PREF_SIZE);
        frame.setMaxHeight(Region.USE_PREF_SIZE);
        ReadOnlyStringWrapper why = why(button);
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.textProperty().bind(why);
        Runnable apply = () -> {
            String text = reason.getValue() == null ? "" : reason.getValue().strip();
            why.set(text);
            button.setDisable(!text.isEmpty());
            button.setAccessibleHelp(text.isEmpty() ? null : text);
            if (text.isEmpty()) {
                Tooltip.uninstall(frame, tip);
            } else {
                Tooltip.install(frame, tip);
            }
        };
        reason.addListener(observable -> apply.run());
        // A binding is held only weakly by what it observes: the button keeps it, or it would stop following them.
        button.getProperties().put(WHY + ".reason", reason);
        apply.run();
        return frame;
    }

    /** Why {@code button} is greyed now, as {@link #unavailableWhile} says it ("" while it works or says nothing). */
    public static ReadOnlyStringProperty whyUnavailable(Button button) {
        return why(button).getReadOnlyProperty();
    }

    private static ReadOnlyStringWrapper why(Button button) {
        Object existing = button.getProperties().get(WHY);
        if (existing instanceof ReadOnlyStringWrapper why) {
            return why;
        }
        ReadOnlyStringWrapper why = new ReadOnlyStringWrapper(button, "whyUnavailable", "");
        button.getProperties().put(WHY, why);
        return why;
    }
}
