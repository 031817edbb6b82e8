package vn.delegationdesk.plan.ui;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.delegationdesk.plan.ui.common.PlanIds;
import vn.delegationdesk.plan.ui.common.PlanTables;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;

/** The plans area: the list of plans with "Tạo kế hoạch mới…" above the chosen plan's editor. */
public final class PlansView extends SplitPane {
    private final PlanEditorView editor;
    private final HBox bar;

    public PlansView(PlansViewModel model, Messages messages) {
        setId(PlanIds.AREA);
        getStyleClass().add(Styles.WORKSPACE);
        setOrientation(Orientation.VERTICAL);
        TableView<PlansViewModel.PlanRow> table = PlanTables.table(PlanIds.LIST, model.rows(), "");
        javafx.scene.control.Label placeholder = Nodes.wrapping("", Styles.PLACEHOLDER);
        placeholder.textProperty().bind(model.placeholderProperty());
        table.setPlaceholder(placeholder);
        table.setAccessibleText(messages.get("ui.plan.list.accessible"));
        PlanTables.column(table, messages, "ui.plan.column.numberSymbol", PlansViewModel.PlanRow::number, 120);
        PlanTables.column(table, messages, "ui.plan.column.title", PlansViewModel.PlanRow::title, 420);
        PlanTables.column(table, messages, "ui.plan.column.body", PlansViewModel.PlanRow::body, 220);
        PlanTables.column(table, messages, "ui.plan.column.period", PlansViewModel.PlanRow::period, 180);
        PlanTables.column(table, messages, "ui.plan.column.taskCount", r -> Integer.toString(r.tasks()), 80);
        PlanTables.column(table, messages, "ui.plan.column.activityCount", r -> Integer.toString(r.activities()), 80);
        Forms.syncSelection(table, model.selectedProperty(), () -> false);
        model.selectedProperty().addListener((o, old, index) -> model.choose(index.intValue()));
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                editor().tabs().requestFocus();
                event.consume();
            }
        });
        Button create = Buttons.action(PlanIds.NEW, messages.get("ui.plan.new"), messages.get("ui.plan.new.accessible"), model::createNew);
        create.getStyleClass().add(Styles.PRIMARY_BUTTON);
        bar = Nodes.hbox(Styles.EDITOR_HEADER, Nodes.label(messages.get("ui.plan.list.title"), Styles.SECTION_TITLE), Nodes.hspacer(),
                Buttons.unavailableWhile(create, model.createUnavailableProperty()));
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox upper = new VBox(bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        editor = new PlanEditorView(model, messages);
        getItems().addAll(upper, editor);
        setDividerPositions(0.2);
        SplitPane.setResizableWithParent(upper, false);
    }

    /** Adds an action of another feature (the built-in sample plan, wired by the composition root) beside "Tạo kế hoạch mới…". */
    public void addListAction(Node action) {
        bar.getChildren().add(bar.getChildren().size() - 1, action);
    }

    public PlanEditorView editor() {
        return editor;
    }
}
