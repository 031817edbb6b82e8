package vn.delegationdesk.delegation.editor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;

/**
 * The opened delegation as a workspace: its header with the save state, the commands (save Ctrl+S, discard the
 * unsaved changes, copy, delete), the "Sửa" menu naming what undo and redo would do, the problems that stop saving,
 * members who travel elsewhere at the same time, a notice when someone else saved the delegation since it was opened
 * (with its differences and the choices, also shown when a save is refused for it), and the tabs the composition root
 * adds ({@link #addTab}). A hint shows until a delegation is opened.
 *
 * <p>Ctrl+Z undoes and Ctrl+Y (or Ctrl+Shift+Z) redoes the editor's last change wherever the focus is in the window,
 * in a table, a form or a text field of the editor: every field writes the draft as it is typed, so typing is in the
 * editor's history (one step per field) and a text field's own undo would be a second, unnamed history of the same
 * text. Only a text field outside the editor (the search field) keeps its own. Undo and redo show the tab where the
 * change was made.
 */
public final class DelegationEditorView extends StackPane {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final DelegationEditorViewModel model;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final Label placeholder;
    private final TabPane tabs = new TabPane();
    private final BorderPane content = new BorderPane();
    private Runnable manageBodies;
    private static final int MAX_PROBLEM_ITEMS = 30;
    private final HBox headerEnd = new HBox();
    /** Read-only lines under the header that other features add (the plan task a delegation carries out). */
    private final VBox headerLines = new VBox();
    private Function<String, String> problemTabs = area -> "";
    /** Kept in a field: the same handler is taken off the scene it was put on. */
    private final EventHandler<KeyEvent> undoKeys = this::undoKeys;
    private final Map<Tab, Runnable> pages = new HashMap<>();
    /** How often an open editor asks whether someone else saved its delegation: one row read, no child rows. */
    static final Duration POLL = Duration.seconds(15);
    private final Timeline poll = new Timeline();

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

    /** What the login may change, over the editor, for a login that lacks a role on a shared server. */
    private Node roleNotice() {
        Label text = Nodes.wrapping("", Styles.NOTICE);
        text.setId(EditorIds.ROLE_NOTICE);
        text.textProperty().bind(model.roles().noticeProperty());
        HBox bar = Nodes.hbox(Styles.WARNING_BAR, text);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(model.roles().noticeProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /**
     * "Đã có bản mới hơn do … lưu lúc …" with "Xem khác biệt…", shown while someone else's save is newer than the one being
     * edited; the store is asked every {@link #POLL} while the editor is in a window.
     */
    private Node newerNotice() {
        Label text = Nodes.wrapping("", Styles.NOTICE);
        text.setId(EditorIds.NEWER_NOTICE);
        text.textProperty().bind(model.newerNoticeProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button show = Buttons.action(EditorIds.NEWER_SHOW, messages.get("ui.version.showDifferences"),
                messages.get("ui.version.showDifferences.accessible"), model::showNewer);
        show.setTooltip(new Tooltip(messages.get("ui.version.showDifferences.accessible")));
        show.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = Nodes.hbox(Styles.WARNING_BAR, text, show);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(model.newerNoticeProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        model.versionConflictProperty().addListener((observable, old, conflict) -> {
            if (conflict != null) {
                VersionConflictDialog.show(owner.get(), messages, conflict);
            }
        });
        poll.getKeyFrames().setAll(new KeyFrame(POLL, event -> {
            // Only while in a window that shows: a scene taken out of its window stops asking.
            if (getScene() == null || getScene().getWindow() == null || !getScene().getWindow().isShowing()) {
                poll.stop();
            } else {
                model.checkForNewer();
            }
        }));
        poll.setCycleCount(Animation.INDEFINITE);
        return bar;
    }

    /** What "Quản lý…" beside the body choice of a new delegation opens: the kept bodies and their signers. */
    public void manageBodiesWith(Runnable manage) {
        this.manageBodies = manage;
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
        if (!model.roles().createUnavailableProperty().get().isEmpty()) {
            return;
        }
        model.leave(() -> {
            NewDelegationForm form = new NewDelegationForm(messages, "", null);
            Runnable offer = () -> form.offerBodies(model.bodyProfiles(), model.inheritedBody(), model.draft().baselineProperty().get());
            offer.run();
            Runnable manage = manageBodies == null ? null : () -> {
                manageBodies.run();
                offer.run();
            };
            if (NewDelegationDialog.show(owner.get(), messages, form, false, manage)) {
                model.create(form.titleProperty().get(), form.start().valueProperty().get(), form.end().valueProperty().get(),
                        form.choice());
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
            NewDelegationForm form = new NewDelegationForm(messages, model.copyTitle(start), start);
            if (NewDelegationDialog.show(owner.get(), messages, form, true, null)) {
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
        Label subtitle = Nodes.label("", Styles.DETAIL_SUBTITLE);
        subtitle.setMaxWidth(Double.MAX_VALUE);
        subtitle.textProperty().bind(model.subtitleProperty());
        VBox titles = new VBox(title, subtitle);
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.ALWAYS);

        Button save = Buttons.action(EditorIds.SAVE, messages.get("ui.editor.save"), messages.get("ui.editor.save.accessible"),
                model::save);
        save.getStyleClass().add(Styles.PRIMARY_BUTTON);
        Button revert = Buttons.action(EditorIds.REVERT, messages.get("ui.editor.revert"), messages.get("ui.editor.revert.message"),
                model::revert);
        Label state = Nodes.label("", Styles.SAVE_STATE);
        state.setId(EditorIds.SAVE_STATE);
        state.textProperty().bind(model.stateTextProperty());
        state.setMinWidth(Region.USE_PREF_SIZE);
        Button copy = Buttons.action(EditorIds.COPY, messages.get("ui.editor.copy"), messages.get("ui.editor.copy.accessible"),
                this::requestCopy);
        copy.setTooltip(new Tooltip(messages.get("ui.editor.copy.accessible")));
        Button delete = Buttons.action(EditorIds.DELETE, messages.get("ui.editor.delete"), messages.get("ui.editor.delete.accessible"),
                model::delete);
        delete.setTooltip(new Tooltip(messages.get("ui.editor.delete.accessible")));
        for (Button button : List.of(save, revert, copy, delete)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        // One row for the title and every action, and the problems in a slot that is always there: nothing above
        // the tabs appears, disappears or moves while the clerk types, and the rows below get the height.
        HBox header = Nodes.hbox(Styles.DETAIL_HEADER, titles, problemsButton(), state,
                Buttons.unavailableWhile(save, model.saveUnavailableProperty()),
                Buttons.unavailableWhile(revert, model.revertUnavailableProperty()), editMenu(),
                Buttons.unavailableWhile(copy, model.roles().createUnavailableProperty()),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                Buttons.unavailableWhile(delete, model.roles().deleteUnavailableProperty()), headerEnd);
        header.setAlignment(Pos.CENTER_LEFT);
        headerEnd.setAlignment(Pos.CENTER_LEFT);
        header.setId(EditorIds.HEADER);

        Label conflicts = Nodes.wrapping("", Styles.WARNING_BAR);
        conflicts.setId(EditorIds.CONFLICTS);
        model.conflicts().addListener((ListChangeListener<Object>) change -> conflicts.setText(String.join("\n",
                model.conflicts().stream().map(model::describe).toList())));
        conflicts.visibleProperty().bind(Bindings.isNotEmpty(model.conflicts()));
        conflicts.managedProperty().bind(conflicts.visibleProperty());

        content.setTop(new VBox(header, headerLines, roleNotice(), newerNotice(), conflicts));
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

    /**
     * "Còn N lỗi": a menu of every problem that stops saving, each taking the user to the tab that holds it. It keeps
     * its place in the header when there is none (hidden, not removed), so the header never changes height or order.
     */
    private MenuButton problemsButton() {
        MenuButton button = new MenuButton();
        button.setId(EditorIds.PROBLEMS);
        button.getStyleClass().add(Styles.PROBLEMS);
        button.setAccessibleText(messages.get("ui.editor.problems.accessible"));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.textProperty().bind(Bindings.createStringBinding(() -> messages.get("ui.editor.problems.count", model.problems().size()),
                model.problems()));
        button.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        Tooltip first = new Tooltip();
        first.setWrapText(true);
        first.setMaxWidth(640);
        first.textProperty().bind(Bindings.createStringBinding(() -> model.problems().isEmpty() ? "" : model.problems().get(0),
                model.problems()));
        button.setTooltip(first);
        model.problems().addListener((ListChangeListener<String>) change -> fillProblems(button));
        return button;
    }

    private void fillProblems(MenuButton button) {
        List<MenuItem> items = new ArrayList<>();
        List<String> found = model.problems();
        for (int i = 0; i < Math.min(found.size(), MAX_PROBLEM_ITEMS); i++) {
            MenuItem item = new MenuItem(found.get(i));
            item.setMnemonicParsing(false);
            String area = i < model.problemAreas().size() ? model.problemAreas().get(i) : "";
            item.setOnAction(event -> showArea(area));
            items.add(item);
        }
        if (found.size() > MAX_PROBLEM_ITEMS) {
            MenuItem more = new MenuItem(messages.get("ui.editor.save.refused.more", found.size() - MAX_PROBLEM_ITEMS));
            more.setDisable(true);
            items.add(more);
        }
        button.getItems().setAll(items);
    }

    /** Selects the tab that shows {@code area} of the plan; the overview tab holds what no other tab claims. */
    private void showArea(String area) {
        String tabId = problemTabs.apply(area);
        tabs.getTabs().stream().filter(tab -> Objects.equals(tab.getId(), tabId)).findFirst()
                .or(() -> tabs.getTabs().stream().findFirst())
                .ifPresent(tab -> tabs.getSelectionModel().select(tab));
    }

    /** Shows the tab of id {@code tabId} (a link from one tab to another); nothing when there is none. */
    public void selectTab(String tabId) {
        tabs.getTabs().stream().filter(tab -> Objects.equals(tab.getId(), tabId)).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab));
    }

    /** Which tab shows each part of the plan named in a problem ("members" → the members tab); set by the workspace. */
    public void routeProblems(Function<String, String> tabOfArea) {
        this.problemTabs = Objects.requireNonNull(tabOfArea, "tabOfArea");
    }

    /** Puts {@code node} at the end of the header row (the workspace's "Ẩn danh sách" toggle). */
    public void addHeaderControl(Node node) {
        headerEnd.getChildren().add(node);
    }

    /** Adds a read-only line under the header, the width of the editor (it manages its own visibility). */
    public void addHeaderLine(Node node) {
        headerLines.getChildren().add(node);
    }

    /** "Sửa": "Hoàn tác: xóa thành viên Nguyễn Văn An" (Ctrl+Z) and "Làm lại: …" (Ctrl+Y). */
    private MenuButton editMenu() {
        EditHistory history = model.history();
        MenuItem undo = new MenuItem();
        undo.setId(EditorIds.UNDO);
        undo.textProperty().bind(history.undoTextProperty());
        undo.disableProperty().bind(history.canUndoProperty().not());
        undo.setAccelerator(UNDO);
        undo.setOnAction(event -> model.undo());
        MenuItem redo = new MenuItem();
        redo.setId(EditorIds.REDO);
        redo.textProperty().bind(history.redoTextProperty());
        redo.disableProperty().bind(history.canRedoProperty().not());
        redo.setAccelerator(REDO);
        redo.setOnAction(event -> model.redo());
        MenuButton menu = new MenuButton(messages.get("ui.undo.menu"), null, undo, redo);
        menu.setId(EditorIds.EDIT_MENU);
        menu.setAccessibleText(messages.get("ui.undo.menu.accessible"));
        menu.setTooltip(new Tooltip(messages.get("ui.undo.menu.accessible")));
        menu.setMinWidth(Region.USE_PREF_SIZE);
        history.setPlace(() -> tabs.getSelectionModel().getSelectedItem());
        history.setOnShow(place -> {
            if (place instanceof Tab tab && tabs.getTabs().contains(tab)) {
                tabs.getSelectionModel().select(tab);
            }
        });
        return menu;
    }

    private void wireShortcuts() {
        sceneProperty().addListener((observable, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, undoKeys);
            }
            if (scene != null) {
                install(scene);
                poll.play();
            } else {
                poll.stop();
            }
        });
    }

    /** Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z go to the editor's history before any control sees them (see the class comment). */
    private void undoKeys(KeyEvent event) {
        boolean undo = UNDO.match(event);
        if (!undo && !REDO.match(event) && !REDO_SHIFT.match(event)) {
            return;
        }
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        if (focus instanceof TextInputControl && !isInside(focus)) {
            return;
        }
        event.consume();
        if (undo) {
            model.undo();
        } else {
            model.redo();
        }
    }

    private boolean isInside(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == this) {
                return true;
            }
        }
        return false;
    }

    private void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, undoKeys);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
            if (model.canSaveProperty().get()) {
                model.save();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::requestCreate);
    }
}
