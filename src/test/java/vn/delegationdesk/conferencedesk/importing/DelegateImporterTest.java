package vn.delegationdesk.conferencedesk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.DelegateGroup;
import vn.delegationdesk.conferencedesk.DelegateStatus;
import vn.delegationdesk.delegation.member.roster.FieldColumns;
import vn.delegationdesk.delegation.member.roster.RosterException;
import vn.delegationdesk.delegation.member.roster.RosterSheet;
import vn.delegationdesk.delegation.member.roster.Workbooks;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * A conference's delegate list from workbooks made with POI, through the member import's reader: Vietnamese titles in
 * another order mapped by their synonyms, every value as the list will show it, rows refused with the row and the
 * reason in Vietnamese, duplicates of the list flagged, merged header and body cells spread, 5,000 rows taken and one
 * row over the reader's limit refused, and a file that is no workbook refused with a clear message.
 */
class DelegateImporterTest {
    private static final String CONFERENCE = "hn-1";
    private static final Messages MESSAGES = new Messages();
    private final DelegateImporter importer = new DelegateImporter();

    @TempDir
    Path dir;

    private DelegateImportPreview preview(Path file, List<Delegate> existing) {
        RosterSheet sheet = importer.read(file);
        return importer.preview(sheet, importer.guessMapping(sheet), CONFERENCE, existing);
    }

    private String failure(Path file) {
        Throwable thrown = catchThrowable(() -> importer.read(file));
        assertThat(thrown).isInstanceOf(RosterException.class);
        return MESSAGES.describeFailure(thrown, "; ");
    }

    private static Delegate existing(String name, String body) {
        return new Delegate("d-1", CONFERENCE, name, "Phó Chủ tịch UBND tỉnh", body, DelegateGroup.LEADERS, 1, "", true,
                DelegateStatus.CONFIRMED, null, "", false);
    }

    @Test
    void titlesInAnotherOrderAreMappedByTheirSynonymsAndEveryValueReadAsTheListShowsIt() throws IOException {
        Path file = Workbooks.sheet("Đại biểu")
                .row("DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ XÚC TIẾN DU LỊCH").merge("A1:I1")
                .row("STT", "CƠ QUAN, ĐƠN VỊ", "Họ tên đại biểu", "Thứ tự lễ tân", "Thành phần", "Chức danh", "Điện thoại/Liên hệ",
                        "Hưởng lương NSNN", "Tình trạng")
                .row(1, "UBND tỉnh Đắk Lắk", "Nguyễn Văn An", 1, "Lãnh đạo tỉnh", "Phó Chủ tịch UBND tỉnh", "0912345678", "x",
                        "Xác nhận dự")
                .row(2, "Công ty Cổ phần Du lịch Tây Nguyên", "Lê Hoàng Cường", null, "doanh nghiep", "Tổng Giám đốc",
                        "cuong@taynguyen.vn", "Không", "")
                .row(3, "Báo Đắk Lắk", "Phạm Thu Hà", "", "BÁO CHÍ", "Phóng viên", null, null, "báo vắng")
                .save(dir.resolve("dai-bieu.xlsx"));

        RosterSheet sheet = importer.read(file);
        FieldColumns<DelegateField> mapping = importer.guessMapping(sheet);
        DelegateImportPreview preview = importer.preview(sheet, mapping, CONFERENCE, List.of());

        assertThat(sheet.headerRowNumber()).isEqualTo(2);
        assertThat(mapping.asMap()).containsExactly(Map.entry(1, DelegateField.BODY),
                Map.entry(2, DelegateField.FULL_NAME), Map.entry(3, DelegateField.PRECEDENCE),
                Map.entry(4, DelegateField.GROUP), Map.entry(5, DelegateField.TITLE),
                Map.entry(6, DelegateField.CONTACT), Map.entry(7, DelegateField.ON_PAYROLL),
                Map.entry(8, DelegateField.STATUS));
        assertThat(preview.rejected()).isEmpty();
        assertThat(preview.accepted()).extracting(ImportedDelegate::rowNumber).containsExactly(3, 4, 5);
        assertThat(preview.delegates()).containsExactly(
                new Delegate("", CONFERENCE, "Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh", "UBND tỉnh Đắk Lắk", DelegateGroup.LEADERS, 1,
                        "0912345678", true, DelegateStatus.CONFIRMED, null, "", false),
                new Delegate("", CONFERENCE, "Lê Hoàng Cường", "Tổng Giám đốc", "Công ty Cổ phần Du lịch Tây Nguyên",
                        DelegateGroup.BUSINESSES, 0, "cuong@taynguyen.vn", false, DelegateStatus.INVITED, null, "", false),
                new Delegate("", CONFERENCE, "Phạm Thu Hà", "Phóng viên", "Báo Đắk Lắk", DelegateGroup.PRESS, 0, "", true,
                        DelegateStatus.DECLINED, null, "", false));
    }

    @Test
    void aBadPrecedenceRejectsItsRowWithTheRowNumberAndTheReasonInVietnamese() throws IOException {
        Workbooks book = Workbooks.sheet("DS").row("Họ và tên", "Cơ quan/đơn vị", "Nhóm", "Thứ tự ưu tiên", "Trạng thái");
        for (int i = 2; i <= 11; i++) {
            book.row("Đại biểu " + i, "Sở Du lịch", "Đơn vị nơi đến", i, "");
        }
        Path file = book.row("Trần Văn Bảo", "Sở Công Thương", "Đơn vị nơi đến", "abc", "")
                .row("", "Hiệp hội Du lịch", "Hội đoàn thể", "1,5", "Đã đến")
                .save(dir.resolve("uu-tien.xlsx"));

        DelegateImportPreview preview = preview(file, List.of());

        assertThat(preview.accepted()).hasSize(10);
        assertThat(preview.rejected()).extracting(row -> row.describe(MESSAGES)).containsExactly(
                "Dòng 12: Thứ tự ưu tiên “abc” không phải số; cần ghi số nguyên 1, 2, 3… hoặc để trống",
                "Dòng 13: thiếu Họ và tên; Nhóm “Hội đoàn thể” không khớp nhóm nào; cần ghi Lãnh đạo, Đơn vị nơi đến, Doanh "
                        + "nghiệp, Thành viên đoàn, Báo chí hoặc Khách mời khác; Trạng thái “Đã đến” không hợp lệ; cần ghi Đã mời, "
                        + "Xác nhận dự hoặc Báo vắng (việc đã đến ghi ở bàn điểm danh); Thứ tự ưu tiên “1,5” không phải số; cần "
                        + "ghi số nguyên 1, 2, 3… hoặc để trống");
    }

    @Test
    void aDelegateAlreadyOnTheListOrTwiceInTheFileIsAcceptedAndFlaggedByTheListsRule() throws IOException {
        Path file = Workbooks.sheet("DS").row("Họ và tên", "Cơ quan/đơn vị")
                .row("NGUYEN VAN AN", "ubnd tinh dak lak")
                .row("Trần Thị Bình", "Sở Văn hóa, Thể thao và Du lịch")
                .row("Trần  Thị Bình", "Sở Văn hóa, Thể thao và Du lịch")
                .save(dir.resolve("trung.xlsx"));

        DelegateImportPreview preview = preview(file, List.of(existing("Nguyễn Văn An", "UBND tỉnh Đắk Lắk")));

        assertThat(preview.accepted()).extracting(ImportedDelegate::duplicate).containsExactly(true, false, true);
        assertThat(preview.accepted()).filteredOn(ImportedDelegate::duplicate)
                .extracting(row -> MESSAGES.get("roster.row", row.rowNumber(), row.notices().get(0).describe(MESSAGES)))
                .containsExactly("Dòng 2: trùng họ tên và cơ quan với đại biểu 1 đã có trong danh sách: Nguyễn Văn An – UBND tỉnh "
                        + "Đắk Lắk", "Dòng 4: trùng họ tên và cơ quan với dòng 3 của tệp");
        assertThat(preview(file, List.of()).duplicateCount()).isEqualTo(1);
    }

    @Test
    void mergedTitlesNameEveryColumnTheySpanAndABodyMergedDownRepeatsForEachDelegate() throws IOException {
        Path file = Workbooks.sheet("DS")
                .row("STT", "Thông tin đại biểu", null, "Cơ quan/đơn vị", "Nhóm")
                .row(null, "Họ và tên", "Chức vụ", null, null)
                .merge("A1:A2").merge("B1:C1").merge("D1:D2").merge("E1:E2")
                .row(1, "Nguyễn Văn An", "Giám đốc", "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk", "Đơn vị nơi đến")
                .row(2, "Trần Thị Bình", "Phó Giám đốc", null, null)
                .row(3, "Lê Văn Cường", "Trưởng phòng", null, null)
                .merge("D3:D5").merge("E3:E5")
                .save(dir.resolve("gop.xlsx"));

        RosterSheet sheet = importer.read(file);
        DelegateImportPreview preview = importer.preview(sheet, importer.guessMapping(sheet), CONFERENCE, List.of());

        assertThat(sheet.headers()).containsExactly("STT", "Họ và tên", "Chức vụ", "Cơ quan/đơn vị", "Nhóm");
        assertThat(preview.rejected()).isEmpty();
        assertThat(preview.delegates()).extracting(Delegate::fullName, Delegate::title, Delegate::body, Delegate::group)
                .containsExactly(
                        tuple("Nguyễn Văn An", "Giám đốc", "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk",
                                DelegateGroup.HOSTS),
                        tuple("Trần Thị Bình", "Phó Giám đốc",
                                "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk", DelegateGroup.HOSTS),
                        tuple("Lê Văn Cường", "Trưởng phòng", "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk",
                                DelegateGroup.HOSTS));
    }

    @Test
    void fiveThousandRowsAreTakenAndOneRowOverTheReadersLimitIsRefusedAsTheMemberImportDoes() throws IOException {
        Path five = DelegateWorkbooks.delegates(5_000).save(dir.resolve("5000.xlsx"));
        DelegateImportPreview preview = preview(five, List.of());
        assertThat(preview.accepted()).hasSize(5_000);
        assertThat(preview.rejected()).isEmpty();
        assertThat(preview.accepted().get(4_999).delegate().fullName()).isEqualTo("Đại biểu số 5000");
        assertThat(preview.accepted().get(4_999).rowNumber()).isEqualTo(5_001);

        Path over = DelegateWorkbooks.delegates(10_001).save(dir.resolve("qua-nhieu.xlsx"));
        assertThat(failure(over)).isEqualTo("Tệp qua-nhieu.xlsx có hơn 10000 dòng dữ liệu, quá nhiều cho một danh sách đại biểu "
                + "hội nghị; hãy kiểm tra đã chọn đúng tệp.");
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedWithAClearMessage() throws IOException {
        Path file = Files.writeString(dir.resolve("dai-bieu.xlsx"), "Họ và tên;Chức vụ\nNguyễn Văn An;Giám đốc\n",
                StandardCharsets.UTF_8);

        assertThat(failure(file)).startsWith("Tệp dai-bieu.xlsx không phải tệp Excel .xlsx (có thể là tệp CSV, Word hoặc tệp đã "
                + "bị đổi đuôi).");
    }

    @Test
    void aSheetWithoutTitlesIsRefusedInTheDelegateListsWords() throws IOException {
        Path file = Workbooks.sheet("DS").row(1).row(2).save(dir.resolve("so.xlsx"));

        assertThat(failure(file)).isEqualTo("Không tìm thấy dòng tiêu đề cột trong tệp so.xlsx (trang “DS”): cần một dòng có ít "
                + "nhất hai ô tiêu đề như “Họ và tên”, “Chức vụ”, “Cơ quan/đơn vị”.");
    }
}
