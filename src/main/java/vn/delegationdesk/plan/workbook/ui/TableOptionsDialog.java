package vn.delegationdesk.plan.workbook.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.plan.ReportPeriod;
import vn.delegationdesk.plan.workbook.PeriodNames;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.Theme;

/** The small dialog before an export or an import: "Kỳ báo cáo" and, for an export, "Mỗi đơn vị một trang". */
public final class TableOptionsDialog extends Dialog<TableOptions> {
    public static final String PERIOD_ID = "planbook-period";
    public static final String PER_UNIT_ID = "planbook-per-unit";

    TableOptionsDialog(Window owner, Messages messages, String title, List<ReportPeriod> periods, ReportPeriod proposed,
            boolean offerPerUnit) {
        if (owner != null) {
            initOwner(owner);
        }
        initModality(Modality.WINDOW_MODAL);
        setTitle(title);
        // The title in the dialog itself too: a window manager may show no title bar.
        setHeaderText(title);
        ComboBox<ReportPeriod> period = new ComboBox<>();
        period.setId(PERIOD_ID);
        period.getItems().setAll(periods);
        period.setValue(proposed);
        period.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportPeriod value) {
                if (value == null) {
                    return "";
                }
                Phrase name = PeriodNames.of(value);
                return messages.get(name.key(), name.args().toArray());
            }

            @Override
            public ReportPeriod fromString(String text) {
                return period.getValue();
            }
        });
        CheckBox perUnit = new CheckBox(messages.get("planbook.options.perUnit"));
        perUnit.setId(PER_UNIT_ID);
        Label label = new Label(messages.get("planbook.options.period"));
        label.setLabelFor(period);
        VBox body = new VBox(8, label, period);
        if (offerPerUnit) {
            body.getChildren().add(perUnit);
        }
        DialogPane pane = getDialogPane();
        pane.getStylesheets().add(Theme.stylesheetUrl());
        pane.getStyleClass().addAll(Styles.ROOT, Styles.DIALOG);
        pane.setContent(body);
        ButtonType ok = new ButtonType(messages.get("planbook.options.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(ok, cancel);
        setResultConverter(button -> button == ok && period.getValue() != null
                ? new TableOptions(period.getValue(), offerPerUnit && perUnit.isSelected()) : null);
    }

    /** The window's prompt: this dialog over {@code owner}, waiting for the answer. */
    public static TableOptionsPrompt prompt(Window owner, Messages messages) {
        return (title, periods, proposed, offerPerUnit) -> {
            Optional<TableOptions> answer = new TableOptionsDialog(owner, messages, title, periods, proposed, offerPerUnit)
                    .showAndWait();
            return answer;
        };
    }
}
