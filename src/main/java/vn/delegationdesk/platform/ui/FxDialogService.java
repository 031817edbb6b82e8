package vn.delegationdesk.platform.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * JavaFX alerts with Vietnamese buttons and the application theme. Must be called on the JavaFX
 * application thread, outside animation and layout processing (so from event handlers and task callbacks).
 */
public final class FxDialogService implements DialogService {
    /** A button's own padding and the gap to the next one, in pixels (Modena: 8 + 8 padding, 6 gap, borders). */
    private static final double BUTTON_PADDING = 34;
    /** The button bar's margins and the dialog's padding either side. */
    private static final double BUTTON_BAR_INSETS = 48;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final ChooserFolder folder;

    /**
     * {@code owner} gives the window the dialogs belong to; it may return null before the window shows. The choosers
     * open in the user's Documents folder and remember the last folder for this run only.
     */
    public FxDialogService(Messages messages, Supplier<Window> owner) {
        this(messages, owner, ChooserFolder.forUser(ChooserFolder.Memory.NONE));
    }

    /** As {@link #FxDialogService(Messages, Supplier)}, the choosers opening where {@code folder} says. */
    public FxDialogService(Messages messages, Supplier<Window> owner, ChooserFolder folder) {
        this.messages = messages;
        this.owner = owner;
        this.folder = folder;
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
    public boolean confirm(String title, String message, String action) {
        ButtonType act = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = createConfirmation(title, message, act);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == act;
    }

    /**
     * Builds (does not show) the question before an irreversible action: "Hủy" is the default and the focused button,
     * so Enter cancels; {@code act} is marked as destructive and fires only when clicked or chosen with Space.
     */
    Alert createConfirmation(String title, String message, ButtonType act) {
        ButtonType cancel = cancelButton();
        Alert alert = createAlert(Alert.AlertType.CONFIRMATION, title, message, act, cancel);
        DialogPane pane = alert.getDialogPane();
        Button actButton = (Button) pane.lookupButton(act);
        actButton.setDefaultButton(false);
        actButton.getStyleClass().add(Styles.DANGER_BUTTON);
        Button cancelButton = (Button) pane.lookupButton(cancel);
        cancelButton.setDefaultButton(true);
        cancelButton.setCancelButton(true);
        alert.setOnShown(event -> cancelButton.requestFocus());
        return alert;
    }

    @Override
    public boolean confirmReplace(String title, String message) {
        ButtonType replace = new ButtonType(messages.get("ui.dialog.replace"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = cancelButton();
        Alert alert = createAlert(Alert.AlertType.WARNING, title, message, replace, cancel);
        safeDefault(alert, cancel);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == replace;
    }

    /** Makes {@code safe} the button Enter presses; no other button is the default. */
    static void safeDefault(Alert alert, ButtonType safe) {
        DialogPane pane = alert.getDialogPane();
        for (ButtonType type : pane.getButtonTypes()) {
            if (pane.lookupButton(type) instanceof Button button) {
                button.setDefaultButton(type == safe);
            }
        }
    }

    @Override
    public UnsavedChoice askUnsaved(String title, String message) {
        ButtonType save = new ButtonType(messages.get("ui.dialog.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("ui.dialog.discard"), ButtonBar.ButtonData.NO);
        Optional<ButtonType> answer = createAlert(Alert.AlertType.CONFIRMATION, title, message, save, discard,
                cancelButton()).showAndWait();
        if (answer.isEmpty()) {
            return UnsavedChoice.CANCEL;
        }
        if (answer.get() == save) {
            return UnsavedChoice.SAVE;
        }
        return answer.get() == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String filterName, String... patterns) {
        FileChooser chooser = chooser(title, filterName, patterns);
        File file = chooser.showOpenDialog(owner.get());
        return chosenFile(file);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName, String filterName, String... patterns) {
        FileChooser chooser = chooser(title, filterName, patterns);
        chooser.setInitialFileName(initialName);
        File file = chooser.showSaveDialog(owner.get());
        return chosenFile(file);
    }

    @Override
    public Optional<Path> chooseDirectory(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(folder.initial().toFile());
        File chosen = chooser.showDialog(owner.get());
        Optional<Path> result = Optional.ofNullable(chosen).map(File::toPath);
        result.ifPresent(folder::usedFolder);
        return result;
    }

    private Optional<Path> chosenFile(File file) {
        Optional<Path> result = Optional.ofNullable(file).map(File::toPath);
        result.ifPresent(folder::usedFile);
        return result;
    }

    private FileChooser chooser(String title, String filterName, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(folder.initial().toFile());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
        return chooser;
    }

    /** "Đồng ý": for questions whose answer loses nothing; an irreversible action is named instead (see {@link #confirm}). */
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
        showWholeButtonTexts(pane);
        return alert;
    }

    /**
     * Vietnamese button texts are long ("Chọn thư mục dữ liệu khác…"): the dialog is made wide enough for every button
     * to show its whole text, or the button bar would cut it to "Chọn thư mục...". The bar shrinks its buttons below
     * their text whatever their minimum width, so the room is given to the pane.
     */
    public static void showWholeButtonTexts(DialogPane pane) {
        double needed = BUTTON_BAR_INSETS;
        for (ButtonType type : pane.getButtonTypes()) {
            Node button = pane.lookupButton(type);
            if (button instanceof Labeled labeled) {
                // Uniform sizing gives every button the width of a short one, cutting the long texts.
                ButtonBar.setButtonUniformSize(labeled, false);
                labeled.setMinWidth(Region.USE_PREF_SIZE);
                Text text = new Text(labeled.getText());
                text.setFont(labeled.getFont());
                needed += text.getLayoutBounds().getWidth() + BUTTON_PADDING;
            }
        }
        pane.setMinWidth(needed);
    }
}
