package vn.delegationdesk.conferencedesk.ui;

import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import vn.delegationdesk.conferencedesk.DelegateGroup;
import vn.delegationdesk.conferencedesk.DelegateStatus;
import vn.delegationdesk.conferencedesk.ui.DelegateListViewModel.Row;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Pages;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.Theme;

/**
 * The delegate list window, minimal: the table, a small form under it (the delegate's fields), the buttons (add, change
 * the selected, remove, the delegation's members, save, the three documents, the seating window), the
 * warnings, the problems and the counts, all from a {@link DelegateListViewModel}.
 */
public final class DelegateListPage {
    private final DelegateListViewModel model;
    private final Messages messages;
    private final ObservableList<Row> shown = FXCollections.observableArrayList();
    private boolean refreshing;
    private Node shownIn;

    public DelegateListPage(DelegateListViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** Opens the list in a window of its own over {@code owner}. */
    public static Stage showWindow(Window owner, DelegateListViewModel model, Messages messages) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(model.windowTitle());
        Scene scene = new Scene((BorderPane) new DelegateListPage(model, messages).node(), 1100, 720);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    public Node node() {
        TableView<Row> table = new TableView<>(shown);
        table.setId(DelegatePageIds.TABLE);
        table.getColumns().add(column("ui.delegates.column.number", row -> Integer.toString(row.number())));
        table.getColumns().add(column("ui.delegates.column.fullName", Row::fullName));
        table.getColumns().add(column("ui.delegates.column.title", Row::title));
        table.getColumns().add(column("ui.delegates.column.body", Row::body));
        table.getColumns().add(column("ui.delegates.column.group", Row::group));
        table.getColumns().add(column("ui.delegates.column.precedence", Row::precedence));
        table.getColumns().add(column("ui.delegates.column.status", Row::status));
        table.getColumns().add(column("ui.delegates.column.checkedIn", Row::checkedInAt));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(Nodes.wrapping(messages.get("ui.delegates.empty"), Styles.MUTED));
        table.getSelectionModel().selectedIndexProperty().addListener((o, old, index) -> {
            if (!refreshing) {
                model.select(index.intValue());
            }
        });
        model.rows().addListener((ListChangeListener<Row>) change -> refresh(table));
        model.selectedProperty().addListener((o, old, index) -> {
            if (!refreshing && table.getSelectionModel().getSelectedIndex() != index.intValue()) {
                select(table, index.intValue());
            }
        });
        refresh(table);

        GridPane form = Forms.grid(2);
        TextField name = Forms.text(DelegatePageIds.FULL_NAME, messages.get("ui.delegates.column.fullName"),
                model.fullNameProperty());
        Forms.row(form, 0, 0, messages.get("ui.delegates.column.fullName"), name, 1);
        Forms.row(form, 1, 0, messages.get("ui.delegates.column.title"), text("delegates-title", "ui.delegates.column.title",
                model.titleProperty()), 1);
        Forms.row(form, 0, 1, messages.get("ui.delegates.column.body"), text("delegates-body", "ui.delegates.column.body",
                model.bodyProperty()), 1);
        Forms.row(form, 1, 1, messages.get("ui.delegates.field.contact"), text("delegates-contact", "ui.delegates.field.contact",
                model.contactProperty()), 1);
        Forms.row(form, 0, 2, messages.get("ui.delegates.column.group"), choice(DelegateGroup.values(), model.groupProperty(),
                g -> messages.get(g.labelKey())), 1);
        Forms.row(form, 1, 2, messages.get("ui.delegates.column.status"), choice(DelegateStatus.values(), model.statusProperty(),
                s -> messages.get(s.labelKey())), 1);
        Forms.row(form, 0, 3, messages.get("ui.delegates.column.precedence"), text("delegates-precedence",
                "ui.delegates.column.precedence", model.precedenceProperty()), 1);
        CheckBox payroll = new CheckBox(messages.get("ui.delegates.field.onPayroll"));
        bind(payroll, model.onPayrollProperty());
        Forms.row(form, 1, 3, "", payroll, 1);

        Button save = button(DelegatePageIds.SAVE, "ui.delegates.save", model::save);
        save.getStyleClass().add(Styles.PRIMARY_BUTTON);
        FlowPane buttons = new FlowPane(8, 8,
                button(DelegatePageIds.ADD, "ui.delegates.add", model::add),
                button(DelegatePageIds.EDIT, "ui.delegates.edit", model::editSelected),
                button(DelegatePageIds.REMOVE, "ui.delegates.remove", model::removeSelected),
                new Separator(Orientation.VERTICAL),
                button(DelegatePageIds.ADD_MEMBERS, "ui.delegates.addMembers", model::addDelegationMembers),
                button(DelegatePageIds.IMPORT, "ui.delegates.import", this::openImport),
                new Separator(Orientation.VERTICAL),
                save);
        FlowPane papers = new FlowPane(8, 8,
                Nodes.label(messages.get("ui.delegates.papers"), Styles.FIELD_LABEL),
                button(DelegatePageIds.SIGN_IN, "ui.delegates.document.signIn", model::exportSignInSheet),
                button(DelegatePageIds.NAME_CARDS, "ui.delegates.document.nameCards", model::exportNameCards),
                button(DelegatePageIds.INVITATIONS, "ui.delegates.document.invitations", model::exportInvitations),
                button(DelegatePageIds.BADGES, "ui.delegates.document.badges", model::exportBadges),
                new Separator(Orientation.VERTICAL),
                button(DelegatePageIds.SEATING, "ui.seating.open", () -> model.openSeating().ifPresent(seating ->
                        SeatingPage.showWindow(table.getScene() == null ? null : table.getScene().getWindow(), seating, messages))));
        papers.setAlignment(Pos.CENTER_LEFT);
        papers.disableProperty().bind(model.busyProperty());
        buttons.disableProperty().bind(model.busyProperty());

        VBox warnings = new VBox(2);
        warnings.setId(DelegatePageIds.WARNINGS);
        Pages.render(model.warnings(), warnings, lines -> Pages.lines(lines, Styles.ACCENT_TEXT));
        VBox problems = new VBox(2);
        Pages.render(model.problems(), problems, lines -> Pages.lines(lines, Styles.FORM_ERROR));
        Label counts = Nodes.label("", Styles.TEXT);
        counts.setId(DelegatePageIds.COUNTS);
        counts.textProperty().bind(model.countsProperty());
        Label notice = Nodes.label("", Styles.TEXT);
        notice.textProperty().bind(model.noticeProperty());

        BorderPane root = new BorderPane(table);
        root.setId(DelegatePageIds.WINDOW);
        root.getStyleClass().add(Styles.ROOT);
        VBox bottom = new VBox(8, counts, warnings, form, buttons, problems, notice, new Separator(), papers);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        root.setBottom(bottom);
        root.setPadding(new Insets(12));
        shownIn = root;
        return root;
    }

    /** "Nhập từ Excel…": the file chooser, then the import dialog over this window. */
    private void openImport() {
        Window owner = shownIn == null || shownIn.getScene() == null ? null : shownIn.getScene().getWindow();
        model.startImport().ifPresent(importer -> new DelegateImportDialog(owner, importer, messages).show());
    }

    private void refresh(TableView<Row> table) {
        refreshing = true;
        try {
            shown.setAll(model.rows());
            select(table, model.selectedProperty().get());
        } finally {
            refreshing = false;
        }
    }

    private static void select(TableView<Row> table, int index) {
        if (index < 0 || index >= table.getItems().size()) {
            table.getSelectionModel().clearSelection();
        } else {
            table.getSelectionModel().select(index);
        }
    }

    private TableColumn<Row, String> column(String key, Function<Row, String> value) {
        TableColumn<Row, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private TextField text(String id, String key, StringProperty value) {
        return Forms.text(id, messages.get(key), value);
    }

    private static <E> ComboBox<E> choice(E[] values, ObjectProperty<E> value, Function<E, String> label) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static void bind(CheckBox box, BooleanProperty value) {
        box.selectedProperty().bindBidirectional(value);
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }
}
