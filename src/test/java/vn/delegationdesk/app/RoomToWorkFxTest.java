package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.delegation.editor.EditorIds;
import vn.delegationdesk.delegation.member.ui.MemberIds;
import vn.delegationdesk.delegation.overview.ui.OverviewIds;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.platform.ui.LayoutMemory;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.TestServices;

/**
 * Room to work on a laptop screen: with the list hidden the members table shows at least 18 rows in a 1280×760 window
 * (less than 1366×768), the hidden list is remembered, and a problem never moves the tabs: it shows in a slot of the
 * header that is always there, and choosing it opens the tab that holds it.
 */
@ExtendWith(ApplicationExtension.class)
class RoomToWorkFxTest {
    private final LayoutMemory memory = LayoutMemory.forThisRun();
    private AppServices services;
    private DelegationEditorViewModel editor;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = TestServices.inMemory(SampleDelegation.create().withId(1L));
        show();
    }

    private void show() {
        MainWindow window = new MainWindow(new Messages(), memory);
        Workspace workspace = new Workspace(services, new DirectTaskRunner(), new RecordingDialogService(),
                SampleDelegation::create, () -> LocalDate.of(2025, 10, 1), TestServices.quietDevices());
        workspace.attach(window);
        editor = workspace.editor();
        Scene scene = new Scene(window, 1280, 760);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        workspace.list().load();
        editor.open(services.delegations().find(1).orElseThrow());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void withTheListHiddenTheMembersTableShowsEighteenRowsAndTheChoiceIsRemembered(FxRobot robot) throws Exception {
        SplitPane split = robot.lookup("#" + MainWindow.WORKSPACE).queryAs(SplitPane.class);
        assertThat(split.getItems()).hasSize(2);

        robot.clickOn("#" + ListToggle.ID);
        robot.clickOn("#" + MemberIds.TAB_MEMBERS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(split.getItems()).hasSize(1);
        assertThat(robot.lookup("#" + ListToggle.ID).queryLabeled().getText()).isEqualTo("Hiện danh sách");
        assertThat(fullyVisibleRows(robot.lookup("#" + MemberIds.MEMBERS_TABLE).queryAs(TableView.class))).isGreaterThanOrEqualTo(18);

        robot.interact(this::show);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + MainWindow.WORKSPACE).queryAs(SplitPane.class).getItems()).hasSize(1);
    }

    @Test
    void aProblemShowsInItsSlotWithoutMovingTheTabsAndLeadsToItsTab(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#" + EditorIds.TABS).queryAs(TabPane.class);
        MenuButton problems = robot.lookup("#" + EditorIds.PROBLEMS).queryAs(MenuButton.class);
        double tabsTop = top(tabs);
        assertThat(problems.isVisible()).isFalse();

        robot.interact(() -> editor.draft().update(b -> b.plannedSize(-1)));
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getText()).isEqualTo("Còn 1 lỗi");
        assertThat(top(tabs)).isEqualTo(tabsTop);
        assertThat(problems.getItems()).hasSize(1);
        assertThat(problems.getItems().get(0).getText()).startsWith("Số lượng dự kiến");

        robot.interact(() -> problems.getItems().get(0).fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tabs.getSelectionModel().getSelectedItem().getId()
                .equals(OverviewIds.TAB_OVERVIEW));
    }

    private static double top(Node node) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return bounds.getMinY();
    }

    /** Rows holding a member and lying wholly inside the table's scrolling area. */
    private static int fullyVisibleRows(TableView<?> table) {
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        Bounds area = flow.localToScene(flow.getLayoutBounds());
        int count = 0;
        for (int i = 0; i < table.getItems().size(); i++) {
            IndexedCell<?> cell = flow.getVisibleCell(i);
            if (cell != null && cell.isVisible()) {
                Bounds b = cell.localToScene(cell.getBoundsInLocal());
                if (b.getMinY() >= area.getMinY() - 0.5 && b.getMaxY() <= area.getMaxY() - hScrollbar(table) + 0.5) {
                    count++;
                }
            }
        }
        return count;
    }

    private static double hScrollbar(TableView<?> table) {
        return table.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                        && bar.isVisible())
                .mapToDouble(n -> n.getLayoutBounds().getHeight()).findFirst().orElse(0);
    }
}
