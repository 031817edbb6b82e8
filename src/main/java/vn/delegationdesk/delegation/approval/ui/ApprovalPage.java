package vn.delegationdesk.delegation.approval.ui;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.DateField;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Pages;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.TextCells;
import vn.delegationdesk.platform.ui.Theme;

/**
 * Tab "Phê duyệt" over an {@link ApprovalViewModel}: the stage and what it records, who works and in which roles, the
 * steps (each greyed with its reason when the stage, the role or unsaved changes forbid it), the small dialogs of an
 * approval and of a return, the revisions frozen at each submission (compared side by side, their documents saved as
 * frozen) and the audit list. Only lays out, binds and wires.
 */
public final class ApprovalPage {
    private final ApprovalViewModel model;
    private final Messages messages;
    private VBox root;

    public ApprovalPage(ApprovalViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Node node() {
        Label stage = Nodes.label("", Styles.SECTION_TITLE);
        stage.setId(ApprovalIds.STAGE);
        stage.textProperty().bind(model.stageTextProperty());
        Label detail = Nodes.wrapping("", Styles.MUTED);
        detail.setId(ApprovalIds.STAGE_DETAIL);
        detail.textProperty().bind(model.stageDetailProperty());
        Label user = Nodes.wrapping("", Styles.MUTED);
        user.setId(ApprovalIds.USER);
        user.textProperty().bind(model.userTextProperty());

        Button submit = Buttons.action(ApprovalIds.SUBMIT, messages.get("ui.approval.submit"),
                messages.get("ui.approval.submit.accessible"), model::submit);
        Button appraise = Buttons.action(ApprovalIds.APPRAISE, messages.get("ui.approval.appraise"),
                messages.get("ui.approval.appraise.accessible"), model::appraise);
        Button approve = Buttons.action(ApprovalIds.APPROVE, messages.get("ui.approval.approve"),
                messages.get("ui.approval.approve.accessible"), this::approve);
        approve.getStyleClass().add(Styles.PRIMARY_BUTTON);
        Button back = Buttons.action(ApprovalIds.RETURN, messages.get("ui.approval.return"),
                messages.get("ui.approval.return.accessible"), this::returnToDraft);
        Node steps = Nodes.hbox(Styles.BUTTON_ROW, Buttons.unavailableWhile(submit, model.submitUnavailableProperty()),
                Buttons.unavailableWhile(appraise, model.appraiseUnavailableProperty()),
                Buttons.unavailableWhile(approve, model.approveUnavailableProperty()),
                Buttons.unavailableWhile(back, model.returnUnavailableProperty()));

        TableView<AuditRow> table = new TableView<>(model.history());
        table.setId(ApprovalIds.HISTORY);
        table.setAccessibleText(messages.get("ui.approval.history"));
        table.setPlaceholder(Pages.muted(messages.get("ui.approval.history.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column("ui.approval.column.when", AuditRow::when, 150));
        table.getColumns().add(column("ui.approval.column.who", AuditRow::who, 160));
        TableColumn<AuditRow, String> what = column("ui.approval.column.what", AuditRow::what, 560);
        what.setCellFactory(TextCells.clamped());
        table.getColumns().add(what);

        VBox page = new VBox(10,
                Forms.card(messages.get("ui.approval.section.stage"), stage, detail, steps,
                        Nodes.wrapping(messages.get("ui.approval.hint"), Styles.MUTED), user),
                revisions(),
                Nodes.label(messages.get("ui.approval.history"), Styles.SECTION_TITLE), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setMinHeight(180);
        root = page;
        // The stage, the revisions and the history are more than a small window's height: the page scrolls, and the
        // history takes what room is left in a larger one.
        ScrollPane scrolling = Pages.scrolling(page);
        scrolling.setFitToHeight(true);
        return scrolling;
    }

    /** "Các bản đã trình": the list (one or two rows chosen), "So sánh…", and the saving of a revision's documents. */
    private Node revisions() {
        RevisionsViewModel revisions = model.revisions();
        TableView<RevisionRow> list = new TableView<>(revisions.rows());
        list.setId(ApprovalIds.REVISIONS);
        list.setAccessibleText(messages.get("ui.revisions.list"));
        list.setPlaceholder(Pages.muted(messages.get("ui.revisions.empty")));
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.getColumns().add(column("ui.revisions.column.number", RevisionRow::name, 90));
        list.getColumns().add(column("ui.revisions.column.frozenAt", RevisionRow::frozenAt, 150));
        list.getColumns().add(column("ui.revisions.column.frozenBy", RevisionRow::frozenBy, 220));
        list.getColumns().add(column("ui.revisions.column.total", RevisionRow::total, 200));
        list.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RevisionRow>) change ->
                revisions.choose(List.copyOf(list.getSelectionModel().getSelectedItems())));
        list.setPrefHeight(130);
        list.setMinHeight(100);

        Button compare = Buttons.action(ApprovalIds.COMPARE, messages.get("ui.revisions.compare"),
                messages.get("ui.revisions.compare.accessible"), revisions::compare);
        Button saveChosen = Buttons.action(ApprovalIds.SAVE_CHOSEN, messages.get("ui.revisions.save"),
                messages.get("ui.revisions.save.accessible"), revisions::saveChosen);
        Button saveApproved = Buttons.action(ApprovalIds.SAVE_APPROVED, messages.get("ui.revisions.approved"),
                messages.get("ui.revisions.approved.accessible"), revisions::saveApproved);
        saveApproved.getStyleClass().add(Styles.PRIMARY_BUTTON);
        Node buttons = Nodes.hbox(Styles.BUTTON_ROW, Buttons.unavailableWhile(compare, revisions.compareUnavailableProperty()),
                Buttons.unavailableWhile(saveChosen, revisions.saveChosenUnavailableProperty()),
                Buttons.unavailableWhile(saveApproved, revisions.saveApprovedUnavailableProperty()));
        revisions.comparisonProperty().addListener((observable, old, comparison) -> {
            if (comparison != null) {
                RevisionComparisonDialog.show(root == null || root.getScene() == null ? null : root.getScene().getWindow(),
                        messages, comparison, revisions::closeComparison);
            }
        });
        return Forms.card(messages.get("ui.revisions.section"), Nodes.wrapping(messages.get("ui.revisions.hint"), Styles.MUTED),
                list, buttons);
    }

    private <R> TableColumn<R, String> column(String key, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        column.setPrefWidth(width);
        return column;
    }

    private void approve() {
        model.startApproval();
        GridPane grid = Forms.grid(1);
        TextField body = Forms.text(ApprovalIds.BODY, messages.get("approvals.field.body"), model.approvalBodyProperty());
        TextField number = Forms.text(ApprovalIds.NUMBER, messages.get("approvals.field.number"), model.approvalNumberProperty());
        TextField date = DateField.create(model.approvalDate(), messages.get("ui.editor.date.prompt"));
        Forms.name(date, ApprovalIds.DATE, messages.get("approvals.field.date"));
        Forms.row(grid, 0, 0, messages.get("approvals.field.body"), body, 1);
        Forms.row(grid, 0, 1, messages.get("approvals.field.number"), number, 1);
        Forms.row(grid, 0, 2, messages.get("approvals.field.date"), date, 1);
        ask(messages.get("ui.approval.approve.title"), messages.get("ui.approval.approve.message"), grid,
                messages.get("ui.approval.approve.confirm"), model::approve);
    }

    private void returnToDraft() {
        model.startReturn();
        Node reason = Forms.area(ApprovalIds.REASON, messages.get("approvals.field.reason"), model.returnReasonProperty(), 4);
        ask(messages.get("ui.approval.return.title"), messages.get("ui.approval.return.message"),
                new VBox(4, Nodes.label(messages.get("approvals.field.reason"), Styles.FIELD_LABEL), reason),
                messages.get("ui.approval.return.confirm"), model::returnToDraft);
    }

    /** A small modal dialog: the fields, the problems of the last try, the action and "Hủy" (the default). */
    private void ask(String title, String message, Node fields, String action, BooleanSupplier confirm) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        if (root != null && root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        DialogPane pane = dialog.getDialogPane();
        pane.setId(ApprovalIds.DIALOG);
        pane.getStylesheets().add(Theme.stylesheetUrl());
        pane.getStyleClass().addAll(Styles.ROOT, Styles.DIALOG);
        pane.setPrefWidth(600);
        VBox problems = new VBox(2);
        problems.setId(ApprovalIds.PROBLEMS);
        ListChangeListener<String> showProblems = change ->
                problems.getChildren().setAll(Pages.lines(model.formProblems(), Styles.FORM_ERROR));
        model.formProblems().addListener(showProblems);
        pane.setContent(new VBox(10, Nodes.wrapping(message, Styles.TEXT), fields, problems));
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(yes, no);
        Button confirmButton = (Button) pane.lookupButton(yes);
        confirmButton.setId(ApprovalIds.CONFIRM);
        confirmButton.setDefaultButton(false);
        ((Button) pane.lookupButton(no)).setDefaultButton(true);
        confirmButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (!confirm.getAsBoolean()) {
                event.consume();
            }
        });
        dialog.setResizable(true);
        dialog.showAndWait();
        model.formProblems().removeListener(showProblems);
    }
}
