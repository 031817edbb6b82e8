package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.DeskSamples;
import vn.delegationdesk.conferencedesk.ui.CheckInView;
import vn.delegationdesk.conferencedesk.ui.CheckInViewModel;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.FxTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * The check-in window over a store in a temporary folder: a QR payload typed as a scanner does, a partial name without
 * marks, a walk-in added through its dialog, a QR code of the other conference refused; the count changes on screen; the
 * store closed and opened again, a new window shows the same attendance.
 */
@ExtendWith(ApplicationExtension.class)
class CheckInFlowFxTest {
    private static final String DAK_LAK = SampleDelegation.CONFERENCE_DAK_LAK;
    private static final String LAM_DONG = SampleDelegation.CONFERENCE_LAM_DONG;

    @TempDir
    static Path dataDir;

    private final Messages messages = new Messages();
    private AppServices services;
    private FxTaskRunner tasks;
    private long delegationId;

    @Start
    void start(Stage stage) {
        services = StoreServices.open(dataDir, messages);
        delegationId = services.delegations().create(SampleDelegation.create());
        List<Delegate> list = new ArrayList<>(DeskSamples.four(DAK_LAK, "dl-"));
        list.addAll(DeskSamples.generated(DAK_LAK, 40));
        services.conferenceDesk().save(delegationId, DAK_LAK, list);
        services.conferenceDesk().save(delegationId, LAM_DONG, DeskSamples.four(LAM_DONG, "ld-"));
        tasks = new FxTaskRunner();
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        services.close();
    }

    private Stage openDesk(FxRobot robot) throws TimeoutException {
        AtomicReference<CheckInViewModel> vm = new AtomicReference<>();
        AtomicReference<Stage> stage = new AtomicReference<>();
        robot.interact(() -> {
            vm.set(new CheckInViewModel(services.conferenceDesk(), delegationId, SampleDelegation.create().conferences(), DAK_LAK,
                    "Hội nghị tại Đắk Lắk", tasks, messages, ZoneId.systemDefault()));
            stage.set(CheckInView.open(null, vm.get(), messages));
        });
        waitUntil(() -> vm.get().loadedProperty().get() && !vm.get().isBusy());
        WaitForAsyncUtils.waitForFxEvents();
        return stage.get();
    }

    @Test
    void scanTypeAWalkInAndTheSameAttendanceAfterARestart(FxRobot robot) throws Exception {
        Stage desk = openDesk(robot);
        assertThat(desk.getTitle()).isEqualTo("Bàn điểm danh – Hội nghị tại Đắk Lắk");
        assertThat(text(robot, CheckInView.TOTAL)).isEqualTo("Đã đến 1/44");

        // A USB scanner types the invitation's payload and Enter.
        enter(robot, "DD1|" + DAK_LAK + "|dl-2");
        waitUntil(() -> text(robot, CheckInView.TOTAL).equals("Đã đến 2/44"));
        assertThat(text(robot, CheckInView.MESSAGE)).startsWith("Đã điểm danh: Trần Thị Bình lúc ");

        // A partial name without marks.
        enter(robot, "thu dung");
        waitUntil(() -> text(robot, CheckInView.TOTAL).equals("Đã đến 3/44"));
        assertThat(text(robot, CheckInView.MESSAGE)).startsWith("Đã điểm danh: Phạm Thu Dung lúc ");

        // Several matches: chosen in the list, then "Điểm danh".
        TextField search = robot.lookup("#" + CheckInView.SEARCH).queryAs(TextField.class);
        robot.interact(() -> search.setText("nguyen"));
        ListView<?> matches = robot.lookup("#" + CheckInView.MATCHES).queryAs(ListView.class);
        waitUntil(() -> matches.getItems().size() > 1);
        robot.interact(() -> matches.getSelectionModel().select(1));
        robot.clickOn("#" + CheckInView.CHECK_IN);
        waitUntil(() -> text(robot, CheckInView.TOTAL).equals("Đã đến 4/44"));

        // Someone not on the list.
        robot.clickOn("#" + CheckInView.WALK_IN);
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = robot.lookup("#" + CheckInView.WALK_IN_NAME).queryAs(TextField.class);
        robot.interact(() -> {
            name.setText("Đỗ Minh Khánh");
            robot.lookup("#" + CheckInView.WALK_IN_BODY).queryAs(TextField.class).setText("Đài Phát thanh - Truyền hình Đắk Lắk");
        });
        robot.clickOn("OK");
        waitUntil(() -> text(robot, CheckInView.TOTAL).equals("Đã đến 5/44"));
        assertThat(text(robot, CheckInView.MESSAGE)).startsWith("Đã thêm và điểm danh khách đến trực tiếp: Đỗ Minh Khánh lúc ");
        assertThat(groupLines(robot)).contains("Khách mời khác: 1/6 (khách đến trực tiếp: 1)");

        // A code of the other conference.
        enter(robot, "DD1|" + LAM_DONG + "|ld-2");
        assertThat(text(robot, CheckInView.MESSAGE)).startsWith("Mã QR này của hội nghị khác: \"Hội nghị trao đổi")
                .contains("tỉnh Lâm Đồng\"").endsWith("(17/10/2025); hãy kiểm tra giấy mời");
        assertThat(text(robot, CheckInView.TOTAL)).isEqualTo("Đã đến 5/44");
        List<String> counted = groupLines(robot);

        // The app closed and opened again.
        robot.interact(desk::close);
        tasks.close();
        services.close();
        services = StoreServices.open(dataDir, messages);
        tasks = new FxTaskRunner();
        Stage again = openDesk(robot);
        assertThat(text(robot, CheckInView.TOTAL)).isEqualTo("Đã đến 5/44");
        assertThat(groupLines(robot)).isEqualTo(counted);
        enter(robot, "DD1|" + DAK_LAK + "|dl-2");
        assertThat(text(robot, CheckInView.MESSAGE)).startsWith("Trần Thị Bình đã điểm danh lúc ");
        robot.interact(again::close);
    }

    private static void enter(FxRobot robot, String typed) {
        TextField field = robot.lookup("#" + CheckInView.SEARCH).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(typed);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> groupLines(FxRobot robot) {
        ListView<?> groups = robot.lookup("#" + CheckInView.GROUPS).queryAs(ListView.class);
        return groups.getItems().stream().map(String::valueOf).toList();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
