package vn.delegationdesk.plan.workbook.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.Theme;

/**
 * The preview of a return file over a {@link ResultImportViewModel}: the summary, why the file is refused when it is, and
 * a table of every row (where, STT, what happens, the stored result, the file's, the reason of a refusal). Buttons
 * "Ghi kết quả (n)", enabled when there is a change, and "Đóng, không ghi". It only lays out, binds and wires.
 */
public final class ResultImportDialog extends Dialog<ButtonType> {
    public static final String TABLE_ID = "planbook-preview";
    public static final String CONFIRM_ID = "planbook-confirm";
    public static final String PROBLEM_ID = "planbook-problem";
    public static final String SUMMARY_ID = "planbook-summary";

    public ResultImportDialog(Window owner, ResultImportViewModel model, Messages messages) {
        if (owner != null) {
            initOwner(owner);
        }
        initModality(Modality.WINDOW_MODAL);
        setTitle(messages.get("planbook.dialog.title"));
        setResizable(true);
        Label summary = Nodes.wrapping("", Styles.SECTION_TITLE);
        summary.setId(SUMMARY_ID);
        summary.textProperty().bind(model.summaryProperty());
        Label problem = Nodes.wrapping("", Styles.FORM_ERROR);
        problem.setId(PROBLEM_ID);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        TableView<PreviewLine> table = new TableView<>(model.lines());
        table.setId(TABLE_ID);
        table.getColumns().add(column(messages.get("planbook.dialog.where"), PreviewLine::where, 170));
        table.getColumns().add(column(messages.get("planbook.dialog.number"), PreviewLine::number, 60));
        table.getColumns().add(column(messages.get("planbook.dialog.outcome"), PreviewLine::outcome, 90));
        table.getColumns().add(column(messages.get("planbook.dialog.old"), PreviewLine::oldResult, 240));
        table.getColumns().add(column(messages.get("planbook.dialog.new"), PreviewLine::newResult, 240));
        table.getColumns().add(column(messages.get("planbook.dialog.reason"), PreviewLine::reason, 360));
        VBox.setVgrow(table, Priority.ALWAYS);
        DialogPane pane = getDialogPane();
        pane.getStylesheets().add(Theme.stylesheetUrl());
        pane.getStyleClass().addAll(Styles.ROOT);
        pane.setPrefSize(1180, 640);
        pane.setContent(new VBox(10, summary, problem, table));
        ButtonType confirm = new ButtonType(messages.get("planbook.dialog.confirm", 0), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("planbook.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(confirm, cancel);
        Button confirmButton = (Button) pane.lookupButton(confirm);
        confirmButton.setId(CONFIRM_ID);
        confirmButton.getStyleClass().add(Styles.PRIMARY_BUTTON);
        ButtonBar.setButtonUniformSize(confirmButton, false);
        confirmButton.textProperty().bind(model.changeCountProperty().asString().map(n -> messages.get("planbook.dialog.confirm",
                Integer.parseInt(n))));
        confirmButton.disableProperty().bind(model.canConfirmProperty().not().or(model.busyProperty()));
        confirmButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.confirm();
        });
        model.finishedProperty().addListener((observable, was, finished) -> {
            if (finished && isShowing()) {
                setResult(confirm);
                close();
            }
        });
        setOnHidden(event -> model.cancel());
    }

    private static TableColumn<PreviewLine, String> column(String title, Function<PreviewLine, String> value, double width) {
        TableColumn<PreviewLine, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
