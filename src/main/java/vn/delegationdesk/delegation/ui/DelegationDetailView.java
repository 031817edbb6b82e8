package vn.delegationdesk.delegation.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;

/** The opened delegation: a header and five tabs. A hint shows until a delegation is opened. */
public final class DelegationDetailView extends StackPane {
    private final DelegationDetailViewModel model;
    private final Messages messages;
    private final Label placeholder;
    private final Label title = Nodes.wrapping("", Styles.DETAIL_TITLE);
    private final Label subtitle = Nodes.wrapping("", Styles.DETAIL_SUBTITLE);
    private final TabPane tabs = new TabPane();
    private final BorderPane content = new BorderPane();

    public DelegationDetailView(DelegationDetailViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.placeholder = Nodes.wrapping(messages.get("ui.detail.placeholder"), Styles.PLACEHOLDER);
        createParts();
        layoutParts();
        bind();
    }

    public TabPane tabs() {
        return tabs;
    }

    private void createParts() {
        setId(DelegationIds.DETAIL_VIEW);
        placeholder.setId(DelegationIds.DETAIL_PLACEHOLDER);
        placeholder.setMaxWidth(Double.MAX_VALUE);
        title.setId(DelegationIds.DETAIL_TITLE);
        title.setMinHeight(Region.USE_COMPUTED_SIZE);
        tabs.setId(DelegationIds.DETAIL);
        tabs.setAccessibleText(messages.get("ui.detail.accessible"));
        tabs.getStyleClass().add(Styles.DETAIL_TABS);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().setAll(
                tab(DelegationIds.TAB_OVERVIEW, "ui.detail.tab.overview", new OverviewPage(model).node()),
                tab(DelegationIds.TAB_COMPOSITION, "ui.detail.tab.composition", new CompositionPage(model, messages).node()),
                tab(DelegationIds.TAB_PROGRAMME, "ui.detail.tab.programme", new ProgrammePage(model, messages).node()),
                tab(DelegationIds.TAB_CONFERENCES, "ui.detail.tab.conferences", new ConferencesPage(model, messages).node()),
                tab(DelegationIds.TAB_RESPONSIBILITIES, "ui.detail.tab.responsibilities",
                        new ResponsibilitiesPage(model, messages).node()));
    }

    /** Another delegation starts at the top of every page, not where the last one was left. */
    private void scrollToTop() {
        for (Tab tab : tabs.getTabs()) {
            for (Node node : tab.getContent().lookupAll("." + Styles.PAGE)) {
                ((ScrollPane) node).setVvalue(0);
            }
            for (Node node : tab.getContent().lookupAll(".table-view")) {
                ((TableView<?>) node).scrollTo(0);
            }
        }
    }

    private Tab tab(String id, String key, Node node) {
        Tab tab = new Tab(messages.get(key), node);
        tab.setId(id);
        return tab;
    }

    private void layoutParts() {
        VBox header = Nodes.vbox(Styles.DETAIL_HEADER, title, subtitle);
        content.setTop(header);
        content.setCenter(tabs);
        getChildren().addAll(placeholder, content);
    }

    private void bind() {
        title.textProperty().bind(model.titleProperty());
        subtitle.textProperty().bind(model.subtitleProperty());
        Tooltip titleTip = new Tooltip();
        titleTip.setWrapText(true);
        titleTip.setMaxWidth(640);
        titleTip.textProperty().bind(model.titleProperty());
        title.setTooltip(titleTip);
        content.visibleProperty().bind(model.presentProperty());
        model.delegationProperty().addListener((observable, old, opened) -> scrollToTop());
        placeholder.visibleProperty().bind(model.presentProperty().not());
    }
}
