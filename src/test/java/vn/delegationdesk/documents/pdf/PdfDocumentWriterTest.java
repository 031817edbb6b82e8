package vn.delegationdesk.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.OfficialHeader;
import vn.delegationdesk.documents.layout.PageBreak;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.testing.LayoutSamples;
import vn.delegationdesk.testing.PdfPages;

/** The sample document written as PDF and read back as a reader sees it. */
class PdfDocumentWriterTest {
    private static final float MM = 72f / 25.4f;
    private static byte[] pdf;
    private static List<String> pages;

    @BeforeAll
    static void write() throws IOException {
        pdf = write(LayoutSamples.official());
        pages = PdfPages.text(pdf);
    }

    @Test
    void pageOneCarriesTheOfficialHeaderAndTheBody() {
        String first = pages.get(0);
        assertThat(first).contains("UBND THÀNH PHỐ HÀ NỘI", "SỞ VĂN HÓA VÀ THỂ THAO", LayoutSamples.NUMBER_LINE,
                OfficialHeader.NATION, OfficialHeader.MOTTO, LayoutSamples.PLACE_DATE, LayoutSamples.TITLE,
                LayoutSamples.HEADING);
        assertThat(first.replace("\n", " ")).contains(LayoutSamples.BODY_START);
        // The header's two columns are read side by side: the bodies' line and the nation's share a line.
        assertThat(first.lines().filter(line -> line.contains("UBND THÀNH PHỐ HÀ NỘI"))).singleElement()
                .asString().contains(OfficialHeader.NATION);
        assertThat(first.lines().filter(line -> line.contains(LayoutSamples.NUMBER_LINE))).singleElement()
                .asString().contains(LayoutSamples.PLACE_DATE);
    }

    @Test
    void pagesAreNumberedInTheTopMarginFromPageTwo() throws IOException {
        List<String> top = region(pdf, 0, 20);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(4);
        assertThat(top.get(0)).isBlank();
        for (int page = 2; page <= top.size(); page++) {
            assertThat(top.get(page - 1).strip()).as("top margin of page %d", page).isEqualTo(String.valueOf(page));
        }
        assertThat(pages.get(1).lines().findFirst()).hasValue("2");
    }

    @Test
    void aFormWithoutPageNumbersHasNone() throws IOException {
        PrintedDocument sample = LayoutSamples.official();
        PrintedDocument form = new PrintedDocument(sample.title(), PageSetup.form(), null, sample.blocks(), null);
        byte[] bytes = write(form);
        List<String> top = region(bytes, 0, 15);
        assertThat(top).hasSizeGreaterThan(2).allSatisfy(text -> assertThat(text).isBlank());
        assertThat(region(bytes, 297 - 15, 15)).allSatisfy(text -> assertThat(text).isBlank());
    }

    @Test
    void theFooterNoteIsInTheBottomMarginOfEveryPage() throws IOException {
        List<String> bottom = region(pdf, 297 - 20, 20);
        assertThat(bottom).hasSize(pages.size())
                .allSatisfy(text -> assertThat(text.strip()).isEqualTo(LayoutSamples.FOOTER));
    }

    @Test
    void theTableHeaderRowIsRepeatedOnEveryPageTheTableRunsOnto() {
        List<Integer> tablePages = IntStream.range(0, pages.size())
                .filter(i -> IntStream.range(0, LayoutSamples.TABLE_ROWS)
                        .anyMatch(row -> pages.get(i).contains(LayoutSamples.memberName(row))))
                .boxed().toList();
        assertThat(tablePages).hasSizeGreaterThanOrEqualTo(2);
        for (int page : tablePages) {
            assertThat(pages.get(page)).as("page %d", page + 1)
                    .contains(LayoutSamples.TABLE_HEADER_NAME, LayoutSamples.TABLE_HEADER_UNIT);
        }
        assertThat(pages.get(tablePages.get(tablePages.size() - 1)))
                .contains(LayoutSamples.memberName(LayoutSamples.TABLE_ROWS - 1));
    }

    @Test
    void theClosingNamesTheRecipientsAndTheSignerOnOnePage() {
        String closing = pages.stream().filter(text -> text.contains(LayoutSamples.SIGNER)).findFirst().orElseThrow();
        assertThat(closing).contains("Nơi nhận:", "- Ban Giám đốc Sở;", "- Lưu: VT, TCPC.", "KT. GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC");
        // The page break after the closing starts the annex on a page of its own.
        assertThat(pages.get(pages.size() - 1)).contains("PHỤ LỤC").doesNotContain(LayoutSamples.SIGNER);
    }

    @Test
    void metadataGivesTheTitleTheCreatorAndTheLanguage() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Kế hoạch tổ chức Đoàn khảo sát tỉnh Đắk Lắk và tỉnh Lâm Đồng");
            assertThat(document.getDocumentInformation().getCreator()).isEqualTo("Delegation Desk");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("vi-VN");
            PDPage first = document.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isEqualTo(595, org.assertj.core.data.Offset.offset(1f));
            assertThat(first.getMediaBox().getHeight()).isEqualTo(842, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void aLandscapeSetupTurnsThePage() throws IOException {
        PrintedDocument wide = new PrintedDocument("Dự toán", PageSetup.landscapeTable(), null,
                List.of(Paragraph.body("Dự toán kinh phí")), null);
        try (PDDocument document = Loader.loadPDF(write(wide))) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isGreaterThan(document.getPage(0).getMediaBox().getHeight());
        }
    }

    @Test
    void decomposedTextPrintsComposed() throws IOException {
        String nfd = Normalizer.normalize("Đặng Thị Mỹ Dung, Nguyễn Hữu Nghĩa", Normalizer.Form.NFD);
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of(nfd, Align.LEFT));
        blocks.add(new PageBreak());
        blocks.add(Paragraph.of("Trang hai", Align.LEFT));
        List<String> text = PdfPages.text(write(new PrintedDocument("NFD", PageSetup.administrative(), null, blocks, null)));
        assertThat(text).hasSize(2);
        assertThat(text.get(0)).contains("Đặng Thị Mỹ Dung, Nguyễn Hữu Nghĩa");
        assertThat(text.get(1)).contains("Trang hai");
    }

    @Test
    void aTableRowMovesToTheNextPageWholeRatherThanSplitting() {
        List<List<Cell>> rows = new ArrayList<>();
        for (int row = 1; row <= 30; row++) {
            Paragraph[] lines = new Paragraph[6];
            for (int line = 1; line <= 6; line++) {
                lines[line - 1] = Paragraph.of("Hàng " + row + " dòng " + line, Align.LEFT);
            }
            rows.add(List.of(Cell.of(String.valueOf(row), Align.CENTER), Cell.of(lines)));
        }
        Table table = new Table(List.of(1f, 6f), List.of(List.of(Cell.bold("TT", Align.CENTER),
                Cell.bold("Nội dung", Align.CENTER))), rows, true, 0);
        List<String> text = PdfPages.text(write(new PrintedDocument("Bảng", PageSetup.administrative(), null,
                List.of(table), null)));
        assertThat(text).hasSizeGreaterThan(2);
        for (int row = 1; row <= 30; row++) {
            String first = "Hàng " + row + " dòng 1";
            String last = "Hàng " + row + " dòng 6";
            assertThat(text).as("row %d on one page", row)
                    .anySatisfy(page -> assertThat(page).contains(first + "\n").contains(last + "\n"));
        }
    }

    static byte[] write(PrintedDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfDocumentWriter().write(document, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The text of a full-width band {@code heightMm} high starting {@code topMm} from the top, on each page. */
    private static List<String> region(byte[] bytes, float topMm, float heightMm) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<String> out = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                stripper.addRegion("band", new Rectangle2D.Float(0, topMm * MM, page.getMediaBox().getWidth(),
                        heightMm * MM));
                stripper.extractRegions(page);
                out.add(stripper.getTextForRegion("band"));
            }
            return out;
        }
    }

    @Test
    void rowsJoinedByARowSpanStayOnOnePage() {
        List<List<Cell>> rows = new ArrayList<>();
        for (int room = 1; room <= 60; room++) {
            rows.add(List.of(Cell.of("Phòng " + room, Align.CENTER).spanningRows(2), Cell.of("Người " + room + "a", Align.LEFT)));
            rows.add(List.of(Cell.of("Người " + room + "b", Align.LEFT)));
        }
        Table table = new Table(List.of(1f, 3f), List.of(List.of(Cell.of("Phòng", Align.CENTER), Cell.of("Họ và tên",
                Align.CENTER))), rows, true, 0);
        List<String> text = PdfPages.text(write(new PrintedDocument("Phòng", PageSetup.administrative(), null,
                List.of(table), null)));

        assertThat(text).hasSizeGreaterThan(2);
        for (int room = 1; room <= 60; room++) {
            String number = "Phòng " + room + " ";
            String first = "Người " + room + "a";
            String second = "Người " + room + "b\n";
            assertThat(text).as("room %d", room).anySatisfy(page -> assertThat(page).contains(number, first, second));
        }
    }

    @Test
    void aLongRowSpanGroupMayBreakButKeepsEveryRow() {
        String agenda = "Trao đổi kinh nghiệm quản lý, đào tạo, phát triển nguồn nhân lực bền vững. ".repeat(12);
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.of("Chiều", Align.CENTER).spanningRows(4), Cell.of("Điểm 1. " + agenda, Align.LEFT)));
        for (int point = 2; point <= 4; point++) {
            rows.add(List.of(Cell.of("Điểm " + point + ". " + agenda, Align.LEFT)));
        }
        Table table = new Table(List.of(1f, 5f), List.of(), rows, true, 0);
        String text = PdfPages.allText(write(new PrintedDocument("Chương trình", PageSetup.administrative(), null,
                List.of(table), null)));

        assertThat(text).contains("Chiều", "Điểm 1.", "Điểm 2.", "Điểm 3.", "Điểm 4.");
    }
}
