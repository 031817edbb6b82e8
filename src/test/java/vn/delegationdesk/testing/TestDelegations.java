package vn.delegationdesk.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.DocumentInfo;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.delegation.conference.AgendaItem;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.group.Quota;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.TransportMode;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.responsibility.ResponsibilityRole;
import vn.delegationdesk.delegation.responsibility.TaskStatus;

/**
 * Test delegations. {@link #daklakLamDong()} follows the reference plan (seed 000): 37 people to Đắk Lắk
 * (14–16/10/2025) and Lâm Đồng (17–19/10/2025); people's names are invented.
 */
public final class TestDelegations {
    public static final String TITLE = "Tổ chức Đoàn khảo sát trao đổi, học tập kinh nghiệm thực tế về mô hình quản lý, "
            + "hoạt động phát triển công nghiệp văn hóa; việc đầu tư nguồn nhân lực và biện pháp ưu tiên các nguồn lực "
            + "nhằm quản lý, khai thác, sử dụng hiệu quả việc phát triển văn hóa và hội nhập quốc tế trong lĩnh vực "
            + "nghệ thuật biểu diễn, di sản, thể thao thành tích cao tại tỉnh Đắk Lắk và tỉnh Lâm Đồng";
    private static final String CNVH = "phát triển công nghiệp văn hóa trên địa bàn Thủ đô giai đoạn 2021-2025, "
            + "định hướng đến năm 2030, tầm nhìn đến năm 2045";
    private static final String SO = "Sở Văn hóa và Thể thao";

    private static final List<String> OFFICES = List.of("Phòng Tổ chức - Pháp chế", "Văn phòng Sở",
            "Phòng Quản lý Di sản văn hóa", "Phòng Quản lý Nghệ thuật", "Phòng Quản lý Văn hóa",
            "Phòng Quản lý Thể dục thể thao", "Phòng Thông tin - Báo chí - Xuất bản", "Phòng Truyền thông số");
    private static final List<Integer> OFFICE_SEATS = List.of(3, 2, 2, 1, 1, 1, 1, 1);
    private static final List<String> UNITS = List.of("Nhà hát Kịch Hà Nội", "Nhà hát Chèo Hà Nội",
            "Nhà hát Cải lương Hà Nội", "Nhà hát Múa rối Thăng Long", "Nhà hát Ca múa nhạc Thăng Long",
            "Bảo tàng Hà Nội", "Thư viện Hà Nội", "Trung tâm Văn hóa Nghệ thuật Hà Nội",
            "Ban Quản lý Di tích và Danh thắng Hà Nội", "Trung tâm Bảo tồn Di sản Thăng Long - Hà Nội",
            "Trung tâm Huấn luyện và Thi đấu thể dục thể thao Hà Nội", "Trường Cao đẳng Văn hóa Nghệ thuật Hà Nội",
            "Trung tâm Thông tin, Triển lãm và Điện ảnh Hà Nội", "Trung tâm Đào tạo vận động viên Hà Nội");
    private static final List<String> WARDS = List.of("UBND phường Hoàn Kiếm", "UBND phường Ba Đình",
            "UBND phường Văn Miếu - Quốc Tử Giám", "UBND phường Cửa Nam", "UBND phường Hồng Hà", "UBND phường Tây Hồ",
            "UBND phường Hà Đông", "UBND phường Sơn Tây", "UBND xã Bát Tràng", "UBND xã Đường Lâm");

    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương"};
    private static final String[] MIDDLE_MALE = {"Văn", "Đức", "Minh", "Quang", "Hữu", "Thành"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Thu", "Ngọc", "Thanh", "Phương", "Hồng"};
    private static final String[] GIVEN_MALE = {"An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam",
        "Phong", "Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Đạt", "Tùng", "Hiếu"};
    private static final String[] GIVEN_FEMALE = {"Giang", "Hà", "Hằng", "Hiền", "Hoa", "Hương", "Lan", "Linh", "Mai",
        "Nga", "Ngọc", "Quỳnh", "Thảo", "Trang", "Vân", "Yến", "Ánh", "Nhung", "Oanh"};

    private TestDelegations() {
    }

    /** The reference delegation of seed 000, with 37 members filling every quota. */
    public static Delegation daklakLamDong() {
        List<MemberGroup> groups = List.of(
                new MemberGroup("lanh-dao", "Lãnh đạo đoàn", "01 đồng chí Lãnh đạo Sở Văn hóa và Thể thao Hà Nội",
                        List.of(new Quota("Ban Giám đốc Sở", 1))),
                new MemberGroup("phong", "Đại diện các phòng khối quản lý nhà nước thuộc Sở", "", quotas(OFFICES, OFFICE_SEATS)),
                new MemberGroup("don-vi", "Đại diện 14 đơn vị sự nghiệp thuộc Sở",
                        "Mỗi đơn vị 01 người: lãnh đạo đơn vị hoặc lãnh đạo phòng/đoàn hoặc cán bộ được giao nhiệm vụ "
                                + "công tác chuyên môn về phát triển công nghiệp văn hóa",
                        quotas(UNITS, UNITS.stream().map(u -> 1).toList())),
                new MemberGroup("phuong-xa", "Đại diện 10 phường, xã có mô hình hoạt động công nghiệp văn hóa phát triển",
                        "Mỗi đơn vị 01 người", quotas(WARDS, WARDS.stream().map(u -> 1).toList())));

        List<Member> members = new ArrayList<>();
        members.add(member(0, "Ban Giám đốc Sở", "lanh-dao", "Phó Giám đốc Sở", DelegationRole.HEAD));
        for (int o = 0; o < OFFICES.size(); o++) {
            for (int s = 0; s < OFFICE_SEATS.get(o); s++) {
                DelegationRole role = o == 0 && s == 2 ? DelegationRole.SECRETARY : DelegationRole.MEMBER;
                members.add(member(members.size(), OFFICES.get(o), "phong", s == 0 ? "Trưởng phòng" : "Chuyên viên", role));
            }
        }
        for (String unit : UNITS) {
            members.add(member(members.size(), unit, "don-vi", "Phó Giám đốc", DelegationRole.MEMBER));
        }
        for (String ward : WARDS) {
            members.add(member(members.size(), ward, "phuong-xa", "Phó Chủ tịch UBND", DelegationRole.MEMBER));
        }

        return new Delegation(null, TITLE, DelegationStatus.DRAFT,
                new IssuingBody("UBND thành phố Hà Nội", "Sở Văn hóa và Thể thao thành phố Hà Nội", "SVHTT"),
                new DocumentInfo("", "KH-SVHTT", "Hà Nội", null),
                List.of(
                        new LegalBasis("Nghị quyết", "09-NQ/TU", LocalDate.of(2022, 2, 22), "Thành ủy Hà Nội", CNVH),
                        new LegalBasis("Kế hoạch", "217/KH-UBND", LocalDate.of(2022, 8, 12), "UBND Thành phố", "“" + CNVH + "”"),
                        new LegalBasis("Kế hoạch", "129/KH-UBND", LocalDate.of(2024, 4, 25), "UBND Thành phố",
                                "việc thực hiện Nghị quyết số 09-NQ/TU ngày 22/02/2022 của Thành ủy Hà Nội, nhiệm vụ giai đoạn 2023-2025"),
                        new LegalBasis("Kế hoạch", "628/KH-SVHTT", LocalDate.of(2024, 8, 30), SO,
                                "triển khai thi hành Luật Thủ đô")),
                List.of("Thực hiện có hiệu quả Nghị quyết số 09-NQ/TU ngày 22/02/2022 của Thành ủy Hà Nội về " + CNVH + ".",
                        "Tiếp cận, học tập mô hình quản lý, đặc biệt là các mô hình đang phát huy thế mạnh trong xây dựng, "
                                + "phát triển công nghiệp văn hóa về lĩnh vực nghệ thuật biểu diễn, di sản, không gian sáng tạo "
                                + "và du lịch văn hóa tại các địa phương.",
                        "Thông qua việc khảo sát thực tế để xây dựng kế hoạch đào tạo, bồi dưỡng nâng cao nguồn nhân lực.",
                        "Tổ chức các chương trình làm việc cụ thể, khoa học, nội dung thiết thực, có tính ứng dụng, thực tiễn cao."),
                List.of("Khảo sát thực địa, học tập kinh nghiệm trong các mô hình phát triển công nghiệp văn hóa.",
                        "Trao đổi kinh nghiệm quản lý; đào tạo, phát triển nguồn nhân lực bền vững.",
                        "Trao đổi kinh nghiệm huy động các nguồn lực tài chính, nhân lực.",
                        "Trao đổi kinh nghiệm về quảng bá, thông tin truyền thông.",
                        "Kinh nghiệm về liên kết ngành, liên kết vùng, liên kết quốc tế."),
                "Hà Nội",
                LocalDate.of(2025, 10, 14),
                LocalDate.of(2025, 10, 19),
                List.of(new Leg("tỉnh Đắk Lắk", "Buôn Ma Thuột", LocalDate.of(2025, 10, 14), LocalDate.of(2025, 10, 16),
                                "Trao đổi, học tập kinh nghiệm thực tế về mô hình quản lý, tổ chức hoạt động phục vụ phát triển "
                                        + "công nghiệp văn hoá."),
                        new Leg("tỉnh Lâm Đồng", "Bình Thuận", LocalDate.of(2025, 10, 17), LocalDate.of(2025, 10, 19),
                                "Trao đổi, học tập kinh nghiệm thực tế tại tỉnh Lâm Đồng.")),
                37,
                List.of(TransportMode.PLANE, TransportMode.CAR),
                "Nguồn kinh phí chi “Thực hiện các nhiệm vụ của Nghị quyết 09/NQ-TU của Thành ủy về " + CNVH
                        + "” giao Sở Văn hóa và Thể thao năm 2025",
                groups, members, programme(), conferences(), responsibilities(),
                List.of("Ban Giám đốc Sở;", "Chánh VP Sở;", "Các phòng, đơn vị sự nghiệp thuộc Sở;",
                        "UBND các phường, xã (để p/h thực hiện);", "Lưu: VT, TCPC."),
                new Signer("", "", "GIÁM ĐỐC", "Bạch Liên Hương"),
                true);
    }

    /** A small delegation with one leg, for lists and searches. */
    public static Delegation simple(String title, DelegationStatus status, String place, LocalDate start, LocalDate end,
            int plannedSize, int members) {
        List<Member> people = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            people.add(member(i, "Văn phòng Sở", "", "Chuyên viên", i == 0 ? DelegationRole.HEAD : DelegationRole.MEMBER));
        }
        return new Delegation(null, title, status, new IssuingBody("UBND thành phố Hà Nội", SO, "SVHTT"),
                new DocumentInfo("45", "KH-SVHTT", "Hà Nội", LocalDate.of(2025, 2, 5)), List.of(), List.of(), List.of(),
                "Hà Nội", start, end, List.of(new Leg(place, "", start, end, "")), plannedSize, List.of(TransportMode.CAR), "",
                List.of(), people, List.of(), List.of(), List.of(), List.of(),
                new Signer("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Bình"), false);
    }

    private static List<Quota> quotas(List<String> units, List<Integer> seats) {
        List<Quota> quotas = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            quotas.add(new Quota(units.get(i), seats.get(i)));
        }
        return quotas;
    }

    private static Member member(int i, String unit, String group, String position, DelegationRole role) {
        boolean female = i % 3 == 1;
        String surname = SURNAMES[i % SURNAMES.length];
        String middle = female ? MIDDLE_FEMALE[i % MIDDLE_FEMALE.length] : MIDDLE_MALE[i % MIDDLE_MALE.length];
        String given = female ? GIVEN_FEMALE[(i * 7) % GIVEN_FEMALE.length] : GIVEN_MALE[(i * 5) % GIVEN_MALE.length];
        return new Member(String.format("m%02d", i + 1), surname + " " + middle + " " + given,
                female ? Gender.FEMALE : Gender.MALE, LocalDate.of(1968 + (i * 7) % 27, 1 + i % 12, 1 + (i * 3) % 28),
                position, unit, group, role == DelegationRole.HEAD ? new BigDecimal("0.9") : null, true,
                String.format("0912 345 %03d", i + 100), "", role, "", true);
    }

    private static List<ProgrammeDay> programme() {
        return List.of(
                day(14, activity(HalfDay.MORNING, ActivityKind.TRAVEL,
                                "Đoàn xuất phát từ Hà Nội đến thành phố Buôn Ma Thuột, tỉnh Đắk Lắk", TransportMode.PLANE, null),
                        activity(HalfDay.AFTERNOON, ActivityKind.CONFERENCE, "", null, "hn-daklak"),
                        activity(HalfDay.EVENING, ActivityKind.FIELD_VISIT, "Khảo sát thực tế", null, null)),
                day(15, activity(HalfDay.ALL_DAY, ActivityKind.FIELD_VISIT,
                        "Khảo sát thực tế (địa điểm khảo sát do Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk bố trí)", null, null)),
                day(16, activity(HalfDay.MORNING, ActivityKind.FIELD_VISIT, "Khảo sát thực tế", null, null),
                        activity(HalfDay.AFTERNOON, ActivityKind.TRAVEL, "Di chuyển đến Bình Thuận, tỉnh Lâm Đồng, kết thúc "
                                + "chuyến trao đổi, học tập kinh nghiệm thực tế tại tỉnh Đắk Lắk", TransportMode.CAR, null)),
                day(17, activity(HalfDay.MORNING, ActivityKind.CONFERENCE, "", null, "hn-lamdong"),
                        activity(HalfDay.AFTERNOON, ActivityKind.FIELD_VISIT, "Khảo sát thực tế tại các địa điểm do Sở Văn hóa, "
                                + "Thể thao và Du lịch tỉnh Lâm Đồng bố trí", null, null)),
                day(18, activity(HalfDay.ALL_DAY, ActivityKind.FIELD_VISIT, "Khảo sát thực tế tại các địa điểm do Sở Văn hóa, "
                        + "Thể thao và Du lịch tỉnh Lâm Đồng bố trí", null, null)),
                day(19, activity(HalfDay.MORNING, ActivityKind.FIELD_VISIT, "Khảo sát thực tế", null, null),
                        activity(HalfDay.AFTERNOON, ActivityKind.TRAVEL, "Di chuyển về Hà Nội, kết thúc chuyến trao đổi, học tập "
                                + "kinh nghiệm thực tế tại tỉnh Lâm Đồng", TransportMode.PLANE, null)));
    }

    private static ProgrammeDay day(int dayOfMonth, Activity... activities) {
        return new ProgrammeDay(LocalDate.of(2025, 10, dayOfMonth), List.of(activities));
    }

    private static Activity activity(HalfDay halfDay, ActivityKind kind, String text, TransportMode transport, String conference) {
        return new Activity(halfDay, kind, text, "", "", transport, conference, "");
    }

    private static List<Conference> conferences() {
        return List.of(conference("hn-daklak", "tỉnh Đắk Lắk", LocalDate.of(2025, 10, 14), HalfDay.AFTERNOON,
                        "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk"),
                conference("hn-lamdong", "tỉnh Lâm Đồng", LocalDate.of(2025, 10, 17), HalfDay.MORNING,
                        "Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng"));
    }

    private static Conference conference(String id, String province, LocalDate date, HalfDay halfDay, String host) {
        return new Conference(id, "Hội nghị trao đổi, học tập kinh nghiệm thực tế về mô hình quản lý, hoạt động phát triển "
                + "công nghiệp văn hóa tại " + province, date, halfDay, "Khách sạn tại " + province, "Khách sạn 3 sao trở lên",
                180, host, List.of(
                        new AgendaItem("Chia sẻ kinh nghiệm về mô hình quản lý, tổ chức hoạt động ngành công nghiệp văn hóa", host, 40),
                        new AgendaItem("Trao đổi của các doanh nghiệp; đại diện các cơ quan, đơn vị của " + province, "", 30),
                        new AgendaItem("Ý kiến phát biểu của các thành viên đoàn công tác", "", 30),
                        new AgendaItem("Kết luận, kết thúc buổi làm việc", "Trưởng đoàn", null)));
    }

    private static List<Responsibility> responsibilities() {
        return List.of(
                new Responsibility("Phòng Tổ chức - Pháp chế", ResponsibilityRole.LEAD, List.of(
                        "Chủ trì thực hiện các chương trình, kế hoạch của Sở đảm bảo đúng yêu cầu, mục đích đề ra.",
                        "Lập dự toán kinh phí trình lãnh đạo Sở phê duyệt.",
                        "Tổ chức hậu cần (đi lại, ăn nghỉ, làm việc cho Đoàn).",
                        "Báo cáo kết quả Đoàn trao đổi và học tập kinh nghiệm."),
                        LocalDate.of(2025, 10, 10), TaskStatus.IN_PROGRESS),
                new Responsibility("Văn phòng Sở", ResponsibilityRole.COORDINATING, List.of(
                        "Hướng dẫn phòng chuyên môn xây dựng dự toán kinh phí chi tiết.",
                        "Hỗ trợ công tác thanh quyết toán theo quy định."), null, TaskStatus.NOT_STARTED),
                new Responsibility("Các phòng, đơn vị sự nghiệp thuộc Sở", ResponsibilityRole.COORDINATING, List.of(
                        "Phối hợp với Phòng Tổ chức - Pháp chế thực hiện các nội dung kế hoạch, cử cán bộ tham gia đoàn công tác."),
                        null, TaskStatus.NOT_STARTED),
                new Responsibility("UBND các xã, phường", ResponsibilityRole.COORDINATING, List.of(
                        "Phối hợp với Sở Văn hóa và Thể thao thực hiện các nội dung kế hoạch, cử cán bộ tham gia đoàn công tác."),
                        null, TaskStatus.NOT_STARTED));
    }
}
