package vn.delegationdesk.delegation.member.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * The members table from the keyboard: arrows to a cell, F2 to edit, Enter to commit, Delete to remove; a member added
 * is in view with its name being edited; and the filter.
 */
@ExtendWith(ApplicationExtension.class)
class MembersEditorPageFxTest {
    private DelegationDraft draft;
    private TableView<Member> table;

    @Start
    void start(Stage stage) {
        Messages messages = new Messages();
        draft = new DelegationDraft(messages);
        draft.load(SampleDelegation.create().withId(1L));
        MembersEditorViewModel model = new MembersEditorViewModel(draft, FXCollections.observableArrayList(), messages,
                conflict -> "");
        MembersEditorPage page = new MembersEditorPage(model, messages, () -> { }, () -> { });
        // As in the editor, a line about the problems appears above the tab when there are some (a new member has no
        // name yet), and makes the table shorter.
        Label problems = new Label("Còn lỗi cần sửa trước khi lưu");
        problems.setMinHeight(32);
        problems.visibleProperty().bind(Bindings.isNotEmpty(draft.errors()));
        problems.managedProperty().bind(problems.visibleProperty());
        Node tab = page.node();
        VBox.setVgrow(tab, Priority.ALWAYS);
        Scene scene = new Scene(new VBox(problems, tab), 1340, 520);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        table = page.table();
    }

    @Test
    void editANameFromTheKeyboardThenDeleteTheRow(FxRobot robot) {
        String second = draft.get().members().get(1).fullName();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(0, table.getColumns().get(1));
            table.getFocusModel().focus(0, table.getColumns().get(1));
        });
        robot.press(KeyCode.F2).release(KeyCode.F2);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Nguyen Thi Moi");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(draft.get().members().get(0).fullName()).isEqualTo("Nguyen Thi Moi");
        assertThat(draft.isDirty()).isTrue();

        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(draft.get().members()).hasSize(36);
        assertThat(draft.get().members()).extracting(Member::fullName).doesNotContain(second);
    }

    @Test
    void anAddedMemberIsInViewWithItsNameBeingEdited(FxRobot robot) {
        robot.clickOn("#" + MemberIds.MEMBER_ADD);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(draft.get().members()).hasSize(38);
        TablePosition<Member, ?> editing = table.getEditingCell();
        assertThat(editing).isNotNull();
        assertThat(editing.getRow()).isEqualTo(37);
        assertThat(editing.getTableColumn().getText()).isEqualTo("Họ và tên");
        Node typing = table.getScene().getFocusOwner();
        assertThat(typing).isInstanceOf(TextField.class);
        // The field typed into lies wholly in the part of the table that shows rows, under the shorter table.
        Node rowsShown = table.lookup(".clipped-container");
        Bounds shown = rowsShown.localToScreen(rowsShown.getLayoutBounds());
        Bounds field = typing.localToScreen(typing.getLayoutBounds());
        assertThat(field.getMinY()).isGreaterThanOrEqualTo(shown.getMinY());
        assertThat(field.getMaxY()).isLessThanOrEqualTo(shown.getMaxY());

        robot.write("Tran Van Moi").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(draft.get().members().get(37).fullName()).isEqualTo("Tran Van Moi");
    }

    @Test
    void theGenderHeaderIsNotCut(FxRobot robot) {
        Text header = robot.lookup(".column-header .label .text").match((Text t) -> t.getText().startsWith("Giớ")).query();
        assertThat(header.getText()).isEqualTo("Giới tính");
        assertThat(table.getColumns().get(2).getText()).isEqualTo("Giới tính");
    }

    @Test
    void theFilterIgnoresMarksAndTheCountSaysSo(FxRobot robot) {
        robot.clickOn("#" + MemberIds.MEMBERS_FILTER).write("to chuc");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(Member::sendingUnit).containsOnly("Phòng Tổ chức - Pháp chế");
        assertThat(robot.lookup("#" + MemberIds.MEMBERS_COUNT).queryLabeled().getText()).isEqualTo("Hiển thị 3/37 thành viên");
    }
}
