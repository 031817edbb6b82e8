package vn.delegationdesk.delegation.stay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
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
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.RecordingDialogService;

/** The stay tab on the sample's draft, in a tab-sized window (headless): pick a night, type its hotel, go back. */
@ExtendWith(ApplicationExtension.class)
class StayEditorPageFxTest {
    private static final String HOTEL = "Khách sạn Sài Gòn – Đà Lạt";

    private DelegationDraft draft;
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @Start
    void start(Stage stage) {
        Messages messages = new Messages();
        draft = new DelegationDraft(messages);
        draft.load(SampleDelegation.create().withId(1L));
        StayEditorPage page = new StayEditorPage(new StayEditorViewModel(draft, messages, dialogs), messages);
        Scene scene = new Scene(new StackPane(page.node()), 1340, 620);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theHotelTypedOnTheSixteenthFillsItsStayAndTheResetBringsTheProgrammeBack(FxRobot robot) {
        TableView<NightRow> table = robot.lookup("#" + StayIds.NIGHTS_TABLE).queryTableView();
        assertThat(table.getItems()).extracting(NightRow::place)
                .containsExactly("tỉnh Đắk Lắk", "tỉnh Đắk Lắk", "tỉnh Lâm Đồng", "tỉnh Lâm Đồng", "tỉnh Lâm Đồng");
        Button reset = robot.lookup("#" + StayIds.RESET).queryButton();
        assertThat(reset.isDisabled()).as("nothing to reset while following the programme").isTrue();

        Node third = robot.lookup("#" + StayIds.NIGHTS_TABLE + " .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.getIndex() == 2).findFirst().orElseThrow();
        robot.clickOn(third);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + StayIds.NIGHT).queryLabeled().getText()).isEqualTo("Đêm Thứ Năm, 16/10/2025");
        @SuppressWarnings("unchecked")
        ComboBox<String> place = robot.lookup("#" + StayIds.PLACE).queryAs(ComboBox.class);
        assertThat(place.getValue()).isEqualTo("tỉnh Lâm Đồng");

        robot.clickOn("#" + StayIds.HOTEL).write(HOTEL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).extracting(NightRow::hotel).containsExactly("", "", HOTEL, HOTEL, HOTEL);
        assertThat(table.getSelectionModel().getSelectedIndex()).as("typing keeps the night selected").isEqualTo(2);
        assertThat(robot.lookup("#" + StayIds.STATUS).queryLabeled().getText()).startsWith("Đã chỉnh sửa");
        assertThat(reset.isDisabled()).isFalse();
        assertThat(draft.isDirty()).isTrue();

        robot.clickOn(reset);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.shown("confirm")).hasSize(1);
        assertThat(table.getItems()).extracting(NightRow::hotel).containsOnly("");
        assertThat(robot.lookup("#" + StayIds.STATUS).queryLabeled().getText())
                .isEqualTo("Theo chương trình làm việc: nơi nghỉ đổi theo lịch di chuyển");
        assertThat(draft.get().nights()).isEmpty();
    }
}
