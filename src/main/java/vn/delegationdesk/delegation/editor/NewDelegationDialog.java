package vn.delegationdesk.delegation.editor;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DateField;
import vn.delegationdesk.platform.ui.FieldDecorations;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Pages;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.Theme;

/** The dialog of {@link NewDelegationForm}, with Vietnamese buttons; OK stays disabled while the form is not usable. */
final class NewDelegationDialog {
    private NewDelegationDialog() {
    }

    /** Shows the form; true when the user confirmed it (the form then holds the answers). */
    static boolean show(Window owner, Messages messages, NewDelegationForm form, boolean copy) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        String heading = messages.get(copy ? "ui.new.copyTitle" : "ui.new.title");
        dialog.setTitle(heading);
        dialog.setHeaderText(heading);
        ButtonType ok = new ButtonType(messages.get(copy ? "ui.new.copyConfirm" : "ui.new.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().getStylesheets().add(Theme.stylesheetUrl());
        dialog.getDialogPane().getStyleClass().addAll(Styles.ROOT, Styles.DIALOG);
        dialog.getDialogPane().setId(EditorIds.NEW_DIALOG);

        GridPane grid = Forms.grid(1);
        TextField title = Forms.text(EditorIds.NEW_TITLE, messages.get("ui.editor.field.title"), form.titleProperty(),
                form.titleError());
        title.setPrefColumnCount(40);
        Forms.row(grid, 0, 0, messages.get("ui.editor.field.title"), title, 1);
        TextField start = DateField.create(form.start(), messages.get("ui.editor.date.prompt"));
        start.setId(EditorIds.NEW_START);
        start.setAccessibleText(messages.get("ui.editor.field.startDate"));
        Forms.row(grid, 0, 1, messages.get("ui.editor.field.startDate"), start, 1);
        if (copy) {
            CheckBox members = new CheckBox(messages.get("ui.new.withMembers"));
            members.setId(EditorIds.NEW_WITH_MEMBERS);
            members.selectedProperty().bindBidirectional(form.withMembersProperty());
            grid.add(members, 1, 2);
            grid.add(Pages.muted(messages.get("ui.new.copyHint")), 1, 3);
        } else {
            TextField end = DateField.create(form.end(), messages.get("ui.editor.date.prompt"));
            end.setId(EditorIds.NEW_END);
            end.setAccessibleText(messages.get("ui.editor.field.endDate"));
            FieldDecorations.bind(end, form.endError());
            Forms.row(grid, 0, 2, messages.get("ui.editor.field.endDate"), end, 1);
            if (!form.inheritedBody().isEmpty()) {
                // Nothing is inherited without being shown: the body and signer a new plan would carry, declinable.
                CheckBox keep = new CheckBox(messages.get("ui.new.keepBody", form.inheritedBody()));
                keep.setId(EditorIds.NEW_KEEP_BODY);
                keep.setWrapText(true);
                keep.setMaxWidth(560);
                keep.selectedProperty().bindBidirectional(form.keepBodyProperty());
                grid.add(keep, 1, 3);
                grid.add(Pages.muted(messages.get("ui.new.keepBodyHint")), 1, 4);
            }
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(form.validProperty().not());
        dialog.getDialogPane().lookupButton(ok).setId(EditorIds.NEW_CONFIRM);
        dialog.setOnShown(event -> title.requestFocus());
        Optional<ButtonType> answer = dialog.showAndWait();
        return answer.isPresent() && answer.get() == ok;
    }
}
