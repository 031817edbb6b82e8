package vn.delegationdesk.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.FxDialogService;
import vn.delegationdesk.platform.ui.Theme;

/** The JavaFX password, choice and folder dialogs, with Vietnamese buttons and masked fields. */
final class FxPasswordPrompt implements PasswordPrompt {
    static final String PASSWORD_FIELD = "password-field";
    static final String PASSWORD_REPEAT = "password-repeat";
    static final String PASSWORD_ERROR = "password-error";
    static final String FIRST_START_ENCRYPT = "first-start-encrypt";
    static final String FIRST_START_SKIP = "first-start-skip";

    private final Messages messages;
    private final Supplier<Window> owner;

    FxPasswordPrompt(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public Optional<char[]> askNew(String title, String message) {
        PasswordField first = field(PASSWORD_FIELD, "ui.password.field");
        PasswordField second = field(PASSWORD_REPEAT, "ui.password.repeat");
        Label error = errorLabel(null);
        ButtonType ok = new ButtonType(messages.get("ui.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = dialog(title, message, List.of(first, second, error), ok,
                new ButtonType(messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, event -> {
            Optional<String> problem = PasswordRules.problem(first.getText().toCharArray(), second.getText().toCharArray());
            if (problem.isPresent()) {
                error.setText(messages.get(problem.get()));
                error.setVisible(true);
                event.consume();
            }
        });
        first.requestFocus();
        Optional<ButtonType> answer = dialog.showAndWait();
        return answer.isPresent() && answer.get() == ok ? Optional.of(first.getText().toCharArray()) : Optional.empty();
    }

    @Override
    public boolean offerEncryption(String title, String message) {
        ButtonType encrypt = new ButtonType(messages.get("ui.firstStart.encrypt"), ButtonBar.ButtonData.YES);
        ButtonType skip = new ButtonType(messages.get("ui.firstStart.skip"), ButtonBar.ButtonData.NO);
        Alert alert = alert(title, message, encrypt, skip);
        alert.getDialogPane().lookupButton(skip).setId(FIRST_START_SKIP);
        alert.getDialogPane().lookupButton(encrypt).setId(FIRST_START_ENCRYPT);
        return alert.showAndWait().filter(encrypt::equals).isPresent();
    }

    @Override
    public Change askChange(String title, String message) {
        ButtonType change = new ButtonType(messages.get("ui.data.encrypted.change"), ButtonBar.ButtonData.YES);
        ButtonType remove = new ButtonType(messages.get("ui.data.encrypted.remove"), ButtonBar.ButtonData.NO);
        Alert alert = alert(title, message, change, remove,
                new ButtonType(messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == change) {
            return Change.NEW_PASSWORD;
        }
        return answer.isPresent() && answer.get() == remove ? Change.REMOVE : Change.CANCEL;
    }

    @Override
    public Optional<char[]> askToOpen(String title, String message, String errorText) {
        PasswordField field = field(PASSWORD_FIELD, "ui.password.field");
        ButtonType open = new ButtonType(messages.get("ui.password.open.button"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = dialog(title, message, List.of(field, errorLabel(errorText)), open,
                new ButtonType(messages.get("ui.dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Optional<ButtonType> answer = dialog.showAndWait();
        return answer.isPresent() && answer.get() == open ? Optional.of(field.getText().toCharArray()) : Optional.empty();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File folder = chooser.showDialog(owner.get());
        return Optional.ofNullable(folder).map(File::toPath);
    }

    /** The start-up dialog's ways out, one button each; closing the dialog means "Đóng". */
    StartupProblem.Option askWayOut(String title, String message, List<StartupProblem.Option> options) {
        ButtonType[] buttons = options.stream().map(this::button).toArray(ButtonType[]::new);
        Alert alert = alert(title, message, buttons);
        alert.setAlertType(Alert.AlertType.ERROR);
        Optional<ButtonType> answer = alert.showAndWait();
        for (int i = 0; i < buttons.length; i++) {
            if (answer.isPresent() && answer.get() == buttons[i]) {
                return options.get(i);
            }
        }
        return StartupProblem.Option.CLOSE;
    }

    private ButtonType button(StartupProblem.Option option) {
        switch (option) {
            case RESTORE_NEWEST_BACKUP:
                return new ButtonType(messages.get("ui.startup.restoreBackup"), ButtonBar.ButtonData.YES);
            case CHOOSE_OTHER_FOLDER:
                return new ButtonType(messages.get("ui.startup.chooseFolder"), ButtonBar.ButtonData.OTHER);
            default:
                return new ButtonType(messages.get("ui.dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        }
    }

    private PasswordField field(String id, String promptKey) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPromptText(messages.get(promptKey));
        field.setAccessibleText(messages.get(promptKey));
        return field;
    }

    private static Label errorLabel(String text) {
        Label label = Nodes.wrapping(text == null ? "" : text, Styles.FIELD_ERROR);
        label.setId(PASSWORD_ERROR);
        label.setVisible(text != null);
        return label;
    }

    private Dialog<ButtonType> dialog(String title, String message, List<Node> parts, ButtonType... buttons) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        DialogPane pane = dialog.getDialogPane();
        pane.setHeaderText(title);
        VBox content = new VBox(8);
        content.getChildren().add(Nodes.wrapping(message, Styles.STATE_MESSAGE));
        content.getChildren().addAll(parts);
        pane.setContent(content);
        pane.getButtonTypes().setAll(buttons);
        style(pane, dialog);
        return dialog;
    }

    private Alert alert(String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, buttons);
        alert.setTitle(title);
        alert.setHeaderText(title);
        style(alert.getDialogPane(), alert);
        return alert;
    }

    private void style(DialogPane pane, Dialog<?> dialog) {
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        pane.getStylesheets().add(Theme.stylesheetUrl());
        pane.getStyleClass().addAll(Styles.ROOT, Styles.DIALOG);
        pane.setMinHeight(Region.USE_PREF_SIZE);
        FxDialogService.showWholeButtonTexts(pane);
    }
}
