package vn.delegationdesk.settlement;

import java.time.LocalDate;
import java.util.List;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * The printed words of the Bảng kê thanh toán công tác phí (C17-HD), shared by its PDF ({@code documents.settlement}) and
 * its workbook ({@code settlement.export}), so that both print the same title, the same twelve columns and the same marks.
 */
public final class SettlementSheetTexts {
    public static final String TITLE = "BẢNG KÊ THANH TOÁN CÔNG TÁC PHÍ";
    public static final List<String> COLUMN_TITLES = List.of("STT", "Họ và tên", "Đơn vị", "Tiền vé (tàu, xe, …)",
            "Tiền thuê phương tiện đi lại", "Tiền phụ cấp lưu trú", "Tiền phòng nghỉ", "Cộng", "Số tiền đã tạm ứng",
            "Số nộp trả lại", "Số tiền còn được nhận", "Ký nhận");
    public static final List<String> COLUMN_LETTERS = List.of("A", "B", "C", "1", "2", "3", "4", "5", "6", "7", "8", "D");
    public static final String TOTAL_LABEL = "Cộng";
    public static final String WORDS_PREFIX = "Tổng số tiền (Viết bằng chữ): ";
    public static final String ATTACHED = "(Kèm theo ………… chứng từ gốc: Vé, Giấy đi đường, Hóa đơn, …)";
    public static final String UNIT_NOTE = "Đơn vị tính: đồng";
    public static final String WITHDREW = "(không đi công tác)";
    public static final String REPLACED = "(đã có người đi thay)";
    public static final String NOT_IN_DELEGATION = "(không còn trong danh sách đoàn)";
    public static final String ACCOUNTANT = "KẾ TOÁN TRƯỞNG";
    public static final String DOTS = "…………………";

    private SettlementSheetTexts() {
    }

    /** "Tháng 10 năm 2025", the month of the settlement. */
    public static String month(LocalDate settledOn) {
        int month = settledOn.getMonthValue();
        return "Tháng " + (month <= 2 ? "0" + month : Integer.toString(month)) + " năm " + settledOn.getYear();
    }

    /** "Thời gian công tác: từ ngày 14/10/2025 đến ngày 19/10/2025", or one day, or nothing while the trip has no dates. */
    public static String tripDates(Delegation delegation) {
        LocalDate first = delegation.firstDate().orElse(null);
        LocalDate last = delegation.lastDate().orElse(null);
        if (first == null && last == null) {
            return "";
        }
        if (first == null || last == null || first.equals(last)) {
            return "Thời gian công tác: ngày " + VietnameseDates.format(first == null ? last : first);
        }
        return "Thời gian công tác: từ ngày " + VietnameseDates.format(first) + " đến ngày " + VietnameseDates.format(last);
    }

    /** The member's name; one deleted from the plan is known only by the id the advance or the voucher named. */
    public static String name(MemberSettlement member) {
        return member.fullName().isEmpty() ? "Thành viên mã «" + member.memberId() + "»" : member.fullName();
    }

    /** Why a member was not paid as one who went, printed under the name; empty for one who went. */
    public static String mark(MemberSettlement member) {
        if (!member.inDelegation()) {
            return NOT_IN_DELEGATION;
        }
        if (member.attendance() == Attendance.WITHDREW) {
            return WITHDREW;
        }
        return member.attendance() == Attendance.REPLACED ? REPLACED : "";
    }

    /** "Đơn vị: …", dots while the body has no name. */
    public static String orDots(String text) {
        return text == null || text.isBlank() ? DOTS : text;
    }
}
