package vn.delegationdesk.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import vn.delegationdesk.delegation.editor.DelegationEditorView;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.delegation.editor.EditorIds;
import vn.delegationdesk.delegation.list.DelegationIds;
import vn.delegationdesk.delegation.list.DelegationListView;
import vn.delegationdesk.delegation.list.DelegationListViewModel;
import vn.delegationdesk.delegation.list.DelegationRowItem;
import vn.delegationdesk.delegation.list.DueSoonView;
import vn.delegationdesk.delegation.list.DueSoonViewModel;
import vn.delegationdesk.delegation.list.EmptyStorePane;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.LayoutMemory;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;

/**
 * The application window: a top bar with the search field, the delegation list above the opened
 * delegation, and a status bar. It shows a loading state at once; {@link #attach} connects the view
 * models when the store is open.
 */
public final class MainWindow extends BorderPane {
    public static final String LOADING_PANE = "loading-pane";
    public static final String STATUS_LABEL = "status-label";
    public static final String BUSY_INDICATOR = "busy-indicator";
    public static final String WORKSPACE = "workspace";
    public static final String UPPER_TABS = "upper-tabs";
    public static final String DELEGATIONS_TAB = "delegations-tab";
    public static final String DUE_TAB = "due-tab";
    public static final String DATA_MENU = "data-menu";
    public static final String DATA_BODIES = "data-bodies";
    public static final String DATA_BACKUP = "data-backup";
    public static final String DATA_RESTORE = "data-restore";
    public static final String DATA_ENCRYPT = "data-encrypt";
    public static final String DATA_TRANSFER = "data-transfer";
    public static final String DATA_SERVER = "data-server";
    public static final String DATA_LAPTOP = "data-laptop";
    public static final String DATA_ON_SERVER = "data-on-server";
    public static final String SHOW_DELEGATIONS = "show-delegations";
    public static final String SHOW_PLANS = "show-plans";

    private final Messages messages;
    private final LayoutMemory layout;
    private ListToggle listToggle;
    private final CustomTextField search = (CustomTextField) TextFields.createClearableTextField();
    private final Label status = new Label();
    /** What the status line says of the delegations, kept to show again when the window leaves the plans. */
    private ObservableValue<String> delegationsStatus;
    private final ProgressIndicator busy = new ProgressIndicator();
    private final VBox loadingPane;
    private final StackPane content = new StackPane();
    private final Button newDelegation = new Button();
    private final MenuButton dataMenu = new MenuButton();
    private EmptyStorePane emptyPane;
    private final MenuItem backupItem = new MenuItem();
    private final MenuItem restoreItem = new MenuItem();
    private final MenuItem encryptItem = new MenuItem();
    private final ToggleGroup areas = new ToggleGroup();
    private final ToggleButton showDelegations = new ToggleButton();
    private final ToggleButton showPlans = new ToggleButton();
    private final BooleanProperty plansShown = new SimpleBooleanProperty(this, "plansShown", false);

    public MainWindow(Messages messages) {
        this(messages, LayoutMemory.forThisRun());
    }

    /** With the user's remembered layout (the list's divider, whether the list is hidden). */
    public MainWindow(Messages messages, LayoutMemory layout) {
        this.messages = messages;
        this.layout = layout;
        this.loadingPane = Nodes.vbox(Styles.STATE_PANE, new ProgressIndicator(),
                Nodes.wrapping(messages.get("ui.startup.loading"), Styles.STATE_MESSAGE));
        createParts();
        layoutParts();
        wireShortcuts();
    }

    public TextField searchField() {
        return search;
    }

    private void createParts() {
        loadingPane.setId(LOADING_PANE);
        search.setId(DelegationIds.SEARCH);
        search.getStyleClass().add(Styles.SEARCH_FIELD);
        search.setPromptText(messages.get("ui.search.prompt"));
        search.setAccessibleText(messages.get("ui.search.accessible"));
        search.setTooltip(new Tooltip(messages.get("ui.search.tooltip")));
        search.setDisable(true);
        Region icon = new Region();
        icon.getStyleClass().add(Styles.SEARCH_ICON);
        StackPane iconBox = new StackPane(icon);
        iconBox.getStyleClass().add(Styles.SEARCH_ICON_BOX);
        search.setLeft(iconBox);
        newDelegation.setId(EditorIds.NEW);
        newDelegation.setText(messages.get("ui.new.button"));
        newDelegation.setAccessibleText(messages.get("ui.new.title"));
        newDelegation.setTooltip(new Tooltip(messages.get("ui.new.tooltip")));
        newDelegation.setDisable(true);
        newDelegation.setMinWidth(Region.USE_PREF_SIZE);
        dataMenu.setId(DATA_MENU);
        dataMenu.setText(messages.get("ui.data.menu"));
        dataMenu.setAccessibleText(messages.get("ui.data.menu.accessible"));
        dataMenu.setMinWidth(Region.USE_PREF_SIZE);
        dataMenu.setDisable(true);
        backupItem.setId(DATA_BACKUP);
        backupItem.setText(messages.get("ui.data.backup.menu"));
        restoreItem.setId(DATA_RESTORE);
        restoreItem.setText(messages.get("ui.data.restore.menu"));
        encryptItem.setId(DATA_ENCRYPT);
        encryptItem.setText(messages.get("ui.data.encrypt.menu"));
        dataMenu.getItems().setAll(backupItem, restoreItem, new SeparatorMenuItem(), encryptItem);
        showDelegations.setId(SHOW_DELEGATIONS);
        showDelegations.setText(messages.get("ui.plan.switch.delegations"));
        showDelegations.setTooltip(new Tooltip(messages.get("ui.plan.switch.delegations.tooltip")));
        showPlans.setId(SHOW_PLANS);
        showPlans.setText(messages.get("ui.plan.switch.plans"));
        showPlans.setTooltip(new Tooltip(messages.get("ui.plan.switch.plans.tooltip")));
        for (ToggleButton button : new ToggleButton[] {showDelegations, showPlans}) {
            button.setToggleGroup(areas);
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        showDelegations.setSelected(true);
        showPlans.setDisable(true);
        // One of the two is always chosen: clicking the chosen one again keeps it.
        areas.selectedToggleProperty().addListener((observable, old, now) -> {
            if (now == null) {
                areas.selectToggle(old);
            } else {
                plansShown.set(now == showPlans);
            }
        });
        status.setId(STATUS_LABEL);
        status.setText(messages.get("ui.startup.loading"));
        busy.setId(BUSY_INDICATOR);
        busy.getStyleClass().add(Styles.BUSY_INDICATOR);
    }

    private void layoutParts() {
        getStyleClass().add(Styles.ROOT);
        HBox areaSwitch = new HBox(showDelegations, showPlans);
        areaSwitch.getStyleClass().add(Styles.PLAN_SWITCH);
        areaSwitch.setMinWidth(Region.USE_PREF_SIZE);
        Label appTitle = Nodes.label(messages.get("app.title"), Styles.APP_TITLE);
        // The switch takes room in the bar: the subtitle gives way, never the app's name.
        appTitle.setMinWidth(Region.USE_PREF_SIZE);
        HBox topBar = Nodes.hbox(Styles.TOP_BAR,
                appTitle,
                Nodes.label(messages.get("ui.window.subtitle"), Styles.APP_SUBTITLE),
                areaSwitch, Nodes.hspacer(), dataMenu, newDelegation, search);
        setTop(topBar);
        content.getStyleClass().add(Styles.CONTENT);
        content.getChildren().setAll(loadingPane);
        setCenter(content);
        setBottom(Nodes.hbox(Styles.STATUS_BAR, busy, status));
    }

    /**
     * Connects the view models once the store is open: replaces the loading state with the workspace. The list opens
     * a delegation into the editor, asking first when the editor has unsaved changes; what is due in the next 14 days
     * is a tab beside the delegations. The caller adds the editor's tabs to the returned view.
     */
    public DelegationEditorView attach(DelegationListViewModel list, DelegationEditorViewModel editor, DueSoonViewModel due) {
        DelegationListView listView = new DelegationListView(list, messages);
        DelegationEditorView detailView = new DelegationEditorView(editor, messages,
                () -> getScene() == null ? null : getScene().getWindow());
        emptyPane = new EmptyStorePane(list, messages, detailView::requestCreate);
        Node upper = upperTabs(listView, due, list);
        SplitPane workspace = new SplitPane(upper, detailView);
        workspace.setId(WORKSPACE);
        workspace.getStyleClass().add(Styles.WORKSPACE);
        workspace.setOrientation(Orientation.VERTICAL);
        SplitPane.setResizableWithParent(upper, false);
        ListToggle toggle = new ListToggle(workspace, upper, editor.presentProperty(), layout, messages);
        detailView.addHeaderControl(toggle.button());
        // The list is where one chooses another delegation: searching shows it.
        listToggle = toggle;
        search.focusedProperty().addListener((observable, was, focused) -> {
            if (focused) {
                showDelegations.setSelected(true);
                toggle.reveal();
            }
        });
        content.getChildren().setAll(loadingPane, emptyPane, workspace);

        loadingPane.visibleProperty().bind(list.loadedProperty().not());
        emptyPane.visibleProperty().bind(list.loadedProperty().and(list.emptyStoreProperty()).and(plansShown.not()));
        workspace.visibleProperty().bind(list.loadedProperty().and(list.emptyStoreProperty().not()).and(plansShown.not()));
        search.textProperty().bindBidirectional(list.searchTextProperty());
        search.disableProperty().bind(list.loadedProperty().not().or(list.emptyStoreProperty()));
        delegationsStatus = list.statusTextProperty();
        status.textProperty().bind(delegationsStatus);
        // Saving, importing and the due list run in the background too: the same indicator shows all of them.
        busy.visibleProperty().bind(list.busyProperty().or(editor.workingProperty()).or(due.busyProperty()));
        busy.managedProperty().bind(busy.visibleProperty());
        list.openedDelegationProperty().addListener((observable, old, opened) -> editor.open(opened, list.openedVersion()));
        editor.open(list.openedDelegationProperty().get(), list.openedVersion());
        list.setLeaveGuard(editor::leave);
        editor.setOnStored(id -> {
            list.reloadAndSelect(id);
            due.reload();
        });
        editor.setOnDeleted(() -> {
            list.reloadAfterDelete();
            due.reload();
        });
        String refused = editor.roles().createUnavailableProperty().get();
        newDelegation.setDisable(!refused.isEmpty());
        if (!refused.isEmpty()) {
            newDelegation.setTooltip(new Tooltip(refused));
        }
        newDelegation.setOnAction(event -> {
            showDelegations.setSelected(true);
            detailView.requestCreate();
        });

        listView.setOnOpenRequested(() -> detailView.tabs().requestFocus());
        wireSearchKeys(listView.table());
        return detailView;
    }

    /**
     * Adds the plans area: "Kế hoạch" in the top bar switches the window from the delegations to it and back, leaving the
     * delegations' workspace as it was (the open delegation, its unsaved changes, the list's divider).
     */
    public void attachPlans(Node plans, ObservableBooleanValue loaded, ObservableValue<String> plansStatus) {
        plans.visibleProperty().bind(plansShown.and(loaded));
        // The status line speaks of what is shown: the plans' count in the plans area.
        plansShown.addListener((observable, was, shown) -> {
            if (delegationsStatus != null) {
                status.textProperty().bind(shown ? plansStatus : delegationsStatus);
            }
        });
        // The delegations' own commands leave the top bar while the plans are shown: the plans area has its own.
        for (Node delegationsOnly : new Node[] {newDelegation, search}) {
            delegationsOnly.visibleProperty().bind(plansShown.not());
            delegationsOnly.managedProperty().bind(delegationsOnly.visibleProperty());
        }
        content.getChildren().add(plans);
        showPlans.setDisable(false);
    }

    /** Shows the plans area (true) or the delegations (false). */
    public void showPlans(boolean plans) {
        (plans ? showPlans : showDelegations).setSelected(true);
    }

    /** True while the plans area is shown. */
    public ReadOnlyBooleanProperty plansShownProperty() {
        return ReadOnlyBooleanProperty.readOnlyBooleanProperty(plansShown);
    }

    /** Connects the "Dữ liệu" menu (backup, restore, encryption); without it the menu stays disabled. */
    public void attachData(DataSafetyViewModel data) {
        backupItem.setOnAction(event -> data.backup());
        restoreItem.setOnAction(event -> data.restore());
        encryptItem.textProperty().bind(data.encryptionTextProperty());
        encryptItem.setOnAction(event -> data.changeEncryption());
        dataMenu.disableProperty().bind(data.busyProperty());
    }

    /**
     * The window works on a server: backup, restore and encryption are the H2 file's and stay greyed, under a line saying
     * why ({@code reason}); the menu is usable for the rest.
     */
    public void onServer(String reason) {
        backupItem.setDisable(true);
        restoreItem.setDisable(true);
        encryptItem.setDisable(true);
        MenuItem why = new MenuItem(reason);
        why.setId(DATA_ON_SERVER);
        why.setDisable(true);
        dataMenu.getItems().add(0, why);
        dataMenu.setDisable(false);
    }

    /** Adds an item to the "Dữ liệu" menu, after a separator: things kept once for the whole store. */
    public void addDataItem(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        dataMenu.getItems().addAll(new SeparatorMenuItem(), item);
    }

    /** Adds an item to the "Dữ liệu" menu in the group of the item added just before it (no separator). */
    public void addDataItemToGroup(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        dataMenu.getItems().add(item);
    }

    /** Adds a way to begin to what an empty store shows (under "Tạo đoàn mới…"). */
    public void addEmptyStoreAction(String id, String text, String accessibleText, Runnable action) {
        emptyPane.addAction(id, text, accessibleText, action);
    }

    public MenuButton dataMenu() {
        return dataMenu;
    }

    /** The delegations and, in a second tab, what is due across all of them in the next 14 days. */
    private Node upperTabs(DelegationListView listView, DueSoonViewModel due, DelegationListViewModel list) {
        Tab delegations = new Tab(messages.get("ui.window.tab.delegations"), listView);
        delegations.setId(DELEGATIONS_TAB);
        Tab dueTab = new Tab("", new DueSoonView(due, messages));
        dueTab.setId(DUE_TAB);
        dueTab.textProperty().bind(due.countTextProperty());
        TabPane tabs = new TabPane(delegations, dueTab);
        tabs.setId(UPPER_TABS);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.DETAIL_TABS);
        due.setOnOpenRequested(id -> {
            tabs.getSelectionModel().select(delegations);
            list.select(id);
        });
        due.reload();
        return tabs;
    }

    private void wireSearchKeys(TableView<DelegationRowItem> table) {
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                search.clear();
                event.consume();
            }
        });
    }

    private void wireShortcuts() {
        sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                installAccelerators(scene);
            }
        });
    }

    private void installAccelerators(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), () -> {
            if (listToggle != null) {
                listToggle.toggle();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            search.requestFocus();
            search.selectAll();
        });
    }
}
