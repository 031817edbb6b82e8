package vn.delegationdesk.budget.rates.ui;


import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.RateKey;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.TestServices;

/** The rate-set dialog on a screen, headless: the amounts as shown and typed in place, and the list kept on the form's set. */
@ExtendWith(ApplicationExtension.class)
class RateSetsDialogFxTest {
    private static final int AMOUNT = 2;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private RateSetsViewModel model;

    @Start
    void start(Stage stage) {
        Messages messages = new Messages();
        model = new RateSetsViewModel(TestServices.budget(), new DirectTaskRunner(), dialogs, messages, () -> { });
        model.load();
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        RateSetsDialog dialog = new RateSetsDialog(stage, model, messages);
        dialog.show();
        // Centred on the small owner it would start off the screen, where no click lands.
        dialog.setX(0);
        dialog.setY(0);
    }

    private TableCell<?, ?> amountCell(FxRobot robot, RateKey key) {
        TableView<?> values = robot.lookup("#" + RateSetIds.RATE_SET_VALUES).queryTableView();
        TableColumn<?, ?> amount = values.getColumns().get(AMOUNT);
        robot.interact(() -> values.scrollTo(key.ordinal()));
        return robot.lookup("#" + RateSetIds.RATE_SET_VALUES + " .table-cell")
                .match((TableCell<?, ?> c) -> c.getTableColumn() == amount && c.getIndex() == key.ordinal() && !c.isEmpty())
                .query();
    }

    private void type(FxRobot robot, RateKey key, String text) {
        robot.clickOn(amountCell(robot, key));
        robot.press(KeyCode.F2).release(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(text).press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anAmountNotKnownYetSaysSoAndAKnownOneShowsItsFigure(FxRobot robot) {
        TableCell<?, ?> unknown = amountCell(robot, RateKey.LODGING_FLAT_CITY);
        TableCell<?, ?> perDiem = amountCell(robot, RateKey.PER_DIEM);

        assertThat(unknown.getText()).isEqualTo("chưa có số liệu");
        assertThat(unknown.getStyleClass()).contains(Styles.MUTED);
        assertThat(unknown.getAccessibleText()).isEqualTo("Mức (đồng): chưa có số liệu");
        assertThat(perDiem.getText()).isEqualTo("300.000");
        assertThat(perDiem.getStyleClass()).doesNotContain(Styles.MUTED);
        assertThat(perDiem.getAccessibleText()).isEqualTo("Mức (đồng): 300.000");
        assertThat(perDiem.getTooltip()).isNull();
    }

    @Test
    void aTypedAmountIsTakenOrRefusedWithTheReason(FxRobot robot) {
        type(robot, RateKey.PER_DIEM, "ba trăm");

        Label notice = robot.lookup("#" + RateSetIds.RATE_SET_NOTICE).queryAs(Label.class);
        assertThat(notice.getText()).startsWith("Mức «Phụ cấp lưu trú» phải là số đồng nguyên không âm");
        assertThat(model.values().get(RateKey.PER_DIEM.ordinal()).amountText()).isEqualTo("300.000");

        type(robot, RateKey.PER_DIEM, "350.000");

        assertThat(model.values().get(RateKey.PER_DIEM.ordinal()).amountText()).isEqualTo("350.000");
        assertThat(amountCell(robot, RateKey.PER_DIEM).getText()).isEqualTo("350.000");
        assertThat(notice.getText()).isEmpty();
        assertThat(model.dirtyProperty().get()).isTrue();
    }

    @Test
    void keepingTheChangesPutsTheListBackOnTheSetInTheForm(FxRobot robot) {
        type(robot, RateKey.PER_DIEM, "350.000");
        ListView<?> list = robot.lookup("#" + RateSetIds.RATE_SET_LIST).queryListView();
        dialogs.answer(false);

        robot.clickOn(robot.lookup("#" + RateSetIds.RATE_SET_LIST + " .list-cell")
                .match((ListCell<?> c) -> c.getIndex() == 1).queryAs(ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.shown("confirm")).hasSize(1);
        assertThat(model.selectedProperty().get().id()).isEqualTo(BuiltInRateSets.TT12_ID);
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();

        dialogs.answer(true);
        robot.clickOn(robot.lookup("#" + RateSetIds.RATE_SET_LIST + " .list-cell")
                .match((ListCell<?> c) -> c.getIndex() == 1).queryAs(ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.selectedProperty().get().id()).isEqualTo(BuiltInRateSets.TT40_ID);
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(model.values().get(RateKey.PER_DIEM.ordinal()).amountText()).isEqualTo("200.000");
        assertThat(dialogs.shown("confirm")).hasSize(2);
    }
}
