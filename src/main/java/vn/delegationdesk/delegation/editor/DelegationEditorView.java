package vn.delegationdesk.delegation.editor;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;

/**
 * The opened delegation as a workspace: its header with the save state, the commands (save Ctrl+S, undo, copy,
 * delete), the problems that stop saving, members who travel elsewhere at the same time, and the tabs the
 * composition root adds ({@link #addTab}). A hint shows until a delegation is opened.
 */
public final class DelegationEditorView extends StackPane {
    private final DelegationEditorViewModel model;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final Label placeholder;
    private final TabPane tabs = new TabPane();
    private final BorderPane content = new BorderPane();
    private final Map<Tab, Runnable> pages = new HashMap<>();

    public DelegationEditorView(DelegationEditorViewModel model, Messages messages, Supplier<Window> owner) {
        this.model = model;
        this.messages = messages;
        this.owner = owner;
        this.placeholder = Nodes.wrapping(messages.get("ui.detail.placeholder"), Styles.PLACEHOLDER);
        createParts();
        layoutParts();
        wireShortcuts();
    }

    public TabPane tabs() {
        return tabs;
    }

    /**
     * Adds a tab after those added before: opens its working state with the editor's and shows its background work
     * as the editor's; the tab is told when it shows. Its page is built the first time it is shown with a delegation
     * open (or by {@link #prepareSelectedPage}): nine pages of controls cost the start-up a second and the memory some
     * 30 MB before any is needed.
     */
    public Tab addTab(EditorTab editorTab) {
        editorTab.part().ifPresent(model::addPart);
        editorTab.work().ifPresent(model::addWork);
        Tab tab = new Tab(editorTab.title());
        tab.setId(editorTab.id());
        tabs.getTabs().add(tab);
        Runnable page = () -> {
            if (tab.getContent() == null) {
                tab.setContent(editorTab.createPage());
            }
        };
        pages.put(tab, page);
        tab.selectedProperty().addListener((observable, was, selected) -> {
            if (selected && model.presentProperty().get()) {
                page.run();
            }
            editorTab.setShowing(selected);
        });
        if (tab.isSelected() && model.presentProperty().get()) {
            page.run();
        }
        editorTab.setShowing(tab.isSelected());
        return tab;
    }

    /**
     * Builds the selected tab's page now if it is not built yet: for idle time once the window is usable, so that opening
     * a delegation finds it. The other pages wait for their first visit: built together they hold some 30 MB.
     */
    public void prepareSelectedPage() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        if (selected != null) {
            pages.get(selected).run();
        }
    }

    /** Asks for a title and dates, then creates the delegation (after the unsaved-changes question). */
    public void requestCreate() {
        model.leave(() -> {
            NewDelegationForm form = new NewDelegationForm(messages, "", null);
            form.offerInheritedBody(model.inheritedBody());
            if (NewDelegationDialog.show(owner.get(), messages, form, false)) {
                model.create(form.titleProperty().get(), form.start().valueProperty().get(), form.end().valueProperty().get(),
                        form.keepBodyProperty().get());
            }
        }, () -> { });
    }

    private void requestCopy() {
        Delegation current = model.draft().get();
        if (current == null) {
            return;
        }
        model.leave(() -> {
            LocalDate start = current.firstDate().map(d -> d.plusYears(1)).orElse(null);
            NewDelegationForm form = new NewDelegationForm(messages, current.title(), start);
            if (NewDelegationDialog.show(owner.get(), messages, form, true)) {
                model.copy(form.titleProperty().get(), form.start().valueProperty().get(), form.withMembersProperty().get());
            }
        }, () -> { });
    }

    private void createParts() {
        setId(EditorIds.EDITOR);
        placeholder.setMaxWidth(Double.MAX_VALUE);
        placeholder.setId(EditorIds.DETAIL_PLACEHOLDER);
        tabs.setId(EditorIds.TABS);
        tabs.setAccessibleText(messages.get("ui.detail.accessible"));
        tabs.getStyleClass().add(Styles.DETAIL_TABS);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    }

    private void layoutParts() {
        // One line: the whole title is in the overview form and in the tooltip, and rows matter at 768 px.
        Label title = Nodes.label("", Styles.DETAIL_TITLE);
        title.setMaxWidth(Double.MAX_VALUE);
        title.setId(EditorIds.DETAIL_TITLE);
        title.textProperty().bind(model.titleProperty());
        title.setMinHeight(Region.USE_COMPUTED_SIZE);
        Tooltip titleTip = new Tooltip();
        titleTip.setWrapText(true);
        titleTip.setMaxWidth(640);
        titleTip.textProperty().bind(model.titleProperty());
        title.setTooltip(titleTip);
        Label subtitle = Nodes.wrapping("", Styles.DETAIL_SUBTITLE);
        subtitle.textProperty().bind(model.subtitleProperty());
        VBox header = Nodes.vbox(Styles.DETAIL_HEADER, title, subtitle);

        Button save = Buttons.action(EditorIds.SAVE, messages.get("ui.editor.save"), messages.get("ui.editor.save.accessible"),
                model::save);
        save.getStyleClass().add(Styles.PRIMARY_BUTTON);
        save.disableProperty().bind(model.canSaveProperty().not());
        Button revert = Buttons.action(EditorIds.REVERT, messages.get("ui.editor.revert"), messages.get("ui.editor.revert.message"),
                model::revert);
        revert.disableProperty().bind(model.dirtyProperty().not().or(model.busyProperty()));
        Label state = Nodes.label("", Styles.SAVE_STATE);
        state.setId(EditorIds.SAVE_STATE);
        state.textProperty().bind(model.saveStateProperty());
        HBox toolbar = Nodes.hbox(Styles.TOOLBAR, save, revert, state, Nodes.hspacer(),
                Buttons.action(EditorIds.COPY, messages.get("ui.editor.copy"), messages.get("ui.editor.copy.accessible"),
                        this::requestCopy),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                Buttons.action(EditorIds.DELETE, messages.get("ui.editor.delete"), messages.get("ui.editor.delete.accessible"),
                        model::delete));

        ListView<String> problemList = new ListView<>(model.problems());
        problemList.setId(EditorIds.PROBLEM_LIST);
        problemList.setAccessibleText(messages.get("ui.editor.problems.accessible"));
        problemList.setPrefHeight(110);
        TitledPane problems = new TitledPane("", problemList);
        problems.setId(EditorIds.PROBLEMS);
        problems.getStyleClass().add(Styles.PROBLEMS);
        problems.setExpanded(false);
        problems.textProperty().bind(Bindings.createStringBinding(() -> messages.get("ui.editor.problems",
                model.problems().size(), model.problems().isEmpty() ? "" : model.problems().get(0)), model.problems()));
        problems.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        problems.managedProperty().bind(problems.visibleProperty());

        Label conflicts = Nodes.wrapping("", Styles.WARNING_BAR);
        conflicts.setId(EditorIds.CONFLICTS);
        model.conflicts().addListener((ListChangeListener<Object>) change -> conflicts.setText(String.join("\n",
                model.conflicts().stream().map(model::describe).toList())));
        conflicts.visibleProperty().bind(Bindings.isNotEmpty(model.conflicts()));
        conflicts.managedProperty().bind(conflicts.visibleProperty());

        content.setTop(new VBox(header, toolbar, problems, conflicts));
        content.setCenter(tabs);
        content.visibleProperty().bind(model.presentProperty());
        model.presentProperty().addListener((observable, was, present) -> {
            Tab selected = tabs.getSelectionModel().getSelectedItem();
            if (present && selected != null) {
                pages.get(selected).run();
            }
        });
        placeholder.visibleProperty().bind(model.presentProperty().not());
        getChildren().addAll(placeholder, content);
    }

    private void wireShortcuts() {
        sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                install(scene);
            }
        });
    }

    private void install(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
            if (model.canSaveProperty().get()) {
                model.save();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::requestCreate);
    }
}
