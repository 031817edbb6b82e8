package vn.delegationdesk.platform.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * Shows a field's problem on the field and beside it: a red outline ({@link Styles#INVALID}), the Vietnamese message as
 * the field's tooltip and accessible help, and, where the page places it, the message in words under the field
 * ({@link #reason}, {@link #withReason}) so that it is read without hovering. The messages come from the view model
 * ({@code null} or empty when the field is fine), so the rule lives there.
 *
 * <p>A field may have several sources of problems (a date field: the typed text that is not a date, then the rule the
 * date breaks). They are one decoration: the first source with a message is shown, and when it goes the next one shows,
 * or nothing. Two decorations on one field would each undo the other's mark, leaving a stale one.
 */
public final class FieldDecorations {
    private static final String KEY = FieldDecorations.class.getName();

    private FieldDecorations() {
    }

    /** Adds {@code error} to the problems shown on {@code control}; those bound earlier come first. */
    public static void bind(Control control, ObservableValue<String> error) {
        state(control).add(error);
    }

    /**
     * The message shown on {@code control} now ("" when it is fine); follows every change. A page can put it anywhere,
     * a dialog can say with it why its button is greyed.
     */
    public static ReadOnlyStringProperty messageProperty(Control control) {
        return state(control).message.getReadOnlyProperty();
    }

    /**
     * The reason in words, to place under or beside {@code control}: a small red label with the message shown on the
     * field, taking no room while the field is fine. Made once per field.
     */
    public static Label reason(Control control) {
        State state = state(control);
        if (state.reason == null) {
            Label label = Nodes.wrapping("", Styles.FIELD_ERROR, Styles.FIELD_REASON);
            label.textProperty().bind(state.message);
            label.visibleProperty().bind(state.message.isNotEmpty());
            label.managedProperty().bind(label.visibleProperty());
            label.setLabelFor(control);
            // As wide as its container (the field's cell), not as its text: a long reason wraps under the field.
            label.setPrefWidth(0);
            if (control.getId() != null) {
                label.setId(control.getId() + "-reason");
            }
            state.reason = label;
        }
        return state.reason;
    }

    /** {@code control} with its {@link #reason} under it, for a form's cell. */
    public static VBox withReason(Control control) {
        VBox box = new VBox(control, reason(control));
        box.getStyleClass().add(Styles.FIELD_BOX);
        box.setFillWidth(true);
        return box;
    }

    private static State state(Control control) {
        Object existing = control.getProperties().get(KEY);
        if (existing instanceof State state) {
            return state;
        }
        State state = new State(control);
        control.getProperties().put(KEY, state);
        return state;
    }

    /** The one decoration of a field: its sources, in order, and what is shown. */
    private static final class State {
        private final Control control;
        private final List<ObservableValue<String>> sources = new ArrayList<>();
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
        private final Tooltip tip = new Tooltip();
        private final InvalidationListener refresh = observable -> apply();
        private Label reason;
        /** The field's own tooltip (a hint), given back when the problem goes. */
        private Tooltip own;

        State(Control control) {
            this.control = control;
            tip.setWrapText(true);
            tip.setMaxWidth(420);
        }

        void add(ObservableValue<String> source) {
            sources.add(source);
            source.addListener(refresh);
            apply();
        }

        private void apply() {
            String shown = "";
            for (ObservableValue<String> source : sources) {
                String value = source.getValue();
                if (value != null && !value.isBlank()) {
                    shown = value;
                    break;
                }
            }
            message.set(shown);
            if (shown.isEmpty()) {
                control.getStyleClass().remove(Styles.INVALID);
                control.setAccessibleHelp(null);
                if (control.getTooltip() == tip) {
                    control.setTooltip(own);
                }
                return;
            }
            if (!control.getStyleClass().contains(Styles.INVALID)) {
                control.getStyleClass().add(Styles.INVALID);
            }
            control.setAccessibleHelp(shown);
            tip.setText(shown);
            if (control.getTooltip() != tip) {
                own = control.getTooltip();
                control.setTooltip(tip);
            }
        }
    }
}
