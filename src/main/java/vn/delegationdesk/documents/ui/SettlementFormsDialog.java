package vn.delegationdesk.documents.ui;

import javafx.beans.property.StringProperty;
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

/** "Mẫu biểu thanh toán" over a {@link SettlementFormsViewModel}: four lines, the problems, "Mẫu mặc định", "Lưu", "Hủy". */
public final class SettlementFormsDialog {
    /** The Dữ liệu menu's item. */
    public static final String MENU_ITEM = "data-settlement-forms";
    public static final String DIALOG = "settlement-forms-dialog";
    public static final String SHEET_CODE = "settlement-forms-sheet-code";
    public static final String SHEET_BASIS = "settlement-forms-sheet-basis";
    public static final String CLAIM_CODE = "settlement-forms-claim-code";
    public static final String CLAIM_BASIS = "settlement-forms-claim-basis";
    public static final String DEFAULTS = "settlement-forms-defaults";
    public static final String SAVE = "settlement-forms-save";

    private SettlementFormsDialog() {
    }

    /** Shows the dialog and waits until it is closed. */
    public static void show(Window owner, SettlementFormsViewModel model, Messages messages) {
        model.start();
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(messages.get("ui.settlement.forms.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setId(DIALOG);
        pane.getStylesheets().add(Theme.stylesheetUrl());
        pane.getStyleClass().addAll(Styles.ROOT, Styles.DIALOG);
        pane.setPrefWidth(640);
        VBox problems = new VBox(2);
        ListChangeListener<String> show = change -> problems.getChildren().setAll(Pages.lines(model.problems(), Styles.FORM_ERROR));
        model.problems().addListener(show);
        Button defaults = new Button(messages.get("ui.settlement.forms.defaults"));
        defaults.setId(DEFAULTS);
        defaults.setOnAction(event -> model.resetToDefaults());
        pane.setContent(new VBox(8, Nodes.wrapping(messages.get("ui.settlement.forms.message"), Styles.TEXT),
                field(SHEET_CODE, "settlement.forms.field.sheetCode", model.sheetCodeProperty(), messages),
                field(SHEET_BASIS, "settlement.forms.field.sheetBasis", model.sheetBasisProperty(), messages),
                field(CLAIM_CODE, "settlement.forms.field.claimCode", model.claimCodeProperty(), messages),
                field(CLAIM_BASIS, "settlement.forms.field.claimBasis", model.claimBasisProperty(), messages),
                defaults, problems));
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

    private static VBox field(String id, String labelKey, StringProperty value, Messages messages) {
        TextField text = Forms.text(id, messages.get(labelKey), value);
        return new VBox(2, Nodes.label(messages.get(labelKey), Styles.FIELD_LABEL), text);
    }
}
