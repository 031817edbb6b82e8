package vn.delegationdesk.delegation.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;

/** "Tổng quan": the plan's header data, one labelled field per row, long texts wrapped. */
final class OverviewPage {
    private final DelegationDetailViewModel model;
    private final GridPane grid = new GridPane();
    private final VBox content = new VBox(grid);

    OverviewPage(DelegationDetailViewModel model) {
        this.model = model;
        grid.getStyleClass().add(Styles.FIELD_GRID);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        labels.setPrefWidth(210);
        labels.setMaxWidth(240);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        values.setMinWidth(200);
        grid.getColumnConstraints().setAll(labels, values);
        model.overview().addListener((javafx.collections.ListChangeListener<DetailItems.Field>) change -> rebuild());
        rebuild();
    }

    ScrollPane node() {
        return Pages.scrolling(content);
    }

    private void rebuild() {
        grid.getChildren().clear();
        int row = 0;
        for (DetailItems.Field field : List.copyOf(model.overview())) {
            Label label = Nodes.wrapping(field.label(), Styles.FIELD_LABEL);
            List<Node> lines = new ArrayList<>(Pages.lines(field.lines(), Styles.TEXT));
            VBox value = Nodes.vbox(Styles.FIELD_VALUE, lines.toArray(Node[]::new));
            value.setId("overview-" + field.key().substring(field.key().lastIndexOf('.') + 1));
            Pages.addTopRow(grid, row++, label, value);
        }
    }
}
