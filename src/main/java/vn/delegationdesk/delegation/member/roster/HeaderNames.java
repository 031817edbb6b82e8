package vn.delegationdesk.delegation.member.roster;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.delegationdesk.platform.i18n.TextFolding;

/**
 * The column titles units write in their member lists, by field. These are part of the workbook format (like
 * the field names of the JSON package), not user-interface text: the exporter writes the first title of each
 * field, so whatever it writes the importer recognises. Titles are compared by {@link #key}: folded (no
 * accents, lower case) words without punctuation, so "Số CCCD/CMND", "so cccd cmnd" and "SỐ CCCD - CMND" match.
 */
public final class HeaderNames {
    /** The title of the running-number column; recognised and never imported. */
    public static final String INDEX_TITLE = "STT";

    private static final Map<MemberField, List<String>> TITLES = new EnumMap<>(MemberField.class);
    private static final Set<String> IGNORED = Set.of("stt", "tt", "so tt", "so thu tu");
    private static final Map<String, MemberField> BY_KEY = new LinkedHashMap<>();

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
        TITLES.forEach((field, titles) -> titles.forEach(title -> BY_KEY.putIfAbsent(key(title), field)));
    }

    private HeaderNames() {
    }

    /** The comparison key of a header text: its folded words joined by one space. */
    public static String key(String header) {
        return String.join(" ", TextFolding.tokens(header));
    }

    /** The title the exporter writes for {@code field}. */
    public static String title(MemberField field) {
        return TITLES.get(field).get(0);
    }

    /**
     * The field a header names: an exact title first, else the longest title of several words the header
     * begins with ("Số điện thoại di động cá nhân" is a phone column, "Nhóm máu" is no group); empty for anything
     * else, STT included.
     */
    public static Optional<MemberField> field(String header) {
        String key = key(header);
        if (key.isEmpty() || isIndex(key)) {
            return Optional.empty();
        }
        MemberField exact = BY_KEY.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        String best = null;
        for (String title : BY_KEY.keySet()) {
            boolean severalWords = title.indexOf(' ') > 0;
            if (severalWords && key.startsWith(title + " ") && (best == null || title.length() > best.length())) {
                best = title;
            }
        }
        return best == null ? Optional.empty() : Optional.of(BY_KEY.get(best));
    }

    /** True for a title of a member list (STT included): used to find the header row. */
    public static boolean isKnown(String header) {
        String key = key(header);
        return !key.isEmpty() && (isIndex(key) || BY_KEY.containsKey(key));
    }

    private static boolean isIndex(String key) {
        return IGNORED.contains(key);
    }
}
