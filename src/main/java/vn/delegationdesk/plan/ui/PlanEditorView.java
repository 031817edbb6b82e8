package vn.delegationdesk.plan.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.delegationdesk.plan.ui.common.PlanIds;
import vn.delegationdesk.plan.ui.progress.PlanCalendarPage;
import vn.delegationdesk.plan.ui.progress.PlanProgressPage;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;

/**
 * The chosen plan: a header with its title, "Lưu" and "Bỏ thay đổi", the problems that stop a save (each naming the row
 * and the field), and the pages Thông tin chung, Chỉ tiêu, Nhiệm vụ, Hoạt động, Tiến độ, Lịch.
 */
public final class PlanEditorView extends StackPane {
    private final TabPane tabs = new TabPane();

    private final HBox header;

    public PlanEditorView(PlansViewModel plans, Messages messages) {
        PlanEditorViewModel model = plans.editor();
        setId(PlanIds.EDITOR);
        Label placeholder = Nodes.wrapping(messages.get("ui.plan.editor.placeholder"), Styles.PLACEHOLDER);
        placeholder.setMaxWidth(Double.MAX_VALUE);
        placeholder.visibleProperty().bind(model.presentProperty().not());

        Label heading = Nodes.label("", Styles.DETAIL_TITLE);
        heading.setId(PlanIds.HEADING);
        heading.textProperty().bind(model.headingProperty());
        heading.setMaxWidth(Double.MAX_VALUE);
        heading.setMinWidth(0);
        HBox.setHgrow(heading, Priority.ALWAYS);
        Label state = Nodes.label("", Styles.SAVE_STATE);
        state.setId(PlanIds.SAVE_STATE);
        state.textProperty().bind(model.saveStateProperty());
        state.setMinWidth(Region.USE_PREF_SIZE);
        Button save = Buttons.action(PlanIds.SAVE, messages.get("ui.plan.save"), messages.get("ui.plan.save.accessible"), model::save);
        save.getStyleClass().add(Styles.PRIMARY_BUTTON);
        Button discard = Buttons.action(PlanIds.DISCARD, messages.get("ui.plan.discard"), messages.get("ui.plan.discard.accessible"),
                model::discard);
        header = Nodes.hbox(Styles.DETAIL_HEADER, heading, state, Buttons.unavailableWhile(save, model.saveUnavailableProperty()),
                Buttons.unavailableWhile(discard, model.discardUnavailableProperty()));
        header.setAlignment(Pos.CENTER_LEFT);

        Label problems = Nodes.wrapping("", Styles.WARNING_BAR);
        problems.setId(PlanIds.PROBLEMS);
        problems.setMaxWidth(Double.MAX_VALUE);
        model.problems().addListener((ListChangeListener<String>) change -> problems.setText(
                messages.get("ui.plan.problems", model.problems().size()) + "\n" + String.join("\n", model.problems())));
        problems.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        Label refusal = Nodes.wrapping("", Styles.NOTICE);
        refusal.textProperty().bind(model.writeRefusalProperty());
        refusal.visibleProperty().bind(model.writeRefusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());

        tabs.setId(PlanIds.TABS);
        tabs.getStyleClass().add(Styles.DETAIL_TABS);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab(PlanIds.TAB_GENERAL, messages.get("ui.plan.tab.general"), new PlanGeneralPage(model, messages)),
                tab(PlanIds.TAB_TARGETS, messages.get("ui.plan.tab.targets"), new PlanTargetsPage(model, messages)),
                tab(PlanIds.TAB_TASKS, messages.get("ui.plan.tab.tasks"), new PlanTasksPage(model, messages)),
                tab(PlanIds.TAB_ACTIVITIES, messages.get("ui.plan.tab.activities"), new PlanActivitiesPage(plans, messages)),
                tab(PlanIds.TAB_PROGRESS, messages.get("ui.plan.tab.progress"), new PlanProgressPage(plans.progress(), messages)),
                tab(PlanIds.TAB_CALENDAR, messages.get("ui.plan.tab.calendar"), new PlanCalendarPage(plans.calendar(), messages)));
        BorderPane content = new BorderPane(tabs);
        content.setTop(new VBox(header, refusal, problems));
        content.visibleProperty().bind(model.presentProperty());
        getChildren().addAll(placeholder, content);
    }

    /** Adds an action of another feature (the plan's documents and tables, wired by the composition root) to the header. */
    public void addHeaderAction(Node action) {
        header.getChildren().add(action);
    }

    private static Tab tab(String id, String text, javafx.scene.Node page) {
        Tab tab = new Tab(text, page);
        tab.setId(id);
        return tab;
    }

    public TabPane tabs() {
        return tabs;
    }
}
