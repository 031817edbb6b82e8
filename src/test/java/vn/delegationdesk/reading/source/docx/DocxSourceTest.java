package vn.delegationdesk.reading.source.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.reading.Passage;
import vn.delegationdesk.reading.source.SourceException;
import vn.delegationdesk.reading.source.SourceReading;
import vn.delegationdesk.testing.RawDocx;
import vn.delegationdesk.testing.ZipBombs;

/**
 * Issue 21's Word source: seed 000 as a .docx built here (a paragraph per line, the headings bold, a small table, a
 * header and footer that are not read), list numbering, and every bad file refused in seconds with its message.
 */
class DocxSourceTest {
    private final Messages messages = new Messages();
    private final DocxSource source = new DocxSource();

    @TempDir
    Path dir;

    @Test
    void seed000AsDocxGivesItsParagraphsBoldHeadingsAndTableCellsInReadingOrder() throws IOException {
        Path file = dir.resolve("ke-hoach-doan.docx");
        Seed000Docx.write(file);

        long start = System.nanoTime();
        SourceReading reading = source.read(file);
        System.out.printf(Locale.ROOT, "seed 000 as .docx: %d passages read in %d ms (cold)%n", reading.document().passages().size(),
                (System.nanoTime() - start) / 1_000_000);

        assertThat(reading.document().name()).isEqualTo("ke-hoach-doan.docx");
        assertThat(reading.document().passages()).containsExactlyElementsOf(Seed000Docx.passages());
        assertThat(reading.document().passages()).filteredOn(Passage::bold).extracting(Passage::text)
                .contains("KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "Đơn vị", "Số người")
                .doesNotContain("Phòng Tổ chức - Pháp chế", "03 người");
        assertThat(reading.document().passages()).filteredOn(Passage::inTable).extracting(Passage::text, Passage::tableRow,
                Passage::tableColumn).containsExactly(tuple("Đơn vị", 0, 0), tuple("Số người", 0, 1),
                        tuple("Phòng Tổ chức - Pháp chế", 1, 0), tuple("03 người", 1, 1));
        assertThat(reading.document().passages()).extracting(Passage::text).doesNotContain(Seed000Docx.HEADER, Seed000Docx.FOOTER);
        assertThat(reading.notice()).isEmpty();
    }

    @Test
    void aTableNestedInACellIsReadAsLinesOfThatCell() throws IOException {
        Path file = dir.resolve("bang-long.docx");
        String nested = "<w:tbl><w:tr>" + cell("Phòng Quản lý Di sản (02 người)") + cell("Nhà hát (01 người)") + "</w:tr></w:tbl>";
        RawDocx.write(file, RawDocx.parts("<w:tbl><w:tr>" + cell("Thành phần") + "<w:tc><w:p><w:r><w:t>Lãnh đạo Sở</w:t></w:r></w:p>"
                + nested + "<w:p/></w:tc></w:tr></w:tbl>"));

        assertThat(source.read(file).document().passages()).extracting(Passage::text, Passage::tableRow, Passage::tableColumn)
                .containsExactly(tuple("Thành phần", 0, 0),
                        tuple("Lãnh đạo Sở\nPhòng Quản lý Di sản (02 người)\nNhà hát (01 người)", 0, 1));
    }

    @Test
    void listNumberingIsRenderedAsItsLabel() throws IOException {
        Path file = dir.resolve("danh-so.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
            definition.setAbstractNumId(BigInteger.ZERO);
            level(definition, 0, STNumberFormat.DECIMAL, "%1.", 1);
            level(definition, 1, STNumberFormat.LOWER_LETTER, "%2)", 1);
            level(definition, 2, STNumberFormat.BULLET, "-", 1);
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
            CTAbstractNum roman = CTAbstractNum.Factory.newInstance();
            roman.setAbstractNumId(BigInteger.ONE);
            level(roman, 0, STNumberFormat.UPPER_ROMAN, "%1.", 1);
            BigInteger romanId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(roman)));
            listItem(doc, romanId, 0, "MỤC ĐÍCH, YÊU CẦU");
            listItem(doc, numId, 0, "Mục đích");
            listItem(doc, numId, 1, "Học tập kinh nghiệm");
            listItem(doc, numId, 2, "Buổi sáng: làm việc");
            listItem(doc, numId, 1, "Trao đổi mô hình");
            listItem(doc, numId, 0, "Yêu cầu");
            listItem(doc, numId, 1, "Tiết kiệm");
            listItem(doc, romanId, 0, "THÀNH PHẦN");
            doc.write(out);
        }

        assertThat(source.read(file).document().passages()).extracting(Passage::text).containsExactly(
                "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "a) Học tập kinh nghiệm", "- Buổi sáng: làm việc", "b) Trao đổi mô hình",
                "2. Yêu cầu", "a) Tiết kiệm", "II. THÀNH PHẦN");
    }

    @Test
    void anEmptyDocxIsAnEmptyDocumentWithANotice() throws IOException {
        Path file = dir.resolve("trong.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph();
            doc.write(out);
        }

        SourceReading reading = source.read(file);

        assertThat(reading.document().passages()).isEmpty();
        assertThat(reading.notice()).map(phrase -> messages.get(phrase.key(), phrase.args().toArray()))
                .contains("Tệp trong.docx không có đoạn chữ nào để đọc.");
    }

    @Test
    void anOldDocIsRefusedWithTheAdviceToSaveAsDocx() throws IOException {
        Path file = dir.resolve("ke-hoach-cu.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertThat(Files.readAllBytes(file)).startsWith((byte) 0xD0, (byte) 0xCF, (byte) 0x11, (byte) 0xE0);

        assertThat(refusal(file)).isEqualTo("Tệp ke-hoach-cu.doc là văn bản Word 97–2003 (.doc), chưa đọc được: hãy mở bằng Word "
                + "và lưu thành .docx.");
    }

    @Test
    void aWorkbookRenamedDocxIsRefusedNamingWhatItIs() throws IOException {
        Path file = dir.resolve("danh-sach.docx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Thành viên").createRow(0).createCell(0).setCellValue("Họ và tên");
            workbook.write(out);
        }

        assertThat(refusal(file)).isEqualTo("Tệp danh-sach.docx là một bảng tính Excel, không phải văn bản Word (.docx) nên "
                + "không đọc được.");
    }

    @Test
    void aPlainZipOrAPdfRenamedDocxIsRefusedNamingWhatItIs() throws IOException {
        Path zip = dir.resolve("anh.docx");
        RawDocx.write(zip, Map.of("anh/1.txt", "ảnh".getBytes(StandardCharsets.UTF_8)));
        Path pdf = dir.resolve("ke-hoach.docx");
        Files.writeString(pdf, "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n", StandardCharsets.ISO_8859_1);

        assertThat(refusal(zip)).isEqualTo("Tệp anh.docx là một tệp nén ZIP, không phải văn bản Word (.docx) nên không đọc được.");
        assertThat(refusal(pdf)).isEqualTo("Tệp ke-hoach.docx là một tệp PDF, không phải văn bản Word (.docx) nên không đọc được.");
    }

    @Test
    void brokenXmlIsRefusedNamingThePartBeforePoiOpensIt() throws IOException {
        Path file = dir.resolve("hong.docx");
        RawDocx.write(file, RawDocx.parts("<w:p><w:r><w:t>Kế hoạch</w:t></w:r>"));

        long start = System.nanoTime();
        String message = refusal(file);

        assertThat(message).isEqualTo("Văn bản Word hong.docx bị hỏng: phần word/document.xml không phải XML hợp lệ nên không "
                + "đọc được. Hãy mở thử bằng Word rồi lưu lại thành .docx.");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void aZipBombIsRefusedNamingThePartWithinSeconds() throws IOException {
        ZipBombs.Bomb bomb = RawDocx.bomb(dir.resolve("bom.docx"), 0.01, 300L * 1024 * 1024);

        long start = System.nanoTime();
        String message = refusal(bomb.file());
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "docx bomb of %,d bytes at %.2f %%: refused in %d ms%n", bomb.inflated(), 100 * bomb.ratio(), ms);

        assertThat(message).isEqualTo("Tệp bom.docx có dữ liệu nén bất thường: phần word/document.xml giải nén ra hơn 100 MB, nên "
                + "không được mở (có thể là tệp độc hại).");
        assertThat(ms).isLessThan(10_000);
    }

    @Test
    void aFiveHundredPageDocumentIsRefusedWithinSeconds() throws IOException {
        Path file = dir.resolve("500-trang.docx");
        RawDocx.write(file, RawDocx.parts(RawDocx.paragraphs(25_000)));

        long start = System.nanoTime();
        String message = refusal(file);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "25,000-paragraph .docx (%,d bytes): refused in %d ms%n", Files.size(file), ms);

        assertThat(message).isEqualTo("Tệp 500-trang.docx có hơn 20.000 đoạn chữ, quá dài cho một kế hoạch nên không được đọc; "
                + "hãy chép phần kế hoạch ra một tệp riêng.");
        assertThat(ms).isLessThan(5_000);
    }

    @Test
    void aDocumentWithTooMuchTextIsRefusedWithinSeconds() throws IOException {
        String long1 = "Đoàn khảo sát trao đổi, học tập kinh nghiệm thực tế ".repeat(2_000);
        StringBuilder paragraphs = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            paragraphs.append("<w:p><w:r><w:t>").append(long1).append("</w:t></w:r></w:p>");
        }
        Path file = dir.resolve("nhieu-chu.docx");
        RawDocx.write(file, RawDocx.parts(paragraphs.toString()));

        long start = System.nanoTime();
        String message = refusal(file);

        assertThat(message).isEqualTo("Tệp nhieu-chu.docx có hơn 5.000.000 ký tự chữ, quá dài cho một kế hoạch nên không được "
                + "đọc; hãy chép phần kế hoạch ra một tệp riêng.");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void aMissingOrEmptyFileIsRefusedNamingIt() throws IOException {
        Path empty = Files.createFile(dir.resolve("rong.docx"));

        assertThat(refusal(empty)).isEqualTo("Tệp rong.docx rỗng (0 byte), không có gì để đọc.");
        assertThat(refusal(dir.resolve("khong-co.docx"))).isEqualTo("Không tìm thấy tệp " + dir.resolve("khong-co.docx") + ".");
    }

    private String refusal(Path file) {
        SourceException refused = catchThrowableOfType(SourceException.class, () -> source.read(file));
        assertThat(refused).as("refused: %s", file.getFileName()).isNotNull();
        return messages.describeFailure(refused, "; ");
    }

    private static String cell(String text) {
        return "<w:tc><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc>";
    }

    private static void level(CTAbstractNum definition, int index, STNumberFormat.Enum format, String text, int start) {
        CTLvl lvl = definition.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(index));
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
        lvl.addNewStart().setVal(BigInteger.valueOf(start));
    }

    private static void listItem(XWPFDocument doc, BigInteger numId, int level, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setNumID(numId);
        paragraph.setNumILvl(BigInteger.valueOf(level));
        paragraph.createRun().setText(text);
    }
}
