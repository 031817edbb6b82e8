package vn.delegationdesk.delegation.member.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.platform.i18n.Messages;

class WorkbookReaderTest {
    private static final Messages MESSAGES = new Messages();

    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader();

    @Test
    void readsHeaderAndRowsWithTheirExcelRowNumbers() throws IOException {
        RosterSheet sheet = reader.read(Workbooks.threeMembers().save(dir.resolve("ds.xlsx")));

        assertThat(sheet.fileName()).isEqualTo("ds.xlsx");
        assertThat(sheet.sheetName()).isEqualTo("Danh sách");
        assertThat(sheet.headerRowNumber()).isEqualTo(1);
        assertThat(sheet.headers()).containsExactly("STT", "Họ và tên", "Giới tính", "Ngày sinh", "Đơn vị cử", "Số CCCD");
        assertThat(sheet.rows()).extracting(RosterRow::rowNumber).containsExactly(2, 3, 4);
        assertThat(Workbooks.texts(sheet.rows().get(0)))
                .containsExactly("1", "Nguyễn Văn An", "Nam", "09/05/1980", "Phòng Quản lý văn hóa", "001080012345");
        assertThat(sheet.rows().get(0).cell(0).numeric()).isTrue();
        assertThat(sheet.rows().get(0).cell(3).numeric()).as("a date cell is not a number").isFalse();
    }

    @Test
    void skipsATitleRowAboveTheHeaderAndEmptyRowsInTheMiddleAndAtTheEnd() throws IOException {
        Path file = Workbooks.sheet("Sheet1")
                .row("DANH SÁCH CÁN BỘ ĐĂNG KÝ THAM GIA ĐOÀN").merge("A1:E1")
                .row("(Kèm theo Công văn số 125/SVHTT-VP ngày 02/10/2025)").merge("A2:E2")
                .skip(1)
                .row("STT", "Họ và tên", "Ngày sinh", "Đơn vị công tác", "Ghi chú")
                .row(1, "Nguyễn Văn An", "09/05/1980", "Phòng Quản lý văn hóa")
                .blankRow()
                .skip(2)
                .row(2, "Trần Thị Bình", "12/03/1985", "Văn phòng Sở")
                .blankRow().blankRow()
                .save(dir.resolve("title.xlsx"));

        RosterSheet sheet = reader.read(file);

        assertThat(sheet.headerRowNumber()).isEqualTo(4);
        assertThat(sheet.headers()).containsExactly("STT", "Họ và tên", "Ngày sinh", "Đơn vị công tác", "Ghi chú");
        assertThat(sheet.rows()).extracting(RosterRow::rowNumber).containsExactly(5, 9);
        assertThat(sheet.rows().get(1).text(1)).isEqualTo("Trần Thị Bình");
    }

    @Test
    void nationalHeadingWithTwoTextCellsIsNotTakenForTheHeader() throws IOException {
        Path file = Workbooks.sheet("DS")
                .row("SỞ VĂN HÓA VÀ THỂ THAO", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .row("PHÒNG TỔ CHỨC", null, null, "Độc lập - Tự do - Hạnh phúc")
                .row("Họ tên", "Chức vụ", "Đơn vị", "SĐT")
                .row("Nguyễn Văn An", "Trưởng phòng", "Phòng Tổ chức", "0912345678")
                .save(dir.resolve("heading.xlsx"));

        RosterSheet sheet = reader.read(file);

        assertThat(sheet.headerRowNumber()).isEqualTo(3);
        assertThat(sheet.headers()).containsExactly("Họ tên", "Chức vụ", "Đơn vị", "SĐT");
        assertThat(sheet.rows()).hasSize(1);
    }

    @Test
    void twoRowHeaderWithAMergedGroupTitleGivesTheLowerRowsNames() throws IOException {
        Path file = Workbooks.sheet("DS")
                .row("STT", "Thông tin cá nhân", null, "Đơn vị cử", "Số CCCD")
                .row(null, "Họ và tên", "Ngày sinh")
                .merge("A1:A2").merge("B1:C1").merge("D1:D2").merge("E1:E2")
                .row(1, "Nguyễn Văn An", "09/05/1980", "Phòng Tổ chức", "001080012345")
                .save(dir.resolve("two-rows.xlsx"));

        RosterSheet sheet = reader.read(file);

        assertThat(sheet.headers()).containsExactly("STT", "Họ và tên", "Ngày sinh", "Đơn vị cử", "Số CCCD");
        assertThat(sheet.headerRowNumber()).isEqualTo(2);
        assertThat(sheet.rows()).extracting(RosterRow::rowNumber).containsExactly(3);
        assertThat(sheet.rows().get(0).text(1)).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void twoRowHeaderWithoutVerticalMergesIsStillRecognised() throws IOException {
        Path file = Workbooks.sheet("DS")
                .row("Thông tin cá nhân", null, "Công tác")
                .row("Họ và tên", "Ngày sinh", "Đơn vị cử")
                .merge("A1:B1")
                .row("Nguyễn Văn An", "09/05/1980", "Phòng Tổ chức")
                .save(dir.resolve("two-rows-plain.xlsx"));

        RosterSheet sheet = reader.read(file);

        assertThat(sheet.headers()).containsExactly("Họ và tên", "Ngày sinh", "Đơn vị cử");
        assertThat(sheet.rows()).extracting(RosterRow::rowNumber).containsExactly(3);
    }

    @Test
    void aMergedHeaderCellNamesEveryColumnItSpansAndMergedDataCellsRepeatTheirValue() throws IOException {
        Path file = Workbooks.sheet("DS")
                .row("Họ và tên", "Đơn vị cử", null)
                .merge("B1:C1")
                .row("Nguyễn Văn An", "Phòng Tổ chức", "Tổ 1")
                .row("Trần Thị Bình")
                .merge("B2:B3")
                .save(dir.resolve("merged.xlsx"));

        RosterSheet sheet = reader.read(file);

        assertThat(sheet.headers()).containsExactly("Họ và tên", "Đơn vị cử", "Đơn vị cử");
        assertThat(sheet.rows().get(1).text(1)).isEqualTo("Phòng Tổ chức");
    }

    @Test
    void decomposedVietnameseFromAMacIsStoredComposed() throws IOException {
        String nfcName = "Nguyễn Thị Ánh Tuyết";
        String nfcHeader = "Họ và tên";
        String nfd = Normalizer.normalize(nfcName, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfcName);
        Path file = Workbooks.sheet("DS")
                .row(Normalizer.normalize(nfcHeader, Normalizer.Form.NFD), Normalizer.normalize("Đơn vị", Normalizer.Form.NFD))
                .row(nfd, Normalizer.normalize("Phòng Quản lý Di sản", Normalizer.Form.NFD))
                .save(dir.resolve("mac.xlsx"));

        RosterSheet sheet = reader.read(file);

        assertThat(sheet.headers().get(0)).isEqualTo(nfcHeader);
        assertThat(sheet.rows().get(0).text(0)).isEqualTo(nfcName);
        assertThat(sheet.rows().get(0).text(1)).isEqualTo("Phòng Quản lý Di sản");
    }

    @Test
    void numbersComeOutAsExcelShowsThemWithoutDecimalPointOrExponent() throws IOException {
        Path file = Workbooks.sheet("DS")
                .row("Họ và tên", "Số CCCD", "Hệ số", "Biên chế", "Cộng")
                .row("Nguyễn Văn An", 1085012345L, 0.25, true)
                .row("Trần Thị Bình", 1.0850123456e11, 1.0)
                .formula(1, 4, "0.1+0.2")
                .save(dir.resolve("numbers.xlsx"));

        RosterSheet sheet = reader.read(file);

        assertThat(Workbooks.texts(sheet.rows().get(0))).containsExactly("Nguyễn Văn An", "1085012345", "0.25", "TRUE", "0.3");
        assertThat(Workbooks.texts(sheet.rows().get(1))).containsExactly("Trần Thị Bình", "108501234560", "1");
    }

    @Test
    void formulaCellsGiveTheirCachedValue() throws IOException {
        Path file = Workbooks.sheet("DS")
                .row("Họ và tên", "Đơn vị")
                .row("Nguyễn Văn An")
                .formula(1, 1, "\"Phòng \"&\"Tổ chức\"")
                .save(dir.resolve("formula.xlsx"));

        assertThat(reader.read(file).rows().get(0).text(1)).isEqualTo("Phòng Tổ chức");
    }

    @Test
    void readsTheFirstSheetThatHasData() throws IOException {
        Workbooks book = Workbooks.sheet("Trống");
        XSSFWorkbook workbook = book.workbook();
        org.apache.poi.ss.usermodel.Sheet second = workbook.createSheet("Danh sách");
        second.createRow(0).createCell(0).setCellValue("Họ và tên");
        second.getRow(0).createCell(1).setCellValue("Đơn vị");
        second.createRow(1).createCell(0).setCellValue("Nguyễn Văn An");

        RosterSheet sheet = reader.read(book.save(dir.resolve("sheets.xlsx")));

        assertThat(sheet.sheetName()).isEqualTo("Danh sách");
        assertThat(sheet.rows()).hasSize(1);
    }

    @Test
    void passwordProtectedWorkbookIsNamedAsSuch() throws IOException, GeneralSecurityException {
        Path file = dir.resolve("co-mat-khau.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook workbook = Workbooks.threeMembers().workbook()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("matkhau");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                workbook.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertThat(failure(file)).isEqualTo("Tệp Excel co-mat-khau.xlsx được đặt mật khẩu nên không đọc được. Hãy mở tệp bằng "
                + "Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu) rồi nhập lại.");
    }

    @Test
    void randomBytesNamedXlsxAreNotAnExcelFile() throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path file = Files.write(dir.resolve("ngau-nhien.xlsx"), noise);

        assertThat(failure(file)).startsWith("Tệp ngau-nhien.xlsx không phải tệp Excel .xlsx");
    }

    @Test
    void truncatedWorkbookIsReportedAsDamaged() throws IOException {
        byte[] whole = Files.readAllBytes(Workbooks.members(50).save(dir.resolve("whole.xlsx")));
        Path file = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));

        assertThat(failure(file)).isEqualTo("Tệp Excel cut.xlsx bị hỏng hoặc chưa được sao chép hết nên không đọc được. "
                + "Hãy mở thử bằng Excel, hoặc xin đơn vị gửi lại tệp.");
    }

    @Test
    void csvRenamedToXlsxIsNotAnExcelFile() throws IOException {
        Path file = Files.writeString(dir.resolve("ds.xlsx"), "Họ và tên,Ngày sinh\nNguyễn Văn An,09/05/1980\n",
                StandardCharsets.UTF_8);

        assertThat(failure(file)).startsWith("Tệp ds.xlsx không phải tệp Excel .xlsx (có thể là tệp CSV");
    }

    @Test
    void oldXlsWorkbookAsksToSaveAsXlsx() throws IOException {
        Path file = dir.resolve("cu.xlsx");
        try (HSSFWorkbook old = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            old.createSheet("DS").createRow(0).createCell(0).setCellValue("Họ và tên");
            old.write(out);
        }

        assertThat(failure(file)).startsWith("Tệp cu.xlsx là tệp Excel 97–2003 (.xls), chưa đọc được.");
    }

    @Test
    void missingAndEmptyFilesAreNamed() throws IOException {
        Path missing = dir.resolve("khong-co.xlsx");
        Path empty = Files.createFile(dir.resolve("rong.xlsx"));

        assertThat(failure(missing)).isEqualTo("Không tìm thấy tệp " + missing + ".");
        assertThat(failure(empty)).isEqualTo("Tệp rong.xlsx rỗng (0 byte), không có danh sách thành viên nào.");
    }

    @Test
    void sheetWithoutHeaderRowIsRefused() throws IOException {
        Path file = Workbooks.sheet("Số liệu").row(1, 2, 3).row("chỉ một ô chữ").save(dir.resolve("so.xlsx"));

        assertThat(failure(file)).startsWith("Không tìm thấy dòng tiêu đề cột trong tệp so.xlsx (trang “Số liệu”)");
    }

    @Test
    void workbookWithoutDataIsRefused() throws IOException {
        Path file = Workbooks.sheet("Trống").save(dir.resolve("trong.xlsx"));

        assertThat(failure(file)).isEqualTo("Tệp trong.xlsx không có trang tính nào chứa dữ liệu.");
    }

    @Test
    void moreThanTenThousandRowsAreRefused() throws IOException {
        Workbooks book = Workbooks.sheet("DS").row("Họ và tên", "Đơn vị");
        for (int i = 0; i <= WorkbookReader.MAX_ROWS; i++) {
            book.row("Người " + i, "Đơn vị");
        }
        Path file = book.save(dir.resolve("lon.xlsx"));

        assertThat(failure(file)).isEqualTo("Tệp lon.xlsx có hơn 10000 dòng dữ liệu, quá nhiều cho một danh sách thành viên "
                + "đoàn; hãy kiểm tra đã chọn đúng tệp.");
    }

    @Test
    void columnLettersAreExcels() {
        assertThat(List.of(0, 25, 26, 701).stream().map(RosterSheet::columnLetter)).containsExactly("A", "Z", "AA", "ZZ");
    }

    @Test
    void dateCellsAreRead() throws IOException {
        Path file = Workbooks.sheet("DS").row("Họ và tên", "Ngày sinh").row("An", LocalDate.of(1999, 12, 31))
                .save(dir.resolve("d.xlsx"));

        assertThat(reader.read(file).rows().get(0).text(1)).isEqualTo("31/12/1999");
    }

    private String failure(Path file) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> reader.read(file));
        assertThat(thrown).isInstanceOf(RosterException.class);
        return MESSAGES.describeFailure(thrown, "; ");
    }

    @Test
    void failuresAreLocalized() {
        assertThatThrownBy(() -> reader.read(dir.resolve("x.xlsx"))).isInstanceOf(vn.delegationdesk.common.LocalizedFailure.class);
    }
}
