package vn.delegationdesk.delegation.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;

/** "Tổ chức thực hiện": each unit, "Chủ trì" or "Phối hợp", its duties, due date and progress. */
final class ResponsibilitiesPage {
    private final DelegationDetailViewModel model;
    private final Messages messages;

    ResponsibilitiesPage(DelegationDetailViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    ScrollPane node() {
        VBox items = new VBox();
        Pages.render(model.responsibilities(), items, this::cards);
        return Pages.scrolling(items);
    }

    private List<Node> cards(List<DetailItems.Responsibility> items) {
        if (items.isEmpty()) {
            return List.of(Pages.muted(messages.get("ui.responsibility.empty")));
        }
        List<Node> cards = new ArrayList<>();
        for (DetailItems.Responsibility item : items) {
            Label unit = Nodes.wrapping(item.unit(), Styles.CARD_TITLE);
            HBox chips = Nodes.hbox(Styles.CARD_ROWS,
                    Nodes.chip(item.role(), item.lead() ? Styles.CHIP_ACCENT : Styles.CHIP_NEUTRAL),
                    Nodes.chip(item.status(), Styles.CHIP_NEUTRAL));
            chips.setMinWidth(Region.USE_PREF_SIZE);
            GridPane header = new GridPane();
            header.getStyleClass().add(Styles.CARD_ROWS);
            ColumnConstraints grow = new ColumnConstraints();
            grow.setHgrow(Priority.ALWAYS);
            grow.setFillWidth(true);
            grow.setMinWidth(120);
            header.getColumnConstraints().setAll(grow, new ColumnConstraints());
            Pages.addTopRow(header, 0, unit, chips);
            VBox card = Nodes.vbox(Styles.CARD, header);
            if (!item.due().isEmpty()) {
                card.getChildren().add(Nodes.label(item.due(), Styles.ACCENT_TEXT));
            }
            card.getChildren().addAll(Pages.lines(item.duties().stream().map(duty -> "– " + duty).toList(), Styles.TEXT));
            cards.add(card);
        }
        return cards;
    }
}
