package vn.delegationdesk.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.platform.db.ServerAddress;
import vn.delegationdesk.platform.i18n.Messages;

/** The connection dialog refuses "Kết nối" while a field is wrong, naming each wrong field in Vietnamese. */
class ServerConnectionDialogFxTest {
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void cleanup() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void wrongFieldsAreNamedAndARightConnectionCloses() throws Exception {
        ServerConnectionForm form = new ServerConnectionForm();
        AtomicReference<Dialog<ButtonType>> shown = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            Dialog<ButtonType> dialog = new FxServerPrompts(new Messages(), () -> null).connectionDialog(form);
            shown.set(dialog);
            dialog.show();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + FxServerPrompts.PORT).queryAs(TextField.class).getText()).isEqualTo("5432");

        robot.clickOn("#" + FxServerPrompts.PORT).eraseText(4).write("70000");
        robot.clickOn(connect());
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#" + FxServerPrompts.ERROR).queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo(String.join("\n",
                "Máy chủ: hãy nhập tên hoặc địa chỉ IP của máy chủ PostgreSQL.",
                "Cổng: \"70000\" không phải số từ 1 đến 65535 (thường là 5432).",
                "Cơ sở dữ liệu: hãy nhập tên cơ sở dữ liệu trên máy chủ.",
                "Người dùng: hãy nhập tên người dùng trên máy chủ."));
        assertThat(shown.get().isShowing()).isTrue();

        robot.clickOn("#" + FxServerPrompts.HOST).write("may chu");
        robot.clickOn("#" + FxServerPrompts.PORT).eraseText(5).write("cổng");
        robot.clickOn("#" + FxServerPrompts.DATABASE).write("delegation_desk");
        robot.clickOn("#" + FxServerPrompts.USER).write("van_thu");
        robot.clickOn(connect());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.getText()).isEqualTo(String.join("\n",
                "Máy chủ: \"may chu\" không phải tên hay địa chỉ máy chủ (không được có dấu cách, \"/\" hay \":\").",
                "Cổng: \"cổng\" không phải số từ 1 đến 65535 (thường là 5432)."));

        robot.clickOn("#" + FxServerPrompts.HOST).eraseText(7).write("192.168.1.10");
        robot.clickOn("#" + FxServerPrompts.PORT).eraseText(4).write("5433");
        robot.clickOn("#" + FxServerPrompts.PASSWORD).write("bí mật");
        robot.clickOn(connect());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown.get().isShowing()).isFalse();
        assertThat(form.address()).contains(new ServerAddress("192.168.1.10", 5433, "delegation_desk", "van_thu"));
    }

    private Button connect() {
        return robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Kết nối")).queryButton();
    }
}
