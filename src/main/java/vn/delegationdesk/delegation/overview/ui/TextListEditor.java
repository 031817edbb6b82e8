package vn.delegationdesk.delegation.overview.ui;

import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Reveal;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.WrappingTextListCell;

/**
 * An ordered list of texts (purposes, exchange topics, recipients), each wrapped to the list's width: edit in place (F2
 * or double click), add (the new text is shown and edited at once), remove, move.
 */
final class TextListEditor {
    private TextListEditor() {
    }

    static VBox create(String idPrefix, String accessible, TextList model, Messages messages) {
        ListView<String> list = new ListView<>(model.items());
        list.setId(idPrefix + "-list");
        list.setAccessibleText(accessible);
        list.setEditable(true);
        // Long purposes and topics wrap to the list's width, and are edited in a text area that wraps too.
        list.setCellFactory(view -> new WrappingTextListCell(accessible));
        list.setPrefHeight(180);
        list.setOnEditCommit(event -> model.edit(event.getIndex(), event.getNewValue()));
        Forms.syncSelection(list, model.selectedProperty(), model::isRefreshing);
        HBox buttons = Nodes.hbox(Styles.BUTTON_ROW,
                Buttons.action(idPrefix + "-add", messages.get("ui.editor.list.add"), messages.get("ui.editor.list.add.accessible"),
                        () -> {
                            model.add();
                            Reveal.editRow(list, model.selectedProperty().get());
                        }),
                Buttons.action(idPrefix + "-remove", messages.get("ui.editor.list.remove"),
                        messages.get("ui.editor.list.remove.accessible"), model::remove));
        buttons.getChildren().addAll(Forms.upDown(messages, idPrefix + "-up", idPrefix + "-down", model::move));
        return new VBox(list, buttons);
    }
}
