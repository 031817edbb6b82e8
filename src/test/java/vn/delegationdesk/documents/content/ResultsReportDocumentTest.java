package vn.delegationdesk.documents.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.documents.AdvancesByMember;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.EstimateApproval;
import vn.delegationdesk.documents.IssueNumber;
import vn.delegationdesk.documents.SettlementFigures;
import vn.delegationdesk.documents.layout.Closing;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.settlement.ComparedLine;
import vn.delegationdesk.settlement.ComparedSection;
import vn.delegationdesk.settlement.EstimateComparison;
import vn.delegationdesk.testing.SampleDocuments;
import vn.delegationdesk.testing.SampleEstimates;

class ResultsReportDocumentTest {
    private static final String DOTS = ResultsReportDocument.DOTTED_LINE;
    private final PrintedDocument document = new ResultsReportDocument().build(SampleDocuments.source());
    private final String text = document.plainText();

    @Test
    void isAReportNumberedBcUnderTheBody() {
        assertThat(document.header().numberLine()).isEqualTo("Số:       /BC-SVHTT");
        assertThat(document.header().placeDateLine()).isEqualTo("Hà Nội, ngày    tháng 10 năm 2025");
        List<String> paragraphs = LayoutProbe.paragraphs(document);
        assertThat(paragraphs.get(0)).isEqualTo("BÁO CÁO");
        assertThat(paragraphs.get(1)).startsWith("Kết quả tổ chức Đoàn khảo sát trao đổi, học tập kinh nghiệm thực tế về mô hình")
                .endsWith("tại tỉnh Đắk Lắk và tỉnh Lâm Đồng");

        PrintedDocument numbered = new ResultsReportDocument().build(SampleDocuments.source(settings(
                new IssueNumber("7", LocalDate.of(2025, 10, 24)), null)));
        assertThat(numbered.header().numberLine()).isEqualTo("Số: 07/BC-SVHTT");
        assertThat(numbered.header().placeDateLine()).isEqualTo("Hà Nội, ngày 24 tháng 10 năm 2025");
    }

    @Test
    void prefillsWhoWentWhenAndWhere() {
        assertThat(text).contains("1. Thành phần đoàn: 37 người (Lãnh đạo đoàn: 01 người; Đại diện các phòng khối quản lý nhà nước "
                + "thuộc Sở: 12 người; Đại diện 14 đơn vị sự nghiệp thuộc Sở: 14 người; Đại diện 10 phường, xã có mô hình hoạt động "
                + "công nghiệp văn hóa phát triển: 10 người), do đồng chí Nguyễn Thị Hương, Phó Giám đốc Sở làm Trưởng đoàn.\n");
        assertThat(text).contains("2. Thời gian, địa điểm: từ ngày 14/10/2025 đến ngày 19/10/2025, gồm:\n"
                + "- Từ ngày 14/10/2025 đến ngày 16/10/2025: tại tỉnh Đắk Lắk (Buôn Ma Thuột);\n"
                + "- Từ ngày 17/10/2025 đến ngày 19/10/2025: tại tỉnh Lâm Đồng (Bình Thuận).\n");
    }

    @Test
    void listsTheConferencesAndTheFieldVisitsPerLeg() {
        assertThat(text).contains("3. Các hoạt động đã thực hiện:\n- Hội nghị trao đổi, học tập kinh nghiệm thực tế về");
        assertThat(text).contains("tại tỉnh Đắk Lắk ngày 14/10/2025 tại Khách sạn tại thành phố Buôn Ma Thuột, tỉnh Đắk Lắk, khoảng 180 "
                + "đại biểu tham dự;\n- Khảo sát thực tế, làm việc tại tỉnh Đắk Lắk (buổi tối ngày 14/10/2025; cả ngày 15/10/2025; "
                + "buổi sáng ngày 16/10/2025), do Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk bố trí;\n");
        assertThat(text).contains("tại tỉnh Lâm Đồng ngày 17/10/2025 tại Khách sạn tại Bình Thuận, tỉnh Lâm Đồng, khoảng 180 đại biểu "
                + "tham dự;\n- Khảo sát thực tế, làm việc tại tỉnh Lâm Đồng (buổi chiều ngày 17/10/2025; cả ngày 18/10/2025; "
                + "buổi sáng ngày 19/10/2025), do Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng bố trí.\n");
    }

    @Test
    void callsAnEstimateNobodyApprovedADraftAndLeavesTheSpendingToFillIn() {
        assertThat(text).contains("4. Kinh phí: Dự toán kinh phí (dự thảo, chưa được duyệt): 433.410.000 đồng (Bằng chữ: Bốn trăm "
                + "ba mươi ba triệu bốn trăm mười nghìn đồng); kinh phí thực hiện: ……………… đồng.\n").doesNotContain("được duyệt ");
    }

    @Test
    void aPartialEstimateIsSaidToBePartialAndNotComparedWithTheSpending() {
        DocumentSource partial = new DocumentSource(SampleDocuments.source().delegation(), settings(IssueNumber.DRAFT, 60_000_000L),
                SampleEstimates.unpriced());
        assertThat(new ResultsReportDocument().build(partial).plainText()).contains("4. Kinh phí: Dự toán kinh phí (dự thảo, chưa được "
                + "duyệt; tạm tính, còn 18 dòng chưa có đơn giá): 66.600.000 đồng; kinh phí thực hiện: 60.000.000 đồng (Bằng chữ: "
                + "Sáu mươi triệu đồng).\n").doesNotContain("tiết kiệm", "được duyệt 66.600.000");
    }

    @Test
    void givesTheApprovedEstimateWhenTheUserRecordedItApproved() {
        DocumentSettings approved = settings(IssueNumber.DRAFT, 400_000_000L)
                .withApproval(new EstimateApproval("Sở Tài chính", "215/QĐ-STC", LocalDate.of(2025, 9, 20), 433_410_000L));
        assertThat(new ResultsReportDocument().build(SampleDocuments.source(approved)).plainText()).contains("4. Kinh phí: Dự toán được "
                + "duyệt 433.410.000 đồng theo văn bản số 215/QĐ-STC ngày 20/09/2025 của Sở Tài chính (Bằng chữ: Bốn trăm ba mươi ba "
                + "triệu bốn trăm mười nghìn đồng); kinh phí thực hiện: 400.000.000 đồng (Bằng chữ: Bốn trăm triệu đồng), tiết kiệm "
                + "33.410.000 đồng so với dự toán.\n").doesNotContain("dự toán hiện tại");
    }

    @Test
    void anApprovedTotalThatDiffersFromTheEstimateIsShownBesideIt() {
        DocumentSettings approved = settings(IssueNumber.DRAFT, null)
                .withApproval(new EstimateApproval("Sở Tài chính", "215/QĐ-STC", LocalDate.of(2025, 9, 20), 420_000_000L));
        assertThat(new ResultsReportDocument().build(SampleDocuments.source(approved)).plainText()).contains("4. Kinh phí: Dự toán được "
                + "duyệt 420.000.000 đồng (dự toán hiện tại 433.410.000 đồng) theo văn bản số 215/QĐ-STC ngày 20/09/2025 của Sở Tài "
                + "chính (Bằng chữ: Bốn trăm hai mươi triệu đồng); kinh phí thực hiện: ……………… đồng.\n");
    }

    @Test
    void givesTheSavingOrTheOverrunOnceTheSpendingIsKnown() {
        String saved = new ResultsReportDocument().build(SampleDocuments.source(settings(IssueNumber.DRAFT, 400_000_000L)))
                .plainText();
        assertThat(saved).contains("kinh phí thực hiện: 400.000.000 đồng (Bằng chữ: Bốn trăm triệu đồng), tiết kiệm 33.410.000 đồng "
                + "so với dự toán.\n");
        String over = new ResultsReportDocument().build(SampleDocuments.source(settings(IssueNumber.DRAFT, 450_000_000L)))
                .plainText();
        assertThat(over).contains("kinh phí thực hiện: 450.000.000 đồng (Bằng chữ: Bốn trăm năm mươi triệu đồng), vượt 16.590.000 "
                + "đồng so với dự toán.\n");
        String even = new ResultsReportDocument().build(SampleDocuments.source(settings(IssueNumber.DRAFT, 433_410_000L)))
                .plainText();
        assertThat(even).contains("), bằng dự toán.\n");
    }

    @Test
    void closedBooksGiveTheSpendingPerSectionAgainstTheEstimateWithTheTotalInFiguresAndWords() {
        EstimateComparison comparison = new EstimateComparison(List.of(
                new ComparedSection("travel", "I", "Chi phí đi lại", List.of(new ComparedLine("air", "Vé máy bay", 200_000_000L,
                        180_000_000L))),
                new ComparedSection("perDiem", "II", "Phụ cấp lưu trú", List.of(new ComparedLine("perDiem", "Phụ cấp lưu trú",
                        66_600_000L, 66_600_000L))),
                new ComparedSection("other", "III", "Chi khác", List.of(new ComparedLine("gifts", "Quà tặng", null, 5_000_000L)))),
                List.of(new ComparedLine("", "Cước hành lý", 0L, 1_200_000L)));
        // The settlement's figures win over a spending typed in the settings.
        DocumentSource source = SampleDocuments.source(settings(IssueNumber.DRAFT, 400_000_000L))
                .withSettlement(new SettlementFigures(AdvancesByMember.none(), comparison));

        PrintedDocument report = new ResultsReportDocument().build(source);

        assertThat(report.plainText()).contains("4. Kinh phí: Dự toán kinh phí (dự thảo, chưa được duyệt): 433.410.000 đồng (Bằng chữ: "
                + "Bốn trăm ba mươi ba triệu bốn trăm mười nghìn đồng); kinh phí thực hiện (theo quyết toán đã khóa sổ): 252.800.000 "
                + "đồng (Bằng chữ: Hai trăm năm mươi hai triệu tám trăm nghìn đồng), tiết kiệm 13.800.000 đồng (5,2%) so với dự toán "
                + "266.600.000 đồng, chi tiết từng mục như sau:\n").doesNotContain("400.000.000");
        Table table = report.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst().orElseThrow();
        assertThat(rows(table)).containsExactly(
                List.of("I", "Chi phí đi lại", "200.000.000", "180.000.000", "-20.000.000", "-10,0%"),
                List.of("II", "Phụ cấp lưu trú", "66.600.000", "66.600.000", "-", "0,0%"),
                List.of("III", "Chi khác", "-", "5.000.000", "+5.000.000", "-"),
                List.of("", "Chi ngoài dự toán", "-", "1.200.000", "+1.200.000", "-"),
                List.of("Tổng cộng", "266.600.000", "252.800.000", "-13.800.000", "-5,2%"));
    }

    @Test
    void openBooksKeepTheSpendingTypedInTheSettingsAndNoTable() {
        DocumentSource source = SampleDocuments.source(settings(IssueNumber.DRAFT, 400_000_000L))
                .withSettlement(new SettlementFigures(AdvancesByMember.none(), null));

        PrintedDocument report = new ResultsReportDocument().build(source);

        assertThat(report.plainText()).contains("kinh phí thực hiện: 400.000.000 đồng (Bằng chữ: Bốn trăm triệu đồng), tiết kiệm "
                + "33.410.000 đồng so với dự toán.\n").doesNotContain("khóa sổ");
        assertThat(report.blocks()).noneMatch(Table.class::isInstance);
    }

    private static List<List<String>> rows(Table table) {
        return table.rows().stream().map(row -> row.stream().map(cell -> cell.content().stream().map(Paragraph::text)
                .reduce("", String::concat)).toList()).toList();
    }

    @Test
    void leavesTheFindingsAsHeadedSectionsWithALineToWriteOn() {
        assertThat(text).contains("II. NHỮNG KINH NGHIỆM RÚT RA\n1. Tại tỉnh Đắk Lắk\n" + DOTS + "\n2. Tại tỉnh Lâm Đồng\n" + DOTS + "\n"
                + "III. ĐÁNH GIÁ CHUNG\n1. Ưu điểm\n" + DOTS + "\n2. Hạn chế\n" + DOTS + "\n"
                + "IV. ĐỀ XUẤT, KIẾN NGHỊ\n" + DOTS + "\n"
                + "Trên đây là báo cáo kết quả Đoàn khảo sát trao đổi, học tập kinh nghiệm thực tế tại tỉnh Đắk Lắk và tỉnh Lâm Đồng "
                + "của Sở Văn hóa và Thể thao./.\n");
    }

    @Test
    void endsWithTheLeadershipTheArchiveAndTheSigner() {
        Closing closing = (Closing) document.blocks().get(document.blocks().size() - 1);
        assertThat(closing.recipients()).containsExactly("- Ban Giám đốc Sở;", "- Lưu: VT, TCPC.");
        assertThat(closing.signature().authorityLines()).containsExactly("GIÁM ĐỐC");
        assertThat(closing.signature().name()).isEqualTo("Bạch Liên Hương");
    }

    private static DocumentSettings settings(IssueNumber report, Long actual) {
        return new DocumentSettings(IssueNumber.DRAFT, "", List.of(), report, actual, "", "", 0, List.of());
    }
}
