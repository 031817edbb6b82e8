package vn.delegationdesk.reading.review.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.collections.MapChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Pages;
import vn.delegationdesk.platform.ui.Reveal;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.reading.review.DraftEntry;
import vn.delegationdesk.reading.review.DraftSection;
import vn.delegationdesk.reading.review.ui.ReadingReviewViewModel.PassageRow;

/**
 * The review of a read document over a {@link ReadingReviewViewModel}: the source on the left, each passage marked as
 * taken (green bar) or not understood (amber), the selected entry's passages strongly highlighted and scrolled to; on
 * the right the reader's gaps and the passages it could not place, then the draft by sections, every entry editable and
 * the flagged ones marked; at the bottom the counts, "Tạo kế hoạch" / "Tạo đoàn" and "Hủy". Only lays out, binds and
 * wires.
 */
public final class ReadingReviewView extends BorderPane {
    static final String TAKEN = "dd-review-taken";
    static final String NOT_UNDERSTOOD = "dd-review-unplaced";
    static final String HIGHLIGHT = "dd-review-highlight";
    static final String FLAGGED = "dd-review-flagged";
    /** The gaps' list shows about six sentences, then scrolls: the draft's fields stay in view below it. */
    private static final double GAPS_HEIGHT = 130;
    private static final double GAP_LINE = 22;
    /** Characters a line of a text area holds at the window's width, to size it to what the reader found. */
    private static final int CHARS_PER_ROW = 95;
    private static final int MAX_ROWS = 6;
    private final ReadingReviewViewModel model;
    private final Messages messages;
    private final ListView<PassageRow> source = new ListView<>();
    private final Map<String, Node> entryNodes = new LinkedHashMap<>();
    private final Map<String, TitledPane> sectionOf = new LinkedHashMap<>();
    private Runnable onClose = () -> { };

    public ReadingReviewView(ReadingReviewViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().addAll(Styles.ROOT, "dd-review");
        Label heading = Nodes.label(messages.get("reading.review.heading", model.sourceName()), Styles.DETAIL_TITLE);
        Label counts = Nodes.label(model.counts(), Styles.MUTED);
        counts.setId(ReviewIds.COUNTS);
        setTop(Nodes.vbox(Styles.DETAIL_HEADER, heading, counts));
        SplitPane split = new SplitPane(sourcePane(), draftPane());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.42);
        setCenter(split);
        setBottom(bottomBar());
        model.highlightedProperty().addListener((observable, old, now) -> showHighlighted(now));
        model.selectedEntryProperty().addListener((observable, old, now) -> reveal(now));
    }

    /**
     * Opens the review in a window of its own over {@code owner}; "Hủy" and the window's close button close it when
     * {@code mayClose} agrees (asked so that typed corrections are not lost unnoticed); the caller closes it once created.
     */
    public static Stage open(Window owner, ReadingReviewViewModel model, Messages messages, BooleanSupplier mayClose) {
        ReadingReviewView view = new ReadingReviewView(model, messages);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(messages.get("reading.review.heading", model.sourceName()));
        Scene scene = new Scene(view, 1340, 720);
        Theme.apply(scene);
        stage.setScene(scene);
        view.getStyleClass().add(ReviewIds.WINDOW);
        view.setId(ReviewIds.WINDOW);
        view.onClose = () -> {
            if (mayClose.getAsBoolean()) {
                stage.close();
            }
        };
        stage.setOnCloseRequest(event -> {
            if (!mayClose.getAsBoolean()) {
                event.consume();
            }
        });
        stage.show();
        return stage;
    }

    /** What "Hủy" does (closes the window when opened by {@link #open}). */
    public void setOnClose(Runnable action) {
        onClose = action;
    }

    private Node sourcePane() {
        source.setId(ReviewIds.SOURCE);
        source.setAccessibleText(messages.get("reading.review.source"));
        source.setItems(model.passages());
        source.setCellFactory(list -> new PassageCell());
        source.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (row != null) {
                model.selectPassage(row.index());
            }
        });
        VBox.setVgrow(source, Priority.ALWAYS);
        Label legend = Nodes.wrapping(messages.get("reading.review.legend"), Styles.MUTED);
        Label fed = Nodes.wrapping("", Styles.TEXT);
        fed.setId(ReviewIds.PASSAGE_FED);
        source.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> fed.setText(row == null ? ""
                : model.entriesOfPassage().isEmpty() ? messages.get("reading.review.passageFedNothing", row.index() + 1)
                : messages.get("reading.review.passageFed", row.index() + 1,
                        String.join("; ", model.entriesOfPassage().stream().map(DraftEntry::label).toList()))));
        Forms.showWhen(fed, fed.textProperty().isNotEmpty());
        fed.managedProperty().bind(fed.visibleProperty());
        return new VBox(6, Nodes.label(messages.get("reading.review.source"), Styles.SECTION_TITLE), legend, source, fed);
    }

    private Node draftPane() {
        VBox content = new VBox(8);
        List<String> gaps = model.gaps();
        if (!gaps.isEmpty()) {
            VBox lines = new VBox(4, Pages.lines(gaps, Styles.TEXT).toArray(Node[]::new));
            lines.getStyleClass().add("dd-review-gap-lines");
            ScrollPane scroll = new ScrollPane(lines);
            scroll.setFitToWidth(true);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            scroll.setMaxHeight(GAPS_HEIGHT);
            scroll.setPrefViewportHeight(Math.min(GAPS_HEIGHT, gaps.size() * GAP_LINE));
            TitledPane pane = new TitledPane(messages.get("reading.review.gaps", gaps.size()), scroll);
            pane.setId(ReviewIds.GAPS);
            pane.getStyleClass().add(FLAGGED);
            content.getChildren().add(pane);
        }
        List<String> unplaced = model.unplaced();
        TitledPane notUnderstood = new TitledPane(messages.get("reading.review.unplaced", unplaced.size()),
                unplaced.isEmpty() ? Nodes.label(messages.get("reading.review.unplaced.none"), Styles.MUTED)
                        : new VBox(4, Pages.lines(unplaced, Styles.TEXT).toArray(Node[]::new)));
        notUnderstood.setId(ReviewIds.UNPLACED);
        notUnderstood.setExpanded(false);
        content.getChildren().add(notUnderstood);
        VBox problems = new VBox(4);
        problems.setId(ReviewIds.PROBLEMS);
        Pages.render(model.problems(), problems, lines -> Pages.lines(lines, Styles.FORM_ERROR));
        content.getChildren().add(problems);
        for (DraftSection section : model.form().sections()) {
            VBox fields = new VBox(8);
            for (DraftEntry entry : section.entries()) {
                Node node = entryNode(entry);
                entryNodes.put(entry.key(), node);
                fields.getChildren().add(node);
            }
            TitledPane pane = new TitledPane(section.title(), fields);
            section.entries().forEach(e -> sectionOf.put(e.key(), pane));
            content.getChildren().add(pane);
        }
        return Pages.scrolling(content);
    }

    private Node entryNode(DraftEntry entry) {
        TextInputControl field = entry.multiline()
                ? Forms.area(ReviewIds.entry(entry.key()), entry.label(), model.text(entry.key()), rows(entry.value()))
                : Forms.text(ReviewIds.entry(entry.key()), entry.label(), model.text(entry.key()));
        field.focusedProperty().addListener((observable, was, focused) -> {
            if (focused) {
                model.selectedEntryProperty().set(entry);
            }
        });
        VBox box = new VBox(2, Nodes.wrapping(entry.label(), Styles.FIELD_LABEL), field);
        box.getStyleClass().add("dd-review-entry");
        if (entry.flagged()) {
            box.getStyleClass().add(FLAGGED);
            box.getChildren().addAll(Pages.lines(entry.problems(), Styles.FIELD_REASON));
        }
        Label error = Nodes.wrapping("", Styles.FORM_ERROR);
        Forms.showWhen(error, error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        model.entryErrors().addListener((MapChangeListener<String, String>) change -> {
            if (change.getKey().equals(entry.key())) {
                String message = model.entryErrors().get(entry.key());
                error.setText(message == null ? "" : message);
                if (message == null) {
                    field.getStyleClass().remove(Styles.INVALID);
                } else if (!field.getStyleClass().contains(Styles.INVALID)) {
                    field.getStyleClass().add(Styles.INVALID);
                }
            }
        });
        box.getChildren().add(error);
        return box;
    }

    private static int rows(String value) {
        int rows = 0;
        for (String line : value.split("\\R", -1)) {
            rows += 1 + line.length() / CHARS_PER_ROW;
        }
        return Math.max(2, Math.min(MAX_ROWS, rows));
    }

    private Node bottomBar() {
        Label status = Nodes.wrapping("", Styles.MUTED);
        status.setId(ReviewIds.STATUS);
        status.textProperty().bind(model.statusProperty());
        Button create = Buttons.action(ReviewIds.CREATE, model.createText(), model.createText(), model::create);
        create.getStyleClass().add(Styles.PRIMARY_BUTTON);
        create.setDefaultButton(false);
        create.disableProperty().bind(model.busyProperty());
        Button cancel = Buttons.action(ReviewIds.CANCEL, messages.get("ui.dialog.cancel"), messages.get("ui.dialog.cancel"),
                () -> onClose.run());
        cancel.setCancelButton(true);
        Label unplaced = Nodes.label(messages.get("reading.review.unplaced.count", model.form().unplaced().size()), Styles.MUTED);
        return Nodes.hbox(Styles.BUTTON_ROW, unplaced, status, Nodes.hspacer(), create, cancel);
    }

    /** Marks the highlighted passages and scrolls to the first. */
    private void showHighlighted(Set<Integer> passages) {
        source.refresh();
        passages.stream().min(Integer::compare).ifPresent(first -> {
            if (first >= 0 && first < model.passages().size()) {
                source.scrollTo(Math.max(0, first - 2));
            }
        });
    }

    /** Shows the field of {@code entry} unless the user is in it already. */
    private void reveal(DraftEntry entry) {
        if (entry == null || !entryNodes.containsKey(entry.key())) {
            return;
        }
        Node node = entryNodes.get(entry.key());
        if (node.lookup("#" + ReviewIds.entry(entry.key())).isFocused()) {
            return;
        }
        sectionOf.get(entry.key()).setExpanded(true);
        Reveal.inViewLater(node);
    }

    /** A passage wrapped to the list's width, its number first, marked by its state and the highlight. */
    private final class PassageCell extends ListCell<PassageRow> {
        PassageCell() {
            setPrefWidth(0);
            setWrapText(true);
        }

        @Override
        protected void updateItem(PassageRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll(TAKEN, NOT_UNDERSTOOD, HIGHLIGHT);
            if (empty || row == null) {
                setText(null);
                setAccessibleText(null);
                return;
            }
            setText((row.index() + 1) + ".  " + row.text());
            setAccessibleText(row.text());
            switch (row.state()) {
                case TAKEN -> getStyleClass().add(TAKEN);
                case NOT_UNDERSTOOD -> getStyleClass().add(NOT_UNDERSTOOD);
                default -> { }
            }
            if (model.highlightedProperty().get().contains(row.index())) {
                getStyleClass().add(HIGHLIGHT);
            }
        }
    }
}
