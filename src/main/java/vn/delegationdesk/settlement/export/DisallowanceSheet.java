package vn.delegationdesk.settlement.export;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.settlement.Disallowance;
import vn.delegationdesk.settlement.SettlementSheet;
import vn.delegationdesk.settlement.SettlementSheetTexts;

/**
 * Sheet 2, "Không được thanh toán": each part of an actual cost that is not reimbursed, with the content, whom it
 * concerns, the amount claimed, the amount allowed, the amount not reimbursed as {@code =claimed − allowed}, and the rule
 * in Vietnamese; the "Cộng" row as SUMs.
 */
final class DisallowanceSheet {
    static final String NAME = "Không được thanh toán";
    static final String TITLE = "CÁC KHOẢN KHÔNG ĐƯỢC THANH TOÁN";
    static final String NONE = "Không có khoản chi nào bị loại khỏi thanh toán.";
    static final List<String> COLUMN_TITLES = List.of("STT", "Nội dung chi", "Người hưởng", "Số tiền đề nghị thanh toán",
            "Số tiền được thanh toán", "Số tiền không được thanh toán", "Lý do, căn cứ");
    static final int COL_CONTENT = 1;
    static final int COL_MEMBERS = 2;
    static final int COL_CLAIMED = 3;
    static final int COL_ALLOWED = 4;
    static final int COL_DISALLOWED = 5;
    static final int COL_RULE = 6;
    static final int[] WIDTHS = {5, 34, 26, 15, 15, 15, 66};

    private final SheetFiller out;
    private final Delegation delegation;
    private final SettlementSheet sheet;
    private final Messages messages;

    DisallowanceSheet(SheetFiller out, Delegation delegation, SettlementSheet sheet, Messages messages) {
        this.out = out;
        this.delegation = delegation;
        this.sheet = sheet;
        this.messages = messages;
    }

    void fill(int sheetIndex) {
        out.merged(out.row(), 0, out.lastColumn(), TITLE, out.styles.title).getRow().setHeightInPoints(22f);
        out.merged(out.row(), 0, out.lastColumn(), "Đoàn công tác: " + delegation.title(), out.styles.subtitle);
        out.merged(out.row(), COL_DISALLOWED, out.lastColumn(), SettlementSheetTexts.UNIT_NOTE, out.styles.unitNote);
        Row titles = out.row();
        for (int c = 0; c < COLUMN_TITLES.size(); c++) {
            out.text(titles, c, COLUMN_TITLES.get(c), out.styles.columnTitle);
        }
        int first = out.next();
        int number = 1;
        for (Disallowance disallowance : sheet.disallowances()) {
            Row row = out.row();
            int r = row.getRowNum();
            out.number(row, 0, number++, out.styles.index);
            out.text(row, COL_CONTENT, disallowance.content(), out.styles.text);
            out.text(row, COL_MEMBERS, members(disallowance), out.styles.text);
            out.number(row, COL_CLAIMED, disallowance.claimed(), out.styles.money);
            out.number(row, COL_ALLOWED, disallowance.allowed(), out.styles.money);
            out.formula(row, COL_DISALLOWED, SheetFiller.ref(r, COL_CLAIMED) + "-" + SheetFiller.ref(r, COL_ALLOWED),
                    out.styles.money);
            out.text(row, COL_RULE, messages.get(disallowance.ruleKey(), disallowance.args().toArray()), out.styles.text);
        }
        int last = out.next() - 1;
        if (last < first) {
            out.merged(out.row(), 0, out.lastColumn(), NONE, out.styles.text);
        }
        Row total = out.row();
        out.merged(total, 0, COL_MEMBERS, SettlementSheetTexts.TOTAL_LABEL, out.styles.totalLabel);
        for (int c = COL_CLAIMED; c <= COL_DISALLOWED; c++) {
            if (last < first) {
                out.number(total, c, 0, out.styles.totalMoney);
            } else {
                out.formula(total, c, "SUM(" + SheetFiller.range(first, last, c) + ")", out.styles.totalMoney);
            }
        }
        out.text(total, COL_RULE, "", out.styles.blank);
        out.keep(Math.max(first, total.getRowNum() - 1), total.getRowNum());
        out.preparePrinting(sheetIndex, titles.getRowNum(), titles.getRowNum());
    }

    /** The names of the members a disallowance concerns; the delegation as a whole when it names none. */
    private String members(Disallowance disallowance) {
        if (disallowance.memberIds().isEmpty()) {
            return "";
        }
        return disallowance.memberIds().stream()
                .map(id -> sheet.member(id).map(SettlementSheetTexts::name).orElse("Thành viên mã «" + id + "»"))
                .collect(Collectors.joining(", "));
    }
}
