package vn.delegationdesk.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A greyed button says why when pointed at, and works again once there is no reason. */
@ExtendWith(ApplicationExtension.class)
class ButtonsFxTest {
    private static final String WHY = "Chưa có thay đổi nào để lưu.";

    private final StringProperty reason = new SimpleStringProperty(WHY);
    private final int[] clicks = new int[1];
    private Button save;
    private StackPane frame;

    @Start
    void start(Stage stage) {
        save = Buttons.action("save", "Lưu", "Lưu các thay đổi (Ctrl+S)", () -> clicks[0]++);
        frame = Buttons.unavailableWhile(save, reason);
        HBox bar = new HBox(frame);
        Scene scene = new Scene(bar, 320, 120);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void pointingAtTheGreyedButtonShowsWhy(FxRobot robot) throws TimeoutException {
        assertThat(save.isDisabled()).isTrue();
        assertThat(Buttons.whyUnavailable(save).get()).isEqualTo(WHY);
        assertThat(save.getAccessibleHelp()).isEqualTo(WHY);
        assertThat(frame.getChildren()).containsExactly(save);

        robot.moveTo(save);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownTooltip(robot) != null);
        assertThat(shownTooltip(robot).getText()).isEqualTo(WHY);
        robot.clickOn(save);
        assertThat(clicks[0]).isZero();
    }

    @Test
    void withoutAReasonTheButtonWorksAndSaysWhatItDoes(FxRobot robot) throws TimeoutException {
        robot.interact(() -> reason.set(""));
        assertThat(save.isDisabled()).isFalse();
        assertThat(Buttons.whyUnavailable(save).get()).isEmpty();
        assertThat(save.getAccessibleHelp()).isNull();

        robot.moveTo(save);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownTooltip(robot) != null);
        assertThat(shownTooltip(robot).getText()).isEqualTo("Lưu các thay đổi (Ctrl+S)");
        robot.clickOn(save);
        assertThat(clicks[0]).isEqualTo(1);
    }

    private static Tooltip shownTooltip(FxRobot robot) {
        return robot.listWindows().stream().filter(Window::isShowing).filter(Tooltip.class::isInstance).map(Tooltip.class::cast)
                .findFirst().orElse(null);
    }
}
