package vn.delegationdesk.delegation.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
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
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityRef;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.Slot;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.sample.SampleDelegation;

/** The programme editor on the sample, headless, in the space the editor shell gives a tab (1340×520). */
@ExtendWith(ApplicationExtension.class)
class ProgrammeEditorPageFxTest {
    private static final LocalDate D14 = LocalDate.of(2025, 10, 14);
    private static final LocalDate D15 = LocalDate.of(2025, 10, 15);
    private DelegationDraft draft;
    private ProgrammeEditorViewModel model;

    @Start
    void start(Stage stage) {
        Messages messages = new Messages();
        draft = new DelegationDraft(messages);
        draft.load(SampleDelegation.create().withId(1L));
        model = new ProgrammeEditorViewModel(draft, messages);
        ProgrammeEditorPage page = new ProgrammeEditorPage(model, messages);
        Scene scene = new Scene(new StackPane(page.node()), 1340, 520);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void selectAnActivityAndMoveItToAnotherSession(FxRobot robot) {
        ActivityRef evening = new ActivityRef(D14, HalfDay.EVENING, 0);
        robot.clickOn("#" + ProgrammeIds.activityRow(evening));
        assertThat(robot.lookup("#" + ProgrammeIds.FORM_DESCRIPTION).queryTextInputControl().getText())
                .isEqualTo("Khảo sát thực tế.");

        @SuppressWarnings("unchecked")
        ComboBox<ProgrammeItems.Target> target = robot.lookup("#" + ProgrammeIds.MOVE_TARGET).queryAs(ComboBox.class);
        assertThat(target.isDisabled()).isFalse();
        ProgrammeItems.Target afternoon15 = target.getItems().stream()
                .filter(t -> t.label().equals("Thứ Tư, 15/10/2025 – Buổi chiều")).findFirst().orElseThrow();
        robot.interact(() -> target.getSelectionModel().select(afternoon15));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(draft.isDirty()).isTrue();
        assertThat(draft.get().programme().get(0).activitiesIn(HalfDay.EVENING)).isEmpty();
        assertThat(draft.get().programme().get(1).activitiesIn(HalfDay.AFTERNOON)).extracting(Activity::description)
                .containsExactly("Khảo sát thực tế.");
        Node moved = robot.lookup("#" + ProgrammeIds.activityRow(new ActivityRef(D15, HalfDay.AFTERNOON, 0))).query();
        assertThat(moved.getPseudoClassStates()).extracting(Object::toString).contains("selected");
        assertThat(target.getValue()).isNull();
    }

    @Test
    void anAddedActivityIsInViewWithItsDescriptionTakingTheTyping(FxRobot robot) {
        ProgrammeDay last = draft.get().programme().get(draft.get().programme().size() - 1);
        HalfDay session = last.activities().get(0).halfDay();
        int before = last.activitiesIn(session).size();
        // The last day's first activity is chosen (it is out of sight), and the calendar shows its first days.
        robot.interact(() -> model.select(new ActivityRef(last.date(), session, 0)));
        ScrollPane days = scrollPaneOf(robot.lookup("#" + ProgrammeIds.DAYS).query());
        robot.interact(() -> days.setVvalue(days.getVmin()));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#" + ProgrammeIds.ADD);
        WaitForAsyncUtils.waitForFxEvents();

        ActivityRef added = new ActivityRef(last.date(), session, before);
        assertThat(draft.get().programme().get(draft.get().programme().size() - 1).activitiesIn(session)).hasSize(before + 1);
        Node row = robot.lookup("#" + ProgrammeIds.activityRow(added)).query();
        assertThat(row.getPseudoClassStates()).extracting(Object::toString).contains("selected");
        // The row of the new activity lies wholly in the part of the calendar on screen.
        Bounds shown = days.localToScreen(days.getLayoutBounds());
        Bounds at = row.localToScreen(row.getLayoutBounds());
        assertThat(at.getMinY()).isGreaterThanOrEqualTo(shown.getMinY());
        assertThat(at.getMaxY()).isLessThanOrEqualTo(shown.getMaxY());
        TextInputControl description = robot.lookup("#" + ProgrammeIds.FORM_DESCRIPTION).queryTextInputControl();
        assertThat(description.isFocused()).isTrue();

        robot.write("Giao luu van nghe");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(draft.get().programme().get(draft.get().programme().size() - 1).activitiesIn(session).get(before)
                .description()).isEqualTo("Giao luu van nghe");
    }

    @Test
    void theFormAndTheSessionButtonsKeepTheirPlaceWhenTheSelectionChanges(FxRobot robot) {
        Node form = robot.lookup("#" + ProgrammeIds.FORM).query();
        Node addEvening = robot.lookup("#" + ProgrammeIds.addTo(new Slot(D14, HalfDay.EVENING))).query();
        Bounds formBefore = form.localToScreen(form.getLayoutBounds());
        double buttonBefore = addEvening.localToScreen(addEvening.getLayoutBounds()).getMinX();

        robot.clickOn("#" + ProgrammeIds.activityRow(new ActivityRef(D14, HalfDay.MORNING, 0)));
        WaitForAsyncUtils.waitForFxEvents();

        Bounds formAfter = form.localToScreen(form.getLayoutBounds());
        assertThat(formAfter.getMinX()).isEqualTo(formBefore.getMinX());
        assertThat(formAfter.getWidth()).isEqualTo(formBefore.getWidth());
        assertThat(addEvening.localToScreen(addEvening.getLayoutBounds()).getMinX()).isEqualTo(buttonBefore);
    }

    private static ScrollPane scrollPaneOf(Node node) {
        Node at = node;
        while (!(at instanceof ScrollPane)) {
            at = at.getParent();
        }
        return (ScrollPane) at;
    }

    @Test
    void altArrowsReorderAndEveryControlHasAccessibleText(FxRobot robot) {
        robot.clickOn("#" + ProgrammeIds.addTo(new Slot(D14, HalfDay.EVENING)));
        robot.write("Giao lưu");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + ProgrammeIds.activityRow(new ActivityRef(D14, HalfDay.EVENING, 1)));
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(draft.get().programme().get(0).activitiesIn(HalfDay.EVENING)).extracting(Activity::description)
                .containsExactly("Giao lưu", "Khảo sát thực tế.");

        for (String id : new String[] {ProgrammeIds.EDITOR, ProgrammeIds.ADD, ProgrammeIds.DELETE, ProgrammeIds.MOVE_UP,
            ProgrammeIds.MOVE_DOWN, ProgrammeIds.MOVE_TARGET, ProgrammeIds.FORM_KIND, ProgrammeIds.FORM_DESCRIPTION,
            ProgrammeIds.FORM_PLACE, ProgrammeIds.FORM_HOST, ProgrammeIds.FORM_TRANSPORT, ProgrammeIds.FORM_NOTES}) {
            assertThat(robot.lookup("#" + id).query().getAccessibleText()).as(id).isNotBlank();
        }
    }
}
