package vn.delegationdesk.settlement.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import vn.delegationdesk.budget.AmountInWords;
import vn.delegationdesk.budget.EstimateTexts;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.settlement.MemberSettlement;
import vn.delegationdesk.settlement.SettlementSheet;
import vn.delegationdesk.settlement.SettlementSheetTexts;

/**
 * Sheet 1, "Bảng kê C17-HD": the PDF's form with live figures. The unit, its department and Mã QHNS top left, the form's
 * code and circular top right; the title, the month, the delegation and its dates; the twelve columns with their letters
 * (both repeated on every printed page); a row per member with columns 1–4 and 6 as numbers, column 5 {@code =SUM} of
 * 1–4, column 7 {@code =MAX(0, 6 − 5)} and column 8 {@code =MAX(0, 5 − 6)}, so that a corrected figure carries through;
 * the "Cộng" row as SUMs of the rows; the total in words; the signatures with the body's signer.
 */
final class MemberSheet {
    static final String NAME = "Bảng kê C17-HD";
    static final int COL_INDEX = 0;
    static final int COL_NAME = 1;
    static final int COL_UNIT = 2;
    static final int COL_TICKETS = 3;
    static final int COL_LODGING = 6;
    static final int COL_TOTAL = 7;
    static final int COL_ADVANCED = 8;
    static final int COL_TO_RETURN = 9;
    static final int COL_TO_RECEIVE = 10;
    static final int COL_SIGN = 11;
    /** Column widths in characters: an amount column holds "9.999.999.999" in bold with its indent. */
    static final int[] WIDTHS = {5, 25, 25, 14, 14, 14, 14, 15, 14, 14, 14, 9};
    private static final int LEFT_BLOCK_END = 4;
    private static final int RIGHT_BLOCK_START = 7;
    private static final float SIGN_ROOM = 64f;

    private final SheetFiller out;
    private final Delegation delegation;
    private final LocalDate settledOn;
    private final SettlementSheet sheet;
    private final SettlementHeading heading;
    private final XSSFFont italic;
    private final XSSFFont boldItalic;

    MemberSheet(SheetFiller out, Delegation delegation, LocalDate settledOn, SettlementSheet sheet, SettlementHeading heading) {
        this.out = out;
        this.delegation = delegation;
        this.settledOn = settledOn;
        this.sheet = sheet;
        this.heading = heading;
        this.italic = out.workbook.getFontAt(out.styles.note.getFontIndex());
        this.boldItalic = out.workbook.getFontAt(out.styles.words.getFontIndex());
    }

    /** Fills the sheet; its index in the workbook is {@code sheetIndex}. */
    void fill(int sheetIndex) {
        top();
        out.gap(8f);
        out.merged(out.row(), 0, out.lastColumn(), SettlementSheetTexts.TITLE, out.styles.title).getRow().setHeightInPoints(22f);
        out.merged(out.row(), 0, out.lastColumn(), SettlementSheetTexts.month(settledOn), out.styles.note);
        out.merged(out.row(), 0, out.lastColumn(), "Đoàn công tác: " + delegation.title(), out.styles.subtitle);
        String dates = SettlementSheetTexts.tripDates(delegation);
        if (!dates.isEmpty()) {
            out.merged(out.row(), 0, out.lastColumn(), dates, out.styles.centered);
        }
        out.merged(out.row(), COL_ADVANCED, out.lastColumn(), SettlementSheetTexts.UNIT_NOTE, out.styles.unitNote);
        int titleRow = columnTitles();
        int firstMember = out.next();
        int number = 1;
        for (MemberSettlement member : sheet.members()) {
            member(number++, member);
        }
        int lastMember = out.next() - 1;
        int totalRow = total(firstMember, lastMember);
        words();
        signatures();
        // The last member's row goes over with the total, the words and the signatures, never left alone on a page.
        out.keep(Math.max(firstMember, totalRow - 1), out.next() - 1);
        out.preparePrinting(sheetIndex, titleRow, titleRow + 1);
    }

    /** "Đơn vị / Bộ phận / Mã QHNS" on the left, the form's code and its circular on the right. */
    private void top() {
        List<String> left = new ArrayList<>();
        String parent = delegation.issuingBody().parentBody();
        if (!parent.isEmpty()) {
            left.add(parent);
        }
        left.add("Đơn vị: " + SettlementSheetTexts.orDots(delegation.issuingBody().name()));
        if (!heading.department().isEmpty()) {
            left.add("Bộ phận: " + heading.department());
        }
        left.add("Mã QHNS: " + SettlementSheetTexts.orDots(heading.budgetUnitCode()));
        int rows = Math.max(left.size(), 2);
        for (int i = 0; i < rows; i++) {
            Row row = out.row();
            out.merged(row, 0, LEFT_BLOCK_END, i < left.size() ? left.get(i) : "", out.styles.left);
            if (i == 0) {
                out.merged(row, RIGHT_BLOCK_START, out.lastColumn(), heading.formCode(), out.styles.formCode);
            } else if (i == 1) {
                out.merged(row, RIGHT_BLOCK_START, out.lastColumn(), heading.formBasis(), out.styles.formBasis);
            }
        }
    }

    /** The twelve titles, then their letters; returns the titles' row. */
    private int columnTitles() {
        Row titles = out.row();
        for (int c = 0; c < SettlementSheetTexts.COLUMN_TITLES.size(); c++) {
            out.text(titles, c, SettlementSheetTexts.COLUMN_TITLES.get(c), out.styles.columnTitle);
        }
        Row letters = out.row();
        for (int c = 0; c < SettlementSheetTexts.COLUMN_LETTERS.size(); c++) {
            out.text(letters, c, SettlementSheetTexts.COLUMN_LETTERS.get(c), out.styles.columnLetter);
        }
        return titles.getRowNum();
    }

    private void member(int number, MemberSettlement member) {
        Row row = out.row();
        int r = row.getRowNum();
        out.number(row, COL_INDEX, number, out.styles.index);
        String name = SettlementSheetTexts.name(member);
        String mark = SettlementSheetTexts.mark(member);
        Cell nameCell = out.text(row, COL_NAME, mark.isEmpty() ? name : name + "\n" + mark, out.styles.text);
        if (!mark.isEmpty()) {
            XSSFRichTextString rich = new XSSFRichTextString(name + "\n" + mark);
            rich.applyFont(name.length() + 1, name.length() + 1 + mark.length(), italic);
            nameCell.setCellValue(rich);
        }
        out.text(row, COL_UNIT, member.unit(), out.styles.text);
        long[] inputs = {member.tickets(), member.vehicles(), member.perDiem(), member.lodging()};
        for (int i = 0; i < inputs.length; i++) {
            out.number(row, COL_TICKETS + i, inputs[i], out.styles.money);
        }
        out.formula(row, COL_TOTAL, "SUM(" + SheetFiller.ref(r, COL_TICKETS) + ":" + SheetFiller.ref(r, COL_LODGING) + ")",
                out.styles.money);
        out.number(row, COL_ADVANCED, member.advanced(), out.styles.money);
        String total = SheetFiller.ref(r, COL_TOTAL);
        String advanced = SheetFiller.ref(r, COL_ADVANCED);
        out.formula(row, COL_TO_RETURN, "MAX(0," + advanced + "-" + total + ")", out.styles.money);
        out.formula(row, COL_TO_RECEIVE, "MAX(0," + total + "-" + advanced + ")", out.styles.money);
        out.text(row, COL_SIGN, "", out.styles.blank);
    }

    /** The "Cộng" row: each amount column the SUM of the members' rows. */
    private int total(int firstMember, int lastMember) {
        Row row = out.row();
        out.merged(row, COL_INDEX, COL_UNIT, SettlementSheetTexts.TOTAL_LABEL, out.styles.totalLabel);
        for (int c = COL_TICKETS; c <= COL_TO_RECEIVE; c++) {
            if (lastMember < firstMember) {
                out.number(row, c, 0, out.styles.totalMoney);
            } else {
                out.formula(row, c, "SUM(" + SheetFiller.range(firstMember, lastMember, c) + ")", out.styles.totalMoney);
            }
        }
        out.text(row, COL_SIGN, "", out.styles.blank);
        row.setHeightInPoints(SheetFiller.ROW_POINTS + 4);
        return row.getRowNum();
    }

    /** "Tổng số tiền (Viết bằng chữ): …" and the vouchers attached. */
    private void words() {
        out.gap(6f);
        Row row = out.row();
        String words = AmountInWords.of(sheet.totals().total());
        String line = SettlementSheetTexts.WORDS_PREFIX + words;
        Cell cell = out.merged(row, 0, out.lastColumn(), line, out.styles.leftWrap);
        XSSFRichTextString rich = new XSSFRichTextString(line);
        rich.applyFont(SettlementSheetTexts.WORDS_PREFIX.length(), line.length(), boldItalic);
        cell.setCellValue(rich);
        out.merged(out.row(), 0, out.lastColumn(), SettlementSheetTexts.ATTACHED, out.styles.noteLeft);
    }

    /** Người lập, kế toán trưởng and the head of the unit side by side; the place and date of the settlement over the head's. */
    private void signatures() {
        out.gap(8f);
        String place = delegation.document().place();
        String date = VietnameseDates.documentDate(settledOn);
        out.merged(out.row(), RIGHT_BLOCK_START, out.lastColumn(), place.isEmpty() ? date : place + ", " + date,
                out.styles.placeDate);
        List<String> head = EstimateTexts.headTitles(delegation.signer());
        int titles = out.next();
        for (int i = 0; i < head.size() + 1; i++) {
            out.row();
        }
        block(titles, 0, COL_UNIT, List.of(EstimateTexts.PREPARER), EstimateTexts.SIGN_NOTE);
        block(titles, COL_TICKETS, COL_LODGING, List.of(SettlementSheetTexts.ACCOUNTANT), EstimateTexts.SIGN_NOTE);
        block(titles, RIGHT_BLOCK_START, out.lastColumn(), head, EstimateTexts.SIGN_SEAL_NOTE);
        out.gap(SIGN_ROOM);
        Row names = out.row();
        out.merged(names, 0, COL_UNIT, "", out.styles.signName);
        out.merged(names, COL_TICKETS, COL_LODGING, "", out.styles.signName);
        out.merged(names, RIGHT_BLOCK_START, out.lastColumn(), delegation.signer().name(), out.styles.signName);
    }

    private void block(int firstRow, int from, int to, List<String> titles, String note) {
        int r = firstRow;
        for (String title : titles) {
            out.merged(out.sheet.getRow(r++), from, to, title, out.styles.signTitle);
        }
        out.merged(out.sheet.getRow(r), from, to, note, out.styles.signNote);
    }
}
