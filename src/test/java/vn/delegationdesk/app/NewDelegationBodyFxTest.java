package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.delegation.editor.EditorIds;
import vn.delegationdesk.delegation.editor.NewDelegationForm;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.FxDialogService;
import vn.delegationdesk.platform.ui.FxTaskRunner;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.CaoBangBody;
import vn.delegationdesk.testing.TestServices;

/**
 * The new-delegation dialog with a kept body: while the Hà Nội sample is open it offers "Như đoàn đang mở" first, and
 * choosing Cao Bằng's profile and its deputy shows, before "Tạo đoàn", the body, code and signer the documents will
 * carry; an impossible date says why "Tạo đoàn" is greyed in words beside the fields.
 */
@ExtendWith(ApplicationExtension.class)
class NewDelegationBodyFxTest {
    private static final String TITLE = "Đoàn học tập kinh nghiệm bảo tồn di sản tại thành phố Huế";

    @TempDir
    static Path dataDir;

    private AppServices services;
    private FxTaskRunner tasks;
    private DelegationEditorViewModel editor;
    private Workspace workspace;
    private long sampleId;

    @Start
    void start(Stage stage) throws Exception {
        Messages messages = new Messages();
        services = StoreServices.open(dataDir, messages);
        sampleId = services.delegations().create(SampleDelegation.create());
        services.bodies().save(CaoBangBody.profile());
        tasks = new FxTaskRunner();
        MainWindow window = new MainWindow(messages);
        workspace = new Workspace(services, tasks, new FxDialogService(messages, () -> stage), SampleDelegation::create,
                () -> LocalDate.of(2026, 3, 1), TestServices.quietDevices());
        workspace.attach(window);
        editor = workspace.editor();
        Scene scene = new Scene(window, 1280, 760);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        workspace.list().load();
        editor.open(services.delegations().find(sampleId).orElseThrow());
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        services.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theChosenBodyAndSignerAreShownBeforeCreatingAndTaken(FxRobot robot) throws Exception {
        robot.clickOn("#" + EditorIds.NEW);
        ComboBox<NewDelegationForm.BodyOption> body = robot.lookup("#" + EditorIds.NEW_BODY).queryAs(ComboBox.class);
        Label preview = robot.lookup("#" + EditorIds.NEW_BODY_PREVIEW).queryAs(Label.class);
        assertThat(body.getValue().label()).isEqualTo("Như đoàn đang mở");
        assertThat(body.getItems()).extracting(NewDelegationForm.BodyOption::label).containsExactly(
                "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH – UBND TỈNH CAO BẰNG", "Như đoàn đang mở", "Để trống (nhập sau ở thẻ Tổng quan)");
        assertThat(preview.getText()).isEqualTo("Lấy như đoàn đang mở: SỞ VĂN HÓA VÀ THỂ THAO (UBND THÀNH PHỐ HÀ NỘI); "
                + "người ký: GIÁM ĐỐC Bạch Liên Hương");

        robot.interact(() -> body.getSelectionModel().select(0));
        ComboBox<Signer> signer = robot.lookup("#" + EditorIds.NEW_SIGNER).queryAs(ComboBox.class);
        assertThat(signer.getValue()).isEqualTo(CaoBangBody.DIRECTOR);
        robot.interact(() -> signer.getSelectionModel().select(CaoBangBody.DEPUTY));
        assertThat(preview.getText()).isEqualTo("""
                Văn bản mang tên SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH – UBND TỈNH CAO BẰNG; ký hiệu KH-SVHTTDL; địa danh Cao Bằng.
                Mã QHNS trên giấy đi đường: 1125843.
                Người ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC Hoàng Thị Mai Lan.""");
        assertThat(robot.lookup("#" + EditorIds.NEW_WITH_BASIS).queryLabeled().getText()).isEqualTo(
                "Đưa vào căn cứ: Quyết định số 23/2023/QĐ-UBND ngày 15/06/2023 của UBND tỉnh Cao Bằng (chức năng, nhiệm vụ của cơ quan)");

        robot.clickOn("#" + EditorIds.NEW_TITLE).write(TITLE);
        robot.clickOn("#" + EditorIds.NEW_START).write("06/04/2026");
        robot.clickOn("#" + EditorIds.NEW_END).write("31/02/2026");
        WaitForAsyncUtils.waitForFxEvents();
        Button confirm = robot.lookup("#" + EditorIds.NEW_CONFIRM).queryButton();
        Label problem = robot.lookup("#" + EditorIds.NEW_PROBLEM).queryAs(Label.class);
        assertThat(confirm.isDisabled()).isTrue();
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("Ngày về không phải ngày hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 14/10/2025");

        robot.doubleClickOn("#" + EditorIds.NEW_END).eraseText(10).write("09/04/2026");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem.isVisible()).isFalse();
        robot.clickOn("#" + EditorIds.NEW_CONFIRM);
        // Created, listed, opened, and the estimate and documents of the new delegation read: nothing left running.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> TITLE.equals(editor.titleProperty().get())
                && workspace.list().rows().size() == 2 && !editor.isBusy() && !workspace.estimate().isBusy()
                && !workspace.documents().isBusy() && !workspace.list().isBusy());
        WaitForAsyncUtils.waitForFxEvents();

        Delegation created = editor.draft().get();
        assertThat(created.issuingBody().name()).isEqualTo(CaoBangBody.NAME);
        assertThat(created.signer()).isEqualTo(CaoBangBody.DEPUTY);
        assertThat(created.legalBases()).containsExactly(CaoBangBody.AUTHORITY);
    }
}
