package vn.delegationdesk.app.server;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.delegationdesk.app.transfer.Clash;
import vn.delegationdesk.app.transfer.ClashChoice;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.FxDialogService;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.Theme;

/** The connection dialog (host, port, database, user, password) and the question asked per clash, in JavaFX. */
public final class FxServerPrompts implements ServerTransferViewModel.Prompts {
    static final String HOST = "server-host";
    static final String PORT = "server-port";
    static final String DATABASE = "server-database";
    static final String USER = "server-user";
    static final String PASSWORD = "server-password";
    static final String ERROR = "server-error";

    /** The ways out of a server that did not open. */
    public enum WayOut { RETRY, CHANGE, LAPTOP }

    private final Messages messages;
    private final Supplier<Window> owner;

    public FxServerPrompts(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public Optional<char[]> askConnection(ServerConnectionForm form) {
        Dialog<ButtonType> dialog = connectionDialog(form);
        ButtonType connect = dialog.getDialogPane().getButtonTypes().get(0);
        Optional<ButtonType> answer = dialog.showAndWait();
        PasswordField password = (PasswordField) dialog.getDialogPane().lookup("#" + PASSWORD);
        return answer.isPresent() && answer.get() == connect ? Optional.of(password.getText().toCharArray()) : Optional.empty();
    }

    /** The dialog, not shown: "Kết nối" is refused, with every wrong field named, until the fields are right. */
    Dialog<ButtonType> connectionDialog(ServerConnectionForm form) {
        String title = messages.get("ui.server.title");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        row(grid, 0, "ui.server.host", Forms.text(HOST, messages.get("ui.server.host"), form.hostProperty()));
        row(grid, 1, "ui.server.port", Forms.text(PORT, messages.get("ui.server.port"), form.portProperty()));
        row(grid, 2, "ui.server.database", Forms.text(DATABASE, messages.get("ui.server.database"), form.databaseProperty()));
        row(grid, 3, "ui.server.user", Forms.text(USER, messages.get("ui.server.user"), form.userProperty()));
        PasswordField password = new PasswordField();
        Forms.name(password, PASSWORD, messages.get("ui.server.password"));
        row(grid, 4, "ui.server.password", password);
        Label error = Nodes.wrapping("", Styles.FIELD_ERROR);
        error.setId(ERROR);
        error.setVisible(false);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        DialogPane pane = dialog.getDialogPane();
        pane.setHeaderText(title);
        pane.setContent(new VBox(8, Nodes.wrapping(messages.get("ui.server.message"), Styles.STATE_MESSAGE), grid, error));
        ButtonType connect = new ButtonType(messages.get("ui.server.connect"), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(connect, new ButtonType(messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        pane.lookupButton(connect).addEventFilter(ActionEvent.ACTION, event -> {
            List<String> problems = form.problems(messages);
            if (!problems.isEmpty()) {
                error.setText(String.join("\n", problems));
                error.setVisible(true);
                // The named fields must show whole: the dialog grows with the message.
                pane.getScene().getWindow().sizeToScene();
                event.consume();
            }
        });
        style(pane, dialog);
        return dialog;
    }

    private void row(GridPane grid, int row, String key, javafx.scene.control.Control field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        if (field instanceof TextField text) {
            text.setPrefColumnCount(24);
        }
    }

    /** Why the server did not open, and the three ways out; closing the dialog, like the default, opens the laptop's store. */
    public WayOut askWayOut(String title, String message) {
        ButtonType laptop = new ButtonType(messages.get("ui.server.failed.laptop"), ButtonBar.ButtonData.OK_DONE);
        ButtonType retry = new ButtonType(messages.get("ui.server.failed.retry"), ButtonBar.ButtonData.OTHER);
        ButtonType change = new ButtonType(messages.get("ui.server.failed.change"), ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.ERROR, message, laptop, retry, change);
        alert.setTitle(title);
        alert.setHeaderText(title);
        style(alert.getDialogPane(), alert);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == retry) {
            return WayOut.RETRY;
        }
        return answer.isPresent() && answer.get() == change ? WayOut.CHANGE : WayOut.LAPTOP;
    }

    @Override
    public Optional<ClashChoice> askClash(Clash clash) {
        ButtonType skip = new ButtonType(messages.get("ui.transfer.clash.skip"), ButtonBar.ButtonData.NO);
        ButtonType rename = new ButtonType(messages.get("ui.transfer.clash.rename"), ButtonBar.ButtonData.YES);
        String title = messages.get("ui.transfer.clash.title");
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("ui.transfer.clash.message", clash.title(),
                VietnameseDates.format(clash.startDate()), clash.issuingBody()), rename, skip,
                new ButtonType(messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.setTitle(title);
        alert.setHeaderText(title);
        style(alert.getDialogPane(), alert);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == skip) {
            return Optional.of(ClashChoice.SKIP);
        }
        return answer.isPresent() && answer.get() == rename ? Optional.of(ClashChoice.RENAME) : Optional.empty();
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
