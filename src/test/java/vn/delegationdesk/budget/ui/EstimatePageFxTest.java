package vn.delegationdesk.budget.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.budget.LineField;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.InMemoryDelegationRepository;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.TestServices;

/** The estimate table's cells on a screen, headless: what an edited field, a missing price and a section row show. */
@ExtendWith(ApplicationExtension.class)
class EstimatePageFxTest {
    private static final String TICKET = "travel.flight.Hà Nội – Buôn Ma Thuột.ECONOMY";
    private static final int CONTENT = 1;
    private static final int QUANTITY = 3;
    private static final int UNIT_PRICE = 5;
    private EstimateViewModel estimate;

    @Start
    void start(Stage stage) {
        Messages messages = new Messages();
        RecordingDialogService dialogs = new RecordingDialogService();
        InMemoryDelegationRepository repository = InMemoryDelegationRepository.with(SampleDelegation.create());
        DelegationEditorViewModel editor = new DelegationEditorViewModel(new DelegationService(repository),
                new DirectTaskRunner(), dialogs, messages);
        estimate = new EstimateViewModel(editor.draft(), TestServices.budget(), new DirectTaskRunner(), dialogs, messages,
                (e, d, file) -> { });
        editor.addPart(estimate);
        editor.open(repository.findById(1).orElseThrow());
        Scene scene = new Scene(new StackPane(new EstimatePage(estimate, messages, () -> { }).node()), 1280, 760);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    private EstimateRow row(String key) {
        return estimate.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private TableCell<?, ?> cell(FxRobot robot, String key, int column) {
        TableView<EstimateRow> table = robot.lookup("#" + BudgetIds.TABLE).queryTableView();
        int index = table.getItems().indexOf(row(key));
        TableColumn<EstimateRow, ?> shown = table.getColumns().get(column);
        robot.interact(() -> table.scrollTo(index));
        return robot.lookup("#" + BudgetIds.TABLE + " .table-cell")
                // The flow keeps an invisible cell for measuring rows; only a shown one counts.
                .match((TableCell<?, ?> c) -> c.getTableColumn() == shown && c.getIndex() == index && !c.isEmpty()
                        && shown(c)).query();
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void focus(FxRobot robot, String key, int column) {
        TableView<EstimateRow> table = robot.lookup("#" + BudgetIds.TABLE).queryTableView();
        int index = table.getItems().indexOf(row(key));
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(index, table.getColumns().get(column));
            table.getFocusModel().focus(index, table.getColumns().get(column));
            table.requestFocus();
        });
    }

    @Test
    void anEditedFieldIsMarkedAndTellsItsComputedValue(FxRobot robot) {
        robot.interact(() -> estimate.edit(row("perDiem"), LineField.UNIT_PRICE, "250.000"));

        TableCell<?, ?> price = cell(robot, "perDiem", UNIT_PRICE);
        TableCell<?, ?> quantity = cell(robot, "perDiem", QUANTITY);

        assertThat(price.getText()).isEqualTo("250.000");
        assertThat(price.getStyleClass()).contains(Styles.EDITED_CELL);
        assertThat(price.getTooltip().getText()).isEqualTo("Đã sửa; giá trị tính: 300.000");
        assertThat(price.getAccessibleText()).isEqualTo("Đơn giá: 250.000. Đã sửa; giá trị tính: 300.000");
        assertThat(quantity.getText()).isEqualTo("37");
        assertThat(quantity.getStyleClass()).doesNotContain(Styles.EDITED_CELL).contains(Styles.NUMBER_CELL);
        assertThat(quantity.getTooltip()).isNull();
        assertThat(quantity.getAccessibleText()).isEqualTo("Số lượng: 37");

        robot.interact(() -> estimate.restore(row("perDiem")));

        assertThat(cell(robot, "perDiem", UNIT_PRICE).getStyleClass()).doesNotContain(Styles.EDITED_CELL);
        assertThat(cell(robot, "perDiem", UNIT_PRICE).getTooltip()).isNull();
    }

    @Test
    void aMissingPriceSaysSoAndLongTextWrapsWithItsTooltip(FxRobot robot) {
        TableCell<?, ?> price = cell(robot, TICKET, UNIT_PRICE);
        TableCell<?, ?> content = cell(robot, "perDiem", CONTENT);

        assertThat(price.getText()).isEqualTo("chưa có giá");
        assertThat(price.getStyleClass()).contains(Styles.MISSING_VALUE);
        assertThat(price.getAccessibleText()).isEqualTo("Đơn giá: chưa có giá");
        assertThat(content.getGraphic()).isInstanceOfSatisfying(Text.class,
                text -> assertThat(text.getText()).isEqualTo("Phụ cấp lưu trú"));
        assertThat(content.getTooltip().getText()).isEqualTo("Phụ cấp lưu trú");
        assertThat(content.getAccessibleText()).isEqualTo("Nội dung: Phụ cấp lưu trú");
    }

    @Test
    void aSectionRowIsNotEditedAndEscapeKeepsTheLine(FxRobot robot) {
        focus(robot, "PER_DIEM", CONTENT);
        robot.press(KeyCode.F2).release(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + BudgetIds.CELL_EDITOR).tryQuery()).isEmpty();

        focus(robot, "perDiem", CONTENT);
        robot.press(KeyCode.F2).release(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        TextField editor = robot.lookup("#" + BudgetIds.CELL_EDITOR).queryAs(TextField.class);
        assertThat(editor.getAccessibleText()).isEqualTo("Nội dung II.1");
        assertThat(editor.getText()).isEqualTo("Phụ cấp lưu trú");
        robot.write("Tiền ăn").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#" + BudgetIds.CELL_EDITOR).tryQuery()).isEmpty();
        assertThat(row("perDiem").content()).isEqualTo("Phụ cấp lưu trú");
        assertThat(estimate.worksheetProperty().get().overrides()).isEmpty();
    }

    @Test
    void aTotalWithLinesStillUnpricedIsLabelledPartial(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + BudgetIds.TOTAL_LABEL).queryLabeled().getText())
                .isEqualTo("TỔNG CỘNG (tạm tính, chưa đủ đơn giá):");
        assertThat(robot.lookup("#" + BudgetIds.TOTAL).queryLabeled().getText()).isEqualTo("66.600.000");
        assertThat(robot.lookup("#" + BudgetIds.TOTAL_IN_WORDS).queryLabeled().getText())
                .isEqualTo("Bằng chữ (tạm tính, chưa đủ đơn giá): Sáu mươi sáu triệu sáu trăm nghìn đồng.");
    }
}
