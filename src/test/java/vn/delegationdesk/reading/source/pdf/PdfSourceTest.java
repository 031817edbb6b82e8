package vn.delegationdesk.reading.source.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.catchThrowable;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.reading.Passage;
import vn.delegationdesk.reading.source.Seed000;
import vn.delegationdesk.reading.source.SourceException;
import vn.delegationdesk.reading.source.SourceReading;
import vn.delegationdesk.reading.source.docx.Seed000Docx;

class PdfSourceTest {
    private final PdfSource source = new PdfSource();
    private final Messages messages = new Messages();

    @TempDir
    Path dir;

    private String refusal(Path file) {
        Throwable thrown = catchThrowable(() -> source.read(file));
        assertThat(thrown).isInstanceOf(SourceException.class);
        return messages.describeFailure((SourceException) thrown, "; ");
    }

    /** A PDF of {@code pages} pages, each with {@code linesPerPage} lines of plain ASCII text (Helvetica). */
    private Path plainPdf(String name, int pages, int linesPerPage, StandardProtectionPolicy protection) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                if (linesPerPage == 0) {
                    continue;
                }
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 8);
                    content.setLeading(11);
                    content.newLineAtOffset(50, 800);
                    for (int line = 0; line < linesPerPage; line++) {
                        content.showText("Ke hoach trang " + (p + 1) + " dong " + (line + 1) + ".");
                        content.newLine();
                    }
                    content.endText();
                }
            }
            if (protection != null) {
                document.protect(protection);
            }
            document.save(file.toFile());
        }
        return file;
    }

    @Test
    void seed000AsPdfGivesItsTextWithoutTheHeaderAndThePageNumbersItsLinesJoinedWhereThePageWrappedThem() throws IOException {
        Path file = dir.resolve("Kế hoạch đoàn.pdf");
        int pages = SeedPdf.write(file, Seed000.lines(), true);

        SourceReading reading = new PdfSource().read(file);

        assertThat(pages).isGreaterThanOrEqualTo(4);
        assertThat(reading.document().name()).isEqualTo("Kế hoạch đoàn.pdf");
        assertThat(reading.notice()).isEmpty();
        List<Passage> passages = reading.document().passages();
        assertThat(passages.stream().map(Passage::text).collect(Collectors.joining(" "))).isEqualTo(String.join(" ", Seed000.lines()));
        assertThat(passages.stream().map(Passage::text)).doesNotContain(SeedPdf.HEADER, "- 1 -", "- 2 -", "- " + pages + " -");
        assertThat(passages.get(0)).isEqualTo(Passage.paragraph(0, "KẾ HOẠCH", true));
        assertThat(passages.get(1))
                .isEqualTo(Passage.paragraph(1, "Tổ chức Đoàn khảo sát trao đổi, học tập kinh nghiệm thực tế về", false));
        assertThat(passages).filteredOn(Passage::bold).extracting(Passage::text)
                .isEqualTo(Seed000.lines().stream().filter(SeedPdf::heading).toList());
        // A line set to the page's width was wrapped: joined to the next, which is no new item.
        assertThat(passages).extracting(Passage::text).contains("định hướng đến năm 2030, tầm nhìn đến 2045; Kế hoạch 217/KH-UBND "
                + "ngày 12/8/2022 về “Phát triển công nghiệp văn hóa trên địa bàn Thủ đô giai đoạn");
    }

    @Test
    void aWordDocumentOrATextRenamedPdfIsRefusedSayingWhatItIs() throws IOException {
        Path docx = dir.resolve("ke-hoach.pdf");
        Seed000Docx.write(docx);
        assertThat(refusal(docx)).isEqualTo("Tệp ke-hoach.pdf là một văn bản Word, bảng tính Excel hoặc tệp nén (ZIP), không phải tệp "
                + "PDF nên không đọc được; hãy đặt lại đuôi tệp đúng với loại tệp rồi mở lại.");
        Path text = Files.writeString(dir.resolve("ghi-chu.pdf"), Seed000.text());
        assertThat(refusal(text)).isEqualTo("Tệp ghi-chu.pdf là một văn bản thuần (chữ không định dạng), không phải tệp PDF nên không "
                + "đọc được; hãy đặt lại đuôi tệp đúng với loại tệp rồi mở lại.");
        assertThat(refusal(Files.write(dir.resolve("rong.pdf"), new byte[0]))).isEqualTo("Tệp rong.pdf rỗng (0 byte), không có gì để đọc.");
    }

    @Test
    void aPdfLockedWithAUserPasswordIsRefusedOneWithOnlyAnOwnerPasswordIsRead() throws IOException {
        Path locked = plainPdf("mat-khau.pdf", 1, 3, new StandardProtectionPolicy("chu", "nguoi-doc", new AccessPermission()));
        assertThat(refusal(locked)).isEqualTo("Tệp PDF mat-khau.pdf được đặt mật khẩu nên không đọc được. Hãy dùng tệp Word gốc, hoặc "
                + "mở bằng trình đọc PDF, bỏ mật khẩu rồi lưu lại.");

        AccessPermission noCopy = new AccessPermission();
        noCopy.setCanExtractContent(false);
        Path restricted = plainPdf("han-che.pdf", 1, 2, new StandardProtectionPolicy("chu", "", noCopy));
        assertThat(source.read(restricted).document().passages()).extracting(Passage::text)
                .containsExactly("Ke hoach trang 1 dong 1.", "Ke hoach trang 1 dong 2.");
    }

    @Test
    void aBrokenOrTruncatedPdfIsRefusedAsDamaged() throws IOException {
        Path whole = dir.resolve("du.pdf");
        SeedPdf.write(whole, Seed000.lines(), true);
        byte[] bytes = Files.readAllBytes(whole);
        Path half = Files.write(dir.resolve("mot-nua.pdf"), Arrays.copyOf(bytes, bytes.length / 3));
        assertThat(refusal(half)).isEqualTo("Tệp PDF mot-nua.pdf bị hỏng hoặc chưa được sao chép hết nên không đọc được. Hãy mở thử "
                + "bằng trình đọc PDF, hoặc dùng tệp Word gốc.");
        Path most = Files.write(dir.resolve("gan-du.pdf"), Arrays.copyOf(bytes, bytes.length * 9 / 10));
        assertThat(refusal(most)).startsWith("Tệp PDF gan-du.pdf bị hỏng hoặc chưa được sao chép hết");
        Path header = Files.writeString(dir.resolve("dau.pdf"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n");
        assertThat(refusal(header)).startsWith("Tệp PDF dau.pdf bị hỏng hoặc chưa được sao chép hết");
    }

    @Test
    void aScanWithoutATextLayerIsRefusedWithTheAdviceToUseTheWordFileOrOcr() throws IOException {
        Path file = dir.resolve("ban-quet.pdf");
        try (PDDocument document = new PDDocument()) {
            for (int p = 0; p < 2; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(document, new BufferedImage(60, 80, BufferedImage.TYPE_BYTE_GRAY));
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            document.save(file.toFile());
        }
        assertThat(refusal(file)).isEqualTo("Tệp ban-quet.pdf là bản quét (ảnh), không có lớp chữ; hãy dùng tệp Word gốc hoặc chạy nhận "
                + "dạng chữ (OCR) trước.");
    }

    @Test
    void blankPagesAreReadAsNothingToRead() throws IOException {
        SourceReading reading = source.read(plainPdf("trang-trang.pdf", 2, 0, null));
        assertThat(reading.document().passages()).isEmpty();
        assertThat(reading.notice()).map(phrase -> messages.get(phrase.key(), phrase.args().toArray()))
                .contains("Tệp trang-trang.pdf không có đoạn chữ nào để đọc.");
    }

    @Test
    void moreThan500PagesAreRefusedBeforeTheTextIsRead() throws IOException {
        assertThat(refusal(plainPdf("dai.pdf", 501, 0, null))).isEqualTo("Tệp dai.pdf có 501 trang, hơn 500 trang, quá dài cho một kế "
                + "hoạch nên không được đọc; hãy chép phần kế hoạch ra một tệp riêng.");
    }

    @Test
    void moreThan20000LinesAreRefusedByTheSourceLimits() throws IOException {
        assertThat(refusal(plainPdf("nhieu-dong.pdf", 300, 70, null))).isEqualTo("Tệp nhieu-dong.pdf có hơn 20.000 đoạn chữ, quá dài "
                + "cho một kế hoạch nên không được đọc; hãy chép phần kế hoạch ra một tệp riêng.");
    }

    @Test
    void pageNumbersAloneAtTheEndsOfAPageAreRunningLines() {
        assertThat(List.of("2", "- 2 -", "– 12 –", "Trang 3", "trang 3/10", "3 / 10"))
                .allMatch(RunningLines::pageNumber);
        assertThat(List.of("1. Mục đích", "- Đơn vị chủ trì", "03 người")).noneMatch(RunningLines::pageNumber);
    }
}
