package vn.delegationdesk.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.DelegateGroup;
import vn.delegationdesk.conferencedesk.DelegateStatus;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.programme.HalfDay;

/**
 * Generated delegates of a conference for the seating's tests and benchmark: distinct Vietnamese names (12 family names
 * × 5 middle names × 15 given names; a number after the name beyond 900), precedence 1 to {@code count}, the first five
 * leaders of the host province with their titles, the rest its officials.
 */
public final class SeatingDelegates {
    private static final List<String> FAMILIES = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô");
    private static final List<String> MIDDLES = List.of("Văn", "Thị", "Hữu", "Minh", "Thanh");
    private static final List<String> GIVEN = List.of("Phương", "Hùng", "Dũng", "Tuấn", "Hạnh", "Quỳnh", "Thắng", "Khoa",
            "Nghĩa", "Trường", "Đức", "Yến", "Lộc", "Tâm", "Uyên");
    private static final List<String> TITLES = List.of("Phó Chủ tịch UBND tỉnh", "Giám đốc Sở Văn hóa, Thể thao và Du lịch",
            "Phó Giám đốc", "Trưởng phòng", "Chuyên viên");

    private SeatingDelegates() {
    }

    /** The seed's conference at Buôn Ma Thuột, 180 delegates expected. */
    public static Conference conference() {
        return new Conference("c1", "Hội nghị trao đổi kinh nghiệm phát triển công nghiệp văn hóa", LocalDate.of(2025, 10, 14),
                HalfDay.AFTERNOON, "Khách sạn Sài Gòn – Ban Mê, TP. Buôn Ma Thuột", "Khách sạn 3 sao trở lên", 180, "", List.of());
    }

    /** {@code count} confirmed delegates of conference "c1", ids d1.., precedence 1..count. */
    public static List<Delegate> of(int count) {
        List<Delegate> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = FAMILIES.get(i % FAMILIES.size()) + " " + MIDDLES.get(i / FAMILIES.size() % MIDDLES.size()) + " "
                    + GIVEN.get(i / (FAMILIES.size() * MIDDLES.size()) % GIVEN.size()) + (i >= 900 ? " " + i : "");
            list.add(new Delegate("d" + (i + 1), "c1", name, TITLES.get(Math.min(i, TITLES.size() - 1)), "Tỉnh Đắk Lắk",
                    i < 5 ? DelegateGroup.LEADERS : DelegateGroup.HOSTS, i + 1, "", true, DelegateStatus.CONFIRMED, null, "",
                    false));
        }
        return list;
    }
}
