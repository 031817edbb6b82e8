package vn.delegationdesk.documents.content;

import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.budget.BudgetLine;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.budget.EstimateSection;
import vn.delegationdesk.budget.EstimateTexts;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.documents.DocumentBuilder;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.OfficialHeader;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;

/**
 * "DỰ TOÁN KINH PHÍ" printed: the Excel export's sheet (budget.export.EstimateWorkbookWriter) on A4 landscape
 * with the same words ({@link EstimateTexts}) and figures. Each section row carries the section's subtotal and
 * the total row the estimate's total, so every printed total is the sum of the printed lines above it. An
 * unpriced line shows "chưa có đơn giá" where its price goes and no amount, as the sheet does; while there is one,
 * a draft mark with their number stands over the title and the total and its words are labelled as partial.
 */
public final class EstimateDocument implements DocumentBuilder {
    /** Relative widths of STT · Nội dung · ĐVT · Số lượng · Số ngày/lần · Đơn giá · Thành tiền · Ghi chú. */
    private static final List<Float> WIDTHS = List.of(6f, 42f, 8f, 8.5f, 10f, 12f, 14f, 28f);
    private static final int COLUMNS = 8;
    /** Nội dung to Đơn giá: where a section's title runs. */
    private static final int TITLE_SPAN = 5;
    private static final float TABLE_SIZE = 12;
    private static final float SIGN_ROOM = 64;
    /** A line with nothing to read on it (a no-break space, which writers do not drop as empty). */
    private static final String NO_TEXT = "\u00a0";
    /** The price column is narrow: "đơn giá" kept on one line, so the cell reads "chưa có / đơn giá", not "… đơn / giá". */
    private static final String NO_PRICE_CELL = EstimateTexts.NO_PRICE.replace("đơn giá", "đơn\u00a0giá");

    @Override
    public PrintedDocument build(DocumentSource source) {
        Delegation delegation = source.delegation();
        Estimate estimate = source.estimate();
        IssuingBody body = delegation.issuingBody();
        // The estimate is an annex of the plan, not a numbered document: no number line; its date is by the signatures.
        OfficialHeader header = new OfficialHeader(body.parentBody(), body.name(), "", "");
        List<Block> blocks = new ArrayList<>();
        String draft = EstimateTexts.draftMark(estimate);
        if (!draft.isEmpty()) {
            blocks.add(Paragraph.centered(Run.bold(draft)).withSize(13).withSpacing(6, 0));
        }
        blocks.add(Paragraph.centered(Run.bold(EstimateTexts.TITLE)).withSize(15).withSpacing(draft.isEmpty() ? 12 : 4, 4));
        blocks.add(Paragraph.centered(Run.bold(EstimateTexts.subtitle(estimate))));
        blocks.add(Paragraph.centered(Run.italic(EstimateTexts.attachedTo(delegation.document(), body))).withSpacing(2, 0));
        String rates = EstimateTexts.ratesLine(estimate);
        if (!rates.isEmpty()) {
            blocks.add(Paragraph.centered(Run.italic(rates)));
        }
        blocks.add(new Paragraph(List.of(Run.italic(EstimateTexts.UNIT_NOTE)), Align.RIGHT, 0, false, 4, 2, true));
        // The last lines go over with "Bằng chữ" and the signatures, which never stand on a page of their own.
        blocks.add(table(estimate).keptWithNext());
        String prefix = estimate.complete() ? EstimateTexts.WORDS_PREFIX : EstimateTexts.PARTIAL_WORDS_PREFIX;
        blocks.add(new Paragraph(List.of(Run.bold(prefix), Run.boldItalic(estimate.totalInWords())),
                Align.LEFT, 0, false, 6, 6, true));
        blocks.add(signatures(delegation));
        return new PrintedDocument("Dự toán kinh phí", PageSetup.landscapeTable(), header, blocks, null);
    }

    private static Table table(Estimate estimate) {
        List<Cell> header = EstimateTexts.COLUMN_TITLES.stream().map(t -> Cell.bold(t, Align.CENTER)).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (EstimateSection section : estimate.sections()) {
            rows.add(List.of(Cell.bold(section.numeral(), Align.CENTER).shade(),
                    Cell.bold(section.title(), Align.LEFT).spanning(TITLE_SPAN).shade(),
                    Cell.bold(subtotal(section), Align.RIGHT).shade(), Cell.empty().shade()));
            List<BudgetLine> lines = section.lines();
            for (int i = 0; i < lines.size(); i++) {
                rows.add(line(i + 1, lines.get(i)));
            }
        }
        rows.add(List.of(Cell.empty().shade(), Cell.bold(EstimateTexts.totalLabel(estimate), Align.CENTER).spanning(TITLE_SPAN).shade(),
                Cell.bold(VietnameseNumbers.format(estimate.total()), Align.RIGHT).shade(), Cell.empty().shade()));
        return new Table(WIDTHS, List.of(header), rows, true, TABLE_SIZE);
    }

    /** A section's subtotal, blank while none of its lines has a price (as the sheet's formula shows it). */
    private static String subtotal(EstimateSection section) {
        boolean nonePriced = !section.lines().isEmpty() && section.lines().stream().noneMatch(BudgetLine::priced);
        return nonePriced ? "" : VietnameseNumbers.format(section.subtotal());
    }

    private static List<Cell> line(int number, BudgetLine line) {
        return List.of(Cell.of(Integer.toString(number), Align.CENTER), Cell.of(line.content(), Align.LEFT),
                Cell.of(line.unit(), Align.CENTER), Cell.of(VietnameseNumbers.format(line.quantity()), Align.RIGHT),
                Cell.of(VietnameseNumbers.format(line.times()), Align.RIGHT),
                line.priced() ? Cell.of(VietnameseNumbers.format(line.unitPrice()), Align.RIGHT)
                        : Cell.of(new Paragraph(List.of(Run.italic(NO_PRICE_CELL)), Align.RIGHT, 0, false, 0, 0, false)),
                Cell.of(line.priced() ? VietnameseNumbers.format(line.amount()) : "", Align.RIGHT), Cell.of(line.basis(), Align.LEFT));
    }

    /**
     * Preparer, accountant and the head of the body side by side, as in the sheet: the place and date over the
     * head's block, room to sign, the signer's name. One row, so that a page break never parts the name from its
     * block; the other two blocks start with an empty line so that the three titles stand level.
     */
    private static Table signatures(Delegation delegation) {
        Paragraph level = Paragraph.of(NO_TEXT, Align.CENTER);
        Cell preparer = block(level, List.of(EstimateTexts.PREPARER), EstimateTexts.SIGN_NOTE);
        Cell accountant = block(level, List.of(EstimateTexts.ACCOUNTANT), EstimateTexts.SIGN_NOTE);
        Cell head = block(new Paragraph(List.of(Run.italic(EstimateTexts.placeAndDate(delegation.document()))), Align.CENTER, 0,
                false, 0, 0, false), EstimateTexts.headTitles(delegation.signer()), EstimateTexts.SIGN_SEAL_NOTE);
        List<Paragraph> withName = new ArrayList<>(head.content());
        withName.add(new Paragraph(List.of(Run.bold(delegation.signer().name())), Align.CENTER, 0, false, SIGN_ROOM, 0, false));
        return new Table(List.of(1f, 1f, 1f), List.of(), List.of(List.of(preparer, accountant, new Cell(withName, 1, 1, false))),
                false, 0);
    }

    private static Cell block(Paragraph first, List<String> titles, String note) {
        List<Paragraph> lines = new ArrayList<>();
        lines.add(first);
        titles.forEach(t -> lines.add(Paragraph.centered(Run.bold(t))));
        lines.add(Paragraph.centered(Run.italic(note)));
        return new Cell(lines, 1, 1, false);
    }
}
