package vn.delegationdesk.reading.review.ui;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.Theme;

/** "Dán văn bản…": a text area to paste a plan's text into; "Đọc" gives the text, "Hủy" nothing. */
public final class PasteTextDialog {
    public static final String AREA = "review-paste-area";

    private PasteTextDialog() {
    }

    /** Asks for the text and waits; empty when the user cancels or pastes nothing. */
    public static Optional<String> ask(Window owner, Messages messages) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(messages.get("reading.paste.title"));
        dialog.setResizable(true);
        DialogPane pane = dialog.getDialogPane();
        pane.getStylesheets().add(Theme.stylesheetUrl());
        pane.getStyleClass().addAll(Styles.ROOT, Styles.WIDE_DIALOG);
        TextArea area = new TextArea();
        area.setId(AREA);
        area.setAccessibleText(messages.get("reading.paste.title"));
        area.setWrapText(true);
        area.setPrefRowCount(20);
        area.setPrefColumnCount(80);
        pane.setContent(new VBox(8, Nodes.wrapping(messages.get("reading.paste.hint"), Styles.MUTED), area));
        ButtonType read = new ButtonType(messages.get("reading.paste.read"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(read, cancel);
        pane.lookupButton(read).disableProperty().bind(area.textProperty().isEmpty());
        return dialog.showAndWait().filter(read::equals).map(b -> area.getText()).filter(t -> !t.isBlank());
    }
}
