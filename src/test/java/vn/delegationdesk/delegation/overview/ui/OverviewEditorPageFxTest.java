package vn.delegationdesk.delegation.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Reveal;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.sample.SampleDelegation;

/** The overview's lists of long texts on the sample, in the space the editor gives a tab (1340×520). */
@ExtendWith(ApplicationExtension.class)
class OverviewEditorPageFxTest {
    private DelegationDraft draft;
    private ScrollPane page;

    @Start
    void start(Stage stage) {
        Messages messages = new Messages();
        draft = new DelegationDraft(messages);
        draft.load(SampleDelegation.create().withId(1L));
        page = (ScrollPane) new OverviewEditorPage(new OverviewEditorViewModel(draft, messages), messages).node();
        Scene scene = new Scene(new StackPane(page), 1340, 520);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aLongPurposeWrapsInsteadOfScrollingSideways(FxRobot robot) {
        ListView<?> purposes = robot.lookup("#" + OverviewIds.PURPOSES + "-list").queryListView();
        ListCell<?> first = robot.lookup("#" + OverviewIds.PURPOSES + "-list .list-cell")
                .match((ListCell<?> cell) -> cell.getIndex() == 0).query();
        assertThat(first.getText()).startsWith("Thực hiện có hiệu quả Nghị quyết số 09-NQ/TU");
        // The cell is no wider than the list and is as tall as its wrapped lines.
        assertThat(first.getWidth()).isLessThanOrEqualTo(purposes.getWidth());
        assertThat(first.getHeight()).isGreaterThan(40);
    }

    @Test
    void anAddedPurposeIsInViewAndEditedInAWrappingArea(FxRobot robot) {
        int before = draft.get().purposes().size();
        robot.interact(() -> page.setVvalue(page.getVmin()));
        Node add = robot.lookup("#" + OverviewIds.PURPOSES + "-add").query();
        robot.interact(() -> Reveal.inView(add));
        robot.clickOn(add);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(draft.get().purposes()).hasSize(before + 1);
        Node typing = page.getScene().getFocusOwner();
        assertThat(typing).isInstanceOf(TextArea.class);
        assertThat(((TextArea) typing).isWrapText()).isTrue();
        Bounds shown = page.localToScreen(page.getLayoutBounds());
        Bounds at = typing.localToScreen(typing.getLayoutBounds());
        assertThat(at.getMinY()).isGreaterThanOrEqualTo(shown.getMinY());
        assertThat(at.getMaxY()).isLessThanOrEqualTo(shown.getMaxY());

        robot.write("Hoc tap mo hinh quan ly").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(draft.get().purposes()).hasSize(before + 1);
        assertThat(draft.get().purposes().get(before)).isEqualTo("Hoc tap mo hinh quan ly");
    }
}
