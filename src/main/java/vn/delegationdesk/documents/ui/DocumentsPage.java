package vn.delegationdesk.documents.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;

/**
 * "Văn bản": the documents on the left (ticks to save several, whose travel orders), the commands and the page preview
 * with its paging in the middle ({@link DocumentPreviewPane}), and the settings of the documents on the right
 * ({@link DocumentSettingsPane}). Only lays out, binds and wires; the preview is rendered again a moment after the last
 * change, and at once when the tab shows ({@link #setShowing}).
 */
public final class DocumentsPage {
    private static final double CELL_HEIGHT = 28;

    private final DocumentsViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final DocumentPreviewPane preview;

    public DocumentsPage(DocumentsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.setId(DocumentIds.PAGE);
        root.getStyleClass().add(Styles.EDITOR);
        root.setAccessibleText(messages.get("ui.documents.accessible"));
        root.setLeft(documentsColumn());
        preview = new DocumentPreviewPane(model.preview(), model.commands(), model.presentProperty(), messages);
        root.setCenter(preview.node());
        root.setRight(new DocumentSettingsPane(model.form(), model.readyProperty(), model.overviewInfoProperty(),
                model.approvalWarningProperty(), messages).node());
    }

    public Node node() {
        return root;
    }

    /** The tab shows ({@code true}) or was left: an outdated preview is made again when it shows. */
    public void setShowing(boolean shown) {
        preview.setShowing(shown);
    }

    // ---- the documents ---------------------------------------------------------------------------------

    private Node documentsColumn() {
        DocumentChoices choices = model.choices();
        ListView<DocumentRow> list = new ListView<>(choices.rows());
        list.setId(DocumentIds.LIST);
        list.setAccessibleText(messages.get("ui.documents.list.accessible"));
        list.setFixedCellSize(CELL_HEIGHT);
        list.setPrefHeight(choices.rows().size() * CELL_HEIGHT + 6);
        list.setMinHeight(Region.USE_PREF_SIZE);
        list.setCellFactory(view -> new DocumentCell());
        list.getSelectionModel().select(choices.rows().stream().filter(r -> r.kind() == choices.selectedProperty().get())
                .findFirst().orElse(null));
        list.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                choices.selectedProperty().set(row.kind());
            }
        });

        ComboBox<MemberChoice> member = new ComboBox<>(choices.memberChoices());
        Forms.name(member, DocumentIds.MEMBER, messages.get("ui.documents.member.accessible"));
        member.valueProperty().bindBidirectional(choices.memberChoiceProperty());
        member.setMaxWidth(Double.MAX_VALUE);
        member.setVisibleRowCount(12);
        Label memberLabel = DocumentSettingsPane.fieldLabel(messages.get("ui.documents.member"), member);

        Label notice = Nodes.wrapping("", Styles.NOTICE);
        notice.setId(DocumentIds.NOTICE);
        notice.textProperty().bind(model.noticeProperty());
        Forms.showWhen(notice, model.noticeProperty().isNotEmpty());

        VBox column = new VBox(8, Nodes.label(messages.get("ui.documents.list.title"), Styles.SECTION_TITLE), list,
                memberLabel, member, notice);
        column.setPadding(new Insets(0, 12, 0, 0));
        column.setPrefWidth(340);
        column.setMinWidth(260);
        return column;
    }

    /** A document with its tick: the tick chooses it for saving, the row itself is the one previewed. */
    private final class DocumentCell extends ListCell<DocumentRow> {
        private final CheckBox tick = new CheckBox();
        private DocumentRow bound;

        DocumentCell() {
            // A cell as wide as the list, never wider: a long name is shortened (its tooltip has it whole), so the list
            // needs no horizontal scroll bar that would hide its last row.
            setPrefWidth(0);
            tick.setMaxWidth(Double.MAX_VALUE);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(DocumentRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                tick.selectedProperty().unbindBidirectional(bound.chosenProperty());
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            bound = row;
            tick.setText(row.name());
            tick.setTooltip(new Tooltip(row.name()));
            tick.setId(DocumentIds.CHOOSE + row.kind().name());
            tick.setAccessibleText(messages.get("ui.documents.choose.accessible", row.name()));
            tick.selectedProperty().bindBidirectional(row.chosenProperty());
            setGraphic(tick);
        }
    }
}
