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
import javafx.scene.layout.VBox;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;

/** "Chương trình": one card per day ("Thứ Ba, 14/10/2025"), its sessions, kinds and what happens. */
final class ProgrammePage {
    private final DelegationDetailViewModel model;
    private final Messages messages;

    ProgrammePage(DelegationDetailViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    ScrollPane node() {
        VBox days = new VBox();
        Pages.render(model.programme(), days, this::dayCards);
        return Pages.scrolling(days);
    }

    private List<Node> dayCards(List<DetailItems.ProgrammeDay> items) {
        if (items.isEmpty()) {
            return List.of(Pages.muted(messages.get("ui.programme.empty")));
        }
        List<Node> cards = new ArrayList<>();
        for (DetailItems.ProgrammeDay day : items) {
            HBox header = Nodes.hbox(Styles.CARD_ROWS, Nodes.label(day.header(), Styles.CARD_TITLE));
            if (!day.place().isEmpty()) {
                header.getChildren().add(Nodes.chip(day.place(), Styles.CHIP_NEUTRAL));
            }
            GridPane sessions = new GridPane();
            sessions.getStyleClass().add(Styles.CARD_ROWS);
            sessions.getColumnConstraints().setAll(column(110, false), column(140, false), column(200, true));
            int row = 0;
            for (DetailItems.Activity activity : day.activities()) {
                Label halfDay = Nodes.label(activity.halfDay(), Styles.ACCENT_TEXT);
                Label kind = Nodes.chip(activity.kind(), Styles.CHIP_ACCENT);
                List<Node> lines = new ArrayList<>();
                lines.add(Pages.text(activity.text()));
                lines.addAll(Pages.lines(activity.details(), Styles.MUTED));
                VBox text = Nodes.vbox(Styles.LIST_ROWS, lines.toArray(Node[]::new));
                Pages.addTopRow(sessions, row++, halfDay, kind, text);
            }
            cards.add(Nodes.vbox(Styles.CARD, header, sessions));
        }
        return cards;
    }

    private static ColumnConstraints column(double width, boolean grow) {
        ColumnConstraints column = new ColumnConstraints();
        if (grow) {
            column.setHgrow(Priority.ALWAYS);
            column.setFillWidth(true);
            column.setMinWidth(width);
        } else {
            column.setMinWidth(width);
            column.setPrefWidth(width);
        }
        return column;
    }
}
