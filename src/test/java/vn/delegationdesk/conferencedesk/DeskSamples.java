package vn.delegationdesk.conferencedesk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Delegates for the conference desk's tests: a few named ones, and many generated with Vietnamese names. */
public final class DeskSamples {
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Thu", "Xuân"};
    private static final String[] GIVEN = {"An", "Bình", "Cúc", "Dũng", "Đào", "Giang", "Hà", "Hải", "Hùng", "Hương", "Khánh",
        "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vân", "Yến"};
    private static final String[] BODIES = {"Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk", "UBND tỉnh Lâm Đồng",
        "Công ty Cổ phần Du lịch Tây Nguyên", "Báo Nhân Dân", "Sở Kế hoạch và Đầu tư tỉnh Đắk Lắk", "Bảo tàng tỉnh Lâm Đồng",
        "Trường Đại học Tây Nguyên", "Hội Doanh nhân trẻ tỉnh Đắk Lắk"};

    private DeskSamples() {
    }

    public static Delegate delegate(String id, String conference, String name, String body, DelegateGroup group, int precedence) {
        return new Delegate(id, conference, name, "Phó Giám đốc", body, group, precedence, "0905 123 456", true,
                DelegateStatus.INVITED, null, "", false);
    }

    /** Four delegates of {@code conference}: a leader checked in (micro-second time), a host, a business, the press. */
    public static List<Delegate> four(String conference, String prefix) {
        return List.of(
                new Delegate(prefix + "1", conference, "Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh", "UBND tỉnh Đắk Lắk",
                        DelegateGroup.LEADERS, 1, "0262 385 0001", true, DelegateStatus.ATTENDED,
                        Instant.parse("2025-10-15T01:30:15.123456Z"), "", false),
                new Delegate(prefix + "2", conference, "Trần Thị Bình", "Giám đốc Sở", "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk",
                        DelegateGroup.HOSTS, 2, "binh@daklak.gov.vn", true, DelegateStatus.CONFIRMED, null, "", false),
                new Delegate(prefix + "3", conference, "Lê Hoàng Cường", "Tổng Giám đốc", "Công ty Cổ phần Du lịch Tây Nguyên",
                        DelegateGroup.BUSINESSES, 0, "", false, DelegateStatus.DECLINED, null, "", false),
                new Delegate(prefix + "4", conference, "Phạm Thu Dung", "Phóng viên", "Báo Nhân Dân", DelegateGroup.PRESS, 0, "",
                        false, DelegateStatus.INVITED, null, "", false));
    }

    /** {@code count} delegates of {@code conference} with Vietnamese names made from a seed, ids d0, d1 … */
    public static List<Delegate> generated(String conference, int count) {
        List<Delegate> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / 3) % MIDDLE.length] + " " + GIVEN[(i * 7) % GIVEN.length];
            DelegateGroup group = DelegateGroup.values()[i % DelegateGroup.values().length];
            all.add(new Delegate("d" + i, conference, name, "Chuyên viên", BODIES[(i / 5) % BODIES.length], group, 0, "", i % 4 == 0,
                    DelegateStatus.CONFIRMED, null, "", false));
        }
        return all;
    }
}
