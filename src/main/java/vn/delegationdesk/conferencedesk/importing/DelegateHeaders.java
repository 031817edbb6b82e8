package vn.delegationdesk.conferencedesk.importing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.delegationdesk.delegation.member.roster.TitleMatcher;

/**
 * The column titles organising offices write in their delegate lists, by field, with their usual synonyms. Like the
 * member list's titles these are part of the workbook format, not user-interface text; compared with accents, case and
 * punctuation aside ({@link TitleMatcher}), so "CƠ QUAN/ĐƠN VỊ" and "co quan, don vi" are the same column.
 */
public final class DelegateHeaders {
    /** The matcher of every title below. */
    public static final TitleMatcher<DelegateField> TITLES;

    static {
        Map<DelegateField, List<String>> titles = new EnumMap<>(DelegateField.class);
        titles.put(DelegateField.FULL_NAME, List.of("Họ và tên", "Họ tên", "Họ và tên đại biểu", "Tên đại biểu", "Đại biểu",
                "Họ tên đại biểu"));
        titles.put(DelegateField.TITLE, List.of("Chức vụ", "Chức danh", "Chức vụ, chức danh", "Chức vụ/chức danh"));
        titles.put(DelegateField.BODY, List.of("Cơ quan/đơn vị", "Cơ quan", "Đơn vị", "Đơn vị công tác", "Cơ quan công tác",
                "Nơi công tác", "Cơ quan, đơn vị"));
        titles.put(DelegateField.GROUP, List.of("Nhóm", "Nhóm đại biểu", "Thành phần", "Thành phần đại biểu", "Đối tượng",
                "Nhóm thành phần"));
        titles.put(DelegateField.PRECEDENCE, List.of("Thứ tự ưu tiên", "Thứ tự lễ tân", "Ưu tiên", "Thứ tự xếp chỗ",
                "Thứ bậc lễ tân"));
        titles.put(DelegateField.CONTACT, List.of("Điện thoại/Liên hệ", "Điện thoại", "Số điện thoại", "Liên hệ", "SĐT", "ĐT",
                "Thông tin liên hệ", "Điện thoại, email", "Email"));
        titles.put(DelegateField.ON_PAYROLL, List.of("Hưởng lương NSNN", "Hưởng lương ngân sách", "Hưởng lương từ NSNN",
                "Hưởng lương từ ngân sách nhà nước", "Lương NSNN", "Biên chế", "Trong biên chế"));
        titles.put(DelegateField.STATUS, List.of("Trạng thái", "Tình trạng", "Xác nhận", "Xác nhận tham dự"));
        TITLES = new TitleMatcher<>(DelegateField.class, titles);
    }

    private DelegateHeaders() {
    }
}
