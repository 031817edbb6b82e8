package vn.delegationdesk.documents.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.app.StandardDocuments;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.documents.DocumentFile;
import vn.delegationdesk.documents.DocumentPack;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.IssueNumber;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;
import vn.delegationdesk.testing.PdfPages;
import vn.delegationdesk.testing.SampleDocuments;

/** The itinerary, the estimate and the results report written as PDF and read back as a reader sees them. */
class TripDocumentsPdfTest {
    private final DocumentPack pack = StandardDocuments.pack();
    private final DocumentSource source = SampleDocuments.source();

    @Test
    void theEstimatePdfPrintsTheBudgetsTotalAndItsWords() {
        Estimate estimate = source.estimate();
        List<String> pages = PdfPages.text(pack.render(DocumentFile.ESTIMATE_PDF, source));
        String last = oneSpace(pages.get(pages.size() - 1));
        assertThat(last).contains("TỔNG CỘNG " + VietnameseNumbers.format(estimate.total()))
                .contains("Bằng chữ: " + estimate.totalInWords())
                .contains("NGƯỜI LẬP", "KẾ TOÁN", "GIÁM ĐỐC", "Bạch Liên Hương");
        assertThat(VietnameseNumbers.format(estimate.total())).isEqualTo("433.410.000");
        String all = oneSpace(String.join(" ", pages));
        assertThat(all).contains("DỰ TOÁN KINH PHÍ", "Phụ cấp lưu trú người 37 6 300.000 66.600.000");
        for (String page : pages.subList(1, pages.size())) {
            assertThat(oneSpace(page)).as("the column titles on every page").contains("Nội dung ĐVT", "Đơn giá Thành tiền");
        }
    }

    @Test
    void theItineraryPdfShowsEveryDayAndMarksEveryPageAsPersonal() {
        List<String> pages = PdfPages.text(pack.render(DocumentFile.ITINERARY_PDF, source));
        String all = oneSpace(String.join(" ", pages));
        assertThat(all).contains("CHƯƠNG TRÌNH CÔNG TÁC", "Thứ Ba, ngày 14/10/2025 – tỉnh Đắk Lắk",
                "Chủ nhật, ngày 19/10/2025 – tỉnh Lâm Đồng", "Thành phần: khoảng 180 đại biểu", "THÔNG TIN LIÊN HỆ");
        assertThat(pages).allSatisfy(page -> assertThat(oneSpace(page)).contains(ItineraryDocument.PERSONAL_DATA));
    }

    @Test
    void theReportPdfGivesTheSaving() {
        DocumentSource spent = SampleDocuments.source(new DocumentSettings(IssueNumber.DRAFT, "", List.of(), IssueNumber.DRAFT,
                400_000_000L, "", "", 0, List.of()));
        String all = oneSpace(PdfPages.allText(pack.render(DocumentFile.RESULTS_REPORT_PDF, spent)));
        assertThat(all).contains("BÁO CÁO", "37 người", "khoảng 180 đại biểu tham dự", "433.410.000 đồng",
                "tiết kiệm 33.410.000 đồng", "IV. ĐỀ XUẤT, KIẾN NGHỊ");
    }

    private static String oneSpace(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
