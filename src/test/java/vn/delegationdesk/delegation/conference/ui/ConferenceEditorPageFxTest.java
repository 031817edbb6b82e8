package vn.delegationdesk.delegation.conference.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.delegation.conference.AgendaItem;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.sample.SampleDelegation;

/** The conference editor on the sample's draft, headless, in the space the editor shell gives a tab. */
@ExtendWith(ApplicationExtension.class)
class ConferenceEditorPageFxTest {
    private DelegationDraft draft;

    @Start
    void start(Stage stage) {
        Messages messages = new Messages();
        draft = new DelegationDraft(messages);
        draft.load(SampleDelegation.create().withId(1L));
        ConferenceEditorPage page = new ConferenceEditorPage(new ConferenceEditorViewModel(draft, messages), messages, null);
        Scene scene = new Scene(new StackPane(page.node()), 1340, 720);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void chooseTheSecondConferenceAndAddAnAgendaPoint(FxRobot robot) {
        ListView<?> list = robot.lookup("#" + ConferenceIds.LIST).queryListView();
        TableView<?> agenda = robot.lookup("#" + ConferenceIds.AGENDA_TABLE).queryTableView();
        assertThat(list.getSelectionModel().getSelectedIndex()).as("a delegation opens on its first conference").isZero();

        robot.interact(() -> list.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        String title = robot.lookup("#" + ConferenceIds.TITLE).queryTextInputControl().getText();
        assertThat(title).isEqualTo(draft.get().conferences().get(1).title());
        int points = draft.get().conferences().get(1).agenda().size();
        assertThat(agenda.getItems()).hasSize(points);

        robot.clickOn("#" + ConferenceIds.AGENDA_ADD);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(draft.get().conferences().get(1).agenda()).hasSize(points + 1).last()
                .isEqualTo(new AgendaItem("", "", null));
        assertThat(agenda.getSelectionModel().getSelectedIndex()).as("the new point stays selected").isEqualTo(points);
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(robot.lookup("#" + ConferenceIds.AGENDA_DELETE).query().isDisabled()).isFalse();
    }

    @Test
    void typingTheTitleKeepsTheConferenceSelected(FxRobot robot) {
        ListView<?> list = robot.lookup("#" + ConferenceIds.LIST).queryListView();
        robot.clickOn("#" + ConferenceIds.TITLE).press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL)
                .write(" 2025");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(draft.get().conferences().get(0).title()).endsWith(" 2025");
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        for (String id : new String[] {ConferenceIds.LIST, ConferenceIds.ADD, ConferenceIds.DELETE, ConferenceIds.TITLE,
            ConferenceIds.SLOT, ConferenceIds.AGENDA_TABLE, ConferenceIds.AGENDA_ADD}) {
            Node node = robot.lookup("#" + id).query();
            assertThat(node.getAccessibleText()).as(id).isNotBlank();
        }
    }
}
