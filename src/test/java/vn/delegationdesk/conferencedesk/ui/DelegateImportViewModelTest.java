package vn.delegationdesk.conferencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.app.desk.ConferenceDeskDocuments;
import vn.delegationdesk.conferencedesk.ConferenceDeskService;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.DelegateGroup;
import vn.delegationdesk.conferencedesk.MemoryDelegateRepository;
import vn.delegationdesk.conferencedesk.importing.DelegateField;
import vn.delegationdesk.conferencedesk.ui.DelegateListViewModel.Row;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.roster.Workbooks;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.conference.ConferenceDocumentService;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.RecordingDialogService;

/**
 * "Nhập từ Excel…" on the delegate list: the file chosen, the mapping and preview shown as the user sees them, the rows
 * added to the list (or replacing it) unsaved until Lưu stores them, and a broken file refused with the list unchanged.
 */
class DelegateImportViewModelTest {
    private static final String DAK_LAK = SampleDelegation.CONFERENCE_DAK_LAK;
    private final Messages messages = new Messages();
    private final AtomicInteger next = new AtomicInteger();
    private final MemoryDelegateRepository repository = new MemoryDelegateRepository();
    private final ConferenceDeskService service = new ConferenceDeskService(repository, new RoleGate(() -> User.everyRole("lan")),
            Clock.fixed(Instant.parse("2025-10-15T01:47:12Z"), ZoneOffset.UTC), () -> "dl-" + next.incrementAndGet());
    private final DeskDocuments documents = new ConferenceDeskDocuments(
            new ConferenceDocumentService(PdfDocumentWriter::new, messages), PdfDocumentWriter::new, id -> DocumentSettings.defaults());
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Delegation delegation = SampleDelegation.create().withId(7L);

    @TempDir
    Path dir;

    private DelegateListViewModel listWithOne() {
        DelegateListViewModel list = new DelegateListViewModel(service, documents, dialogs, messages, new DirectTaskRunner(),
                delegation, DAK_LAK);
        list.fullNameProperty().set("Nguyễn Văn An");
        list.titleProperty().set("Phó Chủ tịch UBND tỉnh");
        list.bodyProperty().set("UBND tỉnh Đắk Lắk");
        list.groupProperty().set(DelegateGroup.LEADERS);
        list.precedenceProperty().set("1");
        assertThat(list.add()).isTrue();
        assertThat(list.save()).isTrue();
        return list;
    }

    private Path workbook() throws IOException {
        return Workbooks.sheet("Đại biểu")
                .row("Cơ quan/đơn vị", "Họ và tên", "Nhóm", "Thứ tự ưu tiên", "Chức vụ")
                .row("ubnd tinh dak lak", "NGUYEN VAN AN", "Lãnh đạo", 1, "Phó Chủ tịch")
                .row("Sở Du lịch tỉnh Đắk Lắk", "Trần Thị Bình", "Đơn vị nơi đến", 2, "Giám đốc Sở")
                .row("Công ty Cổ phần Du lịch Tây Nguyên", "Lê Hoàng Cường", "Doanh nghiệp", "hai", "Tổng Giám đốc")
                .save(dir.resolve("dai-bieu.xlsx"));
    }

    @Test
    void importedRowsJoinTheListUnsavedAndLuuStoresThem() throws IOException {
        DelegateListViewModel list = listWithOne();
        dialogs.chooseFile(workbook());

        DelegateImportViewModel importer = list.startImport().orElseThrow();

        assertThat(importer.columns()).extracting(DelegateImportViewModel.Column::header).containsExactly(
                "Cơ quan/đơn vị (cột A)", "Họ và tên (cột B)", "Nhóm (cột C)", "Thứ tự ưu tiên (cột D)", "Chức vụ (cột E)");
        assertThat(importer.columns()).extracting(column -> importer.fieldLabel(column.fieldProperty().get()))
                .containsExactly("Cơ quan/đơn vị", "Họ và tên", "Nhóm", "Thứ tự ưu tiên", "Chức vụ");
        assertThat(importer.summaryProperty().get()).isEqualTo("Hợp lệ: 2 dòng · Bị từ chối: 1 dòng · Trùng với danh sách: 1 dòng");
        assertThat(importer.accepted()).containsExactly(
                new DelegateImportViewModel.Row(2, "NGUYEN VAN AN", "Phó Chủ tịch", "ubnd tinh dak lak", "Lãnh đạo", "1", "", "Có",
                        "Đã mời", "Trùng"),
                new DelegateImportViewModel.Row(3, "Trần Thị Bình", "Giám đốc Sở", "Sở Du lịch tỉnh Đắk Lắk", "Đơn vị nơi đến", "2", "",
                        "Có", "Đã mời", ""));
        assertThat(importer.rejected()).containsExactly(
                "Dòng 4: Thứ tự ưu tiên “hai” không phải số; cần ghi số nguyên 1, 2, 3… hoặc để trống");
        assertThat(importer.notices()).containsExactly("Dòng 2: trùng họ tên và cơ quan với đại biểu 1 đã có trong danh sách: "
                + "Nguyễn Văn An – UBND tỉnh Đắk Lắk");
        assertThat(importer.confirmLabelProperty().get()).isEqualTo("Thêm 2 đại biểu vào danh sách");

        importer.confirm();

        assertThat(importer.finishedProperty().get()).isTrue();
        assertThat(list.rows()).extracting(Row::fullName).containsExactly("Nguyễn Văn An", "NGUYEN VAN AN", "Trần Thị Bình");
        assertThat(list.warnings()).containsExactly("Đại biểu 1, 2 trùng họ tên và cơ quan: Nguyễn Văn An – UBND tỉnh Đắk Lắk",
                "Thứ tự lễ tân 1 trùng ở đại biểu 1, 2: Nguyễn Văn An; NGUYEN VAN AN");
        assertThat(list.noticeProperty().get()).isEqualTo("Đã thêm 2 đại biểu từ Excel vào danh sách; bấm Lưu để ghi lại");
        assertThat(list.dirtyProperty().get()).isTrue();
        assertThat(repository.list(7L, DAK_LAK)).extracting(Delegate::fullName).containsExactly("Nguyễn Văn An");

        assertThat(list.save()).isTrue();

        assertThat(repository.list(7L, DAK_LAK)).extracting(Delegate::fullName, Delegate::body).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Nguyễn Văn An", "UBND tỉnh Đắk Lắk"),
                org.assertj.core.groups.Tuple.tuple("NGUYEN VAN AN", "ubnd tinh dak lak"),
                org.assertj.core.groups.Tuple.tuple("Trần Thị Bình", "Sở Du lịch tỉnh Đắk Lắk"));
        assertThat(list.noticeProperty().get()).isEqualTo("Đã lưu danh sách 3 đại biểu");
    }

    @Test
    void replacingTheListChecksNoDuplicateAgainstItAndLeavesOnlyTheFilesRows() throws IOException {
        DelegateListViewModel list = listWithOne();
        dialogs.chooseFile(workbook());
        DelegateImportViewModel importer = list.startImport().orElseThrow();

        importer.replaceProperty().set(true);

        assertThat(importer.summaryProperty().get()).isEqualTo("Hợp lệ: 2 dòng · Bị từ chối: 1 dòng · Trùng với danh sách: 0 dòng");
        assertThat(importer.confirmLabelProperty().get()).isEqualTo("Thay danh sách bằng 2 đại biểu");
        importer.confirm();
        assertThat(list.rows()).extracting(Row::fullName).containsExactly("NGUYEN VAN AN", "Trần Thị Bình");
        assertThat(list.noticeProperty().get()).isEqualTo("Đã thay danh sách bằng 2 đại biểu từ Excel; bấm Lưu để ghi lại");
    }

    @Test
    void replacingTheListKeepsWhoeverHasAlreadyCheckedIn() throws IOException {
        listWithOne();
        String checkedIn = service.delegates(7L, DAK_LAK).get(0).id();
        service.checkIn(checkedIn);
        DelegateListViewModel list = new DelegateListViewModel(service, documents, dialogs, messages, new DirectTaskRunner(),
                delegation, DAK_LAK);
        dialogs.chooseFile(workbook());
        DelegateImportViewModel importer = list.startImport().orElseThrow();
        importer.replaceProperty().set(true);
        importer.confirm();

        assertThat(list.rows()).extracting(Row::fullName).containsExactly("Nguyễn Văn An", "NGUYEN VAN AN", "Trần Thị Bình");
        assertThat(list.noticeProperty().get())
                .isEqualTo("Đã thay danh sách bằng 2 đại biểu từ Excel, giữ lại 1 đại biểu đã điểm danh; bấm Lưu để ghi lại");
        assertThat(list.save()).isTrue();
        assertThat(service.delegates(7L, DAK_LAK)).filteredOn(d -> d.id().equals(checkedIn)).singleElement()
                .satisfies(d -> assertThat(d.attended()).isTrue());
    }

    @Test
    void choosingAnotherColumnForAFieldFreesItsOldColumnAndPreviewsAgain() throws IOException {
        dialogs.chooseFile(workbook());
        DelegateImportViewModel importer = listWithOne().startImport().orElseThrow();

        importer.columns().get(3).fieldProperty().set(null);

        assertThat(importer.rejected()).isEmpty();
        assertThat(importer.accepted()).extracting(DelegateImportViewModel.Row::precedence).containsExactly("", "", "");

        importer.columns().get(0).fieldProperty().set(DelegateField.FULL_NAME);

        assertThat(importer.columns().get(1).fieldProperty().get()).isNull();
        assertThat(importer.accepted()).extracting(DelegateImportViewModel.Row::fullName)
                .containsExactly("ubnd tinh dak lak", "Sở Du lịch tỉnh Đắk Lắk", "Công ty Cổ phần Du lịch Tây Nguyên");
    }

    @Test
    void aBrokenFileIsRefusedWithAClearMessageAndTheListIsUnchanged() throws IOException {
        DelegateListViewModel list = listWithOne();
        Path broken = Files.write(dir.resolve("dai-bieu.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        dialogs.chooseFile(broken);

        DelegateImportViewModel importer = list.startImport().orElseThrow();

        assertThat(importer.errorProperty().get()).startsWith("Tệp Excel dai-bieu.xlsx bị hỏng hoặc chưa được sao chép hết");
        assertThat(importer.canConfirmProperty().get()).isFalse();
        importer.confirm();
        assertThat(list.rows()).extracting(Row::fullName).containsExactly("Nguyễn Văn An");
        assertThat(list.dirtyProperty().get()).isFalse();
    }

    @Test
    void noFileChosenStartsNoImport() {
        assertThat(listWithOne().startImport()).isEmpty();
        assertThat(dialogs.shown("open")).extracting(RecordingDialogService.Shown::title)
                .containsExactly("Chọn tệp Excel danh sách đại biểu");
    }
}
