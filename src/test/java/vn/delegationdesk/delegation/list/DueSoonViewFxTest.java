package vn.delegationdesk.delegation.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.responsibility.TaskStatus;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.testing.InMemoryDelegationRepository;
import vn.delegationdesk.testing.TestDelegations;

/** "Việc sắp đến hạn" on a 1280-pixel-wide window: a long-overdue item says by how much, uncut. */
@ExtendWith(ApplicationExtension.class)
class DueSoonViewFxTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 10, 7);

    private DueSoonViewModel model;

    @Start
    void start(Stage stage) {
        Delegation daklak = TestDelegations.daklakLamDong();
        List<Responsibility> blocks = new ArrayList<>(daklak.responsibilities());
        Responsibility first = blocks.get(0);
        blocks.set(0, new Responsibility(first.unit(), first.role(), first.duties(), TODAY.minusDays(586), TaskStatus.IN_PROGRESS));
        model = new DueSoonViewModel(new DelegationService(InMemoryDelegationRepository.with(
                daklak.toBuilder().responsibilities(blocks).build())), new DirectTaskRunner(), new Messages(), () -> TODAY);
        Scene scene = new Scene(new DueSoonView(model, new Messages()), 1264, 360);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aLongOverdueItemShowsItsWholeDelay(FxRobot robot) {
        robot.interact(model::reload);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.rows().get(0).remaining()).isEqualTo("quá hạn 586 ngày");
        TableCell<?, ?> cell = robot.lookup(".table-cell." + Styles.DUE_REMAINING)
                .match((TableCell<?, ?> c) -> "quá hạn 586 ngày".equals(c.getText())).query();
        // What the cell draws: a column too narrow for the bold red text shows "quá hạn 586 ...".
        assertThat(((Text) cell.lookup(".text")).getText()).isEqualTo("quá hạn 586 ngày");
        assertThat(robot.lookup("#" + DelegationIds.DUE_SOON_COUNT).queryLabeled().getText())
                .isEqualTo("1 việc sắp đến hạn (1 quá hạn)");
    }
}
