package vn.delegationdesk.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.platform.i18n.Messages;

/** JavaFX ships no Vietnamese strings: every dialog button is labelled from the bundle. */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceFxTest {
    private Stage stage;
    private FxDialogService dialogs;

    @Start
    void start(Stage primary) {
        this.stage = primary;
        this.dialogs = new FxDialogService(new Messages(), () -> stage);
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void buttonsAreVietnamese(FxRobot robot) throws Exception {
        List<String> error = WaitForAsyncUtils.asyncFx(() -> texts(
                dialogs.createAlert(Alert.AlertType.ERROR, "Lỗi", "Nội dung", dialogs.closeButton()))).get(5, TimeUnit.SECONDS);
        List<String> confirm = WaitForAsyncUtils.asyncFx(() -> texts(dialogs.createAlert(Alert.AlertType.CONFIRMATION, "Xác nhận",
                "Nội dung", dialogs.okButton(), dialogs.cancelButton()))).get(5, TimeUnit.SECONDS);

        assertThat(error).containsExactly("Đóng");
        assertThat(confirm).containsExactlyInAnyOrder("Đồng ý", "Hủy");
    }

    @Test
    void confirmIsTrueOnlyForDongY(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.confirm("Xóa đoàn?", "Đoàn sẽ bị xóa khỏi kho dữ liệu.")));
        WaitForAsyncUtils.waitForFxEvents();
        Button ok = robot.lookup(".dialog-pane .button")
                .match((Button b) -> ButtonBar.getButtonData(b) == ButtonBar.ButtonData.OK_DONE).queryButton();
        assertThat(ok.getText()).isEqualTo("Đồng ý");
        robot.clickOn(ok);
        assertThat(answer.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void replacingAFileAsksWithHuyAsTheDefaultSoEnterKeepsTheFile(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.confirmReplace("Thay thế tệp đã có?",
                "Thư mục /tmp đã có tệp Ke-hoach_Dak-Lak-Lam-Dong_10-2025.pdf.")));
        WaitForAsyncUtils.waitForFxEvents();
        Button replace = robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Thay thế")).queryButton();
        Button cancel = robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Hủy")).queryButton();

        assertThat(cancel.isDefaultButton()).isTrue();
        assertThat(replace.isDefaultButton()).isFalse();
        robot.type(KeyCode.ENTER);
        assertThat(answer.get(5, TimeUnit.SECONDS)).isFalse();

        CompletableFuture<Boolean> second = new CompletableFuture<>();
        Platform.runLater(() -> second.complete(dialogs.confirmReplace("Thay thế tệp đã có?", "…")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Thay thế")).queryButton());
        assertThat(second.get(5, TimeUnit.SECONDS)).isTrue();
    }

    private static List<String> texts(Alert alert) {
        return alert.getButtonTypes().stream().map(type -> ((Button) alert.getDialogPane().lookupButton(type)).getText()).toList();
    }
}
