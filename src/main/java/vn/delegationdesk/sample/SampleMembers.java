package vn.delegationdesk.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.group.Quota;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;

/**
 * The composition of seed 000 and 37 invented people to fill it. The plan gives the eight offices
 * with their counts but names neither the 14 public service units nor the 10 wards and communes,
 * nor any person: those names are sample data, marked as such.
 */
final class SampleMembers {
    static final String LEADERSHIP = "lanh-dao";
    static final String OFFICES = "phong-quan-ly";
    static final String SERVICE_UNITS = "don-vi-su-nghiep";
    static final String WARDS = "phuong-xa";

    private static final String SAMPLE_NOTE = "Dữ liệu mẫu";
    private static final String LEADER_UNIT = "Lãnh đạo Sở Văn hóa và Thể thao Hà Nội";

    /** Offices named by the plan, with the seats it gives each. */
    private static final List<Quota> OFFICE_QUOTAS = List.of(
            new Quota("Phòng Tổ chức - Pháp chế", 3),
            new Quota("Văn phòng Sở", 2),
            new Quota("Phòng Quản lý Di sản văn hóa", 2),
            new Quota("Phòng Quản lý Nghệ thuật", 1),
            new Quota("Phòng Quản lý Văn hóa", 1),
            new Quota("Phòng Quản lý Thể dục thể thao", 1),
            new Quota("Thông tin - Báo chí - Xuất bản", 1),
            new Quota("Phòng Truyền thông số", 1));

    private static final List<String> SERVICE_UNIT_NAMES = List.of(
            "Nhà hát Chèo Hà Nội", "Nhà hát Kịch Hà Nội", "Nhà hát Cải lương Hà Nội", "Nhà hát Múa rối Thăng Long",
            "Nhà hát Ca múa nhạc Thăng Long", "Bảo tàng Hà Nội", "Thư viện Hà Nội",
            "Ban Quản lý Di tích và Danh thắng Hà Nội", "Trung tâm Văn hóa Nghệ thuật Hà Nội",
            "Trung tâm Huấn luyện và Thi đấu thể dục thể thao Hà Nội", "Trường Trung cấp Nghệ thuật Hà Nội",
            "Trung tâm Bảo tồn Di sản Thăng Long - Hà Nội", "Trung tâm Thể dục thể thao Quần Ngựa",
            "Trung tâm Văn hóa Thông tin và Điện ảnh Hà Nội");

    private static final List<String> WARD_NAMES = List.of(
            "UBND phường Hoàn Kiếm", "UBND phường Ba Đình", "UBND phường Văn Miếu - Quốc Tử Giám", "UBND phường Tây Hồ",
            "UBND phường Cửa Nam", "UBND phường Hồng Hà", "UBND xã Bát Tràng", "UBND phường Hà Đông",
            "UBND phường Sơn Tây", "UBND xã Sóc Sơn");

    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô",
        "Dương", "Lý"};
    private static final String[] MALE_NAMES = {"Văn Hùng", "Đức Anh", "Quang Minh", "Tuấn Kiệt", "Mạnh Cường",
        "Xuân Trường", "Hữu Nghĩa", "Thành Long", "Việt Dũng", "Công Thắng", "Đình Phúc", "Quốc Bảo", "Trọng Hiếu",
        "Ngọc Sơn", "Minh Khôi", "Hải Đăng", "Thế Vinh", "Bá Tùng"};
    private static final String[] FEMALE_NAMES = {"Thị Hương", "Thu Trang", "Ngọc Lan", "Thanh Hà", "Minh Thư",
        "Phương Thảo", "Thị Hằng", "Bích Ngọc", "Hồng Nhung", "Lan Anh", "Thùy Linh", "Mai Phương", "Kim Oanh",
        "Diệu Linh", "Thị Yến", "Khánh Vân", "Hải Yến", "Quỳnh Chi", "Thu Hiền"};

    private SampleMembers() {
    }

    static List<MemberGroup> groups() {
        return List.of(
                new MemberGroup(LEADERSHIP, "Lãnh đạo đoàn", "01 đồng chí Lãnh đạo Sở Văn hóa và Thể thao Hà Nội.",
                        List.of(new Quota(LEADER_UNIT, 1))),
                new MemberGroup(OFFICES, "Đại diện các phòng khối quản lý nhà nước thuộc Sở", "12 người.", OFFICE_QUOTAS),
                new MemberGroup(SERVICE_UNITS, "Đại diện 14 đơn vị sự nghiệp thuộc Sở", "14 người (mỗi đơn vị 01 người Lãnh "
                        + "đạo đơn vị hoặc lãnh đạo phòng/đoàn hoặc cán bộ được giao nhiệm vụ công tác chuyên môn về phát "
                        + "triển công nghiệp văn hóa). Tên đơn vị là dữ liệu mẫu.", oneSeatEach(SERVICE_UNIT_NAMES)),
                new MemberGroup(WARDS, "Đại diện 10 phường, xã có mô hình hoạt động công nghiệp văn hóa phát triển",
                        "10 người (mỗi đơn vị 01 người). Tên phường, xã là dữ liệu mẫu.", oneSeatEach(WARD_NAMES)));
    }

    static List<Member> members() {
        List<Member> members = new ArrayList<>();
        members.add(person(0, Gender.FEMALE, "Phó Giám đốc Sở", LEADER_UNIT, LEADERSHIP, "0.80", DelegationRole.HEAD));
        for (Quota quota : OFFICE_QUOTAS) {
            for (int seat = 0; seat < quota.seats(); seat++) {
                boolean firstOfOffice = seat == 0;
                boolean secretary = members.size() == 2;
                members.add(person(members.size(), null, firstOfOffice ? "Phó Trưởng phòng" : "Chuyên viên",
                        quota.sendingUnit(), OFFICES, firstOfOffice ? "0.40" : null,
                        secretary ? DelegationRole.SECRETARY : DelegationRole.MEMBER));
            }
        }
        for (String unit : SERVICE_UNIT_NAMES) {
            members.add(person(members.size(), null, "Phó Giám đốc", unit, SERVICE_UNITS, "0.30", DelegationRole.MEMBER));
        }
        for (String ward : WARD_NAMES) {
            members.add(person(members.size(), null, "Công chức Văn hóa - Xã hội", ward, WARDS, null, DelegationRole.MEMBER));
        }
        return members;
    }

    private static List<Quota> oneSeatEach(List<String> units) {
        return units.stream().map(unit -> new Quota(unit, 1)).toList();
    }

    /** A deterministic invented person: same index, same person, so tests and documents are stable. */
    private static Member person(int index, Gender fixedGender, String position, String unit, String groupId,
            String coefficient, DelegationRole role) {
        Gender gender = fixedGender != null ? fixedGender : (index % 5 == 1 || index % 5 == 3 ? Gender.FEMALE : Gender.MALE);
        String surname = SURNAMES[(index * 7) % SURNAMES.length];
        String given = gender == Gender.FEMALE ? FEMALE_NAMES[index % FEMALE_NAMES.length]
                : MALE_NAMES[index % MALE_NAMES.length];
        LocalDate birth = LocalDate.of(1968 + (index * 3) % 30, 1 + index % 12, 1 + (index * 5) % 28);
        int centuryDigit = (gender == Gender.FEMALE ? 1 : 0) + (birth.getYear() >= 2000 ? 2 : 0);
        String idNumber = String.format("001%d%02d%06d", centuryDigit, birth.getYear() % 100, 100_000 + index * 7_919);
        String phone = String.format("09%02d %03d %03d", 12 + index, (index * 37) % 1000, (index * 53 + 101) % 1000);
        return new Member(String.format("tv-%02d", index + 1), surname + " " + given, gender, birth, position, unit, groupId,
                coefficient == null ? null : new BigDecimal(coefficient), true, phone, idNumber, role, SAMPLE_NOTE, true);
    }
}
