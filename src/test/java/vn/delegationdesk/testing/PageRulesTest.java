package vn.delegationdesk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Closing;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.documents.layout.SignatureBlock;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;

/** The page checker finds each broken rule in a PDF laid out without the model's keeps. */
class PageRulesTest {
    private static final String HEADING = "II. THÀNH PHẦN ĐOÀN";

    @Test
    void aHeadingLastOnAPageAndAClosingAloneAreFound() throws Exception {
        List<String> all = new ArrayList<>();
        for (int lines = 18; lines <= 30; lines++) {
            PrintedDocument kept = document(lines, true);
            PrintedDocument loose = document(lines, false);
            List<String> found = PageRules.problems(kept, pdf(loose));
            List<String> keptFound = PageRules.problems(kept, pdf(kept));
            assertThat(keptFound).as("%d lines, laid out with the keeps", lines).isEmpty();
            if (!found.isEmpty()) {
                assertThat(found).as("%d lines", lines).allMatch(p -> p.contains("ends with the heading")
                        || p.contains("holds only the closing"));
            }
            all.addAll(found);
        }
        assertThat(all).anyMatch(p -> p.contains("ends with the heading \"" + HEADING + "\""))
                .anyMatch(p -> p.contains("holds only the closing"));
    }

    @Test
    void textUnderTheBodyAreaIsFound() throws Exception {
        PrintedDocument document = document(3, true);
        PrintedDocument narrower = new PrintedDocument(document.title(), new PageSetup(false, 20, 280, 30, 15, 14, true),
                null, document.blocks(), null);

        assertThat(PageRules.problems(narrower, pdf(document))).anyMatch(p -> p.contains("text outside the body area"));
    }

    /** Body lines, a heading, a short paragraph and a closing: with {@code keeps} the heading and the closing hold on. */
    private static PrintedDocument document(int lines, boolean keeps) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            blocks.add(Paragraph.body("Dòng thứ " + (i + 1) + " của phần nội dung."));
        }
        Paragraph heading = new Paragraph(List.of(Run.bold(HEADING)), Align.LEFT, 0, false, 6, 6, keeps);
        blocks.add(heading);
        blocks.add(Paragraph.body("Lãnh đạo đoàn: 01 người."));
        Paragraph end = Paragraph.body("Trên đây là kế hoạch./.");
        blocks.add(keeps ? end.keptWithNext() : end);
        blocks.add(new Closing(List.of("- Lưu: VT."), new SignatureBlock(List.of("GIÁM ĐỐC"), "", "Bạch Liên Hương")));
        return new PrintedDocument("Thử", PageSetup.administrative(), null, blocks, null);
    }

    private static byte[] pdf(PrintedDocument document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfDocumentWriter().write(document, out);
        return out.toByteArray();
    }
}
