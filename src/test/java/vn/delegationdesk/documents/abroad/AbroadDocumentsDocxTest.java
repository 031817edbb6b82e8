package vn.delegationdesk.documents.abroad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.abroad.Passport;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.DocumentFormat;
import vn.delegationdesk.documents.docx.DocxDocumentWriter;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;
import vn.delegationdesk.sample.SampleOutbound;

/**
 * The five outbound documents of the sample written as Word files and reopened with POI, as Word would read them: each
 * under its ".docx" name with its title, the decision's member table with every passport number and type, the estimate's
 * total and rate line, and the working notes ("dữ liệu mẫu", "chưa xác minh") taken off exactly as off the PDFs. Set
 * -Dabroad.docx=DIR to keep the files for looking at them.
 */
class AbroadDocumentsDocxTest {
    private static final Map<AbroadDocuments.Kind, String> TITLES = Map.of(
            AbroadDocuments.Kind.PROPOSAL, ProposalDocument.TYPE_NAME,
            AbroadDocuments.Kind.DECISION, OutboundDecisionDocument.TYPE_NAME,
            AbroadDocuments.Kind.ITINERARY, AbroadItineraryDocument.TITLE,
            AbroadDocuments.Kind.ESTIMATE, AbroadEstimateDocument.TITLE,
            AbroadDocuments.Kind.REPORT, ResultsReportAbroadDocument.TYPE_NAME);

    private final AbroadDocuments documents = new AbroadDocuments(PdfDocumentWriter::new, DocxDocumentWriter::new);

    private static AbroadSource sample() {
        return AbroadSource.draft(SampleOutbound.delegation(), SampleOutbound.plan(), SampleOutbound.inputs(),
                SampleOutbound.estimate());
    }

    private XWPFDocument reopen(AbroadDocuments.Kind kind) throws IOException {
        byte[] docx = documents.render(kind, DocumentFormat.DOCX, sample());
        String keep = System.getProperty("abroad.docx");
        if (keep != null) {
            Files.write(Files.createDirectories(Path.of(keep)).resolve(AbroadDocuments.fileName(kind, DocumentFormat.DOCX, sample())),
                    docx);
        }
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static String text(XWPFDocument docx) throws IOException {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            return extractor.getText();
        }
    }

    @Test
    void eachDocumentReadsBackWithItsTitleAndWithoutTheWorkingNotes() throws IOException {
        for (AbroadDocuments.Kind kind : AbroadDocuments.Kind.values()) {
            try (XWPFDocument docx = reopen(kind)) {
                String text = text(docx);
                assertThat(docx.getParagraphs()).as(kind.name())
                        .anySatisfy(p -> assertThat(p.getText()).isEqualTo(TITLES.get(kind)));
                assertThat(text).as(kind.name()).contains("SỞ VĂN HÓA VÀ THỂ THAO");
                assertThat(text.toLowerCase()).as(kind.name()).doesNotContain("dữ liệu mẫu", "chưa xác minh");
            }
        }
    }

    @Test
    void theDecisionsTableHoldsEveryMemberWithThePassportNumberAndType() throws IOException {
        try (XWPFDocument docx = reopen(AbroadDocuments.Kind.DECISION)) {
            XWPFTable table = docx.getTables().stream().filter(t -> t.getRow(0).getCell(4) != null
                    && t.getRow(0).getCell(4).getText().equals("Số hộ chiếu")).findFirst().orElseThrow();
            List<Member> members = SampleOutbound.delegation().members();
            assertThat(table.getRows()).hasSize(members.size() + 1);
            for (int i = 0; i < members.size(); i++) {
                XWPFTableRow row = table.getRow(i + 1);
                Passport passport = SampleOutbound.plan().passport(members.get(i).id()).orElseThrow();
                assertThat(row.getCell(0).getText()).isEqualTo(Integer.toString(i + 1));
                assertThat(row.getCell(1).getText()).isEqualTo(members.get(i).fullName());
                assertThat(row.getCell(4).getText()).isEqualTo(passport.number());
                assertThat(row.getCell(5).getText()).isEqualTo("Công vụ");
            }
            assertThat(table.getRow(1).getCell(4).getText()).isEqualTo("C7102384");
        }
    }

    @Test
    void theEstimateAndTheReportCarryTheTotalInDongAndTheRateLine() throws IOException {
        String total = VietnameseNumbers.format(SampleOutbound.estimate().total());
        String rate = "Tỷ giá: 1 USD = 25.345,5 đồng, ngày 01/04/2026, nguồn: Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)";
        try (XWPFDocument estimate = reopen(AbroadDocuments.Kind.ESTIMATE)) {
            assertThat(text(estimate)).contains(total, rate, AbroadEstimateDocument.DRAFT_RATES);
        }
        try (XWPFDocument report = reopen(AbroadDocuments.Kind.REPORT)) {
            String text = text(report);
            assertThat(text).contains("Kết quả chuyến công tác tại Hàn Quốc", "1. Dự toán kinh phí: " + total + " đồng", rate,
                    "2. Kinh phí thực hiện: " + ResultsReportAbroadDocument.UNKNOWN_SPENDING + ".");
        }
    }

    @Test
    void theWordFileIsWrittenUnderItsDocxName(@TempDir Path dir) throws IOException {
        String name = AbroadDocuments.fileName(AbroadDocuments.Kind.REPORT, DocumentFormat.DOCX, sample());
        assertThat(name).isEqualTo("Bao-cao-ket-qua-doan-ra_Han-Quoc_04-2026.docx");
        Path target = dir.resolve(name);
        documents.write(AbroadDocuments.Kind.REPORT, DocumentFormat.DOCX, sample(), target);
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(target))) {
            assertThat(text(docx)).contains(ResultsReportAbroadDocument.TYPE_NAME, SampleOutbound.delegation().members().get(0).fullName());
        }
    }

    @Test
    void aDocumentsObjectWithoutAWordWriterRefusesTheWordFileNamingIt() {
        AbroadDocuments pdfOnly = new AbroadDocuments(PdfDocumentWriter::new);
        assertThatThrownBy(() -> pdfOnly.render(AbroadDocuments.Kind.REPORT, DocumentFormat.DOCX, sample()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DOCX");
    }
}
