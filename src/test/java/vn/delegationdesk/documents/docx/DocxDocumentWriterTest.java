package vn.delegationdesk.documents.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.delegationdesk.documents.layout.OfficialHeader;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.testing.LayoutSamples;

/** The sample document written as .docx and reopened with POI, as Word would read it. */
class DocxDocumentWriterTest {
    @Test
    void theHeaderIsATwoColumnTableWithTheBodiesTheNationTheNumberAndTheDate() throws IOException {
        try (XWPFDocument docx = reopen(LayoutSamples.official())) {
            XWPFTable header = docx.getTables().get(0);
            assertThat(docx.getBodyElements().get(0)).isSameAs(header);
            assertThat(header.getRow(0).getCell(0).getText()).contains("UBND THÀNH PHỐ HÀ NỘI", "SỞ VĂN HÓA VÀ THỂ THAO");
            assertThat(header.getRow(0).getCell(1).getText()).contains(OfficialHeader.NATION, OfficialHeader.MOTTO);
            assertThat(header.getRow(1).getCell(0).getText()).isEqualTo(LayoutSamples.NUMBER_LINE);
            XWPFTableCell date = header.getRow(1).getCell(1);
            assertThat(date.getText()).isEqualTo(LayoutSamples.PLACE_DATE);
            assertThat(date.getParagraphs().get(0).getRuns()).allSatisfy(run -> assertThat(run.isItalic()).isTrue());
            XWPFRun issuing = header.getRow(0).getCell(0).getParagraphs().get(1).getRuns().get(0);
            assertThat(issuing.isBold()).isTrue();
            assertThat(issuing.getFontSizeAsDouble()).isEqualTo(13.0);
            assertThat(header.getCTTbl().getTblPr().getTblBorders().getTop().getVal().toString()).isEqualTo("none");
        }
    }

    @Test
    void bodyParagraphsAreJustifiedWithTheFirstLineIndented() throws IOException {
        try (XWPFDocument docx = reopen(LayoutSamples.official())) {
            XWPFParagraph body = docx.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith(LayoutSamples.BODY_START)).findFirst().orElseThrow();
            assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            assertThat(body.getIndentationFirstLine()).isEqualTo(567);
            assertThat(body.getSpacingAfter()).isEqualTo(Math.round(Paragraph.BODY_SPACING * 20));
            XWPFParagraph heading = docx.getParagraphs().stream()
                    .filter(p -> p.getText().equals(LayoutSamples.HEADING)).findFirst().orElseThrow();
            assertThat(heading.isKeepNext()).isTrue();
            assertThat(heading.getRuns().get(0).isBold()).isTrue();
        }
    }

    @Test
    void everyRunIsSetInTimesNewRoman() throws IOException {
        try (XWPFDocument docx = reopen(LayoutSamples.official())) {
            List<String> families = docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .map(XWPFRun::getFontFamily).distinct().collect(Collectors.toList());
            assertThat(families).containsExactly("Times New Roman");
        }
    }

    @Test
    void theMemberTableRepeatsItsHeaderRowAndKeepsRowsWhole() throws IOException {
        try (XWPFDocument docx = reopen(LayoutSamples.official())) {
            XWPFTable members = docx.getTables().stream()
                    .filter(t -> t.getText().contains(LayoutSamples.TABLE_HEADER_NAME)).findFirst().orElseThrow();
            assertThat(members.getRow(0).isRepeatHeader()).isTrue();
            assertThat(members.getRow(0).getCell(1).getText()).isEqualTo(LayoutSamples.TABLE_HEADER_NAME);
            assertThat(members.getRow(0).getCell(1).getColor()).isEqualTo("D9D9D9");
            assertThat(members.getRow(1).isRepeatHeader()).isFalse();
            assertThat(members.getRow(2).isCantSplitRow()).isTrue();
            // "A. Lãnh đạo Sở" spans the four columns.
            assertThat(members.getRow(1).getTableCells()).hasSize(1);
            assertThat(members.getRow(1).getCell(0).getCTTc().getTcPr().getGridSpan().getVal()).isEqualTo(BigInteger.valueOf(4));
            assertThat(members.getRow(2 + LayoutSamples.TABLE_ROWS - 1).getCell(1).getText())
                    .isEqualTo(LayoutSamples.memberName(LayoutSamples.TABLE_ROWS - 1));
            assertThat(members.getNumberOfRows()).isEqualTo(2 + LayoutSamples.TABLE_ROWS);
        }
    }

    @Test
    void theClosingHoldsTheRecipientsAndTheSigner() throws IOException {
        try (XWPFDocument docx = reopen(LayoutSamples.official())) {
            XWPFTable closing = docx.getTables().stream().filter(t -> t.getText().contains(LayoutSamples.SIGNER))
                    .findFirst().orElseThrow();
            assertThat(closing.getRow(0).getCell(0).getText()).startsWith("Nơi nhận:").contains("- Lưu: VT, TCPC.");
            XWPFTableCell signature = closing.getRow(0).getCell(1);
            assertThat(signature.getText()).contains("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", LayoutSamples.SIGNER);
            XWPFParagraph name = signature.getParagraphs().get(signature.getParagraphs().size() - 1);
            assertThat(name.getText()).isEqualTo(LayoutSamples.SIGNER);
            assertThat(name.getRuns().get(0).isBold()).isTrue();
            assertThat(closing.getRow(0).isCantSplitRow()).isTrue();
        }
    }

    @Test
    void theSectionIsA4WithThePageSetupMarginsAndNoNumberOnPageOne() throws IOException {
        try (XWPFDocument docx = reopen(LayoutSamples.official())) {
            CTSectPr sect = docx.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            CTPageMar margins = sect.getPgMar();
            assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
                    .containsExactly(BigInteger.valueOf(1134), BigInteger.valueOf(1134), BigInteger.valueOf(1701),
                            BigInteger.valueOf(850));
            assertThat(sect.isSetTitlePg()).isTrue();
            XWPFHeaderFooterPolicy policy = docx.getHeaderFooterPolicy();
            assertThat(policy.getFirstPageHeader().getText()).isBlank();
            String field = policy.getDefaultHeader().getParagraphs().get(0).getCTP().xmlText();
            assertThat(field).contains("PAGE", "fldChar");
            assertThat(policy.getDefaultFooter().getText()).contains(LayoutSamples.FOOTER);
            assertThat(policy.getFirstPageFooter().getText()).contains(LayoutSamples.FOOTER);
            assertThat(docx.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Kế hoạch tổ chức Đoàn khảo sát tỉnh Đắk Lắk và tỉnh Lâm Đồng");
            assertThat(docx.getProperties().getCoreProperties().getCreator()).isEqualTo("Delegation Desk");
        }
    }

    @Test
    void thePageBreakStartsTheAnnexOnANewPage() throws IOException {
        try (XWPFDocument docx = reopen(LayoutSamples.official())) {
            XWPFParagraph annex = docx.getParagraphs().stream().filter(p -> p.getText().equals("PHỤ LỤC"))
                    .findFirst().orElseThrow();
            assertThat(annex.isPageBreak()).isTrue();
        }
    }

    @Test
    void aLandscapeFormTurnsThePageAndHasNoPageNumbers() throws IOException {
        PageSetup setup = PageSetup.landscapeTable().withPageNumbers(false);
        PrintedDocument wide = new PrintedDocument("Dự toán", setup, null, List.of(Paragraph.body("Dự toán kinh phí")), null);
        try (XWPFDocument docx = reopen(wide)) {
            CTSectPr sect = docx.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(sect.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(docx.getHeaderList()).isEmpty();
            assertThat(docx.getParagraphs().stream().map(XWPFParagraph::getText).filter(Objects::nonNull))
                    .contains("Dự toán kinh phí");
        }
    }

    private static XWPFDocument reopen(PrintedDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxDocumentWriter().write(document, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }
}
