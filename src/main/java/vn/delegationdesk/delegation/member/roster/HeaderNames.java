package vn.delegationdesk.delegation.member.roster;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The column titles units write in their member lists, by field. These are part of the workbook format (like
 * the field names of the JSON package), not user-interface text: the exporter writes the first title of each
 * field, so whatever it writes the importer recognises. Matched by a {@link TitleMatcher} (accents, case and
 * punctuation aside).
 */
public final class HeaderNames {
    /** The title of the running-number column; recognised and never imported. */
    public static final String INDEX_TITLE = "STT";

    private static final Map<MemberField, List<String>> TITLES = new EnumMap<>(MemberField.class);
    private static final TitleMatcher<MemberField> MATCHER;

    static {
        TITLES.put(MemberField.FULL_NAME, List.of("Họ và tên", "Họ tên", "Họ và tên thành viên", "Tên thành viên",
                "Họ và tên cán bộ"));
        TITLES.put(MemberField.GENDER, List.of("Giới tính", "Nam/Nữ", "Phái"));
        TITLES.put(MemberField.DATE_OF_BIRTH, List.of("Ngày sinh", "Ngày tháng năm sinh", "Ngày, tháng, năm sinh",
                "Sinh ngày", "Ngày/tháng/năm sinh"));
        TITLES.put(MemberField.POSITION, List.of("Chức vụ", "Chức danh", "Chức vụ, chức danh", "Chức vụ/chức danh"));
        TITLES.put(MemberField.SENDING_UNIT, List.of("Đơn vị cử", "Đơn vị", "Đơn vị công tác", "Cơ quan", "Cơ quan, đơn vị",
                "Cơ quan công tác", "Đơn vị cử đi"));
        TITLES.put(MemberField.GROUP, List.of("Nhóm thành phần", "Nhóm", "Thành phần"));
        TITLES.put(MemberField.ALLOWANCE_COEFFICIENT, List.of("Hệ số phụ cấp chức vụ", "Hệ số PCCV", "Hệ số phụ cấp",
                "PCCV", "HS PCCV"));
        TITLES.put(MemberField.ON_STATE_PAYROLL, List.of("Trong biên chế", "Biên chế"));
        TITLES.put(MemberField.PHONE, List.of("Số điện thoại", "Điện thoại", "SĐT", "ĐT", "Điện thoại di động",
                "Số điện thoại di động"));
        TITLES.put(MemberField.ID_NUMBER, List.of("Số CCCD/CMND", "Số CCCD", "CCCD/CMND", "CMND/CCCD", "Số định danh",
                "Số định danh cá nhân", "CCCD", "CMND", "Số CMND", "Số CMND/CCCD"));
        TITLES.put(MemberField.ROLE, List.of("Vai trò", "Vai trò trong đoàn", "Nhiệm vụ trong đoàn"));
        TITLES.put(MemberField.NOTES, List.of("Ghi chú"));
        MATCHER = new TitleMatcher<>(MemberField.class, TITLES);
    }

    private HeaderNames() {
    }

    /** The comparison key of a header text: its folded words joined by one space ({@link TitleMatcher#key}). */
    public static String key(String header) {
        return TitleMatcher.key(header);
    }

    /** The title the exporter writes for {@code field}. */
    public static String title(MemberField field) {
        return MATCHER.title(field);
    }

    /** The field a header names ({@link TitleMatcher#field}); empty for anything else, STT included. */
    public static Optional<MemberField> field(String header) {
        return MATCHER.field(header);
    }

    /** True for a title of a member list (STT included): used to find the header row. */
    public static boolean isKnown(String header) {
        return MATCHER.isKnown(header);
    }
}
