package vn.delegationdesk.conferencedesk.importing;

import vn.delegationdesk.delegation.member.roster.Workbooks;

/** Delegate lists made in code for the import's tests and benchmark. */
public final class DelegateWorkbooks {
    private DelegateWorkbooks() {
    }

    /** {@code count} valid delegates with Vietnamese titles, the header in row 1. */
    public static Workbooks delegates(int count) {
        Workbooks book = Workbooks.sheet("Đại biểu").row("STT", "Họ và tên", "Chức vụ", "Cơ quan/đơn vị", "Nhóm", "Thứ tự ưu tiên",
                "Điện thoại", "Hưởng lương NSNN", "Trạng thái");
        String[] groups = {"Lãnh đạo", "Đơn vị nơi đến", "Doanh nghiệp", "Báo chí", "Khách mời khác"};
        for (int i = 1; i <= count; i++) {
            book.row(i, "Đại biểu số " + i, "Chuyên viên", "Sở Văn hóa, Thể thao và Du lịch số " + i, groups[i % groups.length],
                    i <= 20 ? i : null, "09" + String.format("%08d", i), i % 3 == 0 ? "Không" : "x", "Xác nhận dự");
        }
        return book;
    }
}
