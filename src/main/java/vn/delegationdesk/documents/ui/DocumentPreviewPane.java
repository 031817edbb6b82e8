package vn.delegationdesk.documents.ui;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;

/**
 * The middle of "Văn bản": the commands on top, the page preview (as wide as the room to read it, or the whole page)
 * and, below, the name of the document shown and the paging. The preview is made again a moment after the last change
 * while the tab shows, and at once when it comes to show ({@link #setShowing}), not on every keystroke.
 */
final class DocumentPreviewPane {
    /** How long typing must pause before the preview is made again: a render takes a few tenths of a second. */
    static final Duration QUIET = Duration.millis(450);

    private final DocumentPreviewViewModel preview;
    private final DocumentCommandsViewModel commands;
    private final ReadOnlyBooleanProperty present;
    private final Messages messages;
    private final ImageView image = new ImageView();
    private final PauseTransition quiet = new PauseTransition(QUIET);
    private final Node node;
    private boolean showing;

    /** {@code present}: a delegation is open, so the commands have something to make and the preview something to show. */
    DocumentPreviewPane(DocumentPreviewViewModel preview, DocumentCommandsViewModel commands, ReadOnlyBooleanProperty present,
            Messages messages) {
        this.preview = preview;
        this.commands = commands;
        this.present = present;
        this.messages = messages;
        node = layout();
        wire();
    }

    Node node() {
        return node;
    }

    /** The tab shows ({@code true}) or was left: an outdated preview is made again when it shows. */
    void setShowing(boolean shown) {
        showing = shown;
        if (shown && preview.outdatedProperty().get()) {
            quiet.stop();
            preview.refresh();
        }
    }

    private Node layout() {
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
        // Which document the page is of: the list beside may show another one chosen while this one was made.
        Label shown = Nodes.label("", Styles.CARD_TITLE);
        shown.setId(DocumentIds.PREVIEW_TITLE);
        shown.textProperty().bind(preview.shownNameProperty());
        shown.setMinWidth(0);
        HBox paging = Nodes.hbox(Styles.BUTTON_ROW, shown, Nodes.hspacer(), previous, pageLabel, next, fitWidth);
        paging.setAlignment(Pos.CENTER_LEFT);

        Button savePdf = Buttons.action(DocumentIds.SAVE_PDF, messages.get("ui.documents.savePdf"),
                messages.get("ui.documents.savePdf.accessible"), commands::savePdf);
        savePdf.getStyleClass().add(Styles.PRIMARY_BUTTON);
        Button saveWord = Buttons.action(DocumentIds.SAVE_WORD, messages.get("ui.documents.saveWord"),
                messages.get("ui.documents.saveWord.accessible"), commands::saveWord);
        Button open = Buttons.action(DocumentIds.OPEN, messages.get("ui.documents.open"),
                messages.get("ui.documents.open.accessible"), commands::openExternally);
        Button print = Buttons.action(DocumentIds.PRINT, messages.get("ui.documents.print"),
                messages.get("ui.documents.print.accessible"), commands::print);
        for (Button b : new Button[] {savePdf, saveWord, open, print}) {
            b.disableProperty().bind(present.not());
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox commandRow = Nodes.hbox(Styles.BUTTON_ROW, savePdf, saveWord, open, print);

        image.setId(DocumentIds.PREVIEW_IMAGE);
        image.setAccessibleText(messages.get("ui.documents.preview.accessible"));
        image.getStyleClass().add(Styles.DOCUMENT_SHEET);
        image.setPreserveRatio(true);
        image.setSmooth(true);
        Label message = Nodes.wrapping("", Styles.MUTED);
        message.setId(DocumentIds.PREVIEW_MESSAGE);
        message.setMaxWidth(420);
        message.setAlignment(Pos.CENTER);
        message.textProperty().bind(Bindings.createStringBinding(() -> !present.get()
                ? messages.get("ui.documents.preview.empty") : preview.messageProperty().get(),
                present, preview.messageProperty()));
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        StackPane sheet = new StackPane(image, message);
        sheet.getStyleClass().add(Styles.DOCUMENT_DESK);
        ScrollPane scroll = new ScrollPane(sheet);
        scroll.setId(DocumentIds.PREVIEW);
        scroll.setMinWidth(0);
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
        column.setTop(commandRow);
        column.setBottom(paging);
        BorderPane.setMargin(commandRow, new Insets(0, 0, 8, 0));
        BorderPane.setMargin(paging, new Insets(6, 0, 0, 0));
        return column;
    }

    private void wire() {
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
        preview.choiceChangesProperty().addListener((o, old, count) -> {
            if (showing) {
                quiet.stop();
                preview.refresh();
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
}
