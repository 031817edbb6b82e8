package vn.delegationdesk.delegation.group.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.group.Quota;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Pages;
import vn.delegationdesk.platform.ui.Reveal;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.TextCells;

/** "Cơ cấu thành phần": the groups of the plan on the left; the selected group's name, description and seats per unit. */
public final class GroupsEditorPage {
    private final GroupsEditorViewModel model;
    private final Messages messages;
    private TextField groupName;

    public GroupsEditorPage(GroupsEditorViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Node node() {
        TableView<MemberGroup> groups = new TableView<>(model.groups());
        groups.setId(GroupIds.GROUPS_TABLE);
        groups.setAccessibleText(messages.get("ui.groups.accessible"));
        groups.setPlaceholder(Pages.muted(messages.get("ui.composition.empty")));
        groups.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<MemberGroup, String> name = new TableColumn<>(messages.get("ui.groups.column.name"));
        name.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().name()));
        name.setCellFactory(TextCells.clamped());
        name.setPrefWidth(300);
        TableColumn<MemberGroup, String> seats = new TableColumn<>(messages.get("ui.groups.column.seats"));
        seats.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(model.seatsText(cell.getValue())));
        seats.setPrefWidth(90);
        seats.setMaxWidth(120);
        groups.getColumns().setAll(List.of(name, seats));
        Forms.syncSelection(groups, model.selectedProperty(), model::isRefreshing);
        HBox buttons = Nodes.hbox(Styles.BUTTON_ROW,
                Buttons.action(GroupIds.GROUP_ADD, messages.get("ui.groups.add"), messages.get("ui.groups.add"), () -> {
                    model.addGroup();
                    // The new group is shown in the table and its name, still the placeholder, takes the typing.
                    Reveal.showRow(groups, model.selectedProperty().get());
                    Reveal.focus(groupName);
                    groupName.selectAll();
                }),
                Buttons.action(GroupIds.GROUP_REMOVE, messages.get("ui.editor.list.remove"), messages.get("ui.groups.remove"),
                        model::removeGroup));
        buttons.getChildren().addAll(Forms.upDown(messages, GroupIds.GROUP_UP, GroupIds.GROUP_DOWN, model::moveGroup));
        VBox left = new VBox(Nodes.label(messages.get("ui.composition.heading"), Styles.SECTION_TITLE), groups, buttons);
        left.getStyleClass().add(Styles.PAGE_CONTENT);
        VBox.setVgrow(groups, Priority.ALWAYS);

        SplitPane split = new SplitPane(left, groupForm());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.4);
        return split;
    }

    private Node groupForm() {
        GridPane grid = Forms.grid(1);
        groupName = Forms.text(GroupIds.GROUP_NAME, messages.get("ui.groups.column.name"), model.nameProperty());
        Forms.row(grid, 0, 0, messages.get("ui.groups.column.name"), groupName, 1);
        Forms.row(grid, 0, 1, messages.get("ui.groups.description"), Forms.area(GroupIds.GROUP_DESCRIPTION,
                messages.get("ui.groups.description"), model.descriptionProperty(), 2), 1);
        TableView<Quota> quotas = new TableView<>(model.quotas());
        quotas.setId(GroupIds.QUOTAS_TABLE);
        quotas.setAccessibleText(messages.get("ui.groups.quotas"));
        quotas.setEditable(true);
        quotas.getSelectionModel().setCellSelectionEnabled(true);
        quotas.setPlaceholder(Pages.muted(messages.get("ui.groups.quotas.empty")));
        quotas.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<Quota, String> unit = new TableColumn<>(messages.get("ui.groups.column.unit"));
        unit.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().sendingUnit()));
        unit.setCellFactory(TextFieldTableCell.forTableColumn());
        unit.setOnEditCommit(event -> model.editQuota(event.getTablePosition().getRow(), event.getNewValue(),
                Integer.toString(event.getRowValue().seats())));
        unit.setPrefWidth(360);
        TableColumn<Quota, String> seats = new TableColumn<>(messages.get("ui.groups.column.seats"));
        seats.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(Integer.toString(cell.getValue().seats())));
        seats.setCellFactory(TextFieldTableCell.forTableColumn());
        seats.setOnEditCommit(event -> model.editQuota(event.getTablePosition().getRow(), event.getRowValue().sendingUnit(),
                event.getNewValue()));
        seats.setPrefWidth(90);
        seats.setMaxWidth(120);
        quotas.getColumns().setAll(List.of(unit, seats));
        Label notice = Nodes.wrapping("", Styles.NOTICE);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox form = new VBox(Nodes.label(messages.get("ui.groups.selected"), Styles.SECTION_TITLE), grid,
                Nodes.label(messages.get("ui.groups.quotas"), Styles.CARD_TITLE), quotas,
                Nodes.hbox(Styles.BUTTON_ROW,
                        Buttons.action(GroupIds.QUOTA_ADD, messages.get("ui.groups.quota.add"), messages.get("ui.groups.quota.add"),
                                () -> {
                                    model.addQuota();
                                    Reveal.editRow(quotas, quotas.getItems().size() - 1, unit);
                                }),
                        Buttons.action(GroupIds.QUOTA_REMOVE, messages.get("ui.editor.list.remove"),
                                messages.get("ui.groups.quota.remove"),
                                () -> model.removeQuota(quotas.getSelectionModel().getSelectedIndex()))),
                notice);
        form.getStyleClass().add(Styles.PAGE_CONTENT);
        VBox.setVgrow(quotas, Priority.ALWAYS);
        form.disableProperty().bind(model.presentProperty().not());
        return form;
    }
}
