package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.delegation.editor.EditorIds;
import vn.delegationdesk.delegation.list.DelegationIds;
import vn.delegationdesk.delegation.list.DelegationListViewModel;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.FxTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.settlement.ui.SettlementRows.SheetRow;
import vn.delegationdesk.settlement.ui.SettlementViewModel;
import vn.delegationdesk.settlement.ui.VoucherFilesEditor.FileRow;
import vn.delegationdesk.settlement.ui.page.SettlementIds;
import vn.delegationdesk.testing.RecordingDialogService;

/**
 * The settlement tab on the real window over a store in a temporary folder: open the sample, type one member's
 * certified dates and a taxi fare with two receipts, save, close the books; open another delegation and this one
 * again, and see the same figures, the books closed and nothing editable; then export the Bảng kê C17-HD as PDF. A scan
 * of a receipt is attached once the settlement is stored.
 */
@ExtendWith(ApplicationExtension.class)
class SettlementFlowFxTest {
    @TempDir
    static Path dataDir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private AppServices services;
    private FxTaskRunner tasks;
    private DelegationListViewModel list;
    private DelegationEditorViewModel editor;
    private SettlementViewModel settlement;

    @Start
    void start(Stage stage) {
        Messages messages = new Messages();
        services = StoreServices.open(dataDir, messages);
        // Another delegation to open in between, with nobody in it (the same people on the same dates would be warned about).
        services.delegations().create(SampleDelegation.create().toBuilder().title("Đoàn khác").members(List.of()).groups(List.of())
                .sample(false).build());
        tasks = new FxTaskRunner();
        Workspace workspace = WorkspaceWindow.show(stage, services, tasks, dialogs, messages);
        list = workspace.list();
        editor = workspace.editor();
        settlement = workspace.settlement();
        stage.setX(0);
        stage.setY(0);
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        services.close();
    }

    @Test
    void receiptsAndStampsAreSavedTheBooksClosedAndTheSameFiguresShownAgain(FxRobot robot) throws Exception {
        waitUntil(() -> list.loadedProperty().get());
        robot.interact(list::createSample);
        waitUntil(() -> list.rows().size() == 2 && !list.isBusy());
        int sample = list.rows().get(0).title().equals("Đoàn khác") ? 1 : 0;
        open(robot, sample);
        long id = editor.draft().get().id();
        showSettlementTab(robot);
        waitUntil(() -> settlement.readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        // The first member's travel order: stamped at Đắk Lắk from 14 to 16/10 only.
        robot.clickOn("#" + SettlementIds.SECTION_MEMBERS);
        String member = settlement.members().get(0).name();
        robot.clickOn("#" + SettlementIds.STAY_ADD);
        type(robot, SettlementIds.STAY_TO, "16/10/2025");
        assertThat(settlement.stays()).singleElement()
                .satisfies(s -> assertThat(s.place() + " " + s.from() + "–" + s.to()).isEqualTo("tỉnh Đắk Lắk 14/10/2025–16/10/2025"));

        // A taxi the member paid, with its two receipts.
        robot.clickOn("#" + SettlementIds.SECTION_LINES);
        robot.clickOn("#" + SettlementIds.LINE_ADD);
        robot.clickOn("Vé xe, phương tiện");
        WaitForAsyncUtils.waitForFxEvents();
        type(robot, SettlementIds.LINE_CONTENT, "Taxi sân bay Buôn Ma Thuột");
        ComboBox<?> traveller = robot.lookup("#" + SettlementIds.LINE_MEMBER).queryAs(ComboBox.class);
        robot.interact(() -> traveller.getSelectionModel().select(1));
        type(robot, SettlementIds.LINE_COST, "500000");
        robot.clickOn("#" + SettlementIds.VOUCHER_ADD);
        type(robot, SettlementIds.VOUCHER_NUMBER, "BL-0001");
        type(robot, SettlementIds.VOUCHER_DATE, "14/10/2025");
        type(robot, SettlementIds.VOUCHER_SUPPLIER, "Taxi Mai Linh");
        type(robot, SettlementIds.VOUCHER_AMOUNT, "200.000");
        robot.clickOn("#" + SettlementIds.VOUCHER_ADD);
        type(robot, SettlementIds.VOUCHER_NUMBER, "BL-0002");
        type(robot, SettlementIds.VOUCHER_DATE, "16/10/2025");
        type(robot, SettlementIds.VOUCHER_SUPPLIER, "Taxi Mai Linh");
        assertThat(settlement.vouchers()).extracting(v -> v.number() + " " + v.amount())
                .containsExactly("BL-0001 200.000", "BL-0002 300.000");
        assertThat(settlement.lines()).singleElement().satisfies(l -> {
            assertThat(l.members()).isEqualTo(member);
            assertThat(l.cost()).isEqualTo("500.000");
            assertThat(l.vouchers()).isEqualTo("2");
        });

        robot.clickOn("#" + SettlementIds.SECTION_SHEET);
        assertSheet(robot, member);
        assertThat(editor.isDirty()).isTrue();
        robot.clickOn("#" + EditorIds.SAVE);
        waitUntil(() -> !editor.isDirty() && !editor.isBusy());

        // A scan of the second receipt, attachable now that the settlement is stored.
        robot.clickOn("#" + SettlementIds.SECTION_LINES);
        robot.interact(() -> {
            settlement.costEditor().selectedLineProperty().set(0);
            settlement.costEditor().selectedVoucherProperty().set(1);
        });
        waitUntil(() -> settlement.voucherFiles().attachUnavailableProperty().get().isEmpty());
        Path scan = Files.write(dataDir.resolve("bien-lai-0002.pdf"), "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        dialogs.chooseFile(scan);
        robot.clickOn("#" + SettlementIds.FILE_ATTACH);
        TableView<FileRow> files = robot.lookup("#" + SettlementIds.FILES).queryTableView();
        waitUntil(() -> files.getItems().size() == 1 && !settlement.isBusy());
        assertThat(files.getItems().get(0).fileName()).isEqualTo("bien-lai-0002.pdf");
        assertThat(files.getItems().get(0).size()).isEqualTo("1 kB");
        assertThat(settlement.books().closeUnavailableProperty().get()).isEmpty();
        robot.clickOn("#" + SettlementIds.CLOSE);
        waitUntil(() -> settlement.booksClosed());
        assertThat(dialogs.confirmedActions()).containsExactly("Khóa sổ");

        // Away to the other delegation and back: what is shown is read from the store.
        open(robot, 1 - sample);
        waitUntil(() -> editor.draft().get() != null && editor.draft().get().id() != id);
        open(robot, sample);
        waitUntil(() -> editor.draft().get() != null && editor.draft().get().id() == id && settlement.readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        showSettlementTab(robot);
        robot.clickOn("#" + SettlementIds.SECTION_SHEET);
        assertSheet(robot, member);
        assertThat(robot.lookup("#" + SettlementIds.BOOKS).queryAs(Label.class).getText()).startsWith("Sổ đã khóa (lần 1) bởi ");
        assertThat(robot.lookup("#" + SettlementIds.REOPEN).queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#" + SettlementIds.CLOSE).queryButton().isDisabled()).isTrue();
        robot.clickOn("#" + SettlementIds.SECTION_MEMBERS);
        assertThat(robot.lookup("#" + SettlementIds.STAY_TO).queryAs(TextField.class).isEditable()).isFalse();
        assertThat(robot.lookup("#" + SettlementIds.STAY_ADD).queryButton().isDisabled()).isTrue();

        // The closed books' Bảng kê C17-HD, written as PDF where the clerk chose.
        dialogs.chooseFile(dataDir.resolve("bang-ke"));
        robot.clickOn("#" + SettlementIds.EXPORT);
        robot.clickOn("Bảng kê C17-HD (PDF)…");
        Path pdf = dataDir.resolve("bang-ke.pdf");
        waitUntil(() -> Files.exists(pdf) && !settlement.isBusy());
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(settlement.noticeProperty().get()).isEqualTo("Đã lưu " + pdf);
        assertThat(dialogs.shown("save")).singleElement().satisfies(s -> assertThat(s.message())
                .isEqualTo("Bang-ke-C17-HD_Dak-Lak-Lam-Dong_10-2025.pdf"));
    }

    /** The member's row: 3 days × 300.000 per diem and the taxi; the "Cộng" row as the only one with money. */
    private static void assertSheet(FxRobot robot, String member) {
        TableView<SheetRow> sheet = robot.lookup("#" + SettlementIds.SHEET).queryTableView();
        SheetRow row = sheet.getItems().stream().filter(r -> r.name().equals(member)).findFirst().orElseThrow();
        assertThat(row.days()).isEqualTo("3");
        assertThat(row.perDiem()).isEqualTo("900.000");
        assertThat(row.vehicles()).isEqualTo("500.000");
        assertThat(row.total()).isEqualTo("1.400.000");
        SheetRow totals = sheet.getItems().get(sheet.getItems().size() - 1);
        assertThat(totals.name()).isEqualTo("Cộng");
        assertThat(totals.total()).isEqualTo("1.400.000");
        assertThat(totals.toReceive()).isEqualTo("1.400.000");
        assertThat(robot.lookup("#" + SettlementIds.SHEET_TOTALS).queryAs(Label.class).getText())
                .isEqualTo("Cộng 1.400.000 đ · đã tạm ứng 0 đ · nộp trả lại 0 đ · còn được nhận 1.400.000 đ");
        assertThat(robot.lookup("#" + SettlementIds.SHEET_WORDS).queryAs(Label.class).getText())
                .isEqualTo("Tổng số tiền bằng chữ: Một triệu bốn trăm nghìn đồng.");
    }

    /** The editor's tab (at 1280 pixels the last tabs' headers sit behind the tab bar's overflow menu). */
    private static void showSettlementTab(FxRobot robot) {
        // Like a clerk at a small screen: the editor takes the window's height.
        SplitPane workspace = robot.lookup("#" + MainWindow.WORKSPACE).queryAs(SplitPane.class);
        robot.interact(() -> workspace.setDividerPositions(0));
        TabPane tabs = robot.lookup("#" + EditorIds.TABS).queryAs(TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(tab -> SettlementIds.TAB.equals(tab.getId())).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void open(FxRobot robot, int index) throws TimeoutException {
        SplitPane workspace = robot.lookup("#" + MainWindow.WORKSPACE).queryAs(SplitPane.class);
        robot.interact(() -> workspace.setDividerPositions(0.4));
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.lookup("#" + DelegationIds.TABLE + " .table-row-cell")
                .match((TableRow<?> r) -> !r.isEmpty() && r.getIndex() == index).query();
        robot.doubleClickOn(row);
        waitUntil(() -> editor.presentProperty().get() && !editor.isBusy());
    }

    /** Types into a field as a clerk does: select what is there, type, Enter. */
    private static void type(FxRobot robot, String id, String text) {
        TextField field = robot.lookup("#" + id).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
