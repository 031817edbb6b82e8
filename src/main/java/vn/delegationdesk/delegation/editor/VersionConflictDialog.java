package vn.delegationdesk.delegation.editor;

import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.platform.ui.WrappingTextListCell;

/**
 * Shows a {@link VersionConflictViewModel}: who saved and when, the differences one per line, and "Tải lại bản đã lưu",
 * "Lưu bản của tôi thành bản sao" and "Hủy" (the default: Enter and Esc keep editing, nothing is lost or stored).
 */
final class VersionConflictDialog {
    private VersionConflictDialog() {
    }

    /** Shows the dialog without waiting; the choice goes to {@code model} when it closes. */
    static Dialog<ButtonType> show(Window owner, Messages messages, VersionConflictViewModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(model.title());
        dialog.setHeaderText(model.title());
        ButtonType reload = new ButtonType(model.reloadText(), ButtonBar.ButtonData.OTHER);
        ButtonType copy = new ButtonType(model.copyText(), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(model.cancelText(), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(reload, copy, cancel);
        dialog.getDialogPane().getStylesheets().add(Theme.stylesheetUrl());
        dialog.getDialogPane().getStyleClass().addAll(Styles.ROOT, Styles.DIALOG, Styles.WIDE_DIALOG);
        dialog.getDialogPane().setId(EditorIds.VERSION_DIALOG);
        dialog.getDialogPane().lookupButton(reload).setId(EditorIds.VERSION_RELOAD);
        dialog.getDialogPane().lookupButton(copy).setId(EditorIds.VERSION_KEEP_MINE);
        dialog.getDialogPane().lookupButton(cancel).setId(EditorIds.VERSION_CANCEL);
        for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
            if (dialog.getDialogPane().lookupButton(type) instanceof Button button) {
                button.setDefaultButton(type == cancel);
                button.setCancelButton(type == cancel);
                // The choices are read in full, never cut short.
                button.setMinWidth(Region.USE_PREF_SIZE);
                ButtonBar.setButtonUniformSize(button, false);
            }
        }

        Label message = Nodes.wrapping(model.message());
        message.setId(EditorIds.VERSION_MESSAGE);
        message.setMaxWidth(720);
        Label heading = Nodes.label(messages.get("ui.version.differences"));
        ListView<String> differences = new ListView<>(FXCollections.observableArrayList(model.differences()));
        differences.setId(EditorIds.VERSION_DIFFERENCES);
        differences.setCellFactory(list -> new WrappingTextListCell(messages.get("ui.version.differences")));
        differences.setPrefHeight(260);
        differences.setPrefWidth(720);
        differences.setFocusTraversable(true);
        dialog.getDialogPane().setContent(new VBox(8, message, heading, differences));

        dialog.setResultConverter(type -> type);
        dialog.setOnHidden(event -> {
            ButtonType chosen = dialog.getResult();
            if (chosen == reload) {
                model.reload();
            } else if (chosen == copy) {
                model.keepMineAsCopy();
            } else {
                model.cancel();
            }
        });
        dialog.setOnShown(event -> dialog.getDialogPane().lookupButton(cancel).requestFocus());
        dialog.show();
        return dialog;
    }
}
