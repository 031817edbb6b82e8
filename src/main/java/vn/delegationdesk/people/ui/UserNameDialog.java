package vn.delegationdesk.people.ui;

import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Pages;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.Theme;

/** "Tên người dùng" over a {@link UserNameViewModel}: the name, what it is for, the problems, "Lưu" and "Hủy". */
public final class UserNameDialog {
    /** The Dữ liệu menu's item. */
    public static final String MENU_ITEM = "data-user-name";
    public static final String DIALOG = "user-name-dialog";
    public static final String NAME = "user-name";
    public static final String PROBLEMS = "user-name-problems";
    public static final String SAVE = "user-name-save";

    private UserNameDialog() {
    }

    /** Shows the dialog and waits until it is closed. */
    public static void show(Window owner, UserNameViewModel model, Messages messages) {
        model.start();
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(messages.get("ui.people.name.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setId(DIALOG);
        pane.getStylesheets().add(Theme.stylesheetUrl());
        pane.getStyleClass().addAll(Styles.ROOT, Styles.DIALOG);
        pane.setPrefWidth(520);
        TextField name = Forms.text(NAME, messages.get("people.field.name"), model.nameProperty());
        VBox problems = new VBox(2);
        problems.setId(PROBLEMS);
        ListChangeListener<String> show = change -> problems.getChildren().setAll(Pages.lines(model.problems(), Styles.FORM_ERROR));
        model.problems().addListener(show);
        pane.setContent(new VBox(8, Nodes.wrapping(messages.get("ui.people.name.message"), Styles.TEXT),
                Nodes.label(messages.get("people.field.name"), Styles.FIELD_LABEL), name, problems));
        ButtonType save = new ButtonType(messages.get("ui.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) pane.lookupButton(save);
        saveButton.setId(SAVE);
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (!model.save()) {
                event.consume();
            }
        });
        dialog.showAndWait();
        model.problems().removeListener(show);
    }
}
