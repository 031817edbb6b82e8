package vn.delegationdesk.delegation.member.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.converter.DefaultStringConverter;
import org.controlsfx.control.textfield.TextFields;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.group.QuotaCount;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseNames;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.EnumConverter;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Pages;
import vn.delegationdesk.platform.ui.Reveal;
import vn.delegationdesk.platform.ui.Styles;

/**
 * "Thành viên": the members table, editable from the keyboard (arrows to move, F2 or Enter to edit, Delete to
 * remove), with a filter, and beside it the live quota panel: per group and per unit, filled against planned.
 */
public final class MembersEditorPage {
    private final MembersEditorViewModel model;
    private final Messages messages;
    private final Runnable onImport;
    private final Runnable onExport;
    private final TableView<Member> table = new TableView<>();
    private final VBox quotaCards = new VBox();

    public MembersEditorPage(MembersEditorViewModel model, Messages messages, Runnable onImport, Runnable onExport) {
        this.model = model;
        this.messages = messages;
        this.onImport = onImport;
        this.onExport = onExport;
    }

    public TableView<Member> table() {
        return table;
    }

    public Node node() {
        createTable();
        TextField filter = TextFields.createClearableTextField();
        filter.setId(MemberIds.MEMBERS_FILTER);
        filter.setPromptText(messages.get("ui.members.filter.prompt"));
        filter.setAccessibleText(messages.get("ui.members.filter.prompt"));
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        filter.setMaxWidth(360);
        Label count = Nodes.label("", Styles.MUTED);
        count.setId(MemberIds.MEMBERS_COUNT);
        count.textProperty().bind(model.countTextProperty());
        HBox tools = Nodes.hbox(Styles.BUTTON_ROW, filter, count, Nodes.hspacer(),
                Buttons.action(MemberIds.MEMBER_ADD, messages.get("ui.members.add"), messages.get("ui.members.add.accessible"),
                        this::addMember),
                Buttons.action(MemberIds.MEMBER_REMOVE, messages.get("ui.members.remove"),
                        messages.get("ui.members.remove.accessible"), this::removeSelected),
                Buttons.action(MemberIds.MEMBERS_IMPORT, messages.get("ui.members.import"),
                        messages.get("ui.members.import.accessible"), onImport),
                Buttons.action(MemberIds.MEMBERS_EXPORT, messages.get("ui.members.export"),
                        messages.get("ui.members.export.accessible"), onExport));
        Label notice = Nodes.wrapping("", Styles.NOTICE);
        notice.setId(MemberIds.MEMBERS_NOTICE);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox left = new VBox(tools, notice, table);
        left.getStyleClass().add(Styles.PAGE_CONTENT);
        VBox.setVgrow(table, Priority.ALWAYS);

        SplitPane split = new SplitPane(left, quotaPanel());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.72);
        return split;
    }

    private Node quotaPanel() {
        Label head = Nodes.wrapping("", Styles.ACCENT_TEXT);
        head.setId(MemberIds.HEAD_STATUS);
        head.textProperty().bind(model.headStatusProperty());
        Label summary = Nodes.wrapping("", Styles.TEXT);
        summary.textProperty().bind(model.quotaSummaryProperty());
        quotaCards.getStyleClass().add(Styles.LIST_ROWS);
        Pages.render(model.quotaGroups(), quotaCards, this::groupCards);
        VBox panel = new VBox(Nodes.label(messages.get("ui.composition.heading"), Styles.SECTION_TITLE), head, summary, quotaCards);
        panel.setId(MemberIds.QUOTA_PANEL);
        return Pages.scrolling(panel);
    }

    private List<Node> groupCards(List<QuotaCount.GroupCount> groups) {
        if (groups.isEmpty()) {
            return List.of(Pages.muted(messages.get("ui.composition.empty")));
        }
        List<Node> cards = new ArrayList<>();
        for (QuotaCount.GroupCount group : groups) {
            GridPane rows = new GridPane();
            rows.getStyleClass().add(Styles.CARD_ROWS);
            Label name = Nodes.wrapping(group.name(), Styles.CARD_TITLE);
            Label seats = Nodes.chip(model.seats(group.filled(), group.planned()), chip(group.state()));
            rows.add(name, 0, 0);
            rows.add(seats, 1, 0);
            GridPane.setHgrow(name, Priority.ALWAYS);
            int row = 1;
            for (QuotaCount.UnitCount unit : group.units()) {
                Label unitName = Pages.text(unit.unit());
                Label count = Nodes.label(model.seats(unit.filled(), unit.seats()) + " · "
                        + model.stateText(unit.state(), unit.filled(), unit.seats()), quotaStyle(unit.state()));
                count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                rows.add(unitName, 0, row);
                rows.add(count, 1, row);
                GridPane.setHgrow(unitName, Priority.ALWAYS);
                row++;
            }
            VBox card = Nodes.vbox(Styles.CARD, rows);
            if (group.outsideQuotas() > 0) {
                card.getChildren().add(Nodes.wrapping(model.outsideText(group.outsideQuotas()), Styles.QUOTA_SHORT));
            }
            cards.add(card);
        }
        return cards;
    }

    private static String chip(QuotaCount.State state) {
        return switch (state) {
            case COMPLETE -> Styles.CHIP_SUCCESS;
            case UNDER -> Styles.CHIP_WARNING;
            case OVER -> Styles.CHIP_DANGER;
        };
    }

    private static String quotaStyle(QuotaCount.State state) {
        return switch (state) {
            case COMPLETE -> Styles.QUOTA_COMPLETE;
            case UNDER -> Styles.QUOTA_SHORT;
            case OVER -> Styles.QUOTA_OVER;
        };
    }

    private void createTable() {
        table.setId(MemberIds.MEMBERS_TABLE);
        table.setAccessibleText(messages.get("ui.members.accessible"));
        table.setPlaceholder(Pages.muted(messages.get("ui.members.placeholder")));
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setTableMenuButtonVisible(true);
        TableColumn<Member, Integer> number = new TableColumn<>(messages.get("ui.members.column.index"));
        number.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(model.numberOf(cell.getValue())));
        number.setPrefWidth(52);
        number.setEditable(false);
        TableColumn<Member, DelegationRole> role = new TableColumn<>(messages.get("ui.members.column.role"));
        role.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().role()));
        role.setCellFactory(ComboBoxTableCell.forTableColumn(EnumConverter.of(DelegationRole.class, model::label),
                DelegationRole.values()));
        role.setOnEditCommit(event -> {
            model.setRole(event.getRowValue(), event.getNewValue());
            keepPlace(event.getTablePosition());
        });
        role.setPrefWidth(110);
        TableColumn<Member, Gender> gender = new TableColumn<>(messages.get("ui.members.column.gender"));
        gender.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().gender()));
        gender.setCellFactory(ComboBoxTableCell.forTableColumn(EnumConverter.of(Gender.class, model::label), Gender.values()));
        gender.setOnEditCommit(event -> {
            model.setGender(event.getRowValue(), event.getNewValue());
            keepPlace(event.getTablePosition());
        });
        // Short values ("Nam", "Nữ"), but the header "Giới tính" is never cut.
        gender.setPrefWidth(88);
        gender.setMinWidth(84);
        TableColumn<Member, String> group = new TableColumn<>(messages.get("ui.members.column.group"));
        group.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().groupId()));
        group.setCellFactory(column -> new ComboBoxTableCell<>(groupNames()) {
            @Override
            public void startEdit() {
                getItems().setAll(model.groups().stream().map(MemberGroup::id).toList());
                super.startEdit();
            }
        });
        group.setOnEditCommit(event -> {
            model.setGroup(event.getRowValue(), event.getNewValue());
            keepPlace(event.getTablePosition());
        });
        group.setPrefWidth(170);
        TableColumn<Member, Boolean> payroll = new TableColumn<>(messages.get("ui.members.column.payroll"));
        payroll.setCellValueFactory(cell -> {
            Member m = cell.getValue();
            SimpleBooleanProperty on = new SimpleBooleanProperty(m.onStatePayroll());
            on.addListener((o, was, now) -> model.setPayroll(m, now));
            return on;
        });
        payroll.setCellFactory(CheckBoxTableCell.forTableColumn(payroll));
        payroll.setPrefWidth(80);
        table.getColumns().setAll(List.of(number,
                text(MembersEditorViewModel.TextColumn.FULL_NAME, "ui.members.column.fullName", "fullName", 190),
                gender, role,
                text(MembersEditorViewModel.TextColumn.POSITION, "ui.members.column.position", "position", 150),
                text(MembersEditorViewModel.TextColumn.SENDING_UNIT, "ui.members.column.unit", "sendingUnit", 220),
                group,
                text(MembersEditorViewModel.TextColumn.DATE_OF_BIRTH, "ui.members.column.dateOfBirth", "dateOfBirth", 100),
                text(MembersEditorViewModel.TextColumn.ID_NUMBER, "ui.members.column.idNumber", "idNumber", 120),
                text(MembersEditorViewModel.TextColumn.PHONE, "ui.members.column.phone", "phone", 115),
                text(MembersEditorViewModel.TextColumn.COEFFICIENT, "ui.members.column.coefficient", "allowanceCoefficient", 90),
                payroll,
                notes(text(MembersEditorViewModel.TextColumn.NOTES, "ui.members.column.notes", "notes", 150))));
        SortedList<Member> sorted = new SortedList<>(model.visibleMembers());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setOnKeyPressed(event -> {
            if (table.getEditingCell() != null) {
                return;
            }
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.F2) {
                editFocused();
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE) {
                removeSelected();
                event.consume();
            }
        });
    }

    /** Notes are rarely read in the table; the column menu (top right) shows them. */
    private static TableColumn<Member, String> notes(TableColumn<Member, String> column) {
        column.setVisible(false);
        return column;
    }

    private TableColumn<Member, String> text(MembersEditorViewModel.TextColumn which, String key, String field, double width) {
        TableColumn<Member, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(model.text(cell.getValue(), which)));
        column.setCellFactory(c -> new MarkedCell(field));
        column.setOnEditCommit(event -> {
            model.edit(event.getRowValue(), which, event.getNewValue());
            keepPlace(event.getTablePosition());
        });
        column.setPrefWidth(width);
        if (which == MembersEditorViewModel.TextColumn.FULL_NAME) {
            column.setComparator(Comparator.comparing(VietnameseNames::sortKey));
        }
        return column;
    }

    /** A text cell that marks a value breaking a rule (bad ID number, second head…) and says why in its tooltip. */
    private final class MarkedCell extends TextFieldTableCell<Member, String> {
        private final String field;

        MarkedCell(String field) {
            super(new DefaultStringConverter());
            this.field = field;
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            Member member = empty || getTableRow() == null ? null : getTableRow().getItem();
            String problem = member == null ? null : model.problem(member, field);
            if (problem == null && member != null && "fullName".equals(field)) {
                problem = model.conflict(member);
            }
            getStyleClass().remove(Styles.INVALID);
            if (problem != null) {
                getStyleClass().add(Styles.INVALID);
                setTooltip(new Tooltip(problem));
            } else {
                setTooltip(null);
            }
        }
    }

    /**
     * An edited member is a new value in the list, and the table drops its selection when an item is replaced;
     * the keyboard user stays on the cell they edited, in the table.
     */
    private void keepPlace(TablePosition<Member, ?> position) {
        int row = position.getRow();
        TableColumn<Member, ?> column = position.getTableColumn();
        Platform.runLater(() -> {
            if (row >= 0 && row < table.getItems().size()) {
                table.getSelectionModel().clearAndSelect(row, column);
                table.getFocusModel().focus(row, column);
                // The cell's text field has left the scene, and focus went to the first field of the page.
                table.requestFocus();
            }
        });
    }

    private void editFocused() {
        @SuppressWarnings("unchecked") // JavaFX declares the focused cell as a raw TablePosition.
        TablePosition<Member, ?> focused = table.getFocusModel().getFocusedCell();
        if (focused != null && focused.getRow() >= 0 && focused.getTableColumn() != null) {
            table.edit(focused.getRow(), focused.getTableColumn());
        }
    }

    private void addMember() {
        Member added = model.add("");
        if (added == null) {
            return;
        }
        // The new row is brought into view with its name being edited, once the table has taken its place (the
        // problems above the editor may have grown with the empty name).
        Reveal.editRow(table, table.getItems().indexOf(added), table.getColumns().get(1));
    }

    private void removeSelected() {
        List<Member> selected = new ArrayList<>(table.getSelectionModel().getSelectedItems().stream().distinct().toList());
        int focused = table.getFocusModel().getFocusedIndex();
        if (selected.isEmpty() && focused >= 0 && focused < table.getItems().size()) {
            selected.add(table.getItems().get(focused));
        }
        if (!selected.isEmpty()) {
            model.remove(selected);
        }
    }

    private StringConverter<String> groupNames() {
        Function<String, String> name = id -> model.groups().stream().filter(g -> g.id().equals(id)).map(MemberGroup::name)
                .findFirst().orElse(id);
        return new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : name.apply(id);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }
}
