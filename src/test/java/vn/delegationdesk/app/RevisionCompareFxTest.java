package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.approval.ui.ApprovalIds;
import vn.delegationdesk.delegation.approval.ui.RevisionComparisonViewModel.Row;
import vn.delegationdesk.delegation.approval.ui.RevisionRow;
import vn.delegationdesk.delegation.editor.DelegationEditorView;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.FxDialogService;
import vn.delegationdesk.platform.ui.FxTaskRunner;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.TestServices;

/**
 * Tab "Phê duyệt" with two revisions of the sample (the second with one member fewer and a changed position): the list
 * shows both, "So sánh…" with both chosen opens the side-by-side dialog (Nội dung | Bản 1 | Bản 2) with the changed
 * values and the estimate's totals; "Lưu văn bản đã phê duyệt…" stays greyed with its reason until approval. Keeps
 * pictures of the tab and the dialog in target/screenshots, to be looked at.
 */
@ExtendWith(ApplicationExtension.class)
class RevisionCompareFxTest {
    @TempDir
    static Path dataDir;

    private AppServices services;
    private FxTaskRunner tasks;
    private Workspace workspace;
    private DelegationEditorView view;
    private Member first;
    private Member dropped;

    @Start
    void start(Stage stage) throws Exception {
        Messages messages = new Messages();
        services = StoreServices.open(dataDir, messages);
        services.user().set(User.everyRole("Nguyễn Thị Lan"));
        long id = services.delegations().create(SampleDelegation.create());
        services.approvals().submit(id);
        services.approvals().returnToDraft(id, "Bớt một người, sửa chức vụ");
        Delegation stored = services.delegations().find(id).orElseThrow();
        List<Member> members = new ArrayList<>(stored.members());
        first = members.get(0);
        dropped = members.remove(members.size() - 1);
        members.set(0, first.toBuilder().position("Chuyên viên chính Phòng Quản lý văn hóa").build());
        services.delegations().save(stored.toBuilder().members(members).plannedSize(stored.plannedSize() - 1).build());
        services.approvals().submit(id);

        tasks = new FxTaskRunner();
        MainWindow window = new MainWindow(messages);
        workspace = new Workspace(services, tasks, new FxDialogService(messages, () -> stage), SampleDelegation::create,
                () -> LocalDate.of(2025, 10, 1), TestServices.quietDevices());
        view = workspace.attach(window);
        Scene scene = new Scene(window, 1280, 760);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        workspace.list().load();
        workspace.editor().open(services.delegations().find(id).orElseThrow());
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        services.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void bothRevisionsSideBySide(FxRobot robot) throws Exception {
        robot.interact(() -> view.tabs().getTabs().stream().filter(tab -> ApprovalIds.TAB.equals(tab.getId())).findFirst()
                .ifPresent(tab -> view.tabs().getSelectionModel().select(tab)));
        TableView<RevisionRow> list = robot.lookup("#" + ApprovalIds.REVISIONS).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> list.getItems().size() == 2 && !workspace.approval().isBusy());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).extracting(RevisionRow::name).containsExactly("Bản 2", "Bản 1");
        assertThat(list.getColumns()).extracting(TableColumn::getText)
                .containsExactly("Bản", "Trình lúc", "Người trình", "Tổng dự toán");
        assertThat(Buttons.whyUnavailable(robot.lookup("#" + ApprovalIds.SAVE_APPROVED).queryButton()).get())
                .isEqualTo("Chỉ có khi kế hoạch đã được phê duyệt.");
        assertThat(robot.lookup("#" + ApprovalIds.COMPARE).queryButton().isDisabled()).isTrue();

        robot.interact(() -> list.getSelectionModel().selectAll());
        WaitForAsyncUtils.waitForFxEvents();
        screenshot(robot, list.getScene(), "revision-list.png");
        robot.clickOn("#" + ApprovalIds.COMPARE);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#" + ApprovalIds.COMPARISON_TABLE).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        TableView<Row> table = robot.lookup("#" + ApprovalIds.COMPARISON_TABLE).queryAs(TableView.class);
        assertThat(table.getColumns()).extracting(TableColumn::getText).containsExactly("Nội dung", "Bản 1", "Bản 2");
        assertThat(table.getItems()).extracting(Row::what, Row::left, Row::right).contains(
                tuple("Thành viên " + first.fullName() + " – Chức vụ", first.position(),
                        "Chuyên viên chính Phòng Quản lý văn hóa"),
                tuple("Thành viên " + dropped.fullName(), "Có trong đoàn", "Không có trong đoàn"));
        assertThat(robot.lookup("#" + ApprovalIds.COMPARISON_SUMMARY).queryAs(Label.class).getText())
                .startsWith("Kế hoạch khác nhau ở 3 điểm. Tổng dự toán: Bản 1 ");
        screenshot(robot, table.getScene(), "revision-compare.png");
        robot.interact(() -> ((Stage) table.getScene().getWindow()).close());
    }

    /** Keeps what the user saw in target/screenshots, to be looked at. */
    private static void screenshot(FxRobot robot, Scene scene, String name) {
        robot.interact(() -> {
            WritableImage image = scene.snapshot(null);
            PixelReader pixels = image.getPixelReader();
            BufferedImage out = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < out.getHeight(); y++) {
                for (int x = 0; x < out.getWidth(); x++) {
                    out.setRGB(x, y, pixels.getArgb(x, y));
                }
            }
            try {
                Path folder = Files.createDirectories(Path.of("target", "screenshots"));
                ImageIO.write(out, "png", folder.resolve(name).toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
