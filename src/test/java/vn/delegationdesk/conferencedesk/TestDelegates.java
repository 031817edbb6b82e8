package vn.delegationdesk.conferencedesk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Delegates of a conference as seed 000's Đắk Lắk conference would have them, generated from a fixed seed: Vietnamese
 * names with their marks (each full name unique), titles and bodies of the host province's bodies, businesses, the Hà Nội
 * delegation and the press. Of {@value #COUNT}: {@value #HEAD_TABLE} leaders ranked 1 to {@value #HEAD_TABLE} (the head
 * table and speakers), every 30th of the others declined, everyone else invited or confirmed.
 */
public final class TestDelegates {
    public static final int COUNT = 180;
    public static final int HEAD_TABLE = 12;

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Thanh", "Quốc", "Hữu", "Ngọc", "Thu", "Xuân",
        "Công", "Kim", "Thành", "Hồng", "Bảo"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hà", "Hải", "Hạnh", "Hiếu",
        "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Nhung", "Phong", "Phương", "Quân",
        "Quyên", "Sơn", "Tâm", "Thắng", "Thảo", "Thủy", "Tiến", "Trang", "Trung", "Tuấn", "Uyên", "Vân", "Việt", "Yến"};
    /** Ê Đê names: "Y" before a man's given name, "H'" before a woman's, the family name last ("Y Khuê Niê"). */
    private static final String[] ETHNIC_GIVEN = {"Khuê", "Moan", "Blim", "Jôn", "Thông", "Bhiông", "Wơn", "Nhi", "Hen",
        "Zơn"};
    private static final String[] ETHNIC_FAMILY = {"Niê", "Êban", "Ênuôl", "Mlô", "Ayun", "Byă", "Kbuôr"};

    private static final String[][] LEADERS = {
        {"Phó Chủ tịch", "UBND tỉnh Đắk Lắk"},
        {"Giám đốc", "Sở Văn hóa và Thể thao thành phố Hà Nội"},
        {"Giám đốc", "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk"},
        {"Phó Giám đốc", "Sở Văn hóa và Thể thao thành phố Hà Nội"},
        {"Phó Giám đốc", "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk"},
        {"Phó Giám đốc", "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk"},
        {"Phó Chánh Văn phòng", "UBND tỉnh Đắk Lắk"},
        {"Trưởng phòng Quản lý Văn hóa", "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk"},
        {"Trưởng phòng Tổ chức - Pháp chế", "Sở Văn hóa và Thể thao thành phố Hà Nội"},
        {"Giám đốc", "Bảo tàng tỉnh Đắk Lắk"},
        {"Giám đốc", "Công ty Cổ phần Du lịch Đắk Lắk"},
        {"Hiệu trưởng", "Trường Đại học Tây Nguyên"},
    };
    private static final String[] HOST_BODIES = {"Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk", "Bảo tàng tỉnh Đắk Lắk",
        "Trung tâm Văn hóa - Điện ảnh tỉnh Đắk Lắk", "Nhà hát Ca múa nhạc dân tộc Đắk Lắk", "Thư viện tỉnh Đắk Lắk",
        "Trung tâm Huấn luyện và Thi đấu thể thao tỉnh Đắk Lắk", "UBND thành phố Buôn Ma Thuột",
        "Phòng Văn hóa - Thông tin thành phố Buôn Ma Thuột", "Ban Quản lý Di tích tỉnh Đắk Lắk"};
    private static final String[] HOST_TITLES = {"Giám đốc", "Phó Giám đốc", "Trưởng phòng", "Phó Trưởng phòng",
        "Chuyên viên", "Viên chức", "Nghệ sĩ"};
    private static final String[] BUSINESSES = {"Công ty TNHH Cà phê Buôn Ma Thuột", "Công ty Cổ phần Du lịch Đắk Lắk",
        "Công ty TNHH Thổ cẩm Ê Đê", "Hợp tác xã Dệt thổ cẩm Buôn Kô Sia", "Công ty Cổ phần Lữ hành Tây Nguyên Xanh",
        "Công ty TNHH Truyền thông Sáng tạo Ban Mê"};
    private static final String[] BUSINESS_TITLES = {"Giám đốc", "Phó Giám đốc", "Chủ tịch Hội đồng quản trị",
        "Trưởng phòng Kinh doanh", "Chủ nhiệm"};
    private static final String[] DELEGATION_TITLES = {"Phó Trưởng phòng Quản lý Văn hóa", "Chuyên viên Văn phòng Sở",
        "Phó Giám đốc Nhà hát Chèo Hà Nội", "Kế toán Văn phòng Sở", "Chuyên viên phòng Quản lý Di sản"};
    private static final String[] PRESS = {"Báo Đắk Lắk", "Đài Phát thanh và Truyền hình Đắk Lắk", "Báo Văn hóa",
        "Báo Hà Nội mới", "Thông tấn xã Việt Nam tại Đắk Lắk"};
    private static final String[] PRESS_TITLES = {"Phóng viên", "Biên tập viên", "Quay phim"};

    private TestDelegates() {
    }

    /** {@value #COUNT} delegates of {@code conferenceId}, the same on every call. */
    public static List<Delegate> of(String conferenceId) {
        return of(conferenceId, COUNT);
    }

    /** {@code count} delegates ({@value #HEAD_TABLE} of them ranked leaders when there are as many), from seed 18. */
    public static List<Delegate> of(String conferenceId, int count) {
        Random random = new Random(18);
        Set<String> names = new LinkedHashSet<>();
        List<Delegate> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = uniqueName(random, names, i);
            DelegateGroup group;
            String title;
            String body;
            int precedence = 0;
            if (i < HEAD_TABLE) {
                group = DelegateGroup.LEADERS;
                title = LEADERS[i][0];
                body = LEADERS[i][1];
                precedence = i + 1;
            } else if (i < 100) {
                group = DelegateGroup.HOSTS;
                title = pick(random, HOST_TITLES);
                body = pick(random, HOST_BODIES);
            } else if (i < 135) {
                group = DelegateGroup.BUSINESSES;
                title = pick(random, BUSINESS_TITLES);
                body = pick(random, BUSINESSES);
            } else if (i < 155) {
                group = DelegateGroup.DELEGATION;
                title = pick(random, DELEGATION_TITLES);
                body = "Sở Văn hóa và Thể thao thành phố Hà Nội";
            } else if (i < 170) {
                group = DelegateGroup.PRESS;
                title = pick(random, PRESS_TITLES);
                body = pick(random, PRESS);
            } else {
                group = DelegateGroup.OTHER;
                title = "Nghệ nhân";
                body = "Buôn Ako Dhông, thành phố Buôn Ma Thuột";
            }
            DelegateStatus status = i >= HEAD_TABLE && i % 30 == 29 ? DelegateStatus.DECLINED
                    : i % 3 == 0 ? DelegateStatus.CONFIRMED : DelegateStatus.INVITED;
            boolean onPayroll = group != DelegateGroup.BUSINESSES && group != DelegateGroup.OTHER;
            out.add(new Delegate(String.format("%s-%03d", conferenceId, i + 1), conferenceId, name, title, body, group, precedence,
                    "09" + (10_000_000 + random.nextInt(89_999_999)), onPayroll, status, null, "", false));
        }
        return out;
    }

    private static String uniqueName(Random random, Set<String> taken, int index) {
        while (true) {
            String name;
            if (index % 23 == 7) {
                name = (random.nextBoolean() ? "Y " : "H'") + pick(random, ETHNIC_GIVEN) + " " + pick(random, ETHNIC_FAMILY);
            } else {
                name = pick(random, FAMILY) + " " + pick(random, MIDDLE) + " " + pick(random, GIVEN);
            }
            if (taken.add(name)) {
                return name;
            }
        }
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
