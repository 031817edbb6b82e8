package vn.delegationdesk.documents.docx;

import static vn.delegationdesk.documents.layout.OfficialMeasures.FOOTER_SIZE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.PAGE_NUMBER_SIZE;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.delegationdesk.documents.DocumentWriter;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.CardSheet;
import vn.delegationdesk.documents.layout.Closing;
import vn.delegationdesk.documents.layout.KeptTogether;
import vn.delegationdesk.documents.layout.PageBreak;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.QrCode;
import vn.delegationdesk.documents.layout.Rule;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.documents.layout.Spacer;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.documents.layout.Turned;

/**
 * Writes a laid-out document as a Word file (.docx) with POI, for the last edits before signing: the same
 * A4 page and margins, header, paragraphs, tables and closing as the PDF, in Times New Roman. Page numbers
 * are a PAGE field centred in the page header, with a different (empty) first-page header so page 1 has none.
 */
public final class DocxDocumentWriter implements DocumentWriter {
    static final String CREATOR = "Delegation Desk";
    static final String LANGUAGE = "vi-VN";
    /** A4 in twips. */
    static final int A4_SHORT = 11906;
    static final int A4_LONG = 16838;

    @Override
    public void write(PrintedDocument document, OutputStream out) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            PageSetup setup = document.page();
            defaults(docx, setup.fontSize());
            docx.getProperties().getCoreProperties().setTitle(DocxText.nfc(document.title()));
            docx.getProperties().getCoreProperties().setCreator(CREATOR);
            int pageWidth = setup.landscape() ? A4_LONG : A4_SHORT;
            int textTwips = pageWidth - DocxText.mmToTwips(setup.leftMm()) - DocxText.mmToTwips(setup.rightMm());
            if (document.header() != null) {
                DocxHeader.add(docx, document.header(), textTwips);
            }
            DocxBlocks blocks = new DocxBlocks(docx, setup.fontSize(), textTwips);
            boolean breakPending = false;
            for (Block block : document.blocks()) {
                if (block instanceof PageBreak) {
                    breakPending = true;
                    continue;
                }
                if (breakPending && block instanceof Paragraph p) {
                    blocks.paragraph(p).setPageBreak(true);
                    breakPending = false;
                    continue;
                }
                if (breakPending) {
                    blocks.pageBreak();
                    breakPending = false;
                }
                add(docx, blocks, block, textTwips);
            }
            if (breakPending) {
                blocks.pageBreak();
            }
            section(docx, setup);
            headerAndFooter(docx, setup, document.footerNote());
            docx.write(out);
        }
    }

    private static void add(XWPFDocument docx, DocxBlocks blocks, Block block, int textTwips) {
        // Java 17 has no pattern switch: the sealed Block interface keeps this list complete by review.
        if (block instanceof Paragraph p) {
            blocks.paragraph(p);
        } else if (block instanceof Table t) {
            blocks.table(t);
        } else if (block instanceof Closing c) {
            DocxClosing.add(docx, c, textTwips);
        } else if (block instanceof Rule r) {
            blocks.rule(r);
        } else if (block instanceof Spacer s) {
            blocks.spacer(s);
        } else if (block instanceof Turned t) {
            // Word turns no paragraph upside down in the flow: the face is laid out upright.
            t.blocks().forEach(part -> add(docx, blocks, part, textTwips));
        } else if (block instanceof QrCode q) {
            // No picture in a Word file: the code's payload as a small line, which a scanner's software can still be given.
            blocks.paragraph(new Paragraph(List.of(Run.plain(q.payload())), Align.LEFT, 9, false, 0, 0, false));
        } else if (block instanceof CardSheet sheet) {
            // Cut-out cards are a PDF's: in Word each card's lines follow one another, its QR code as its payload.
            for (CardSheet.Card card : sheet.cards()) {
                card.head().forEach(blocks::paragraph);
                card.body().forEach(blocks::paragraph);
                if (!card.qrPayload().isEmpty()) {
                    add(docx, blocks, new QrCode(card.qrPayload(), sheet.qrSizeMm()), textTwips);
                }
            }
        } else if (block instanceof KeptTogether k) {
            // Word keeps paragraphs together by keeping each with the next one.
            List<Block> inner = k.blocks();
            for (int i = 0; i < inner.size(); i++) {
                Block part = inner.get(i);
                add(docx, blocks, i < inner.size() - 1 && part instanceof Paragraph p ? p.keptWithNext() : part, textTwips);
            }
        } else {
            throw new IllegalArgumentException("unknown block " + block.getClass().getName());
        }
    }

    /** Times New Roman at the body size and Vietnamese proofing for every run that sets nothing else. */
    private static void defaults(XWPFDocument docx, float size) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr rPr = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = rPr.addNewRFonts();
        fonts.setAscii(DocxText.FONT);
        fonts.setHAnsi(DocxText.FONT);
        fonts.setCs(DocxText.FONT);
        fonts.setEastAsia(DocxText.FONT);
        rPr.addNewSz().setVal(BigInteger.valueOf(Math.round(size * 2)));
        rPr.addNewSzCs().setVal(BigInteger.valueOf(Math.round(size * 2)));
        rPr.addNewLang().setVal(LANGUAGE);
        defaults.addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
        docx.createStyles().setStyles(styles);
    }

    /** A4 in the page setup's orientation and margins; header and footer halfway into their margins. */
    private static void section(XWPFDocument docx, PageSetup setup) {
        CTSectPr sect = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
                : docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        if (setup.landscape()) {
            size.setW(BigInteger.valueOf(A4_LONG));
            size.setH(BigInteger.valueOf(A4_SHORT));
            size.setOrient(STPageOrientation.LANDSCAPE);
        } else {
            size.setW(BigInteger.valueOf(A4_SHORT));
            size.setH(BigInteger.valueOf(A4_LONG));
            size.setOrient(STPageOrientation.PORTRAIT);
        }
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(DocxText.mmToTwips(setup.topMm())));
        margins.setBottom(BigInteger.valueOf(DocxText.mmToTwips(setup.bottomMm())));
        margins.setLeft(BigInteger.valueOf(DocxText.mmToTwips(setup.leftMm())));
        margins.setRight(BigInteger.valueOf(DocxText.mmToTwips(setup.rightMm())));
        margins.setHeader(BigInteger.valueOf(DocxText.mmToTwips(setup.topMm() / 2)));
        margins.setFooter(BigInteger.valueOf(DocxText.mmToTwips(setup.bottomMm() / 2)));
        margins.setGutter(BigInteger.ZERO);
    }

    private static void headerAndFooter(XWPFDocument docx, PageSetup setup, String footerNote) {
        boolean note = footerNote != null && !footerNote.isBlank();
        if (setup.pageNumbers()) {
            pageNumber(docx.createHeader(HeaderFooterType.DEFAULT).createParagraph());
            // Page 1 gets its own, empty header: Nghị định 30/2020 prints no number on the first page.
            docx.createHeader(HeaderFooterType.FIRST).createParagraph();
            CTSectPr sect = docx.getDocument().getBody().getSectPr();
            if (!sect.isSetTitlePg()) {
                sect.addNewTitlePg();
            }
            if (note) {
                footer(docx.createFooter(HeaderFooterType.FIRST).createParagraph(), footerNote);
            }
        }
        if (note) {
            footer(docx.createFooter(HeaderFooterType.DEFAULT).createParagraph(), footerNote);
        }
    }

    private static void pageNumber(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        DocxText.spacing(paragraph, 0, 0);
        fieldChar(paragraph, STFldCharType.BEGIN);
        XWPFRun instruction = styled(paragraph);
        instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
        fieldChar(paragraph, STFldCharType.SEPARATE);
        styled(paragraph).setText("2");
        fieldChar(paragraph, STFldCharType.END);
    }

    private static void fieldChar(XWPFParagraph paragraph, STFldCharType.Enum type) {
        styled(paragraph).getCTR().addNewFldChar().setFldCharType(type);
    }

    private static XWPFRun styled(XWPFParagraph paragraph) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(DocxText.FONT);
        run.setFontSize(PAGE_NUMBER_SIZE);
        return run;
    }

    private static void footer(XWPFParagraph paragraph, String note) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        DocxText.spacing(paragraph, 0, 0);
        DocxText.run(paragraph, note, FOOTER_SIZE, false, true);
    }
}
