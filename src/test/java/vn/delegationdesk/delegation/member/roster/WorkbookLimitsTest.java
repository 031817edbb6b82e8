package vn.delegationdesk.delegation.member.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.testing.RawXlsx;

/**
 * Each limit of the streaming reader, passed by a small hostile file written part by part, ends in its own
 * sentence naming the file and the limit (and the sheet and cell where there is one); and what an unusual but real
 * producer writes (inline and rich text, phonetic runs, escapes, rows and cells without numbers) reads as POI read it.
 */
class WorkbookLimitsTest {
    private static final Messages MESSAGES = new Messages();

    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader();

    @Test
    void aCellLongerThanExcelAllowsIsNamed() throws IOException {
        Path file = write("dai.xlsx", RawXlsx.sheet(RawXlsx.headerRow() + "<row r=\"2\">" + RawXlsx.inline("A2", "An")
                + RawXlsx.inline("B2", "x".repeat(40_000)) + "</row>", ""), null, null);

        assertThat(failure(file)).isEqualTo("Tệp dai.xlsx (trang “Danh sách”): ô B2 dài hơn 32.767 ký tự, giới hạn của chính "
                + "Excel; hãy kiểm tra ô này hoặc xin đơn vị gửi lại tệp.");
    }

    @Test
    void aCellOfExactlyExcelsLimitIsRead() throws IOException {
        Path file = write("vua.xlsx", RawXlsx.sheet(RawXlsx.headerRow() + "<row r=\"2\">" + RawXlsx.inline("A2", "An")
                + RawXlsx.inline("B2", "x".repeat(32_767)) + "</row>", ""), null, null);

        assertThat(reader.read(file).rows().get(0).text(1)).hasSize(32_767);
    }

    @Test
    void aSharedStringLongerThanExcelAllowsIsNamed() throws IOException {
        Path file = write("chuoi.xlsx", RawXlsx.sheet(RawXlsx.headerRow(), ""),
                RawXlsx.sharedStrings("<si><t>An</t></si><si><r><t>" + "y".repeat(20_000) + "</t></r><r><t>" + "y".repeat(20_000)
                        + "</t></r></si>"), null);

        assertThat(failure(file)).isEqualTo("Tệp chuoi.xlsx: chuỗi chữ dùng chung thứ 2 dài hơn 32.767 ký tự, giới hạn của chính "
                + "Excel; hãy xin đơn vị gửi lại tệp.");
    }

    @Test
    void aValueBeyondTheTwoHundredthColumnIsNamedAndBlankCellsThereAreIgnored() throws IOException {
        String row = "<row r=\"2\">" + RawXlsx.inline("A2", "An") + "<c r=\"GS2\" s=\"0\"/>";
        Path blank = write("trong.xlsx", RawXlsx.sheet(RawXlsx.headerRow() + row + "</row>", ""), null, null);
        Path value = write("rong.xlsx", RawXlsx.sheet(RawXlsx.headerRow() + row + RawXlsx.inline("GT2", "ghi chú") + "</row>", ""),
                null, null);

        assertThat(reader.read(blank).rows().get(0).cells()).hasSize(1);
        assertThat(failure(value)).isEqualTo("Tệp rong.xlsx (trang “Danh sách”): ô GT2 có dữ liệu nhưng nằm ngoài 200 cột đầu "
                + "tiên, quá rộng cho một danh sách thành viên; hãy xóa các cột thừa hoặc kiểm tra đã chọn đúng tệp.");
    }

    @Test
    void tooManyMergedRegionsAreRefused() throws IOException {
        StringBuilder merges = new StringBuilder("<mergeCells>");
        for (int i = 0; i <= WorkbookReader.MAX_MERGED_REGIONS; i++) {
            merges.append("<mergeCell ref=\"C").append(i + 3).append(":D").append(i + 3).append("\"/>");
        }
        Path file = write("gop.xlsx", RawXlsx.sheet(RawXlsx.headerRow(), merges + "</mergeCells>"), null, null);

        assertThat(failure(file)).isEqualTo("Tệp gop.xlsx (trang “Danh sách”) có hơn 100.000 vùng ô gộp, quá nhiều cho một danh "
                + "sách thành viên đoàn; hãy bỏ gộp ô (Trang đầu › Gộp và căn giữa) rồi nhập lại.");
    }

    @Test
    void mergedRegionsSpreadOverTooManyCellsAreRefused() throws IOException {
        StringBuilder rows = new StringBuilder(RawXlsx.headerRow());
        for (int r = 2; r <= 10_001; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"B").append(r).append("\"><v>1</v></c></row>");
        }
        String merges = "<mergeCells>" + "<mergeCell ref=\"A2:A10001\"/>".repeat(401) + "</mergeCells>";
        Path file = write("phu.xlsx", RawXlsx.sheet(rows, merges), null, null);

        assertThat(failure(file)).isEqualTo("Tệp phu.xlsx (trang “Danh sách”): các vùng ô gộp phủ hơn 4.000.000 ô, quá nhiều cho "
                + "một danh sách thành viên đoàn; hãy bỏ gộp ô (Trang đầu › Gộp và căn giữa) rồi nhập lại.");
    }

    @Test
    void tooManyCellsWithValuesAreRefused() throws IOException {
        StringBuilder rows = new StringBuilder(RawXlsx.headerRow());
        for (int r = 2; r <= 10_002; r++) {
            rows.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < 100; c++) {
                rows.append("<c t=\"s\"><v>0</v></c>");
            }
            rows.append("</row>");
        }
        Path file = write("o.xlsx", RawXlsx.sheet(rows, ""), RawXlsx.sharedStrings("<si><t>x</t></si>"), null);

        assertThat(failure(file)).isEqualTo("Tệp o.xlsx (trang “Danh sách”) có hơn 1.000.000 ô có dữ liệu, quá nhiều cho một danh "
                + "sách thành viên đoàn; hãy kiểm tra đã chọn đúng tệp.");
    }

    @Test
    void rowsFarBeyondTheLimitStopTheReadingEarlyWithTheUsualMessage() throws IOException {
        StringBuilder rows = new StringBuilder(RawXlsx.headerRow());
        StringBuilder noHeader = new StringBuilder();
        for (int r = 2; r <= 30_000; r++) {
            String row = "<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>";
            rows.append(row);
            noHeader.append(row);
        }
        Path file = write("dong.xlsx", RawXlsx.sheet(rows, ""), null, null);
        Path numbers = write("so.xlsx", RawXlsx.sheet(noHeader, ""), null, null);

        assertThat(failure(file)).isEqualTo("Tệp dong.xlsx có hơn 10000 dòng dữ liệu, quá nhiều cho một danh sách thành viên "
                + "đoàn; hãy kiểm tra đã chọn đúng tệp.");
        assertThat(failure(numbers)).startsWith("Không tìm thấy dòng tiêu đề cột trong tệp so.xlsx (trang “Danh sách”)");
    }

    @Test
    void tooManySharedStringsAreRefused() throws IOException {
        Path file = write("nhieu-chuoi.xlsx", RawXlsx.sheet(RawXlsx.headerRow(), ""),
                RawXlsx.sharedStrings("<si><t>a</t></si>".repeat(WorkbookReader.MAX_SHARED_STRINGS + 1)), null);

        assertThat(failure(file)).isEqualTo("Tệp nhieu-chuoi.xlsx có hơn 500.000 chuỗi chữ khác nhau, quá nhiều cho một danh sách "
                + "thành viên đoàn; hãy kiểm tra đã chọn đúng tệp.");
    }

    @Test
    void tooMuchTextInAllIsRefused() throws IOException {
        String item = "<si><t>" + "z".repeat(WorkbookReader.MAX_CELL_CHARS) + "</t></si>";
        Path file = write("chu.xlsx", RawXlsx.sheet(RawXlsx.headerRow(), ""),
                RawXlsx.sharedStrings(item.repeat((int) (WorkbookReader.MAX_TEXT_CHARS / WorkbookReader.MAX_CELL_CHARS) + 1)), null);

        assertThat(failure(file)).isEqualTo("Tệp chu.xlsx chứa hơn 20.000.000 ký tự chữ, quá nhiều cho một danh sách thành viên "
                + "đoàn; hãy kiểm tra đã chọn đúng tệp.");
    }

    @Test
    void tooManyCellFormatsAreRefused() throws IOException {
        String styles = "<styleSheet xmlns=\"" + RawXlsx.MAIN + "\"><cellXfs>" + "<xf numFmtId=\"0\"/>".repeat(CellFormats.MAX_FORMATS + 1)
                + "</cellXfs></styleSheet>";
        Path file = write("kieu.xlsx", RawXlsx.sheet(RawXlsx.headerRow(), ""), null, styles);

        assertThat(failure(file)).isEqualTo("Tệp kieu.xlsx có định dạng ô bất thường (hơn 65.536 định dạng, hoặc một định dạng số "
                + "dài hơn 1.000 ký tự), nên không được mở (có thể là tệp độc hại).");
    }

    @Test
    void entityBombsHugeTagsAndDeepNestingAreRefusedSayingWhatExcelNeverWrites() throws IOException {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>";
        Path entities = write("thuc-the.xlsx", laughs + RawXlsx.sheet(RawXlsx.headerRow(), "").substring(38), null, null);
        Path tag = write("the.xlsx", RawXlsx.sheet(RawXlsx.headerRow() + "<row r=\"2\" x=\"" + "w".repeat(1_100_000) + "\"/>", ""),
                null, null);
        Path deep = write("sau.xlsx", RawXlsx.sheet(RawXlsx.headerRow() + "<row r=\"2\">" + "<x>".repeat(100) + "</x>".repeat(100)
                + "</row>", ""), null, null);

        String resend = "điều Excel không bao giờ ghi (có thể là tệp độc hại). Hãy xin đơn vị gửi lại tệp lưu từ Excel.";
        assertThat(failure(entities)).isEqualTo("Tệp thuc-the.xlsx không được mở: phần xl/worksheets/sheet1.xml có khai báo "
                + "DOCTYPE, " + resend);
        assertThat(failure(tag)).isEqualTo("Tệp the.xlsx không được mở: phần xl/worksheets/sheet1.xml có một thẻ XML dài hơn "
                + "1024 KB, " + resend);
        assertThat(failure(deep)).isEqualTo("Tệp sau.xlsx không được mở: phần xl/worksheets/sheet1.xml có các thẻ XML lồng "
                + "nhau quá 64 cấp, " + resend);
    }

    @Test
    void tooManyEntriesAndNamesClimbingOutOrTwiceAreRefused() throws IOException {
        Map<String, byte[]> many = RawXlsx.parts(RawXlsx.sheet(RawXlsx.headerRow(), ""), null, null);
        for (int i = 0; i < 10_000; i++) {
            many.put("xl/media/a" + i + ".txt", new byte[0]);
        }
        Map<String, byte[]> climbing = RawXlsx.parts(RawXlsx.sheet(RawXlsx.headerRow(), ""), null, null);
        climbing.put("xl/../../ngoai.xml", new byte[1]);
        Map<String, byte[]> twice = new LinkedHashMap<>(RawXlsx.parts(RawXlsx.sheet(RawXlsx.headerRow(), ""), null, null));
        twice.put("XL/Worksheets/Sheet1.xml", RawXlsx.utf8(RawXlsx.sheet("", "")));

        assertThat(failure(RawXlsx.write(dir.resolve("nhieu.xlsx"), many))).isEqualTo("Tệp nhieu.xlsx có dữ liệu nén bất thường: "
                + "hơn 10.000 phần nén, nên không được mở (có thể là tệp độc hại). Hãy xin đơn vị gửi lại danh sách.");
        assertThat(failure(RawXlsx.write(dir.resolve("ra.xlsx"), climbing))).isEqualTo("Tệp ra.xlsx có dữ liệu nén bất thường: "
                + "tên phần “xl/../../ngoai.xml” trùng lặp hoặc trỏ ra ngoài tệp, nên không được mở (có thể là tệp độc hại).");
        assertThat(failure(RawXlsx.write(dir.resolve("trung.xlsx"), twice))).isEqualTo("Tệp trung.xlsx có dữ liệu nén bất thường: "
                + "tên phần “XL/Worksheets/Sheet1.xml” trùng lặp hoặc trỏ ra ngoài tệp, nên không được mở (có thể là tệp độc hại).");
    }

    @Test
    void aWordDocumentRenamedXlsxIsNotAnExcelFile() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("_rels/.rels", RawXlsx.utf8("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "officeDocument\" Target=\"word/document.xml\"/></Relationships>"));
        parts.put("word/document.xml", RawXlsx.utf8("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                + "2006/main\"><w:body/></w:document>"));

        assertThat(failure(RawXlsx.write(dir.resolve("van-ban.xlsx"), parts))).startsWith("Tệp van-ban.xlsx không phải tệp Excel "
                + ".xlsx");
    }

    @Test
    void inlineAndRichTextPhoneticRunsEscapesAndUnnumberedRowsAndCellsReadAsExcelShowsThem() throws IOException {
        String rows = "<row><c t=\"inlineStr\"><is><r><t>Họ và </t></r><r><t>tên</t></r><rPh><t>ホ</t></rPh></is></c>"
                + "<c t=\"inlineStr\"><is><t>Ngày sinh</t></is></c><c t=\"inlineStr\"><is><t>Ghi chú</t></is></c></row>"
                + "<row><c t=\"s\"><v>0</v></c><c s=\"1\"><v>29221</v></c><c t=\"str\"><f>A1</f><v>dòng 1_x000D_dòng 2</v></c></row>"
                + "<row r=\"5\"><c r=\"B5\" t=\"b\"><v>1</v></c><c t=\"e\"><v>#N/A</v></c><c r=\"A5\" t=\"s\"><v>7</v></c></row>";
        String styles = "<styleSheet xmlns=\"" + RawXlsx.MAIN + "\"><numFmts><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
                + "</numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>";
        Path file = write("khac.xlsx", RawXlsx.sheet(rows, ""), RawXlsx.sharedStrings("<si><r><t>Nguyễn </t></r><r><t>Văn An"
                + "</t></r></si>"), styles);

        RosterSheet sheet = reader.read(file);

        assertThat(sheet.headers()).containsExactly("Họ và tên", "Ngày sinh", "Ghi chú");
        assertThat(Workbooks.texts(sheet.rows().get(0))).containsExactly("Nguyễn Văn An", "01/01/1980", "dòng 1\rdòng 2");
        assertThat(sheet.rows().get(1).rowNumber()).isEqualTo(5);
        assertThat(Workbooks.texts(sheet.rows().get(1))).containsExactly("", "TRUE", "#N/A");
    }

    private Path write(String name, String sheetXml, String sharedStringsXml, String stylesXml) throws IOException {
        return RawXlsx.write(dir.resolve(name), RawXlsx.parts(sheetXml, sharedStringsXml, stylesXml));
    }

    private String failure(Path file) {
        Throwable thrown = catchThrowable(() -> reader.read(file));
        assertThat(thrown).isInstanceOf(RosterException.class);
        return MESSAGES.describeFailure(thrown, "; ");
    }
}
