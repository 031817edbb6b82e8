package vn.delegationdesk.delegation.editor;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;
import vn.delegationdesk.delegation.Signer;
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

    /** Body, signer, the authority basis offered as a ground, and in words what the documents will carry. */
    private static void bodyRows(GridPane grid, Messages messages, NewDelegationForm form, Runnable manageBodies) {
        ComboBox<NewDelegationForm.BodyOption> body = new ComboBox<>(form.bodies());
        Forms.name(body, EditorIds.NEW_BODY, messages.get("ui.new.body.label"));
        body.valueProperty().bindBidirectional(form.bodyProperty());
        body.setMaxWidth(Double.MAX_VALUE);
        HBox bodyRow = new HBox(8, body);
        HBox.setHgrow(body, Priority.ALWAYS);
        if (manageBodies != null) {
            Button manage = new Button(messages.get("ui.bodies.manage"));
            manage.setId(EditorIds.NEW_MANAGE_BODIES);
            manage.setAccessibleText(messages.get("ui.bodies.title"));
            manage.setOnAction(event -> manageBodies.run());
            manage.setMinWidth(Region.USE_PREF_SIZE);
            bodyRow.getChildren().add(manage);
        }
        Forms.row(grid, 0, 3, messages.get("ui.new.body.label"), bodyRow, 1);
        ComboBox<Signer> signer = new ComboBox<>(form.signers());
        Forms.name(signer, EditorIds.NEW_SIGNER, messages.get("ui.new.signer.label"));
        signer.valueProperty().bindBidirectional(form.signerProperty());
        signer.setConverter(new StringConverter<>() {
            @Override
            public String toString(Signer value) {
                return value == null ? "" : NewDelegationForm.signerLine(value);
            }

            @Override
            public Signer fromString(String text) {
                return null;
            }
        });
        signer.setMaxWidth(Double.MAX_VALUE);
        signer.disableProperty().bind(Bindings.isEmpty(form.signers()));
        Forms.row(grid, 0, 4, messages.get("ui.new.signer.label"), signer, 1);
        CheckBox basis = new CheckBox();
        basis.setId(EditorIds.NEW_WITH_BASIS);
        basis.setWrapText(true);
        basis.setMaxWidth(620);
        basis.textProperty().bind(Bindings.createStringBinding(() -> {
            NewDelegationForm.BodyOption option = form.bodyProperty().get();
            return option == null || option.profile() == null || option.profile().authorityBasis() == null ? ""
                    : messages.get("ui.new.body.basis", NewDelegationForm.basisLine(option.profile().authorityBasis()));
        }, form.bodyProperty()));
        basis.selectedProperty().bindBidirectional(form.withBasisProperty());
        Forms.showWhen(basis, form.basisOffered());
        grid.add(basis, 1, 5);
        Label preview = new Label();
        preview.setId(EditorIds.NEW_BODY_PREVIEW);
        preview.getStyleClass().add(Styles.MUTED);
        preview.setWrapText(true);
        preview.setMaxWidth(620);
        preview.textProperty().bind(form.preview());
        grid.add(preview, 1, 6);
        grid.add(Pages.muted(messages.get("ui.new.body.hint")), 1, 7);
    }

    /** Shows the form; true when the user confirmed it (the form then holds the answers). */
    static boolean show(Window owner, Messages messages, NewDelegationForm form, boolean copy, Runnable manageBodies) {
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
        if (!copy) {
            dialog.getDialogPane().getStyleClass().add(Styles.WIDE_DIALOG);
        }
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
            bodyRows(grid, messages, form, manageBodies);
        }
        // Why "Tạo đoàn" is greyed, in words beside the fields rather than only on hover.
        Label problem = new Label();
        problem.setId(EditorIds.NEW_PROBLEM);
        problem.getStyleClass().add(Styles.FORM_ERROR);
        problem.setWrapText(true);
        problem.setMaxWidth(620);
        problem.textProperty().bind(form.problem());
        Forms.showWhen(problem, form.validProperty().not());
        grid.add(problem, 1, 8);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(form.validProperty().not());
        dialog.getDialogPane().lookupButton(ok).setId(EditorIds.NEW_CONFIRM);
        dialog.setOnShown(event -> title.requestFocus());
        Tooltip why = new Tooltip();
        why.textProperty().bind(form.problem());
        Button confirm = (Button) dialog.getDialogPane().lookupButton(ok);
        confirm.tooltipProperty().bind(Bindings.when(form.validProperty()).then((Tooltip) null).otherwise(why));
        Optional<ButtonType> answer = dialog.showAndWait();
        return answer.isPresent() && answer.get() == ok;
    }
}
