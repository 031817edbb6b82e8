package vn.delegationdesk.delegation.member.roster.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.member.roster.ImportContext;
import vn.delegationdesk.delegation.member.roster.MemberField;
import vn.delegationdesk.delegation.member.roster.RosterService;
import vn.delegationdesk.delegation.member.roster.Workbooks;
import vn.delegationdesk.delegation.member.roster.persistence.SettingsMappingMemory;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.testing.InMemorySettingsRepository;
import vn.delegationdesk.testing.QueuedTaskRunner;
import vn.delegationdesk.testing.RawXlsx;
import vn.delegationdesk.testing.ZipBombs;

class MemberImportViewModelTest {
    @TempDir
    Path dir;

    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final List<List<Member>> confirmed = new ArrayList<>();
    private MemberImportViewModel model;
    private Path file;

    @BeforeEach
    void open() throws IOException {
        file = Workbooks.threeMembers().save(dir.resolve("don-vi.xlsx"));
        model = new MemberImportViewModel(new RosterService(new SettingsMappingMemory(settings)), ImportContext.EMPTY,
                new DirectTaskRunner(),
                new Messages(), confirmed::add);
    }

    @Test
    void startShowsTheColumnsTheirFieldsSamplesAndThePreview() {
        model.start(file);

        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.fileNameProperty().get()).isEqualTo("Tệp: don-vi.xlsx · trang “Danh sách” · tiêu đề cột ở dòng 1");
        assertThat(model.columns()).extracting(MappingColumn::header).containsExactly("STT (cột A)", "Họ và tên (cột B)",
                "Giới tính (cột C)", "Ngày sinh (cột D)", "Đơn vị cử (cột E)", "Số CCCD (cột F)");
        assertThat(model.columns()).extracting(MappingColumn::getField).containsExactly(null, MemberField.FULL_NAME,
                MemberField.GENDER, MemberField.DATE_OF_BIRTH, MemberField.SENDING_UNIT, MemberField.ID_NUMBER);
        assertThat(model.columns().get(1).samples()).isEqualTo("Nguyễn Văn An · Trần Thị Bình · Lê Văn Cường");
        assertThat(model.summaryProperty().get()).isEqualTo("Hợp lệ: 2 dòng · Bị từ chối: 1 dòng");
        assertThat(model.rejected()).containsExactly(
                "Dòng 4: Ngày sinh “31/02/1980” không phải ngày có thật; Số CCCD “12345” phải gồm 9 hoặc 12 chữ số");
        assertThat(model.accepted()).extracting(PreviewRow::fullName).containsExactly("Nguyễn Văn An", "Trần Thị Bình");
        assertThat(model.accepted().get(0).gender()).isEqualTo("Nam");
        assertThat(model.accepted().get(0).dateOfBirth()).isEqualTo("09/05/1980");
        assertThat(model.accepted().get(0).role()).isEqualTo("Thành viên");
        assertThat(model.confirmLabelProperty().get()).isEqualTo("Nhập 2 thành viên");
        assertThat(model.acceptedTitleProperty().get()).isEqualTo("Sẽ nhập (2)");
        assertThat(model.rejectedTitleProperty().get()).isEqualTo("Bị từ chối (1)");
        assertThat(model.canConfirmProperty().get()).isTrue();
        assertThat(model.hintProperty().get()).isEmpty();
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void changingTheMappingRecomputesThePreview() {
        model.start(file);

        model.columns().get(3).setField(null);
        assertThat(model.rejected()).containsExactly("Dòng 4: Số CCCD “12345” phải gồm 9 hoặc 12 chữ số");
        model.columns().get(5).setField(null);

        assertThat(model.summaryProperty().get()).isEqualTo("Hợp lệ: 3 dòng · Bị từ chối: 0 dòng");
        assertThat(model.rejected()).isEmpty();
        assertThat(model.confirmLabelProperty().get()).isEqualTo("Nhập 3 thành viên");
        assertThat(model.accepted().get(2).dateOfBirth()).isEmpty();
    }

    @Test
    void choosingAFieldForAnotherColumnFreesItAndWithoutFullNameNothingCanBeConfirmed() {
        model.start(file);

        model.columns().get(4).setField(MemberField.FULL_NAME);

        assertThat(model.columns().get(1).getField()).isNull();
        assertThat(model.columns().get(4).getField()).isEqualTo(MemberField.FULL_NAME);
        assertThat(model.accepted()).extracting(PreviewRow::fullName).containsExactly("Phòng Quản lý văn hóa",
                "Phòng Quản lý thể thao");

        model.columns().get(4).setField(null);

        assertThat(model.canConfirmProperty().get()).isFalse();
        assertThat(model.hintProperty().get()).isEqualTo("Hãy chọn cột chứa “Họ và tên” trong bảng ghép cột.");
        assertThat(model.summaryProperty().get()).isEqualTo("Hợp lệ: 0 dòng · Bị từ chối: 3 dòng");
        model.confirm();
        assertThat(confirmed).isEmpty();
    }

    @Test
    void confirmPassesExactlyTheAcceptedMembersOnceAndRemembersTheMapping() {
        model.start(file);
        model.columns().get(0).setField(MemberField.NOTES);

        model.confirm();
        model.confirm();

        assertThat(confirmed).hasSize(1);
        assertThat(confirmed.get(0)).extracting(Member::fullName).containsExactly("Nguyễn Văn An", "Trần Thị Bình");
        assertThat(confirmed.get(0)).extracting(Member::notes).containsExactly("1", "2");
        assertThat(confirmed.get(0)).extracting(Member::id).containsExactly("tv-001", "tv-002");
        assertThat(model.finishedProperty().get()).isTrue();
        assertThat(model.canConfirmProperty().get()).isFalse();
        assertThat(settings.snapshot().get("roster.import.columnMapping")).contains("\"stt\":\"NOTES\"")
                .contains("\"ho va ten\":\"FULL_NAME\"").contains("\"so cccd\":\"ID_NUMBER\"");
    }

    @Test
    void theRememberedMappingIsUsedNextTime() throws IOException {
        model.start(file);
        model.columns().get(0).setField(MemberField.NOTES);
        model.confirm();

        Path reordered = Workbooks.sheet("DS").row("Họ và tên", "STT").row("Phạm Văn Dũng", 7).save(dir.resolve("b.xlsx"));
        MemberImportViewModel next = new MemberImportViewModel(new RosterService(new SettingsMappingMemory(settings)), ImportContext.EMPTY,
                new DirectTaskRunner(), new Messages(), confirmed::add);
        next.start(reordered);

        assertThat(next.columns()).extracting(MappingColumn::getField).containsExactly(MemberField.FULL_NAME, MemberField.NOTES);
    }

    @Test
    void cancelPassesNothingAndNothingIsRemembered() {
        model.start(file);

        model.cancel();
        model.confirm();

        assertThat(confirmed).isEmpty();
        assertThat(settings.writes()).isZero();
        assertThat(model.finishedProperty().get()).isTrue();
    }

    @Test
    void anUnreadableFileShowsWhyAndCannotBeConfirmed() throws IOException {
        Path csv = Files.writeString(dir.resolve("ds.xlsx"), "Họ và tên;Ngày sinh\n");

        model.start(csv);

        assertThat(model.errorProperty().get()).startsWith("Tệp ds.xlsx không phải tệp Excel .xlsx");
        assertThat(model.columns()).isEmpty();
        assertThat(model.canConfirmProperty().get()).isFalse();
        assertThat(model.isBusy()).isFalse();
    }

    @Test
    void aWorkbookBombShowsWhichPartInflatesTooFarAndCannotBeConfirmed() throws IOException {
        Path bomb = ZipBombs.write(dir.resolve("bom.xlsx"), RawXlsx.skeleton(false, false), RawXlsx.SHEET_PART, "<worksheet>", "",
                0.005, 101L * 1024 * 1024).file();

        model.start(bomb);

        assertThat(model.errorProperty().get()).isEqualTo("Tệp bom.xlsx có dữ liệu nén bất thường: phần xl/worksheets/sheet1.xml "
                + "giải nén ra hơn 100 MB, nên không được mở (có thể là tệp độc hại). Hãy xin đơn vị gửi lại danh sách.");
        assertThat(model.columns()).isEmpty();
        assertThat(model.canConfirmProperty().get()).isFalse();
    }

    @Test
    void whileReadingItIsBusyAndCannotBeConfirmed() {
        QueuedTaskRunner tasks = new QueuedTaskRunner();
        MemberImportViewModel queued = new MemberImportViewModel(new RosterService(new SettingsMappingMemory(settings)),
                ImportContext.EMPTY, tasks,
                new Messages(), confirmed::add);

        queued.start(file);

        assertThat(queued.isBusy()).isTrue();
        assertThat(queued.summaryProperty().get()).isEqualTo("Đang đọc tệp…");
        assertThat(queued.canConfirmProperty().get()).isFalse();
        tasks.runAll();
        assertThat(queued.isBusy()).isFalse();
        assertThat(queued.canConfirmProperty().get()).isTrue();
    }

    @Test
    void rowsAdjustedWhileReadingAreListedWithTheirRowNumber() throws IOException {
        Path numeric = Workbooks.sheet("DS").row("Họ và tên", "Số CCCD").row("An", 1085012345L).row("Bình", "001085012346")
                .save(dir.resolve("so.xlsx"));

        model.start(numeric);

        assertThat(model.notices()).containsExactly(
                "Dòng 2: Số CCCD: ô Excel kiểu số đã làm mất số 0 ở đầu, đã đọc “1085012345” thành 001085012345");
        assertThat(model.noticesTitleProperty().get()).isEqualTo("Đã điều chỉnh (1)");
        assertThat(model.accepted()).extracting(PreviewRow::idNumber).containsExactly("001085012345", "001085012346");
    }

    @Test
    void fieldOptionsStartWithIgnoreAndAreInVietnamese() {
        assertThat(model.fieldOptions()).extracting(FieldOption::label).startsWith("— Bỏ qua cột này —", "Họ và tên", "Giới tính")
                .contains("Hệ số phụ cấp chức vụ", "Số CCCD/CMND");
        assertThat(model.fieldOptions()).hasSize(MemberField.values().length + 1);
    }
}
