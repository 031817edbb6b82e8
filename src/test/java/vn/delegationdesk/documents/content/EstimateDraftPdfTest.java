package vn.delegationdesk.documents.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.app.StandardDocuments;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.budget.EstimateCalculator;
import vn.delegationdesk.budget.LineOverride;
import vn.delegationdesk.documents.DocumentFile;
import vn.delegationdesk.documents.DocumentPack;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.PdfPages;
import vn.delegationdesk.testing.SampleEstimates;

/** estimate.pdf of the seed delegation read back: a draft while prices are missing, the plain estimate once all are typed. */
class EstimateDraftPdfTest {
    private final DocumentPack pack = StandardDocuments.pack();

    @Test
    void withoutPricesThePdfIsMarkedAsADraftAndPrintsNoZeroAmounts() {
        Estimate estimate = SampleEstimates.unpriced();
        List<String> pages = pages(estimate);
        assertThat(oneSpace(pages.get(0))).contains("DỰ THẢO – còn 18 dòng chưa có đơn giá DỰ TOÁN KINH PHÍ");
        String all = oneSpace(String.join(" ", pages));
        assertThat(all).contains("TỔNG CỘNG (tạm tính, chưa đủ đơn giá) 66.600.000",
                "Bằng chữ (tạm tính, chưa đủ đơn giá): Sáu mươi sáu triệu sáu trăm nghìn đồng",
                "Phụ cấp lưu trú người 37 6 300.000 66.600.000")
                .doesNotContain("Bằng chữ: ").doesNotContain("TỔNG CỘNG 66.600.000");
        // 18 lines need a price; the optional ones (baggage, decoration) and the fees for nobody have none either.
        assertThat(count(all, "chưa có")).as("one per unpriced line, besides the mark").isEqualTo(23 + 1);
        // The first flight has 36 members in economy: its row ends with the price missing, never with an amount of 0.
        // The narrow price column breaks the words as "chưa có / đơn giá", never between "đơn" and "giá".
        assertThat(all).contains("(hạng vé 36 1 chưa có TT 40/2017 Đ5, tiêu chuẩn phổ thông) đơn giá hạng vé",
                "Thuê xe ô tô phục vụ đoàn xe 1 6 chưa có TT 40/2017").doesNotContain(" 36 1 0 ");
    }

    @Test
    void withEveryPriceTypedTheMarkIsGoneAndTheLabelsAreTheUsualOnes() {
        String all = oneSpace(String.join(" ", pages(SampleEstimates.priced())));
        assertThat(all).doesNotContain("DỰ THẢO", "tạm tính")
                .contains("TỔNG CỘNG 433.410.000", "Bằng chữ: Bốn trăm ba mươi ba triệu bốn trăm mười nghìn đồng");
    }

    @Test
    void oneMissingPriceIsCountedAsOne() {
        Estimate noCar = EstimateCalculator.compute(SampleDelegation.create(),
                SampleEstimates.pricedWorksheet().withOverride("travel.car", LineOverride.NONE), BuiltInRateSets.all());
        assertThat(oneSpace(pages(noCar).get(0))).contains("DỰ THẢO – còn 1 dòng chưa có đơn giá");
    }

    private List<String> pages(Estimate estimate) {
        DocumentSource source = new DocumentSource(SampleDelegation.create().withId(1L), DocumentSettings.defaults(), estimate);
        return PdfPages.text(pack.render(DocumentFile.ESTIMATE_PDF, source));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static String oneSpace(String text) {
        return text.replaceAll("[\\s\u00a0]+", " ");
    }
}
