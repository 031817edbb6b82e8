package vn.delegationdesk.delegation.responsibility.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.responsibility.ResponsibilityRole;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.sample.SampleDelegation;

/** The responsibilities editor on the sample's draft, in a tab-sized window (headless). */
@ExtendWith(ApplicationExtension.class)
class ResponsibilitiesEditorPageFxTest {
    private DelegationDraft draft;

    @Start
    void start(Stage stage) {
        Messages messages = new Messages();
        draft = new DelegationDraft(messages);
        draft.load(SampleDelegation.create().withId(1L));
        ResponsibilitiesEditorPage page = new ResponsibilitiesEditorPage(new ResponsibilitiesEditorViewModel(draft, messages),
                messages);
        Scene scene = new Scene(new StackPane(page.node()), 1340, 520);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void addABlockTypeItsUnitAndAddADuty(FxRobot robot) {
        TableView<?> table = robot.lookup("#" + ResponsibilityIds.TABLE).queryTableView();
        assertThat(table.getItems()).hasSize(4);

        robot.clickOn("#" + ResponsibilityIds.ADD);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(5);
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(4);
        TextField unit = robot.lookup("#" + ResponsibilityIds.UNIT).queryAs(TextField.class);
        assertThat(unit.getStyleClass()).contains(Styles.INVALID);
        assertThat(unit.getAccessibleHelp()).isEqualTo("Đơn vị thực hiện: chưa nhập, trường này là bắt buộc");

        robot.clickOn(unit).write("Phòng Kế hoạch - Tài chính");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(unit.getStyleClass()).doesNotContain(Styles.INVALID);
        assertThat(table.getSelectionModel().getSelectedIndex()).as("typing keeps the block selected").isEqualTo(4);

        robot.clickOn("#" + ResponsibilityIds.DUTY_ADD).write("Lập dự toán kinh phí đoàn").press(KeyCode.ENTER)
                .release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Responsibility added = draft.get().responsibilities().get(4);
        assertThat(added.unit()).isEqualTo("Phòng Kế hoạch - Tài chính");
        assertThat(added.role()).isEqualTo(ResponsibilityRole.COORDINATING);
        assertThat(added.duties()).containsExactly("Lập dự toán kinh phí đoàn");
        assertThat(draft.isDirty()).isTrue();
        ListView<?> duties = robot.lookup("#" + ResponsibilityIds.DUTIES).queryListView();
        assertThat(duties.getItems()).hasSize(1);
    }

    @Test
    void aDueDateThatIsNotADateStaysTypedWithItsMessage(FxRobot robot) {
        DatePicker due = robot.lookup("#" + ResponsibilityIds.DUE).queryAs(DatePicker.class);
        robot.clickOn(due.getEditor()).write("32/10/2025").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(due.getEditor().getText()).isEqualTo("32/10/2025");
        Label error = robot.lookup("#" + ResponsibilityIds.DUE_ERROR).queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Hạn hoàn thành không phải ngày hợp lệ (dd/mm/yyyy)");
        assertThat(draft.isDirty()).isFalse();

        robot.clickOn("#" + ResponsibilityIds.UNIT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(due.getEditor().getText()).as("leaving the field keeps the text").isEqualTo("32/10/2025");

        robot.interact(() -> due.getEditor().clear());
        robot.clickOn(due.getEditor()).write("10/10/2025").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(draft.get().responsibilities().get(0).dueDate()).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(error.isVisible()).isFalse();
    }

    @Test
    void everyInteractiveControlHasAnIdAndAccessibleText(FxRobot robot) {
        for (String id : new String[] {ResponsibilityIds.TABLE, ResponsibilityIds.ADD, ResponsibilityIds.DELETE,
            ResponsibilityIds.MOVE_UP, ResponsibilityIds.MOVE_DOWN, ResponsibilityIds.UNIT, ResponsibilityIds.ROLE,
            ResponsibilityIds.DUE, ResponsibilityIds.STATUS, ResponsibilityIds.DUTIES, ResponsibilityIds.DUTY_ADD,
            ResponsibilityIds.DUTY_DELETE, ResponsibilityIds.DUTY_MOVE_UP, ResponsibilityIds.DUTY_MOVE_DOWN}) {
            Node node = robot.lookup("#" + id).query();
            assertThat(node.getAccessibleText()).as(id).isNotBlank();
        }
    }
}
