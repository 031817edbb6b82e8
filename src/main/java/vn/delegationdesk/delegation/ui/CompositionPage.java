package vn.delegationdesk.delegation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;

/** "Thành phần & thành viên": groups with per-unit quotas (filled/planned) beside the sortable member table. */
final class CompositionPage {
    private final DelegationDetailViewModel model;
    private final Messages messages;
    private final VBox groups = new VBox();
    private final TableView<DetailItems.MemberRow> members = new TableView<>();

    CompositionPage(DelegationDetailViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        createMembersTable();
    }

    Node node() {
        Label summary = Nodes.wrapping("", Styles.ACCENT_TEXT);
        summary.textProperty().bind(model.compositionSummaryProperty());
        Label unassigned = Nodes.wrapping("", Styles.QUOTA_SHORT);
        unassigned.textProperty().bind(model.unassignedProperty());
        unassigned.visibleProperty().bind(model.unassignedProperty().isNotEmpty());
        unassigned.managedProperty().bind(unassigned.visibleProperty());
        groups.getStyleClass().add(Styles.LIST_ROWS);
        Pages.render(model.groups(), groups, this::groupCards);
        VBox left = new VBox(Nodes.label(messages.get("ui.composition.heading"), Styles.SECTION_TITLE), summary, unassigned, groups);

        Label membersTitle = Nodes.label(messages.get("ui.members.heading"), Styles.SECTION_TITLE);
        VBox right = new VBox(membersTitle, members);
        right.getStyleClass().add(Styles.PAGE_CONTENT);
        VBox.setVgrow(members, Priority.ALWAYS);

        SplitPane split = new SplitPane(Pages.scrolling(left), right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        return split;
    }

    private List<Node> groupCards(List<DetailItems.Group> items) {
        if (items.isEmpty()) {
            return List.of(Pages.muted(messages.get("ui.composition.empty")));
        }
        List<Node> cards = new ArrayList<>();
        for (DetailItems.Group group : items) {
            Label name = Nodes.wrapping(group.name(), Styles.CARD_TITLE);
            Label seats = Nodes.chip(group.seats(), group.complete() ? Styles.CHIP_SUCCESS : Styles.CHIP_WARNING);
            GridPane header = new GridPane();
            header.getStyleClass().add(Styles.CARD_ROWS);
            header.getColumnConstraints().setAll(growing(), fitting());
            Pages.addTopRow(header, 0, name, seats);
            VBox card = Nodes.vbox(Styles.CARD, header);
            if (!group.description().isEmpty()) {
                card.getChildren().add(Pages.muted(group.description()));
            }
            GridPane quotas = new GridPane();
            quotas.getStyleClass().add(Styles.CARD_ROWS);
            quotas.getColumnConstraints().setAll(growing(), fitting());
            int row = 0;
            for (DetailItems.QuotaRow quota : group.quotas()) {
                Pages.addTopRow(quotas, row++, Pages.text(quota.unit()),
                        Nodes.label(quota.seats(), quota.complete() ? Styles.QUOTA_COMPLETE : Styles.QUOTA_SHORT));
            }
            card.getChildren().add(quotas);
            cards.add(card);
        }
        return cards;
    }

    private static ColumnConstraints growing() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setFillWidth(true);
        column.setMinWidth(80);
        return column;
    }

    private static ColumnConstraints fitting() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.NEVER);
        column.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return column;
    }

    private void createMembersTable() {
        members.setId(DelegationIds.MEMBER_TABLE);
        members.setAccessibleText(messages.get("ui.members.accessible"));
        members.setPlaceholder(Pages.muted(messages.get("ui.members.placeholder")));
        members.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        members.setTableMenuButtonVisible(true);
        TableColumn<DetailItems.MemberRow, Object> index = fixed("ui.members.column.index", DetailItems.MemberRow::index, 48);
        TableColumn<DetailItems.MemberRow, Object> name = flexible("ui.members.column.fullName", DetailItems.MemberRow::fullName, 160);
        TableColumn<DetailItems.MemberRow, Object> role = fixed("ui.members.column.role", DetailItems.MemberRow::role, 100);
        TableColumn<DetailItems.MemberRow, Object> position = flexible("ui.members.column.position",
                DetailItems.MemberRow::position, 140);
        TableColumn<DetailItems.MemberRow, Object> unit = flexible("ui.members.column.unit", DetailItems.MemberRow::sendingUnit, 200);
        TableColumn<DetailItems.MemberRow, Object> group = flexible("ui.members.column.group", DetailItems.MemberRow::group, 200);
        group.setVisible(false);
        TableColumn<DetailItems.MemberRow, Object> gender = fixed("ui.members.column.gender", DetailItems.MemberRow::gender, 78);
        TableColumn<DetailItems.MemberRow, Object> born = fixed("ui.members.column.dateOfBirth", DetailItems.MemberRow::dateOfBirth, 96);
        TableColumn<DetailItems.MemberRow, Object> phone = fixed("ui.members.column.phone", DetailItems.MemberRow::phone, 112);
        members.getColumns().setAll(List.of(index, name, role, position, unit, group, gender, born, phone));
        SortedList<DetailItems.MemberRow> sorted = new SortedList<>(model.members());
        sorted.comparatorProperty().bind(members.comparatorProperty());
        members.setItems(sorted);
    }

    /** A column that keeps its width: short values that must never be cut. */
    private TableColumn<DetailItems.MemberRow, Object> fixed(String key, Function<DetailItems.MemberRow, Object> value, double width) {
        TableColumn<DetailItems.MemberRow, Object> column = column(key, value);
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width * 1.5);
        return column;
    }

    /** A column that takes the free width and wraps its text. */
    private TableColumn<DetailItems.MemberRow, Object> flexible(String key, Function<DetailItems.MemberRow, Object> value,
            double width) {
        TableColumn<DetailItems.MemberRow, Object> column = column(key, value);
        column.setMinWidth(width * 0.6);
        column.setPrefWidth(width);
        column.setCellFactory(TextCells.wrapping());
        return column;
    }

    private TableColumn<DetailItems.MemberRow, Object> column(String key, Function<DetailItems.MemberRow, Object> value) {
        TableColumn<DetailItems.MemberRow, Object> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
