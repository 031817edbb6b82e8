package vn.delegationdesk.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The plain in-place edit cell of a text column: its clamped label, tooltip and name, and what Enter and Escape hand on. */
@ExtendWith(ApplicationExtension.class)
class EditableTextCellFxTest {
    private final List<String> committed = new ArrayList<>();
    private TableView<String> table;
    private TableColumn<String, String> column;

    @Start
    void start(Stage stage) {
        table = new TableView<>(FXCollections.observableArrayList("Khai mạc", ""));
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        column = new TableColumn<>("Nội dung");
        column.setPrefWidth(300);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue()).getReadOnlyProperty());
        column.setCellFactory(c -> new EditableTextCell<>((text, index) -> committed.add(index + ":" + text), "Nội dung"));
        column.setEditable(true);
        table.getColumns().add(column);
        EditableTextCell.editOnEnterOrF2(table);
        stage.setScene(new Scene(new StackPane(table), 400, 300));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    private TableCell<?, ?> cell(FxRobot robot, int index) {
        return robot.lookup(".table-cell").match((TableCell<?, ?> c) -> c.getTableColumn() == column && c.getIndex() == index)
                .query();
    }

    private void edit(FxRobot robot, int index) {
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(index, column);
            table.getFocusModel().focus(index, column);
            table.requestFocus();
        });
        robot.press(KeyCode.F2).release(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsTheTextClampedWithItsTooltipAndName(FxRobot robot) {
        TableCell<?, ?> text = cell(robot, 0);
        TableCell<?, ?> empty = cell(robot, 1);

        assertThat(text.getGraphic()).isInstanceOfSatisfying(Label.class, label -> {
            assertThat(label.getText()).isEqualTo("Khai mạc");
            assertThat(label.getStyleClass()).contains(Styles.CLAMP_LABEL);
        });
        assertThat(text.getTooltip().getText()).isEqualTo("Khai mạc");
        assertThat(text.getAccessibleText()).isEqualTo("Nội dung: Khai mạc");
        assertThat(empty.getTooltip()).isNull();
        assertThat(empty.getAccessibleText()).isEqualTo("Nội dung: ");
    }

    @Test
    void enterHandsOnAChangedTextWithItsRowAndEscapeNothing(FxRobot robot) {
        edit(robot, 0);
        TextField field = robot.lookup(".table-cell .text-field").queryAs(TextField.class);
        assertThat(field.getText()).isEqualTo("Khai mạc");
        assertThat(field.getAccessibleText()).isEqualTo("Nội dung");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(committed).isEmpty();

        edit(robot, 1);
        robot.write("Bế mạc").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(committed).isEmpty();

        edit(robot, 1);
        robot.write("Bế mạc").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(committed).containsExactly("1:Bế mạc");
        assertThat(robot.lookup(".table-cell .text-field").tryQuery()).isEmpty();
    }
}
