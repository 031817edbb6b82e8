package vn.delegationdesk.documents.ui;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.DateField;
import vn.delegationdesk.platform.ui.DateInput;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;

/**
 * "Văn bản": the documents on the left (ticks to save several, whose travel orders), the page preview in the middle
 * with its paging, and the settings of the documents on the right. Only lays out, binds and wires; the preview is
 * rendered again a moment after the last change, and at once when the tab shows ({@link #setShowing}).
 */
public final class DocumentsPage {
    /** How long typing must pause before the preview is made again: a render takes a few tenths of a second. */
    static final Duration QUIET = Duration.millis(450);
    private static final double CELL_HEIGHT = 28;

    private final DocumentsViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final ImageView image = new ImageView();
    private final PauseTransition quiet = new PauseTransition(QUIET);
    private boolean showing;

    public DocumentsPage(DocumentsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        layoutParts();
        wirePreview();
    }

    public Node node() {
        return root;
    }

    /** The tab shows ({@code true}) or was left: an outdated preview is made again when it shows. */
    public void setShowing(boolean shown) {
        showing = shown;
        if (shown && model.preview().outdatedProperty().get()) {
            quiet.stop();
            model.preview().refresh();
        }
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
        Label memberLabel = fieldLabel("ui.documents.member", member);

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

    // ---- preview ---------------------------------------------------------------------------------------

    private Node previewColumn() {
        DocumentPreviewViewModel preview = model.preview();
        Button previous = Buttons.action(DocumentIds.PREVIOUS_PAGE, messages.get("ui.documents.preview.previous"),
                messages.get("ui.documents.preview.previous.accessible"), preview::previousPage);
        Button next = Buttons.action(DocumentIds.NEXT_PAGE, messages.get("ui.documents.preview.next"),
                messages.get("ui.documents.preview.next.accessible"), preview::nextPage);
        previous.disableProperty().bind(preview.pageIndexProperty().lessThanOrEqualTo(0).or(preview.renderingProperty()));
        next.disableProperty().bind(preview.pageIndexProperty().greaterThanOrEqualTo(preview.pageCountProperty().subtract(1))
                .or(preview.renderingProperty()));
        Label pageLabel = Nodes.label("", Styles.TEXT);
        pageLabel.setId(DocumentIds.PAGE_LABEL);
        pageLabel.textProperty().bind(preview.pageLabelProperty());
        pageLabel.setMinWidth(Region.USE_PREF_SIZE);
        ToggleButton fitWidth = new ToggleButton(messages.get("ui.documents.preview.fitWidth"));
        fitWidth.setId(DocumentIds.FIT_WIDTH);
        fitWidth.setAccessibleText(messages.get("ui.documents.preview.fitWidth.accessible"));
        fitWidth.setMinWidth(Region.USE_PREF_SIZE);
        fitWidth.selectedProperty().bindBidirectional(preview.fitWidthProperty());
        HBox paging = Nodes.hbox(Styles.BUTTON_ROW, previous, pageLabel, next, fitWidth);
        paging.setAlignment(Pos.CENTER);

        Button savePdf = Buttons.action(DocumentIds.SAVE_PDF, messages.get("ui.documents.savePdf"),
                messages.get("ui.documents.savePdf.accessible"), model.commands()::savePdf);
        savePdf.getStyleClass().add(Styles.PRIMARY_BUTTON);
        Button saveWord = Buttons.action(DocumentIds.SAVE_WORD, messages.get("ui.documents.saveWord"),
                messages.get("ui.documents.saveWord.accessible"), model.commands()::saveWord);
        Button open = Buttons.action(DocumentIds.OPEN, messages.get("ui.documents.open"),
                messages.get("ui.documents.open.accessible"), model.commands()::openExternally);
        Button print = Buttons.action(DocumentIds.PRINT, messages.get("ui.documents.print"),
                messages.get("ui.documents.print.accessible"), model.commands()::print);
        for (Button b : new Button[] {savePdf, saveWord, open, print}) {
            b.disableProperty().bind(model.presentProperty().not());
        }
        HBox commands = Nodes.hbox(Styles.BUTTON_ROW, savePdf, saveWord, open, print);

        image.setId(DocumentIds.PREVIEW_IMAGE);
        image.setAccessibleText(messages.get("ui.documents.preview.accessible"));
        image.getStyleClass().add(Styles.DOCUMENT_SHEET);
        image.setPreserveRatio(true);
        image.setSmooth(true);
        Label message = Nodes.wrapping("", Styles.MUTED);
        message.setId(DocumentIds.PREVIEW_MESSAGE);
        message.setMaxWidth(420);
        message.setAlignment(Pos.CENTER);
        message.textProperty().bind(Bindings.createStringBinding(() -> !model.presentProperty().get()
                ? messages.get("ui.documents.preview.empty") : preview.messageProperty().get(),
                model.presentProperty(), preview.messageProperty()));
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        StackPane sheet = new StackPane(image, message);
        sheet.getStyleClass().add(Styles.DOCUMENT_DESK);
        ScrollPane scroll = new ScrollPane(sheet);
        scroll.setId(DocumentIds.PREVIEW);
        scroll.setFitToWidth(true);
        scroll.fitToHeightProperty().bind(fitWidth.selectedProperty().not());
        scroll.setPannable(true);
        // The whole page fits the room the preview has, or, to read it, its width does and the page scrolls;
        // the image keeps its proportions.
        image.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(120, scroll.getViewportBounds().getWidth() - 24),
                scroll.viewportBoundsProperty()));
        image.fitHeightProperty().bind(Bindings.createDoubleBinding(() -> fitWidth.isSelected() ? 0
                : Math.max(160, scroll.getViewportBounds().getHeight() - 24), scroll.viewportBoundsProperty(),
                fitWidth.selectedProperty()));
        fitWidth.selectedProperty().addListener((o, was, now) -> scroll.setVvalue(0));
        BorderPane column = new BorderPane(scroll);
        column.setTop(commands);
        column.setBottom(paging);
        BorderPane.setMargin(commands, new Insets(0, 0, 8, 0));
        BorderPane.setMargin(paging, new Insets(6, 0, 0, 0));
        return column;
    }

    private void wirePreview() {
        DocumentPreviewViewModel preview = model.preview();
        preview.pageProperty().addListener((o, old, page) -> image.setImage(page == null ? null : toImage(page)));
        if (preview.pageProperty().get() != null) {
            image.setImage(toImage(preview.pageProperty().get()));
        }
        quiet.setOnFinished(e -> {
            if (showing && preview.outdatedProperty().get()) {
                preview.refresh();
            }
        });
        preview.changesProperty().addListener((o, old, count) -> {
            if (showing) {
                quiet.playFromStart();
            }
        });
    }

    /** The page's pixels as a JavaFX image, without javafx-swing. */
    static WritableImage toImage(PreviewPage page) {
        WritableImage written = new WritableImage(page.width(), page.height());
        written.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(), page.argb(), 0,
                page.width());
        return written;
    }

    // ---- settings --------------------------------------------------------------------------------------

    private Node settingsColumn() {
        DocumentSettingsForm form = model.form();
        TextField spending = Forms.text(DocumentIds.SPENDING, messages.get("ui.documents.field.spending"),
                form.spendingProperty(), form.spendingErrorProperty());
        TextField first = Forms.text(DocumentIds.FIRST_ORDER_NUMBER, messages.get("ui.documents.field.firstOrder"),
                form.firstOrderNumberProperty(), form.firstOrderNumberErrorProperty());
        VBox fields = new VBox(10,
                pair(field("ui.documents.field.decisionNumber", number(DocumentIds.DECISION_NUMBER,
                        "ui.documents.field.decisionNumber", form.decisionNumberProperty())),
                        field("ui.documents.field.decisionDate", date(DocumentIds.DECISION_DATE,
                                "ui.documents.field.decisionDate", form.decisionDate()))),
                field("ui.documents.field.proposer",
                        text(DocumentIds.PROPOSER, "ui.documents.field.proposer", form.proposerProperty())),
                field("ui.documents.field.recipients", lines(DocumentIds.RECIPIENTS, "ui.documents.field.recipients",
                        form.recipientsProperty(), "ui.documents.field.recipients.hint")),
                pair(field("ui.documents.field.reportNumber", number(DocumentIds.REPORT_NUMBER,
                        "ui.documents.field.reportNumber", form.reportNumberProperty())),
                        field("ui.documents.field.reportDate", date(DocumentIds.REPORT_DATE, "ui.documents.field.reportDate",
                                form.reportDate()))),
                pair(field("ui.documents.field.spending", spending), field("ui.documents.field.firstOrder", first)),
                pair(field("ui.documents.field.budgetUnitCode", text(DocumentIds.BUDGET_UNIT_CODE,
                        "ui.documents.field.budgetUnitCode", form.budgetUnitCodeProperty())),
                        field("ui.documents.field.department", text(DocumentIds.DEPARTMENT, "ui.documents.field.department",
                                form.departmentProperty()))),
                field("ui.documents.field.contacts", lines(DocumentIds.CONTACTS, "ui.documents.field.contacts",
                        form.contactsProperty(), "ui.documents.field.contacts.hint")));
        fields.disableProperty().bind(model.readyProperty().not());

        Label info = Nodes.wrapping("", Styles.MUTED);
        info.setId(DocumentIds.OVERVIEW_INFO);
        info.textProperty().bind(model.overviewInfoProperty());
        VBox content = new VBox(10, Nodes.label(messages.get("ui.documents.settings.title"), Styles.SECTION_TITLE), info, fields);
        content.setPadding(new Insets(0, 12, 12, 12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(420);
        scroll.setMinWidth(320);
        return scroll;
    }

    /** A field with its label above it: the settings column is narrow and the labels are long. */
    private VBox field(String labelKey, Control control) {
        control.setMaxWidth(Double.MAX_VALUE);
        return Nodes.vbox(Styles.DOCUMENT_FIELD, fieldLabel(labelKey, control), control);
    }

    /** Two fields side by side, sharing the width (a number and its date). */
    private static HBox pair(VBox left, VBox right) {
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(0);
        right.setPrefWidth(0);
        HBox both = new HBox(10, left, right);
        both.setFillHeight(true);
        return both;
    }

    private TextField text(String id, String key, StringProperty value) {
        return Forms.text(id, messages.get(key), value);
    }

    /** A number of a document ("125/QĐ-SVHTT"), with the prompt saying how it is written. */
    private TextField number(String id, String key, StringProperty value) {
        TextField field = text(id, key, value);
        field.setPromptText(messages.get("ui.documents.number.prompt"));
        return field;
    }

    private TextField date(String id, String key, DateInput input) {
        TextField field = DateField.create(input, messages.get("ui.documents.date.prompt"));
        Forms.name(field, id, messages.get(key));
        return field;
    }

    /** One entry a line, with a hint (as prompt and tooltip) saying what goes there. */
    private TextArea lines(String id, String key, StringProperty value, String hintKey) {
        TextArea area = Forms.area(id, messages.get(key), value, 3);
        area.setPromptText(messages.get(hintKey));
        area.setTooltip(new Tooltip(messages.get(hintKey)));
        return area;
    }

    private Label fieldLabel(String key, Node field) {
        Label text = Nodes.label(messages.get(key), Styles.FIELD_LABEL);
        text.setLabelFor(field);
        text.setMinWidth(Region.USE_PREF_SIZE);
        return text;
    }

    // ---- layout ----------------------------------------------------------------------------------------

    private void layoutParts() {
        root.setId(DocumentIds.PAGE);
        root.getStyleClass().add(Styles.EDITOR);
        root.setAccessibleText(messages.get("ui.documents.accessible"));
        root.setLeft(documentsColumn());
        root.setCenter(previewColumn());
        root.setRight(settingsColumn());
    }
}
