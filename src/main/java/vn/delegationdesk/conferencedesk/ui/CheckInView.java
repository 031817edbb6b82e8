package vn.delegationdesk.conferencedesk.ui;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.DelegateGroup;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Theme;

/**
 * The registration desk's window for {@link CheckInViewModel}: a big search box (Enter checks in; a USB scanner types the
 * QR payload and Enter), the matches with "Điểm danh", "Khách đến không có tên…", the total and the count by group, in large
 * type. F11 switches full screen.
 */
public final class CheckInView {
    public static final String SEARCH = "checkin-search";
    public static final String MATCHES = "checkin-matches";
    public static final String CHECK_IN = "checkin-button";
    public static final String WALK_IN = "checkin-walkin";
    public static final String TOTAL = "checkin-total";
    public static final String GROUPS = "checkin-groups";
    public static final String MESSAGE = "checkin-message";
    public static final String WALK_IN_NAME = "checkin-walkin-name";
    public static final String WALK_IN_TITLE = "checkin-walkin-title";
    public static final String WALK_IN_BODY = "checkin-walkin-body";
    public static final String WALK_IN_GROUP = "checkin-walkin-group";
    public static final String WALK_IN_PAYROLL = "checkin-walkin-payroll";

    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    private CheckInView() {
    }

    /** Opens the desk's window over {@code owner} and starts reading the list. */
    public static Stage open(Window owner, CheckInViewModel vm, Messages messages) {
        TextField search = new TextField();
        search.setId(SEARCH);
        search.setPromptText(messages.get("conferencedesk.checkin.search"));
        search.setAccessibleText(messages.get("conferencedesk.checkin.search"));
        search.getStyleClass().add("dd-checkin-search");
        search.textProperty().bindBidirectional(vm.queryProperty());
        search.setOnAction(event -> vm.submit());

        ListView<Delegate> matches = new ListView<>(vm.matches());
        matches.setId(MATCHES);
        matches.getStyleClass().add("dd-checkin-list");
        Label none = new Label(messages.get("conferencedesk.checkin.placeholder"));
        none.setWrapText(true);
        matches.setPlaceholder(none);
        matches.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Delegate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.describe(item));
            }
        });
        matches.getSelectionModel().selectedItemProperty().addListener((o, old, value) -> {
            if (value != null) {
                vm.selectedProperty().set(value);
            }
        });
        vm.selectedProperty().addListener((o, old, value) -> {
            if (value != null && matches.getSelectionModel().getSelectedItem() != value) {
                matches.getSelectionModel().select(value);
            }
        });
        matches.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                vm.checkInSelected();
            }
        });
        matches.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                vm.checkInSelected();
            }
        });
        VBox.setVgrow(matches, Priority.ALWAYS);

        Button checkIn = new Button(messages.get("conferencedesk.checkin.button"));
        checkIn.setId(CHECK_IN);
        checkIn.getStyleClass().add("dd-checkin-button");
        checkIn.disableProperty().bind(vm.selectedProperty().isNull().or(vm.busyProperty()));
        checkIn.setOnAction(event -> {
            vm.checkInSelected();
            search.requestFocus();
        });
        Button walkIn = new Button(messages.get("conferencedesk.checkin.walkIn"));
        walkIn.setId(WALK_IN);
        walkIn.getStyleClass().add("dd-checkin-button");
        walkIn.disableProperty().bind(vm.loadedProperty().not());

        Label message = new Label();
        message.setId(MESSAGE);
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("dd-checkin-message");
        message.pseudoClassStateChanged(REFUSED, vm.refusedProperty().get());
        vm.refusedProperty().addListener((o, old, value) -> message.pseudoClassStateChanged(REFUSED, value));

        VBox left = new VBox(12, search, message, matches, new HBox(12, checkIn, walkIn));
        left.setPadding(new Insets(16));

        Label total = new Label();
        total.setId(TOTAL);
        total.getStyleClass().add("dd-checkin-total");
        total.textProperty().bind(vm.totalProperty());
        ListView<String> groups = new ListView<>(vm.groupLines());
        groups.setId(GROUPS);
        groups.setFocusTraversable(false);
        groups.getStyleClass().add("dd-checkin-list");
        groups.setPrefWidth(420);
        VBox right = new VBox(12, total, groups);
        right.setPadding(new Insets(16));
        VBox.setVgrow(groups, Priority.ALWAYS);

        BorderPane root = new BorderPane(left);
        root.setRight(right);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(vm.title());
        stage.setScene(new Scene(root, 1200, 760));
        Theme.apply(stage.getScene());
        stage.getScene().setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.F11) {
                stage.setFullScreen(!stage.isFullScreen());
            }
        });
        walkIn.setOnAction(event -> {
            askWalkIn(stage, vm, messages);
            search.requestFocus();
        });
        stage.show();
        search.requestFocus();
        vm.load();
        return stage;
    }

    /** "Khách đến không có tên…": name, title, body, group and payroll, then added and checked in. */
    private static void askWalkIn(Window owner, CheckInViewModel vm, Messages messages) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(messages.get("conferencedesk.checkin.walkIn"));
        TextField name = field(WALK_IN_NAME);
        TextField title = field(WALK_IN_TITLE);
        TextField body = field(WALK_IN_BODY);
        ChoiceBox<DelegateGroup> group = new ChoiceBox<>();
        group.setId(WALK_IN_GROUP);
        group.getItems().setAll(DelegateGroup.values());
        group.setValue(DelegateGroup.OTHER);
        group.setConverter(new StringConverter<>() {
            @Override
            public String toString(DelegateGroup g) {
                return g == null ? "" : messages.get(g.labelKey());
            }

            @Override
            public DelegateGroup fromString(String text) {
                return null;
            }
        });
        CheckBox payroll = new CheckBox(messages.get("conferencedesk.checkin.walkIn.payroll"));
        payroll.setId(WALK_IN_PAYROLL);
        payroll.setSelected(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("conferencedesk.checkin.walkIn.name")), name);
        grid.addRow(1, new Label(messages.get("conferencedesk.checkin.walkIn.title")), title);
        grid.addRow(2, new Label(messages.get("conferencedesk.checkin.walkIn.body")), body);
        grid.addRow(3, new Label(messages.get("conferencedesk.checkin.walkIn.group")), group);
        grid.add(payroll, 1, 4);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getStyleClass().add("dd-checkin-dialog");
        dialog.getDialogPane().getStylesheets().add(Theme.stylesheetUrl());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        name.requestFocus();
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.addWalkIn(name.getText(), title.getText(),
                body.getText(), group.getValue(), payroll.isSelected()));
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(28);
        return field;
    }
}
