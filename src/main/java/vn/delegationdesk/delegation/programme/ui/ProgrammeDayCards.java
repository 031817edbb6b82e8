package vn.delegationdesk.delegation.programme.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.delegationdesk.delegation.programme.ActivityRef;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Pages;
import vn.delegationdesk.platform.ui.Reveal;
import vn.delegationdesk.platform.ui.Styles;

/**
 * The calendar half of "Chương trình": one card per date ("Thứ Ba, 14/10/2025", its leg or a warning), its sessions
 * as lanes of selectable activity rows, and a button per session to add to it. Rebuilt whenever the calendar
 * changes; the selected activity is marked, and keeps the focus across a rebuild. Only builds and wires.
 */
final class ProgrammeDayCards {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final ProgrammeEditorViewModel model;
    private final Messages messages;
    private final Runnable onAdded;
    private final VBox dayCards = new VBox();
    private final ScrollPane scroll = new ScrollPane(dayCards);
    private final Map<ActivityRef, Node> rows = new HashMap<>();

    /** {@code onAdded} runs after an activity was added through a session's button (the page focuses its form). */
    ProgrammeDayCards(ProgrammeEditorViewModel model, Messages messages, Runnable onAdded) {
        this.model = model;
        this.messages = messages;
        this.onAdded = onAdded;
        dayCards.setId(ProgrammeIds.DAYS);
        dayCards.setAccessibleText(messages.get("ui.programme.editor.days.accessible"));
        dayCards.getStyleClass().add(Styles.PAGE_CONTENT);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // Always there, so the cards keep their width (and the "+ Buổi" buttons their place) whatever the days hold.
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        scroll.setMinWidth(0);
        scroll.getStyleClass().add(Styles.PAGE);
        model.days().addListener((ListChangeListener<ProgrammeItems.Day>) change -> rebuildDays());
        model.selectedProperty().addListener((o, old, ref) -> markSelection());
        rebuildDays();
    }

    Node node() {
        return scroll;
    }

    /** Brings the selected activity's row into view, once the calendar is laid out (an addition rebuilds it). */
    void revealSelected() {
        ActivityRef selected = model.selectedProperty().get();
        Node row = selected == null ? null : rows.get(selected);
        if (row != null) {
            Reveal.inViewLater(row);
        }
    }

    private void rebuildDays() {
        boolean rowFocused = rows.values().stream().anyMatch(Node::isFocused);
        rows.clear();
        List<ProgrammeItems.Day> days = List.copyOf(model.days());
        if (days.isEmpty()) {
            dayCards.getChildren().setAll(Pages.muted(messages.get("ui.programme.editor.empty")));
            return;
        }
        dayCards.getChildren().setAll(days.stream().map(this::dayCard).toList());
        markSelection();
        Node selected = model.selectedProperty().get() == null ? null : rows.get(model.selectedProperty().get());
        if (rowFocused && selected != null) {
            selected.requestFocus();
        }
    }

    private Node dayCard(ProgrammeItems.Day day) {
        HBox header = Nodes.hbox(Styles.CARD_ROWS, Nodes.label(day.header(), Styles.CARD_TITLE));
        header.setAlignment(Pos.CENTER_LEFT);
        if (day.outsideLegs()) {
            header.getChildren().add(Nodes.chip(day.warning(), Styles.CHIP_WARNING));
        } else if (!day.place().isEmpty()) {
            header.getChildren().add(Nodes.chip(day.place(), Styles.CHIP_NEUTRAL));
        }
        header.getChildren().add(Nodes.hspacer());
        for (ProgrammeItems.Session session : day.sessions()) {
            Button addTo = new Button(messages.get("ui.programme.editor.addTo", session.label()));
            addTo.setId(ProgrammeIds.addTo(session.slot()));
            addTo.getStyleClass().add(Styles.SMALL_BUTTON);
            addTo.setAccessibleText(session.addText());
            addTo.setTooltip(new Tooltip(session.addText()));
            addTo.setMinWidth(Region.USE_PREF_SIZE);
            addTo.disableProperty().bind(model.canEditProperty().not());
            addTo.setOnAction(e -> {
                model.add(session.slot().date(), session.slot().halfDay());
                onAdded.run();
            });
            header.getChildren().add(addTo);
        }
        VBox card = Nodes.vbox(Styles.CARD, header);
        card.setId(ProgrammeIds.day(day.date()));
        card.getStyleClass().add(Styles.PROGRAMME_DAY);
        if (day.outsideLegs()) {
            card.getStyleClass().add(Styles.PROGRAMME_DAY_OUTSIDE);
        }
        if (day.isEmpty()) {
            card.getChildren().add(Pages.muted(messages.get("ui.programme.editor.dayEmpty")));
            return card;
        }
        GridPane lanes = new GridPane();
        lanes.getStyleClass().add(Styles.PROGRAMME_LANES);
        ColumnConstraints labelColumn = new ColumnConstraints();
        labelColumn.setMinWidth(86);
        labelColumn.setPrefWidth(86);
        ColumnConstraints rowsColumn = new ColumnConstraints();
        rowsColumn.setHgrow(Priority.ALWAYS);
        rowsColumn.setFillWidth(true);
        rowsColumn.setMinWidth(200);
        lanes.getColumnConstraints().setAll(labelColumn, rowsColumn);
        int index = 0;
        for (ProgrammeItems.Session session : day.sessions()) {
            if (session.rows().isEmpty()) {
                continue;
            }
            Label label = Nodes.label(session.label(), Styles.PROGRAMME_LANE_LABEL);
            VBox lane = new VBox(session.rows().stream().map(this::activityRow).toArray(Node[]::new));
            lane.getStyleClass().add(Styles.LIST_ROWS);
            Pages.addTopRow(lanes, index++, label, lane);
        }
        card.getChildren().add(lanes);
        return card;
    }

    private Node activityRow(ProgrammeItems.Row row) {
        Label kindChip = Nodes.chip(row.kind(), row.conference() ? Styles.CHIP_SUCCESS : Styles.CHIP_ACCENT);
        VBox text = new VBox(Pages.text(row.description()));
        text.getStyleClass().add(Styles.LIST_ROWS);
        if (!row.details().isEmpty()) {
            text.getChildren().add(Pages.muted(String.join(" · ", row.details())));
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = Nodes.hbox(Styles.PROGRAMME_ROW, kindChip, text);
        box.getStyleClass().add(ProgrammeIds.ACTIVITY_ROW);
        if (row.flagged()) {
            Label warning = Nodes.chip(messages.get("ui.programme.editor.outsideLegs"), Styles.CHIP_WARNING);
            Tooltip.install(warning, new Tooltip(row.flagText()));
            box.getChildren().add(warning);
            box.getStyleClass().add(Styles.PROGRAMME_ROW_FLAGGED);
            Tooltip tip = new Tooltip(row.flagText());
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            Tooltip.install(box, tip);
        }
        box.setId(ProgrammeIds.activityRow(row.ref()));
        box.setFocusTraversable(true);
        box.setAccessibleRole(AccessibleRole.LIST_ITEM);
        box.setAccessibleText(row.accessibleText());
        box.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            model.select(row.ref());
            box.requestFocus();
        });
        box.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isAltDown() && (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER)) {
                model.select(row.ref());
                e.consume();
            }
        });
        box.focusedProperty().addListener((o, was, focused) -> {
            if (focused && !row.ref().equals(model.selectedProperty().get())) {
                model.select(row.ref());
            }
        });
        rows.put(row.ref(), box);
        return box;
    }

    private void markSelection() {
        ActivityRef selected = model.selectedProperty().get();
        rows.forEach((ref, node) -> node.pseudoClassStateChanged(SELECTED, ref.equals(selected)));
    }
}
