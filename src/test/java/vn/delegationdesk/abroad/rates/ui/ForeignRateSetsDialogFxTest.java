package vn.delegationdesk.abroad.rates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.abroad.AbroadService;
import vn.delegationdesk.abroad.BuiltInForeignRateSets;
import vn.delegationdesk.abroad.MemoryForeignRateSetRepository;
import vn.delegationdesk.abroad.MemoryOutboundRepository;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.testing.RecordingDialogService;

/** "Bộ định mức công tác nước ngoài" on a screen, headless: a rate added to TT 140/2025 and one figure typed (TEST DATA). */
@ExtendWith(ApplicationExtension.class)
class ForeignRateSetsDialogFxTest {
    private static final int LODGING = 5;
    private ForeignRateSetsViewModel model;

    @Start
    void start(Stage stage) {
        Messages messages = new Messages();
        AbroadService abroad = new AbroadService(new MemoryOutboundRepository(), new MemoryForeignRateSetRepository(),
                id -> Optional.empty(), new RoleGate(() -> User.everyRole("lan")));
        model = new ForeignRateSetsViewModel(abroad, new DirectTaskRunner(), new RecordingDialogService(), messages);
        model.load();
        model.select(model.sets().stream().filter(s -> s.id().equals(BuiltInForeignRateSets.TT140_ID)).findFirst().orElseThrow());
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        ForeignRateSetsDialog dialog = new ForeignRateSetsDialog(stage, model, messages);
        dialog.show();
        dialog.setX(0);
        dialog.setY(0);
    }

    @Test
    void aLodgingCapTypedWithADecimalCommaIsShownAsTypedAndMarksTheSetChanged(FxRobot robot) {
        Label heading = robot.lookup("#" + ForeignRateSetsDialog.HEADING).queryAs(Label.class);
        assertThat(heading.getText()).isEqualTo("Thông tư 140/2025/TT-BTC");
        robot.clickOn("#" + ForeignRateSetsDialog.ADD_RATE);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> rates = robot.lookup("#" + ForeignRateSetsDialog.RATES).queryTableView();
        TableColumn<?, ?> lodging = rates.getColumns().get(LODGING);
        assertThat(((Label) lodging.getGraphic()).getText()).isEqualTo("Tiền thuê\nchỗ ở/đêm");
        TableCell<?, ?> cell = robot.lookup("#" + ForeignRateSetsDialog.RATES + " .table-cell")
                .match((TableCell<?, ?> c) -> c.getTableColumn() == lodging && c.getIndex() == 0 && !c.isEmpty()).query();
        assertThat(cell.getText()).isEqualTo("chưa nhập");

        robot.clickOn(cell);
        robot.press(KeyCode.F2).release(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("45,5").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.rows().get(0).lodgingCap()).isEqualTo(new BigDecimal("45.5"));
        TableCell<?, ?> typed = robot.lookup("#" + ForeignRateSetsDialog.RATES + " .table-cell")
                .match((TableCell<?, ?> c) -> c.getTableColumn() == lodging && c.getIndex() == 0 && !c.isEmpty()).query();
        assertThat(typed.getText()).isEqualTo("45,5");
        assertThat(heading.getText()).isEqualTo("Thông tư 140/2025/TT-BTC *");
        Button save = robot.lookup("#" + ForeignRateSetsDialog.SAVE).queryButton();
        assertThat(save.isDisabled()).isFalse();
        assertThat(save.getText()).isEqualTo("Lưu bộ định mức");
    }
}
