package vn.delegationdesk.settlement.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.settlement.ComparedLine;
import vn.delegationdesk.settlement.ComparedSection;
import vn.delegationdesk.settlement.EstimateComparison;
import vn.delegationdesk.settlement.SettlementSheetTexts;

/**
 * Sheet 3, "Dự toán - thực hiện": every estimate line beside what was paid, section by section, then the costs the
 * estimate did not have. Estimate and actual are numbers; the difference ({@code =actual − estimate}, negative a saving)
 * and the percentage ({@code =difference / estimate}, blank where the estimate is nothing) are formulas, as are the
 * sections' subtotals (SUMs of their lines) and the grand total (SUMs of the sections).
 */
final class ComparisonSheet {
    static final String NAME = "Dự toán - thực hiện";
    static final String TITLE = "DỰ TOÁN VÀ THỰC HIỆN KINH PHÍ";
    static final String UNPLANNED = "Các khoản chi ngoài dự toán";
    static final String NO_PRICE = "Dự toán chưa có đơn giá";
    static final String GRAND_TOTAL = "TỔNG CỘNG";
    static final List<String> COLUMN_TITLES = List.of("STT", "Nội dung", "Dự toán", "Thực hiện",
            "Chênh lệch (thực hiện – dự toán)", "Tỷ lệ chênh lệch", "Ghi chú");
    static final int COL_CONTENT = 1;
    static final int COL_ESTIMATED = 2;
    static final int COL_ACTUAL = 3;
    static final int COL_DIFFERENCE = 4;
    static final int COL_PERCENT = 5;
    static final int COL_NOTE = 6;
    static final int[] WIDTHS = {6, 70, 16, 16, 18, 12, 24};

    private final SheetFiller out;
    private final Delegation delegation;
    private final EstimateComparison comparison;

    ComparisonSheet(SheetFiller out, Delegation delegation, EstimateComparison comparison) {
        this.out = out;
        this.delegation = delegation;
        this.comparison = comparison;
    }

    void fill(int sheetIndex) {
        out.merged(out.row(), 0, out.lastColumn(), TITLE, out.styles.title).getRow().setHeightInPoints(22f);
        out.merged(out.row(), 0, out.lastColumn(), "Đoàn công tác: " + delegation.title(), out.styles.subtitle);
        String dates = SettlementSheetTexts.tripDates(delegation);
        if (!dates.isEmpty()) {
            out.merged(out.row(), 0, out.lastColumn(), dates, out.styles.centered);
        }
        out.merged(out.row(), COL_PERCENT, out.lastColumn(), SettlementSheetTexts.UNIT_NOTE, out.styles.unitNote);
        Row titles = out.row();
        for (int c = 0; c < COLUMN_TITLES.size(); c++) {
            out.text(titles, c, COLUMN_TITLES.get(c), out.styles.columnTitle);
        }
        List<Integer> sectionRows = new ArrayList<>();
        for (ComparedSection section : comparison.sections()) {
            sectionRows.add(section(section.numeral(), section.title(), section.lines()));
        }
        if (!comparison.unplanned().isEmpty()) {
            sectionRows.add(section("", UNPLANNED, comparison.unplanned()));
        }
        Row total = out.row();
        int t = total.getRowNum();
        out.merged(total, 0, COL_CONTENT, GRAND_TOTAL, out.styles.totalLabel);
        for (int c : new int[] {COL_ESTIMATED, COL_ACTUAL}) {
            if (sectionRows.isEmpty()) {
                out.number(total, c, 0, out.styles.totalMoney);
            } else {
                out.formula(total, c, "SUM(" + String.join(",", sectionRows.stream().map(r -> SheetFiller.ref(r, c)).toList()) + ")",
                        out.styles.totalMoney);
            }
        }
        differenceAndPercent(total, out.styles.totalMoney, out.styles.totalPercent);
        out.text(total, COL_NOTE, "", out.styles.blank);
        total.setHeightInPoints(SheetFiller.ROW_POINTS + 4);
        out.keep(Math.max(titles.getRowNum() + 1, t - 1), t);
        out.preparePrinting(sheetIndex, titles.getRowNum(), titles.getRowNum());
    }

    /** The bold section row and its lines; returns the section row's index. */
    private int section(String numeral, String title, List<ComparedLine> lines) {
        Row head = out.row();
        int h = head.getRowNum();
        out.text(head, 0, numeral, out.styles.sectionIndex);
        out.text(head, COL_CONTENT, title, out.styles.sectionText);
        int first = out.next();
        int number = 1;
        for (ComparedLine line : lines) {
            line(number++, line);
        }
        int last = out.next() - 1;
        for (int c : new int[] {COL_ESTIMATED, COL_ACTUAL}) {
            if (lines.isEmpty()) {
                out.number(head, c, 0, out.styles.sectionMoney);
            } else {
                out.formula(head, c, "SUM(" + SheetFiller.range(first, last, c) + ")", out.styles.sectionMoney);
            }
        }
        differenceAndPercent(head, out.styles.sectionMoney, out.styles.sectionPercent);
        out.text(head, COL_NOTE, "", out.styles.blank);
        out.keep(h, lines.isEmpty() ? h : h + 1);
        return h;
    }

    private void line(int number, ComparedLine line) {
        Row row = out.row();
        out.number(row, 0, number, out.styles.index);
        out.text(row, COL_CONTENT, line.content(), out.styles.text);
        if (line.estimated() == null) {
            // Blank: the difference counts the estimate as nothing and the percentage stays empty.
            out.text(row, COL_ESTIMATED, "", out.styles.money);
        } else {
            out.number(row, COL_ESTIMATED, line.estimated(), out.styles.money);
        }
        out.number(row, COL_ACTUAL, line.actual(), out.styles.money);
        differenceAndPercent(row, out.styles.money, out.styles.percent);
        out.text(row, COL_NOTE, line.estimated() == null ? NO_PRICE : "", out.styles.text);
    }

    /** Chênh lệch {@code =D−C} and Tỷ lệ {@code =IF(ISNUMBER(C),IF(C=0,"",E/C),"")} of a row. */
    private void differenceAndPercent(Row row, CellStyle money, CellStyle percent) {
        int r = row.getRowNum();
        String estimated = SheetFiller.ref(r, COL_ESTIMATED);
        String difference = SheetFiller.ref(r, COL_DIFFERENCE);
        out.formula(row, COL_DIFFERENCE, SheetFiller.ref(r, COL_ACTUAL) + "-" + estimated, money);
        out.formula(row, COL_PERCENT, "IF(ISNUMBER(" + estimated + "),IF(" + estimated + "=0,\"\","
                + difference + "/" + estimated + "),\"\")", percent);
    }
}
