package vn.delegationdesk.platform.ui;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * JavaFX alerts with Vietnamese buttons and the application theme. Must be called on the JavaFX
 * application thread, outside animation and layout processing (so from event handlers and task callbacks).
 */
public final class FxDialogService implements DialogService {
    private final Messages messages;
    private final Supplier<Window> owner;

    /** {@code owner} gives the window the dialogs belong to; it may return null before the window shows. */
    public FxDialogService(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public void showInfo(String title, String message) {
        createAlert(Alert.AlertType.INFORMATION, title, message, closeButton()).showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        createAlert(Alert.AlertType.ERROR, title, message, closeButton()).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        ButtonType ok = okButton();
        Optional<ButtonType> answer = createAlert(Alert.AlertType.CONFIRMATION, title, message, ok, cancelButton())
                .showAndWait();
        return answer.isPresent() && answer.get() == ok;
    }

    public ButtonType okButton() {
        return new ButtonType(messages.get("ui.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    public ButtonType cancelButton() {
        return new ButtonType(messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public ButtonType closeButton() {
        return new ButtonType(messages.get("ui.dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** Builds (does not show) an alert; visible for tests of the labels. */
    Alert createAlert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        DialogPane pane = alert.getDialogPane();
        pane.getStylesheets().add(Theme.stylesheetUrl());
        pane.getStyleClass().addAll(Styles.ROOT, Styles.DIALOG);
        pane.setMinHeight(Region.USE_PREF_SIZE);
        return alert;
    }
}
