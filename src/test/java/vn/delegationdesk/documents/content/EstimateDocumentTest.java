package vn.delegationdesk.documents.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.budget.AmountInWords;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.budget.EstimateSection;
import vn.delegationdesk.budget.EstimateTexts;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;
import vn.delegationdesk.testing.SampleDocuments;
import vn.delegationdesk.testing.SampleEstimates;

class EstimateDocumentTest {
    /** As printed: "đơn giá" held together so that the narrow price column never breaks between the two words. */
    private static final String PRINTED_NO_PRICE = "chưa có đơn\u00a0giá";

    private static final int AMOUNT = 6;
    private final DocumentSource source = SampleDocuments.source();
    private final Estimate estimate = source.estimate();
    private final PrintedDocument document = new EstimateDocument().build(source);
    private final Table table = LayoutProbe.borderedTable(document);

    @Test
    void isALandscapeTableUnderTheBodyAndTheNationalName() {
        assertThat(document.page().landscape()).isTrue();
        assertThat(document.header().parentBody()).isEqualTo("UBND THÀNH PHỐ HÀ NỘI");
        assertThat(document.header().issuingBody()).isEqualTo("SỞ VĂN HÓA VÀ THỂ THAO");
        assertThat(document.header().numberLine()).isEmpty();
        assertThat(LayoutProbe.paragraphs(document)).startsWith("DỰ TOÁN KINH PHÍ", EstimateTexts.subtitle(estimate),
                "(Kèm theo Kế hoạch số" + EstimateTexts.BLANK + "/KH-SVHTT ngày" + EstimateTexts.BLANK + "/" + EstimateTexts.BLANK
                        + "/" + EstimateTexts.BLANK + " của Sở Văn hóa và Thể thao)",
                "Định mức áp dụng: Thông tư 12/2025/TT-BTC", "Đơn vị tính: đồng");
        assertThat(EstimateTexts.subtitle(estimate)).endsWith("tại tỉnh Đắk Lắk và tỉnh Lâm Đồng (14/10/2025 – 19/10/2025)");
    }

    @Test
    void repeatsTheExcelColumnTitlesOnEveryPage() {
        assertThat(table.headerRows()).hasSize(1);
        assertThat(LayoutProbe.texts(table.headerRows().get(0)))
                .containsExactly("STT", "Nội dung", "ĐVT", "Số lượng", "Số ngày/lần", "Đơn giá", "Thành tiền", "Ghi chú");
        LayoutProbe.assertRowsFillColumns(table);
    }

    @Test
    void printsTheGrandTotalAndItsWordsAsTheBudgetComputesThem() {
        List<Cell> total = table.rows().get(table.rows().size() - 1);
        assertThat(LayoutProbe.texts(total)).containsExactly("", "TỔNG CỘNG", "433.410.000", "");
        assertThat(estimate.total()).isEqualTo(433_410_000L);
        assertThat(LayoutProbe.paragraphs(document)).contains("Bằng chữ: " + AmountInWords.of(433_410_000L));
        assertThat(AmountInWords.of(433_410_000L)).isEqualTo("Bốn trăm ba mươi ba triệu bốn trăm mười nghìn đồng");
    }

    /** Reads the table back as a reader would add it up: each section's printed lines against its printed subtotal. */
    @Test
    void everyPrintedTotalIsTheSumOfThePrintedFiguresAboveIt() {
        List<Long> subtotals = new ArrayList<>();
        long linesSum = 0;
        int sections = 0;
        for (List<Cell> row : table.rows()) {
            if (row.size() == 4 && row.get(0).shaded()) {
                if (sections > 0) {
                    assertThat(subtotals.get(sections - 1)).as("section %d", sections).isEqualTo(linesSum);
                }
                long printed = figure(row.get(2));
                if (!LayoutProbe.text(row.get(1)).equals("TỔNG CỘNG")) {
                    subtotals.add(printed);
                    sections++;
                    linesSum = 0;
                } else {
                    assertThat(printed).isEqualTo(subtotals.stream().mapToLong(Long::longValue).sum());
                }
            } else {
                assertThat(row).hasSize(8);
                linesSum += LayoutProbe.text(row.get(AMOUNT - 1)).equals(PRINTED_NO_PRICE) ? 0 : figure(row.get(AMOUNT));
            }
        }
        assertThat(sections).isEqualTo(estimate.sections().size());
        assertThat(subtotals).containsExactlyElementsOf(estimate.sections().stream().map(EstimateSection::subtotal).toList());
    }

    @Test
    void numbersTheLinesOfEachSectionAndShowsThePerDiem() {
        List<String> perDiem = lineRow("Phụ cấp lưu trú");
        assertThat(perDiem).containsExactly("1", "Phụ cấp lưu trú", "người", "37", "6", "300.000", "66.600.000",
                "TT 40/2017 Đ6, sửa đổi bởi TT 12/2025");
        assertThat(lineRow("Vé máy bay Hà Nội – Buôn Ma Thuột (hạng phổ thông)")).startsWith("1")
                .contains("2.450.000", "88.200.000");
        assertThat(lineRow("Xe đưa đón sân bay tại Hà Nội (đi và về)").get(0)).isEqualTo("6");
    }

    @Test
    void anUnpricedLineShowsNoAmountButSaysItHasNoPrice() {
        DocumentSource start = new DocumentSource(source.delegation(), source.settings(), SampleEstimates.unpriced());
        Table unpriced = LayoutProbe.borderedTable(new EstimateDocument().build(start));
        List<String> flight = rowOf(unpriced, "Vé máy bay Hà Nội – Buôn Ma Thuột (hạng phổ thông)");
        assertThat(flight.subList(5, 7)).containsExactly(PRINTED_NO_PRICE, "");
        long shown = unpriced.rows().stream().map(LayoutProbe::texts)
                .filter(t -> t.size() == 8 && t.get(5).equals(PRINTED_NO_PRICE) && t.get(6).isEmpty()).count();
        assertThat(shown).as("every line without a price, needed or not").isEqualTo(23);
        assertThat(LayoutProbe.texts(unpriced.rows().get(0))).as("no subtotal of nothing").containsExactly("I", "Chi phí đi lại", "", "");
        assertThat(start.estimate().unpricedLines()).as("the lines that need one").isEqualTo(18);
        assertThat(unpriced.rows().stream().map(LayoutProbe::texts).filter(t -> t.size() == 8 && t.get(5).isEmpty()))
                .as("no line goes without a price and without saying so").isEmpty();
    }

    @Test
    void aDraftIsMarkedOverTheTitleAndItsTotalIsLabelledPartial() {
        DocumentSource start = new DocumentSource(source.delegation(), source.settings(), SampleEstimates.unpriced());
        PrintedDocument draft = new EstimateDocument().build(start);
        assertThat(LayoutProbe.paragraphs(draft)).startsWith("DỰ THẢO – còn 18 dòng chưa có đơn giá", "DỰ TOÁN KINH PHÍ")
                .contains("Bằng chữ (tạm tính, chưa đủ đơn giá): Sáu mươi sáu triệu sáu trăm nghìn đồng")
                .noneMatch(p -> p.startsWith("Bằng chữ: "));
        List<List<Cell>> rows = LayoutProbe.borderedTable(draft).rows();
        assertThat(LayoutProbe.texts(rows.get(rows.size() - 1)))
                .containsExactly("", "TỔNG CỘNG (tạm tính, chưa đủ đơn giá)", "66.600.000", "");
        assertThat(LayoutProbe.paragraphs(document)).as("every price typed").noneMatch(p -> p.contains("DỰ THẢO"));
    }

    @Test
    void alignsFiguresRight() {
        for (List<Cell> row : table.rows()) {
            if (row.size() == 8) {
                for (int c = 3; c <= AMOUNT; c++) {
                    assertThat(row.get(c).content().get(0).align()).isEqualTo(Align.RIGHT);
                }
            }
        }
    }

    @Test
    void endsWithThePreparerTheAccountantAndTheSignerOnOneRow() {
        Table signatures = LayoutProbe.tables(document).get(LayoutProbe.tables(document).size() - 1);
        assertThat(signatures.borders()).isFalse();
        assertThat(signatures.rows()).as("one row: a page break never parts the name from its block").hasSize(1);
        List<String> blocks = LayoutProbe.texts(signatures.rows().get(0));
        assertThat(blocks.get(0)).endsWith("\nNGƯỜI LẬP\n(Ký, họ tên)");
        assertThat(blocks.get(1)).endsWith("\nKẾ TOÁN\n(Ký, họ tên)");
        assertThat(blocks.get(2)).isEqualTo("Hà Nội, ngày" + EstimateTexts.BLANK + "tháng" + EstimateTexts.BLANK + "năm"
                + EstimateTexts.BLANK + "\nGIÁM ĐỐC\n(Ký, họ tên, đóng dấu)\nBạch Liên Hương");
    }

    private List<String> lineRow(String content) {
        return rowOf(table, content);
    }

    private static List<String> rowOf(Table table, String content) {
        return table.rows().stream().map(LayoutProbe::texts).filter(t -> t.size() == 8 && t.get(1).equals(content)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + content));
    }

    private static long figure(Cell cell) {
        return VietnameseNumbers.parseWhole(LayoutProbe.text(cell)).orElseThrow(() -> new AssertionError(LayoutProbe.text(cell)));
    }
}
