package vn.delegationdesk.documents.settlement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.PageBreak;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.platform.i18n.AgencyNames;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;
import vn.delegationdesk.settlement.Advance;
import vn.delegationdesk.settlement.MemberSettlement;

/**
 * Giấy đề nghị thanh toán tạm ứng (Mẫu số C43-BB, Thông tư 107/2017/TT-BTC) on A4 portrait, one page per
 * {@link AdvanceClaim}: the unit and its Mã QHNS top left, the form's code and circular top right (from
 * {@link AdvanceClaimFormSettings}), the title and the settlement's date, who settles (marked, as on the Bảng kê, when
 * they did not travel or are no longer in the plan) and their unit, then the table
 * "Diễn giải | Số tiền" (the delegation's own advance noted under the claimant, who is written by hand) with A (the
 * advances: I. nothing carried from earlier periods, II. each advance of this period by its
 * payment voucher), B (what was spent, in its lines) and C (1. A − B not spent, 2. B − A spent beyond the advance), and the
 * four signatures with the body's signer under "Thủ trưởng đơn vị" and the claimant under "Người đề nghị thanh toán".
 * Amounts in whole đồng grouped by thousands; a zero prints as "-".
 */
public final class AdvanceClaimBuilder {
    static final String TITLE = "GIẤY ĐỀ NGHỊ THANH TOÁN TẠM ỨNG";
    static final String NAME_LABEL = "Họ và tên người thanh toán: ";
    static final String UNIT_LABEL = "Bộ phận (hoặc địa chỉ): ";
    static final String TABLE_INTRO = "Số tiền tạm ứng được thanh toán theo bảng dưới đây:";
    static final String ADVANCED = "A. Số tiền tạm ứng";
    static final String EARLIER = "I. Số tạm ứng các kỳ trước chưa chi hết";
    static final String THIS_PERIOD = "II. Số tạm ứng kỳ này:";
    static final String SPENT = "B. Số tiền đã chi";
    static final String DIFFERENCE = "C. Chênh lệch";
    static final String UNSPENT = "1. Số tạm ứng chi không hết (A - B)";
    static final String OVERSPENT = "2. Chi quá số tạm ứng (B - A)";
    static final List<String> SIGNERS = List.of("Thủ trưởng đơn vị", "Kế toán trưởng", "Kế toán thanh toán",
            "Người đề nghị thanh toán");
    static final String DELEGATION_NOTE = "(Tạm ứng chung của đoàn công tác, thanh toán các khoản đơn vị chi trực tiếp)";
    static final String ZERO = "-";
    static final String DOTS = "…………………………………";

    private static final float TABLE_SIZE = 11;
    private static final float SIGN_ROOM = 60;
    private static final String NO_TEXT = "\u00a0";
    /** The indent of a row under its heading: no-break spaces, which the writers keep at the start of a line. */
    private static final String INDENT = "\u00a0".repeat(5);

    private final AdvanceClaimFormSettings form;

    public AdvanceClaimBuilder(AdvanceClaimFormSettings form) {
        this.form = Objects.requireNonNull(form, "form");
    }

    /**
     * The claims of {@code delegation}, one a page, dated {@code settledOn}; {@code settings} give the Mã QHNS and the
     * department.
     *
     * @throws IllegalArgumentException when there is no claim (nobody was given an advance)
     */
    public PrintedDocument build(Delegation delegation, DocumentSettings settings, LocalDate settledOn, List<AdvanceClaim> claims) {
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("nobody was given an advance, there is no claim to print");
        }
        List<Block> blocks = new ArrayList<>();
        for (AdvanceClaim claim : claims) {
            if (!blocks.isEmpty()) {
                blocks.add(new PageBreak());
            }
            blocks.addAll(page(delegation, settings, settledOn, claim));
        }
        return new PrintedDocument("Giấy đề nghị thanh toán tạm ứng – " + delegation.title(), PageSetup.form(), null, blocks,
                null);
    }

    private List<Block> page(Delegation delegation, DocumentSettings settings, LocalDate settledOn, AdvanceClaim claim) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(top(delegation, settings));
        blocks.add(new Paragraph(List.of(Run.bold(TITLE)), Align.CENTER, 15, false, 14, 2, false));
        blocks.add(new Paragraph(List.of(Run.italic(dateLine(settledOn))), Align.CENTER, 0, false, 0, 10, false));
        blocks.add(field(NAME_LABEL, claimant(claim), true));
        String mark = claim.ofDelegation() ? "" : SettlementSheetBuilder.mark(claim.member());
        if (!mark.isEmpty()) {
            // Why nothing was spent: the whole advance is to be returned.
            blocks.add(new Paragraph(List.of(Run.italic(mark)), Align.LEFT, 0, false, 0, 2, false));
        }
        blocks.add(field(UNIT_LABEL, unit(settings, claim), false));
        if (claim.ofDelegation()) {
            blocks.add(new Paragraph(List.of(Run.italic(DELEGATION_NOTE)), Align.LEFT, 0, false, 0, 2, false));
        }
        blocks.add(new Paragraph(List.of(Run.plain(TABLE_INTRO)), Align.LEFT, 0, false, 0, 4, false));
        blocks.add(table(claim));
        blocks.add(signatures(delegation, claim));
        return blocks;
    }

    /** "Ngày 30 tháng 10 năm 2025". */
    static String dateLine(LocalDate date) {
        String line = VietnameseDates.documentDate(date);
        return Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }

    /** The member's name (by id when deleted from the plan); the delegation's claimant is written by hand. */
    static String claimant(AdvanceClaim claim) {
        MemberSettlement member = claim.member();
        if (member == null) {
            return DOTS;
        }
        return member.fullName().isEmpty() ? "Thành viên mã «" + member.memberId() + "»" : member.fullName();
    }

    /** The member's unit; for the delegation's own advance the department the travel orders name, else blank. */
    private static String unit(DocumentSettings settings, AdvanceClaim claim) {
        String unit = claim.ofDelegation() ? settings.travelOrderDepartment() : claim.member().unit();
        return unit.isEmpty() ? DOTS : unit;
    }

    /** "Đơn vị / Bộ phận / Mã QHNS" on the left, the form's code and its circular on the right. */
    private Table top(Delegation delegation, DocumentSettings settings) {
        List<Paragraph> left = new ArrayList<>();
        left.add(Paragraph.of("Đơn vị: " + orDots(AgencyNames.inSentence(delegation.issuingBody().name())), Align.LEFT));
        if (!settings.travelOrderDepartment().isEmpty()) {
            left.add(Paragraph.of("Bộ phận: " + settings.travelOrderDepartment(), Align.LEFT));
        }
        left.add(Paragraph.of("Mã QHNS: " + orDots(settings.budgetUnitCode()), Align.LEFT));
        Cell right = Cell.of(new Paragraph(List.of(Run.bold(form.formCode())), Align.CENTER, 0, false, 0, 0, false),
                new Paragraph(List.of(Run.italic(SettlementSheetBuilder.keepTogether(form.formBasis()))), Align.CENTER, 9, false,
                        0, 0, false));
        return new Table(List.of(52f, 48f), List.of(), List.of(List.of(new Cell(left, 1, 1, false), right)), false, 0);
    }

    private static Table table(AdvanceClaim claim) {
        List<Cell> titles = List.of(Cell.bold("Diễn giải", Align.CENTER), Cell.bold("Số tiền", Align.CENTER));
        List<Cell> letters = List.of(italicCell("A"), italicCell("1"));
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(row(ADVANCED, claim.advanced(), true));
        rows.add(row(INDENT + EARLIER, 0, false));
        rows.add(row(INDENT + THIS_PERIOD, claim.advanced(), false));
        for (Advance advance : claim.advances()) {
            rows.add(row(INDENT + INDENT + "- " + voucher(advance), advance.amount(), false));
        }
        rows.add(row(SPENT, claim.spentTotal(), true));
        int number = 1;
        for (AdvanceClaim.Spent line : claim.spent()) {
            rows.add(row(INDENT + number++ + ". " + line.label(), line.amount(), false));
        }
        rows.add(List.of(Cell.bold(DIFFERENCE, Align.LEFT), Cell.empty()));
        rows.add(row(INDENT + UNSPENT, claim.unspent(), false));
        rows.add(row(INDENT + OVERSPENT, claim.overspent(), false));
        return new Table(List.of(72f, 28f), List.of(titles, letters), rows, true, TABLE_SIZE);
    }

    /** "Phiếu chi số PC-0101 ngày 10/10/2025"; dots for a voucher number not typed. */
    static String voucher(Advance advance) {
        return "Phiếu chi số " + (advance.voucherNumber().isEmpty() ? "……………" : advance.voucherNumber()) + " ngày "
                + VietnameseDates.format(advance.date());
    }

    private static List<Cell> row(String label, long amount, boolean bold) {
        return List.of(bold ? Cell.bold(label, Align.LEFT) : Cell.of(label, Align.LEFT),
                bold ? Cell.bold(money(amount), Align.RIGHT) : Cell.of(money(amount), Align.RIGHT));
    }

    private static Cell italicCell(String text) {
        return Cell.of(new Paragraph(List.of(Run.italic(text)), Align.CENTER, 0, false, 0, 0, false));
    }

    /** "5.000.000"; "-" for nothing. */
    static String money(long amount) {
        return amount == 0 ? ZERO : VietnameseNumbers.format(amount);
    }

    /** The four signatures side by side, the body's signer and the claimant named, in one row so a break never parts them. */
    private static Table signatures(Delegation delegation, AdvanceClaim claim) {
        List<String> names = List.of(delegation.signer().name(), "", "", claim.ofDelegation() ? "" : claimant(claim));
        List<Cell> row = new ArrayList<>();
        for (int i = 0; i < SIGNERS.size(); i++) {
            row.add(Cell.of(new Paragraph(List.of(Run.bold(SIGNERS.get(i))), Align.CENTER, 0, false, 16, 0, false),
                    new Paragraph(List.of(Run.italic("(Ký, họ tên)")), Align.CENTER, 10, false, 0, 0, false),
                    new Paragraph(List.of(Run.bold(names.get(i).isEmpty() ? NO_TEXT : names.get(i))), Align.CENTER, 0, false,
                            SIGN_ROOM, 0, false)));
        }
        // The claimant's title is the longest and stays on one line.
        return new Table(List.of(22f, 21f, 23f, 34f), List.of(), List.of(row), false, 0);
    }

    private static Paragraph field(String label, String value, boolean boldValue) {
        return new Paragraph(List.of(Run.plain(label), boldValue ? Run.bold(value) : Run.plain(value)), Align.LEFT, 0, false,
                0, 2, false);
    }

    private static String orDots(String text) {
        return text == null || text.isBlank() ? DOTS : text;
    }
}
