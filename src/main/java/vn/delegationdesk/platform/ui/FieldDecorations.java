package vn.delegationdesk.platform.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Tooltip;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * Shows a field's problem on the field itself: the ControlsFX error mark with the Vietnamese message as its
 * tooltip, a red outline ({@link Styles#INVALID}), and the message as the field's accessible help. The
 * message comes from the view model ({@code null} or empty when the field is fine), so the rule lives there.
 */
public final class FieldDecorations {
    private FieldDecorations() {
    }

    public static void bind(Control control, ObservableValue<String> error) {
        GraphicValidationDecoration decoration = new GraphicValidationDecoration();
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        Runnable apply = () -> {
            String message = error.getValue();
            decoration.removeDecorations(control);
            control.getStyleClass().remove(Styles.INVALID);
            if (message == null || message.isBlank()) {
                control.setAccessibleHelp(null);
                if (control.getTooltip() == tip) {
                    control.setTooltip(null);
                }
                return;
            }
            control.getStyleClass().add(Styles.INVALID);
            control.setAccessibleHelp(message);
            tip.setText(message);
            control.setTooltip(tip);
            // ControlsFX puts its marks in a pane it wraps around the scene's root; a dialog's root must stay the
            // dialog pane (JavaFX refuses to show it otherwise), so fields in dialogs keep just outline and tooltip.
            if (control.getScene() != null && !(control.getScene().getRoot() instanceof DialogPane)) {
                decoration.applyValidationDecoration(ValidationMessage.error(control, message));
            }
        };
        error.addListener((observable, old, message) -> apply.run());
        control.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                apply.run();
            }
        });
        apply.run();
    }
}
