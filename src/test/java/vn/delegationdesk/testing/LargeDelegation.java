package vn.delegationdesk.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.group.Quota;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * The sample delegation grown to {@code size} members spread over 40 units in two groups, each with a unique
 * 12-digit ID number and a plausible Vietnamese name: for benchmarks and tests of large lists.
 */
public final class LargeDelegation {
    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Minh", "Thu", "Quang", "Ngọc", "Đức", "Thanh", "Xuân"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hằng", "Hiền", "Hoa", "Hùng",
        "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Ngọc", "Phong", "Quân", "Quỳnh", "Sơn", "Thảo", "Trang",
        "Tuấn", "Vân", "Việt", "Yến", "Đạt", "Ánh"};

    private LargeDelegation() {
    }

    public static Delegation of(int size) {
        List<String> units = new ArrayList<>();
        for (int u = 1; u <= 40; u++) {
            units.add(u <= 20 ? "Phòng Văn hóa - Thông tin quận " + u : "Trung tâm Văn hóa - Thể thao phường " + (u - 20));
        }
        int perUnit = size / units.size();
        List<Quota> first = new ArrayList<>();
        List<Quota> second = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            int seats = perUnit + (u < size % units.size() ? 1 : 0);
            (u < 20 ? first : second).add(new Quota(units.get(u), seats));
        }
        List<MemberGroup> groups = List.of(new MemberGroup("quan", "Đại diện phòng văn hóa các quận", "", first),
                new MemberGroup("phuong", "Đại diện trung tâm văn hóa các phường", "", second));
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int u = i % units.size();
            String name = SURNAMES[i % SURNAMES.length] + " " + MIDDLE[(i / 3) % MIDDLE.length] + " "
                    + GIVEN[(i * 7) % GIVEN.length];
            members.add(new Member(String.format("tv-%04d", i + 1), name, i % 2 == 0 ? Gender.MALE : Gender.FEMALE,
                    LocalDate.of(1965 + i % 35, 1 + i % 12, 1 + i % 28), i % 5 == 0 ? "Trưởng phòng" : "Chuyên viên",
                    units.get(u), u < 20 ? "quan" : "phuong", i % 5 == 0 ? new BigDecimal("0.4") : null, true,
                    String.format("09%08d", i), String.format("0010%08d", i), i == 0 ? DelegationRole.HEAD : DelegationRole.MEMBER,
                    "", true));
        }
        return SampleDelegation.create().toBuilder().groups(groups).members(members).plannedSize(size).build();
    }
}
