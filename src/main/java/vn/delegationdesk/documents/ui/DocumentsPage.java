package vn.delegationdesk.documents.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;

/**
 * "Văn bản": the documents on the left (a click on a name shows it, its tick chooses it for saving several; whose
 * travel orders), the commands and the page preview with its paging in the middle ({@link DocumentPreviewPane}), and
 * the settings of the documents on the right ({@link DocumentSettingsPane}). The two sides keep their width and the
 * preview takes the rest, so that the page is read at its width; the dividers can be dragged. Only lays out, binds and
 * wires; the preview is rendered again a moment after the last change, and at once when the tab shows
 * ({@link #setShowing}).
 */
public final class DocumentsPage {
    private static final double CELL_HEIGHT = 28;
    /** The documents' column: most names on one line, the two longest on two. */
    private static final double LIST_WIDTH = 280;
    /** The settings' column: a number and its date side by side, their labels whole. */
    private static final double SETTINGS_WIDTH = DocumentSettingsPane.WIDTH;

    private final DocumentsViewModel model;
    private final Messages messages;
    private final SplitPane root = new SplitPane();
    private final DocumentPreviewPane preview;

    public DocumentsPage(DocumentsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.setId(DocumentIds.PAGE);
        root.getStyleClass().add(Styles.EDITOR);
        root.setAccessibleText(messages.get("ui.documents.accessible"));
        root.getStyleClass().add(Styles.DOCUMENTS_SPLIT);
        preview = new DocumentPreviewPane(model.preview(), model.commands(), model.presentProperty(), messages);
        Node documents = documentsColumn();
        Node settings = new DocumentSettingsPane(model.form(), model.readyProperty(), model.overviewInfoProperty(),
                model.approvalWarningProperty(), messages).node();
        root.getItems().setAll(documents, preview.node(), settings);
        // A wider window widens the preview only.
        SplitPane.setResizableWithParent(documents, false);
        SplitPane.setResizableWithParent(settings, false);
        placeDividers();
    }

    public Node node() {
        return root;
    }

    /** The tab shows ({@code true}) or was left: an outdated preview is made again when it shows. */
    public void setShowing(boolean shown) {
        preview.setShowing(shown);
    }

    /** The first time the page has a width: the documents and the settings take their widths, the preview the rest. */
    private void placeDividers() {
        root.widthProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> observable, Number old, Number width) {
                double total = width.doubleValue();
                if (total <= 0) {
                    return;
                }
                root.widthProperty().removeListener(this);
                double list = Math.min(LIST_WIDTH, total / 4);
                double settings = Math.min(SETTINGS_WIDTH, total / 3);
                root.setDividerPositions(list / total, (total - settings) / total);
            }
        });
    }

    // ---- the documents ---------------------------------------------------------------------------------

    private Node documentsColumn() {
        DocumentChoices choices = model.choices();
        ListView<DocumentRow> list = new ListView<>(choices.rows());
        list.setId(DocumentIds.LIST);
        list.setAccessibleText(messages.get("ui.documents.list.accessible"));
        // Every document in sight, a long name on two lines.
        list.setMinHeight(choices.rows().size() * CELL_HEIGHT + 6);
        list.setPrefHeight(choices.rows().size() * CELL_HEIGHT + 2 * CELL_HEIGHT);
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
        column.setPadding(new Insets(0, 8, 0, 0));
        column.setPrefWidth(LIST_WIDTH);
        column.setMinWidth(200);
        return column;
    }

    /**
     * A document with its tick: the tick alone chooses it for saving; a click on its name (anywhere else on the row)
     * selects the row, and the selected row is the document previewed.
     */
    private final class DocumentCell extends ListCell<DocumentRow> {
        private final CheckBox tick = new CheckBox();
        private DocumentRow bound;

        DocumentCell() {
            // A cell as wide as the list, never wider: a long name wraps, so the list needs no horizontal scroll bar
            // that would hide its last row. The tick is the cell's graphic; the name is the cell's own text.
            setPrefWidth(0);
            setWrapText(true);
            getStyleClass().add(Styles.DOCUMENT_ROW);
            setContentDisplay(ContentDisplay.LEFT);
            tick.setMinWidth(Region.USE_PREF_SIZE);
            // The tick keeps its click to itself: once its own behaviour (installed with its skin) has taken a press, the
            // press goes no further, so the row is not selected and the preview stays on the document shown.
            tick.skinProperty().addListener((observable, old, skin) -> {
                if (old == null && skin != null) {
                    tick.addEventHandler(MouseEvent.MOUSE_PRESSED, MouseEvent::consume);
                    tick.addEventHandler(MouseEvent.MOUSE_RELEASED, MouseEvent::consume);
                }
            });
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
                setId(null);
                setAccessibleText(null);
                return;
            }
            bound = row;
            setText(row.name());
            setId(DocumentIds.NAME + row.kind().name());
            tick.setId(DocumentIds.CHOOSE + row.kind().name());
            tick.setAccessibleText(messages.get("ui.documents.choose.accessible", row.name()));
            tick.selectedProperty().bindBidirectional(row.chosenProperty());
            setAccessibleText(row.name());
            setGraphic(tick);
        }
    }
}
