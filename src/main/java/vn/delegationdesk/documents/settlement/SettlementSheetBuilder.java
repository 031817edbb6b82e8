package vn.delegationdesk.documents.settlement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.delegationdesk.budget.AmountInWords;
import vn.delegationdesk.budget.EstimateTexts;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;
import vn.delegationdesk.settlement.MemberSettlement;
import vn.delegationdesk.settlement.SettlementSheet;
import vn.delegationdesk.settlement.SettlementSheetTexts;
import vn.delegationdesk.settlement.SettlementTotals;

/**
 * Bảng kê thanh toán công tác phí (Mẫu số C17-HD, Thông tư 107/2017/TT-BTC) on A4 landscape: the unit and its Mã QHNS
 * top left, the form's code and circular top right (from {@link SettlementFormSettings}), the title with the month of
 * the settlement, the delegation and its dates; the twelve columns (A STT, B Họ và tên, C Đơn vị, 1–8 the amounts,
 * D Ký nhận) with their titles and letters repeated on every page, one numbered row per member of the
 * {@link SettlementSheet} (a member who withdrew, was replaced or is no longer in the plan marked under the name), the
 * "Cộng" row (the sheet's totals, each the sum of the rows above), the total in words and the signatures. Amounts in
 * whole đồng grouped by thousands ("1.800.000"); a zero prints as "-", as finance forms write it. The sheet's warnings
 * are the screen's and never printed.
 */
public final class SettlementSheetBuilder {
    static final String TITLE = SettlementSheetTexts.TITLE;
    static final List<String> COLUMN_TITLES = SettlementSheetTexts.COLUMN_TITLES;
    static final List<String> COLUMN_LETTERS = SettlementSheetTexts.COLUMN_LETTERS;
    static final String TOTAL_LABEL = SettlementSheetTexts.TOTAL_LABEL;
    static final String WORDS_PREFIX = SettlementSheetTexts.WORDS_PREFIX;
    static final String ATTACHED = SettlementSheetTexts.ATTACHED;
    static final String UNIT_NOTE = SettlementSheetTexts.UNIT_NOTE;
    static final String ZERO = "-";
    static final String WITHDREW = SettlementSheetTexts.WITHDREW;
    static final String REPLACED = SettlementSheetTexts.REPLACED;
    static final String NOT_IN_DELEGATION = SettlementSheetTexts.NOT_IN_DELEGATION;
    static final String ACCOUNTANT = SettlementSheetTexts.ACCOUNTANT;
    static final String DOTS = SettlementSheetTexts.DOTS;

    /**
     * STT · Họ và tên · Đơn vị · eight amounts · Ký nhận, in points of the 757 pt text column: each amount column holds
     * "9.999.999.999" in bold at the table's size on one line, STT four digits.
     */
    private static final List<Float> WIDTHS = List.of(28f, 100f, 109f, 60f, 60f, 60f, 60f, 60f, 60f, 60f, 60f, 40f);
    private static final float TABLE_SIZE = 9;
    /**
     * A4 landscape with narrower margins than the estimate's (top and bottom 15 mm, left 20, right 10): twelve columns
     * and a row per member, as many rows a page as the sheet can take; page numbers from page 2.
     */
    private static final PageSetup PAGE = new PageSetup(true, 15, 15, 20, 10, 12, true);
    private static final float SIGN_ROOM = 56;
    /** A line with nothing to read on it (a no-break space, which writers do not drop as empty). */
    private static final String NO_TEXT = "\u00a0";

    private final SettlementFormSettings form;

    public SettlementSheetBuilder(SettlementFormSettings form) {
        this.form = Objects.requireNonNull(form, "form");
    }

    /**
     * The Bảng kê of {@code sheet}, computed for {@code delegation}, settled on {@code settledOn} (its month in the title,
     * its date over the head's signature); {@code settings} give the Mã QHNS and the department.
     */
    public PrintedDocument build(Delegation delegation, DocumentSettings settings, LocalDate settledOn, SettlementSheet sheet) {
        Objects.requireNonNull(sheet, "sheet");
        List<Block> blocks = new ArrayList<>();
        blocks.add(top(delegation, settings));
        blocks.add(new Paragraph(List.of(Run.bold(TITLE)), Align.CENTER, 15, false, 10, 0, false));
        blocks.add(Paragraph.centered(Run.italic(month(settledOn))));
        blocks.add(new Paragraph(List.of(Run.plain("Đoàn công tác: "), Run.bold(delegation.title())), Align.CENTER, 0, false,
                4, 0, false));
        String dates = tripDates(delegation);
        if (!dates.isEmpty()) {
            blocks.add(Paragraph.centered(Run.plain(dates)));
        }
        blocks.add(new Paragraph(List.of(Run.italic(UNIT_NOTE)), Align.RIGHT, 0, false, 4, 2, true));
        // The last rows go over with the words and the signatures, which never stand on a page of their own.
        blocks.add(table(sheet).keptWithNext());
        SettlementTotals totals = sheet.totals();
        blocks.add(new Paragraph(List.of(Run.plain(WORDS_PREFIX), Run.boldItalic(AmountInWords.of(totals.total()))),
                Align.LEFT, 0, false, 6, 0, true));
        blocks.add(new Paragraph(List.of(Run.italic(ATTACHED)), Align.LEFT, 0, false, 0, 6, true));
        blocks.add(signatures(delegation, settledOn));
        return new PrintedDocument("Bảng kê thanh toán công tác phí – " + delegation.title(),
                PAGE, null, blocks, null);
    }

    /** "Đơn vị / Bộ phận / Mã QHNS" on the left, the form's code and its circular on the right. */
    private Table top(Delegation delegation, DocumentSettings settings) {
        List<Paragraph> left = new ArrayList<>();
        String parent = delegation.issuingBody().parentBody();
        if (!parent.isEmpty()) {
            left.add(Paragraph.of(parent, Align.LEFT));
        }
        left.add(Paragraph.of("Đơn vị: " + orDots(delegation.issuingBody().name()), Align.LEFT));
        if (!settings.travelOrderDepartment().isEmpty()) {
            left.add(Paragraph.of("Bộ phận: " + settings.travelOrderDepartment(), Align.LEFT));
        }
        left.add(Paragraph.of("Mã QHNS: " + orDots(settings.budgetUnitCode()), Align.LEFT));
        Cell right = Cell.of(new Paragraph(List.of(Run.bold(form.formCode())), Align.CENTER, 0, false, 0, 0, false),
                new Paragraph(List.of(Run.italic(keepTogether(form.formBasis()))), Align.CENTER, 10, false, 0, 0, false));
        return new Table(List.of(58f, 42f), List.of(), List.of(List.of(new Cell(left, 1, 1, false), right)), false, 0);
    }

    /** "Tháng 10 năm 2025", the month of the settlement. */
    static String month(LocalDate settledOn) {
        return SettlementSheetTexts.month(settledOn);
    }

    /** "Thời gian công tác: từ ngày 14/10/2025 đến ngày 19/10/2025", or one day, or nothing while the trip has no dates. */
    static String tripDates(Delegation delegation) {
        return SettlementSheetTexts.tripDates(delegation);
    }

    private static Table table(SettlementSheet sheet) {
        List<Cell> titles = COLUMN_TITLES.stream().map(t -> Cell.bold(t, Align.CENTER)).toList();
        List<Cell> letters = COLUMN_LETTERS.stream().map(l -> Cell.of(new Paragraph(List.of(Run.italic(l)), Align.CENTER, 0,
                false, 0, 0, false))).toList();
        List<List<Cell>> rows = new ArrayList<>(sheet.members().size() + 1);
        int number = 1;
        for (MemberSettlement member : sheet.members()) {
            List<Cell> row = new ArrayList<>(COLUMN_TITLES.size());
            row.add(Cell.of(Integer.toString(number++), Align.CENTER));
            row.add(name(member));
            row.add(Cell.of(member.unit(), Align.LEFT));
            for (long amount : amounts(member)) {
                row.add(Cell.of(money(amount), Align.RIGHT));
            }
            row.add(Cell.empty());
            rows.add(row);
        }
        SettlementTotals totals = sheet.totals();
        List<Cell> total = new ArrayList<>();
        total.add(Cell.bold(TOTAL_LABEL, Align.CENTER).spanning(3));
        for (long amount : List.of(totals.tickets(), totals.vehicles(), totals.perDiem(), totals.lodging(), totals.total(),
                totals.advanced(), totals.toReturn(), totals.toReceive())) {
            total.add(Cell.bold(money(amount), Align.RIGHT));
        }
        total.add(Cell.empty());
        rows.add(total);
        return new Table(WIDTHS, List.of(titles, letters), rows, true, TABLE_SIZE);
    }

    /** Columns 1 to 8 of a member's row. */
    static List<Long> amounts(MemberSettlement member) {
        return List.of(member.tickets(), member.vehicles(), member.perDiem(), member.lodging(), member.total(), member.advanced(),
                member.toReturn(), member.toReceive());
    }

    /** The name, and under it in italics why a member was not paid as one who went. */
    private static Cell name(MemberSettlement member) {
        Paragraph name = Paragraph.of(SettlementSheetTexts.name(member), Align.LEFT);
        String mark = mark(member);
        if (mark.isEmpty()) {
            return Cell.of(name);
        }
        return Cell.of(name, new Paragraph(List.of(Run.italic(mark)), Align.LEFT, 9, false, 0, 0, false));
    }

    static String mark(MemberSettlement member) {
        return SettlementSheetTexts.mark(member);
    }

    /** "1.800.000"; "-" for nothing. */
    static String money(long amount) {
        return amount == 0 ? ZERO : VietnameseNumbers.format(amount);
    }

    /**
     * Người lập, kế toán trưởng and the head of the unit side by side, the place and date of the settlement over the
     * head's block and the body's signer under it; one row, so a page break never parts a name from its block.
     */
    private static Table signatures(Delegation delegation, LocalDate settledOn) {
        String place = delegation.document().place();
        String date = VietnameseDates.documentDate(settledOn);
        Paragraph level = Paragraph.of(NO_TEXT, Align.CENTER);
        Cell preparer = block(level, List.of(EstimateTexts.PREPARER), EstimateTexts.SIGN_NOTE, "");
        Cell accountant = block(level, List.of(ACCOUNTANT), EstimateTexts.SIGN_NOTE, "");
        Cell head = block(new Paragraph(List.of(Run.italic(place.isEmpty() ? date : place + ", " + date)), Align.CENTER, 0, false,
                0, 0, false), EstimateTexts.headTitles(delegation.signer()), EstimateTexts.SIGN_SEAL_NOTE, delegation.signer().name());
        return new Table(List.of(1f, 1f, 1f), List.of(), List.of(List.of(preparer, accountant, head)), false, 0);
    }

    private static Cell block(Paragraph first, List<String> titles, String note, String name) {
        List<Paragraph> lines = new ArrayList<>();
        lines.add(first);
        titles.forEach(t -> lines.add(Paragraph.centered(Run.bold(t))));
        lines.add(Paragraph.centered(Run.italic(note)));
        lines.add(new Paragraph(List.of(Run.bold(name.isEmpty() ? NO_TEXT : name)), Align.CENTER, 0, false, SIGN_ROOM, 0, false));
        return new Cell(lines, 1, 1, false);
    }

    /** The issuer's name kept on one line, so the circular's line never ends with "Bộ" over "Tài chính)". */
    static String keepTogether(String basis) {
        return basis.replace("Bộ Tài chính", "Bộ\u00a0Tài\u00a0chính");
    }

    private static String orDots(String text) {
        return SettlementSheetTexts.orDots(text);
    }
}
