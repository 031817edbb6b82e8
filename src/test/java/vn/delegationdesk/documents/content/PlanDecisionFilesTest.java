package vn.delegationdesk.documents.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.app.StandardDocuments;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.DocumentFile;
import vn.delegationdesk.documents.DocumentPack;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.testing.PdfPages;
import vn.delegationdesk.testing.SampleDocuments;

/** The plan and the decision written as PDF and as .docx, read back as a reader (or Word) sees them. */
class PlanDecisionFilesTest {
    private static final List<String> HEADINGS = List.of("I. MỤC ĐÍCH, YÊU CẦU", "II. THỜI GIAN, ĐỊA ĐIỂM", "III. THÀNH PHẦN",
            "IV. NỘI DUNG", "V. KINH PHÍ, PHƯƠNG TIỆN", "VI. TỔ CHỨC THỰC HIỆN");

    private final DocumentPack pack = StandardDocuments.pack();
    private final DocumentSource source = SampleDocuments.source();

    @Test
    void thePlanPdfNumbersItsPagesFromTwoAndEndsWithTheSigner() {
        List<String> pages = PdfPages.text(pack.render(DocumentFile.PLAN_PDF, source));
        assertThat(pages.size()).isGreaterThan(2);
        assertThat(firstLine(pages.get(0))).as("no number on page 1").isEqualTo("UBND THÀNH PHỐ HÀ NỘI CỘNG HÒA XÃ HỘI CHỦ "
                + "NGHĨA VIỆT NAM");
        assertThat(firstLine(pages.get(1))).isEqualTo("2");
        assertThat(firstLine(pages.get(pages.size() - 1))).isEqualTo(Integer.toString(pages.size()));
        String all = oneSpace(String.join(" ", pages));
        assertThat(all).contains("KẾ HOẠCH", "a) Số lượng dự kiến: 37 người.", "* Ngày 19/10/2025 (Chủ nhật):",
                "Phương tiện: Máy bay và ô tô", "tổ chức thực hiện./.");
        int at = -1;
        for (String heading : HEADINGS) {
            int next = all.indexOf(heading);
            assertThat(next).as(heading).isGreaterThan(at);
            at = next;
        }
        assertThat(oneSpace(pages.get(pages.size() - 1))).contains("Nơi nhận:", "- Lưu: VT, TCPC.", "GIÁM ĐỐC",
                "Bạch Liên Hương");
    }

    @Test
    void theDecisionPdfListsAllMembersInOrderOnTheAnnexPages() {
        List<String> pages = PdfPages.text(pack.render(DocumentFile.DECISION_PDF, source));
        assertThat(firstLine(pages.get(0))).startsWith("UBND THÀNH PHỐ HÀ NỘI");
        int annex = -1;
        for (int i = 0; i < pages.size() && annex < 0; i++) {
            annex = oneSpace(pages.get(i)).contains("DANH SÁCH THÀNH VIÊN ĐOÀN") ? i : -1;
        }
        assertThat(annex).as("the annex starts a page after the decision").isGreaterThan(0);
        assertThat(oneSpace(String.join(" ", pages.subList(0, annex)))).contains("QUYẾT ĐỊNH:", "Điều 4.",
                "- Như Điều 4;", "Bạch Liên Hương").doesNotContain("STT");
        String list = oneSpace(String.join(" ", pages.subList(annex, pages.size())));
        int at = -1;
        List<Member> members = source.delegation().members();
        assertThat(members).hasSize(37);
        for (int i = 0; i < members.size(); i++) {
            String row = (i + 1) + " " + members.get(i).fullName();
            int next = list.indexOf(row, at + 1);
            assertThat(next).as(row).isGreaterThan(at);
            at = next;
        }
        assertThat(list).contains("I. Lãnh đạo đoàn (01 người)", "IV. Đại diện 10 phường, xã có mô hình hoạt động công nghiệp "
                + "văn hóa phát triển (10 người)", "Trưởng đoàn", "Thư ký");
        for (String page : pages.subList(annex + 1, pages.size())) {
            assertThat(oneSpace(page)).as("the column titles repeat").contains("STT Họ và tên Chức vụ Đơn vị công tác");
        }
    }

    @Test
    void thePlanDocxHasTheHeaderTheBoldHeadingsAndTheClosing() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(pack.render(DocumentFile.PLAN_DOCX, source)))) {
            XWPFTable header = docx.getTables().get(0);
            assertThat(header.getText()).contains("UBND THÀNH PHỐ HÀ NỘI", "SỞ VĂN HÓA VÀ THỂ THAO", "Số:       /KH-SVHTT",
                    "Hà Nội, ngày    tháng 10 năm 2025");
            List<String> texts = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).containsSubsequence(HEADINGS);
            assertThat(texts).contains("KẾ HOẠCH", "a) Số lượng dự kiến: 37 người.", "* Ngày 14/10/2025 (Thứ Ba):",
                    "2. Phương tiện: Máy bay và ô tô", "1. Giao Phòng Tổ chức - Pháp chế");
            assertThat(texts.stream().filter("+ Số lượng: khoảng 180 đại biểu"::equals)).hasSize(2);
            for (XWPFParagraph p : docx.getParagraphs()) {
                if (HEADINGS.contains(p.getText())) {
                    assertThat(p.getRuns()).allMatch(XWPFRun::isBold);
                    assertThat(p.isKeepNext()).isTrue();
                }
            }
            String closing = docx.getTables().get(docx.getTables().size() - 1).getText();
            assertThat(closing).contains("Nơi nhận:", "- Lưu: VT, TCPC.", "GIÁM ĐỐC", "Bạch Liên Hương");
        }
    }

    private static String firstLine(String page) {
        return page.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().map(PlanDecisionFilesTest::oneSpace)
                .orElse("");
    }

    private static String oneSpace(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
