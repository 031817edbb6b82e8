package vn.delegationdesk.conferencedesk.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.HallKind;
import vn.delegationdesk.conferencedesk.HallLayout;
import vn.delegationdesk.conferencedesk.Seat;
import vn.delegationdesk.conferencedesk.SeatingPlan;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Pages;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.Theme;

/**
 * The seating window of a {@link SeatingViewModel}: the hall's sizes and the buttons on top; the head table ("Bàn chủ
 * tọa") as a row of seat boxes above the hall's grid of seat boxes (short name, the full one in the tooltip); the
 * delegates without a seat on the side with "Chuyển đến ghế…". A delegate dragged (from a seat or from the list) onto a
 * seat moves there, swapping with its occupant; a seat dragged onto the list is unseated. The drag is JavaFX's
 * press-drag-release gesture inside the window. Seat boxes are made once per hall: a move updates only the boxes whose
 * occupant changed.
 */
public final class SeatingPage {
    /** The window's size: it fits a 1366×768 screen with the taskbar. */
    public static final double WIDTH = 1340;
    public static final double HEIGHT = 690;
    private static final String STYLESHEET = "/vn/delegationdesk/conferencedesk/ui/seating.css";
    private static final String SEAT = "dd-seat";
    private static final String SEAT_EMPTY = "dd-seat-empty";
    private static final String SEAT_HEAD = "dd-seat-head";
    private static final String SEAT_SELECTED = "dd-seat-selected";
    private static final String SEAT_DROP = "dd-seat-drop";
    private static final String LIST_DROP = "dd-seating-drop-list";
    private static final double BOX_WIDTH = 50;
    private static final double BOX_HEIGHT = 34;
    private static final double HEAD_BOX_WIDTH = 104;
    private static final double HEAD_BOX_HEIGHT = 46;
    private static final double GAP = 2;
    private static final double ROW_LABEL_WIDTH = 44;
    private static final double HEADER_HEIGHT = 14;

    private final SeatingViewModel model;
    private final Messages messages;
    private final Map<Seat, SeatBox> boxes = new HashMap<>();
    private final HBox headTable = new HBox(4);
    private final Pane hall = new Pane();
    private HallLayout built;
    private Seat highlighted;
    private String dragging;
    private int rebuilds;

    public SeatingPage(SeatingViewModel model, Messages messages) {
        this.model = Objects.requireNonNull(model, "model");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** Opens the plan in a window of its own over {@code owner}; closing with unsaved changes asks first. */
    public static Stage showWindow(Window owner, SeatingViewModel model, Messages messages) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(model.windowTitle());
        Scene scene = scene(model, messages);
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> {
            if (!model.mayClose()) {
                event.consume();
            }
        });
        stage.show();
        return stage;
    }

    /** The window's scene, themed, at {@link #WIDTH} × {@link #HEIGHT}. */
    public static Scene scene(SeatingViewModel model, Messages messages) {
        Scene scene = new Scene((BorderPane) new SeatingPage(model, messages).node(), WIDTH, HEIGHT);
        Theme.apply(scene);
        scene.getStylesheets().add(Objects.requireNonNull(SeatingPage.class.getResource(STYLESHEET)).toExternalForm());
        return scene;
    }

    /** How many times the seat boxes were made: once per hall layout, not once per move. */
    int rebuilds() {
        return rebuilds;
    }

    public Node node() {
        BorderPane root = new BorderPane();
        root.setId(SeatingIds.WINDOW);
        root.getStyleClass().add(Styles.ROOT);
        root.setPadding(new Insets(8));
        root.setTop(top());
        root.setCenter(plan());
        root.setRight(side());
        root.setBottom(bottom());
        model.planProperty().addListener((o, old, next) -> showPlan(old, next));
        model.selectedProperty().addListener((o, old, id) -> highlight());
        showPlan(null, model.plan());
        return root;
    }

    private Node top() {
        ComboBox<HallKind> kind = new ComboBox<>(FXCollections.observableArrayList(HallKind.values()));
        kind.setId(SeatingIds.KIND);
        kind.setConverter(converter(k -> messages.get(k == HallKind.TABLES ? "ui.seating.kind.tables" : "ui.seating.kind.theatre")));
        kind.valueProperty().bindBidirectional(model.hallKindProperty());
        TextField head = size(SeatingIds.HEAD_SEATS, model.headSeatsProperty().get());
        head.textProperty().bindBidirectional(model.headSeatsProperty());
        TextField rows = size(SeatingIds.ROWS, model.hallRowsProperty().get());
        rows.textProperty().bindBidirectional(model.hallRowsProperty());
        TextField perRow = size(SeatingIds.SEATS_PER_ROW, model.seatsPerRowProperty().get());
        perRow.textProperty().bindBidirectional(model.seatsPerRowProperty());
        Label rowsLabel = new Label();
        Label perRowLabel = new Label();
        Runnable names = () -> {
            boolean tables = model.hallKindProperty().get() == HallKind.TABLES;
            rowsLabel.setText(messages.get(tables ? "ui.seating.field.tables" : "ui.seating.field.rows"));
            perRowLabel.setText(messages.get(tables ? "ui.seating.field.seatsPerTable" : "ui.seating.field.seatsPerRow"));
        };
        model.hallKindProperty().addListener((o, old, k) -> names.run());
        names.run();
        Button arrange = button(SeatingIds.ARRANGE, "ui.seating.arrange", model::arrange);
        arrange.getStyleClass().add(Styles.PRIMARY_BUTTON);
        Button save = button(SeatingIds.SAVE, "ui.seating.save", model::save);
        Button print = button(SeatingIds.PRINT, "ui.seating.print", model::print);
        HBox sizes = new HBox(6, new Label(messages.get("ui.seating.field.kind")), kind,
                new Label(messages.get("ui.seating.field.headSeats")), head, rowsLabel, rows, perRowLabel, perRow,
                Nodes.hspacer(), arrange, save, print);
        sizes.setAlignment(Pos.CENTER_LEFT);
        sizes.disableProperty().bind(model.busyProperty());
        Label hint = Nodes.label(messages.get("ui.seating.layoutHint"), Styles.MUTED);
        Label counts = Nodes.label("", Styles.TEXT);
        counts.setId(SeatingIds.COUNTS);
        counts.textProperty().bind(model.countsProperty());
        Label unsaved = Nodes.label(messages.get("ui.seating.unsaved"), Styles.ACCENT_TEXT);
        unsaved.visibleProperty().bind(model.dirtyProperty());
        HBox status = new HBox(16, counts, unsaved, Nodes.hspacer(), hint);
        VBox top = new VBox(6, sizes, status);
        top.setPadding(new Insets(0, 0, 8, 0));
        return top;
    }

    private Node plan() {
        Label headTitle = Nodes.label(messages.get("ui.seating.headTable"), Styles.SECTION_TITLE);
        headTable.setId(SeatingIds.HEAD_TABLE);
        headTable.setAlignment(Pos.CENTER);
        Label hallTitle = Nodes.label(messages.get("ui.seating.hall"), Styles.MUTED);
        hall.setId(SeatingIds.HALL);
        VBox content = new VBox(6, headTitle, headTable, new Separator(), hallTitle, hall);
        content.setAlignment(Pos.TOP_CENTER);
        content.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node side() {
        Label title = Nodes.label("", Styles.SECTION_TITLE);
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("ui.seating.unseatedTitle", model.unseated().size()), model.unseated()));
        ListView<Delegate> list = new ListView<>(model.unseated());
        list.setId(SeatingIds.UNSEATED);
        list.setCellFactory(view -> new UnseatedCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, old, d) -> {
            if (d != null) {
                model.select(d.id());
            }
        });
        list.setOnMouseDragEntered(e -> list.getStyleClass().add(LIST_DROP));
        list.setOnMouseDragExited(e -> list.getStyleClass().remove(LIST_DROP));
        list.setOnMouseDragReleased(e -> {
            list.getStyleClass().remove(LIST_DROP);
            if (dragging != null) {
                model.unseat(dragging);
                dragging = null;
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label hint = Nodes.wrapping(messages.get("ui.seating.unseatedHint"), Styles.MUTED);
        Label selected = Nodes.wrapping("", Styles.TEXT);
        selected.setId(SeatingIds.SELECTED);
        selected.textProperty().bind(model.selectedTextProperty());
        ComboBox<Seat> target = new ComboBox<>(model.seats());
        target.setId(SeatingIds.TARGET);
        target.setPromptText(messages.get("ui.seating.moveTo"));
        target.setMaxWidth(Double.MAX_VALUE);
        target.setConverter(converter(model::seatChoice));
        target.valueProperty().bindBidirectional(model.targetProperty());
        target.setOnShowing(e -> target.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Seat seat, boolean empty) {
                super.updateItem(seat, empty);
                setText(empty || seat == null ? null : model.seatChoice(seat));
            }
        }));
        Button move = button(SeatingIds.MOVE, "ui.seating.move", model::moveSelected);
        Button unseat = button(SeatingIds.UNSEAT, "ui.seating.unseat", model::unseatSelected);
        VBox side = new VBox(6, title, list, hint, new Separator(), selected, Nodes.label(messages.get("ui.seating.moveTo"),
                Styles.MUTED), target, new HBox(6, move, unseat));
        side.setPrefWidth(215);
        side.setMaxWidth(215);
        side.setPadding(new Insets(0, 0, 0, 8));
        return side;
    }

    private Node bottom() {
        VBox warnings = new VBox(2);
        warnings.setId(SeatingIds.WARNINGS);
        Pages.render(model.warnings(), warnings, lines -> Pages.lines(lines, Styles.ACCENT_TEXT));
        VBox problems = new VBox(2);
        problems.setId(SeatingIds.PROBLEMS);
        Pages.render(model.problems(), problems, lines -> Pages.lines(lines, Styles.FORM_ERROR));
        Label notice = Nodes.wrapping("", Styles.TEXT);
        notice.setId(SeatingIds.NOTICE);
        notice.textProperty().bind(model.noticeProperty());
        VBox bottom = new VBox(4, warnings, problems, notice);
        bottom.setPadding(new Insets(6, 0, 0, 0));
        return bottom;
    }

    /** Makes the boxes for a new hall; for the same hall updates only the seats whose occupant changed. */
    private void showPlan(SeatingPlan old, SeatingPlan next) {
        if (next == null) {
            return;
        }
        if (!next.layout().equals(built)) {
            build(next.layout());
            boxes.forEach((seat, box) -> box.show(next));
        } else if (old != null) {
            for (Seat seat : old.occupants().keySet()) {
                if (!Objects.equals(old.occupants().get(seat), next.occupants().get(seat))) {
                    boxes.get(seat).show(next);
                }
            }
            for (Seat seat : next.occupants().keySet()) {
                if (!old.occupants().containsKey(seat)) {
                    boxes.get(seat).show(next);
                }
            }
        }
        highlight();
    }

    private void build(HallLayout layout) {
        rebuilds++;
        built = layout;
        boxes.clear();
        highlighted = null;
        headTable.getChildren().clear();
        for (Seat seat : layout.headTable()) {
            SeatBox box = new SeatBox(seat);
            boxes.put(seat, box);
            headTable.getChildren().add(box);
        }
        hall.getChildren().clear();
        String rowKey = layout.kind() == HallKind.TABLES ? "ui.seating.tableLabel" : "ui.seating.rowLabel";
        // Boxes of fixed size at fixed places, unmanaged: a name changed in one box lays out that box alone.
        for (int n = 1; n <= layout.seatsPerRow(); n++) {
            Label number = Nodes.label(Integer.toString(n), "dd-seat-number");
            number.setAlignment(Pos.CENTER);
            number.setPrefWidth(BOX_WIDTH);
            number.relocate(ROW_LABEL_WIDTH + (n - 1) * (BOX_WIDTH + GAP), 0);
            hall.getChildren().add(number);
        }
        for (int row = 1; row <= layout.rows(); row++) {
            double y = HEADER_HEIGHT + (row - 1) * (BOX_HEIGHT + GAP);
            Label label = Nodes.label(messages.get(rowKey, row), "dd-seat-row-label");
            label.setPrefHeight(BOX_HEIGHT);
            label.relocate(0, y);
            hall.getChildren().add(label);
            for (Seat seat : layout.row(row)) {
                SeatBox box = new SeatBox(seat);
                boxes.put(seat, box);
                box.setManaged(false);
                box.resizeRelocate(ROW_LABEL_WIDTH + (seat.number() - 1) * (BOX_WIDTH + GAP), y, BOX_WIDTH, BOX_HEIGHT);
                hall.getChildren().add(box);
            }
        }
        double width = ROW_LABEL_WIDTH + layout.seatsPerRow() * (BOX_WIDTH + GAP);
        double height = HEADER_HEIGHT + layout.rows() * (BOX_HEIGHT + GAP);
        hall.setPrefSize(width, height);
        hall.setMinSize(width, height);
        hall.setMaxSize(width, height);
    }

    private void highlight() {
        SeatingPlan plan = model.plan();
        String id = model.selectedProperty().get();
        Seat now = plan == null || id == null ? null : plan.seatOf(id).orElse(null);
        if (Objects.equals(now, highlighted)) {
            return;
        }
        if (highlighted != null && boxes.containsKey(highlighted)) {
            boxes.get(highlighted).getStyleClass().remove(SEAT_SELECTED);
        }
        highlighted = now;
        if (now != null) {
            boxes.get(now).getStyleClass().add(SEAT_SELECTED);
        }
    }

    private TextField size(String id, String value) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setPrefColumnCount(3);
        return field;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    /** One seat: its number and its delegate's name; a drag source when taken, a drop target always. */
    private final class SeatBox extends VBox {
        private final Seat seat;
        private final Label name = new Label();
        private final Tooltip tooltip = new Tooltip();

        SeatBox(Seat seat) {
            this.seat = seat;
            setId(SeatingIds.seat(seat));
            getStyleClass().add(SEAT);
            if (seat.atHeadTable()) {
                getStyleClass().add(SEAT_HEAD);
            }
            double width = seat.atHeadTable() ? HEAD_BOX_WIDTH : BOX_WIDTH;
            double height = seat.atHeadTable() ? HEAD_BOX_HEIGHT : BOX_HEIGHT;
            setPrefSize(width, height);
            setMinSize(width, height);
            setMaxSize(width, height);
            setFocusTraversable(true);
            name.getStyleClass().add("dd-seat-name");
            name.setWrapText(true);
            name.setMaxWidth(width - 4);
            name.setMinHeight(Region.USE_PREF_SIZE);
            if (seat.atHeadTable()) {
                getChildren().add(Nodes.label(Integer.toString(seat.number()), "dd-seat-number"));
            } else {
                setAlignment(Pos.CENTER_LEFT);
            }
            getChildren().add(name);
            Tooltip.install(this, tooltip);
            setOnMouseClicked(e -> {
                requestFocus();
                model.selectSeat(seat);
            });
            setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                    model.selectSeat(seat);
                    e.consume();
                }
            });
            setOnDragDetected(e -> {
                model.plan().occupant(seat).ifPresent(d -> {
                    dragging = d.id();
                    model.select(d.id());
                    startFullDrag();
                });
                e.consume();
            });
            setOnMouseDragEntered(e -> getStyleClass().add(SEAT_DROP));
            setOnMouseDragExited(e -> getStyleClass().remove(SEAT_DROP));
            setOnMouseDragReleased(e -> {
                getStyleClass().remove(SEAT_DROP);
                if (dragging != null) {
                    String moving = dragging;
                    dragging = null;
                    model.move(moving, seat);
                }
                e.consume();
            });
        }

        void show(SeatingPlan plan) {
            boolean taken = plan.occupants().containsKey(seat);
            name.setText(model.boxName(seat));
            tooltip.setText(model.tooltip(seat));
            if (taken) {
                getStyleClass().remove(SEAT_EMPTY);
            } else if (!getStyleClass().contains(SEAT_EMPTY)) {
                getStyleClass().add(SEAT_EMPTY);
            }
        }
    }

    /** A delegate without a seat: the name and title; a drag source onto the seats. */
    private final class UnseatedCell extends ListCell<Delegate> {
        UnseatedCell() {
            setWrapText(true);
            setPrefWidth(190);
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    dragging = getItem().id();
                    model.select(getItem().id());
                    startFullDrag();
                }
                e.consume();
            });
        }

        @Override
        protected void updateItem(Delegate delegate, boolean empty) {
            super.updateItem(delegate, empty);
            setText(empty || delegate == null ? null : model.unseatedLine(delegate));
        }
    }
}
