package vn.delegationdesk.delegation.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;

/** "Hội nghị": each conference with when, where, standard, size, co-organiser and its ordered agenda. */
final class ConferencesPage {
    private final DelegationDetailViewModel model;
    private final Messages messages;

    ConferencesPage(DelegationDetailViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    ScrollPane node() {
        VBox conferences = new VBox();
        Pages.render(model.conferences(), conferences, this::cards);
        return Pages.scrolling(conferences);
    }

    private List<Node> cards(List<DetailItems.Conference> items) {
        if (items.isEmpty()) {
            return List.of(Pages.muted(messages.get("ui.conference.empty")));
        }
        List<Node> cards = new ArrayList<>();
        for (DetailItems.Conference conference : items) {
            VBox card = Nodes.vbox(Styles.CARD, Nodes.wrapping(conference.title(), Styles.CARD_TITLE),
                    Nodes.wrapping(conference.when(), Styles.ACCENT_TEXT));
            card.getChildren().addAll(Pages.lines(
                    List.of(conference.venue(), conference.standard(), conference.delegates(), conference.coOrganiser()),
                    Styles.TEXT));
            card.getChildren().add(Nodes.label(messages.get("ui.conference.agenda"), Styles.SECTION_TITLE));
            if (conference.agenda().isEmpty()) {
                card.getChildren().add(Pages.muted(messages.get("ui.conference.agenda.empty")));
            } else {
                card.getChildren().add(agenda(conference.agenda()));
            }
            cards.add(card);
        }
        return cards;
    }

    private static GridPane agenda(List<DetailItems.AgendaRow> rows) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.CARD_ROWS);
        ColumnConstraints number = new ColumnConstraints();
        number.setMinWidth(28);
        ColumnConstraints content = new ColumnConstraints();
        content.setHgrow(Priority.ALWAYS);
        content.setFillWidth(true);
        content.setMinWidth(200);
        ColumnConstraints duration = new ColumnConstraints();
        duration.setMinWidth(70);
        grid.getColumnConstraints().setAll(number, content, duration);
        int index = 0;
        for (DetailItems.AgendaRow row : rows) {
            List<Node> lines = new ArrayList<>();
            lines.add(Pages.text(row.content()));
            lines.addAll(Pages.lines(List.of(row.presenter()), Styles.MUTED));
            Pages.addTopRow(grid, index++, Nodes.label(row.number(), Styles.ACCENT_TEXT),
                    Nodes.vbox(Styles.LIST_ROWS, lines.toArray(Node[]::new)), Nodes.label(row.duration(), Styles.MUTED));
        }
        return grid;
    }
}
