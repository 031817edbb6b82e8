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
 * A 12-member delegation of a provincial "Sở Văn hóa, Thể thao và Du lịch" to Huế, as a clerk would make one from
 * scratch: a title that already says "đi học tập kinh nghiệm", a body whose name ends in "DU LỊCH", a short plan
 * with one working meeting, a conference with a short agenda and field visits. People's names are invented.
 */
public final class SmallDelegation {
    public static final String TITLE = "Đoàn đi học tập kinh nghiệm bảo tồn và phát huy giá trị di sản văn hóa tại thành phố Huế";
    public static final String HOST = "Sở Văn hóa và Thể thao thành phố Huế";
    public static final String HERITAGE_HOST = "Trung tâm Bảo tồn Di tích Cố đô Huế";
    public static final String CONFERENCE = "hoi-nghi-hue";
    private static final String[] NAMES = {"Trần Thị Minh Nguyệt", "Lê Văn Thành", "Phạm Thu Hà", "Nguyễn Đức Thắng",
        "Hoàng Thị Lan", "Vũ Quang Huy", "Đặng Ngọc Ánh", "Bùi Văn Tùng", "Đỗ Thị Hồng", "Ngô Minh Khôi", "Dương Thị Yến",
        "Lý Văn Phúc"};
    private static final List<String> UNITS = List.of("Phòng Quản lý Di sản", "Phòng Quản lý Văn hóa", "Văn phòng Sở",
        "Bảo tàng tỉnh", "Ban Quản lý Quần thể danh thắng Tràng An", "Trung tâm Văn hóa tỉnh");

    private SmallDelegation() {
    }

    public static Delegation create() {
        return new Delegation(7L, TITLE, DelegationStatus.DRAFT,
                new IssuingBody("UBND TỈNH NINH BÌNH", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "SVHTTDL"),
                new DocumentInfo("", "KH-SVHTTDL", "Ninh Bình", null),
                List.of(new LegalBasis("Kế hoạch", "45/KH-UBND", LocalDate.of(2025, 3, 12), "UBND tỉnh Ninh Bình",
                        "bảo tồn và phát huy giá trị di sản văn hóa trên địa bàn tỉnh năm 2025")),
                List.of("Học tập kinh nghiệm quản lý, bảo tồn và phát huy giá trị di sản văn hóa của thành phố Huế.",
                        "Vận dụng vào công tác quản lý di sản văn hóa của tỉnh Ninh Bình."),
                List.of("Kinh nghiệm quản lý, tu bổ di tích.", "Kinh nghiệm khai thác di sản gắn với du lịch."),
                "Ninh Bình", LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 5),
                List.of(new Leg("thành phố Huế", "Huế", LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 5), "")),
                12, List.of(TransportMode.PLANE, TransportMode.CAR),
                "Kinh phí sự nghiệp văn hóa năm 2025 của Sở Văn hóa, Thể thao và Du lịch.",
                List.of(new MemberGroup("lanh-dao", "Lãnh đạo đoàn", "01 đồng chí Lãnh đạo Sở.",
                                List.of(new Quota("Ban Giám đốc Sở", 1))),
                        new MemberGroup("thanh-vien", "Thành viên", "11 người.",
                                UNITS.stream().map(u -> new Quota(u, 2)).toList().subList(0, 5))),
                members(), programme(), List.of(conference()),
                List.of(new Responsibility("Phòng Quản lý Di sản", ResponsibilityRole.LEAD, List.of(
                        "Liên hệ với " + HOST + " chuẩn bị nội dung làm việc.", "Lập dự toán kinh phí.",
                        "Báo cáo kết quả chuyến công tác."), null, TaskStatus.NOT_STARTED)),
                List.of("Ban Giám đốc Sở", "Các phòng, đơn vị thuộc Sở", "Lưu: VT, QLDS"),
                new Signer("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đinh Thị Thu Hà"), false);
    }

    private static List<Member> members() {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            boolean female = NAMES[i].contains(" Thị ") || NAMES[i].contains("Hà") || NAMES[i].contains("Ánh");
            DelegationRole role = i == 0 ? DelegationRole.HEAD : i == 1 ? DelegationRole.SECRETARY : DelegationRole.MEMBER;
            String unit = i == 0 ? "Ban Giám đốc Sở" : UNITS.get((i - 1) % 5);
            members.add(new Member(String.format("h%02d", i + 1), NAMES[i], female ? Gender.FEMALE : Gender.MALE,
                    LocalDate.of(1970 + i * 2, 1 + i % 12, 3 + i), i == 0 ? "Phó Giám đốc Sở" : i % 3 == 0 ? "Trưởng phòng"
                    : "Chuyên viên", unit, i == 0 ? "lanh-dao" : "thanh-vien", i == 0 ? new BigDecimal("0.8") : null, true,
                    String.format("0913 %03d %03d", 200 + i * 11, 400 + i * 7), String.format("0371%08d", 52_000 + i * 131),
                    role, "", false));
        }
        return members;
    }

    private static List<ProgrammeDay> programme() {
        return List.of(
                new ProgrammeDay(LocalDate.of(2025, 11, 3), List.of(
                        new Activity(HalfDay.MORNING, ActivityKind.TRAVEL, "Đoàn xuất phát từ Ninh Bình đi thành phố Huế",
                                "Ninh Bình – Huế", "", TransportMode.PLANE, null, ""),
                        new Activity(HalfDay.AFTERNOON, ActivityKind.WORKING_MEETING, "Làm việc với " + HOST
                                + " về công tác quản lý di sản", "Trụ sở " + HOST, HOST, TransportMode.CAR, null, ""))),
                new ProgrammeDay(LocalDate.of(2025, 11, 4), List.of(
                        new Activity(HalfDay.MORNING, ActivityKind.CONFERENCE, "Hội thảo trao đổi kinh nghiệm", "", HOST, null,
                                CONFERENCE, ""),
                        new Activity(HalfDay.AFTERNOON, ActivityKind.FIELD_VISIT, "Khảo sát Đại Nội Huế",
                                "Đại Nội Huế", HERITAGE_HOST, TransportMode.CAR, null, ""),
                        new Activity(HalfDay.EVENING, ActivityKind.FIELD_VISIT, "Tham quan mô hình du lịch đêm", "Phố đi bộ",
                                HOST, null, null, ""))),
                new ProgrammeDay(LocalDate.of(2025, 11, 5), List.of(
                        new Activity(HalfDay.MORNING, ActivityKind.FIELD_VISIT, "Khảo sát lăng Tự Đức, lăng Minh Mạng",
                                "Lăng Tự Đức", HERITAGE_HOST, TransportMode.CAR, null, ""),
                        new Activity(HalfDay.AFTERNOON, ActivityKind.TRAVEL, "Đoàn trở về Ninh Bình", "Huế – Ninh Bình", "",
                                TransportMode.PLANE, null, ""))));
    }

    private static Conference conference() {
        return new Conference(CONFERENCE, "Hội thảo trao đổi kinh nghiệm bảo tồn di sản", LocalDate.of(2025, 11, 4),
                HalfDay.MORNING, "Hội trường " + HOST, "", 40, HOST, List.of(
                        new AgendaItem("Giới thiệu công tác bảo tồn di sản của thành phố Huế", "Đại diện " + HOST, 30),
                        new AgendaItem("Trao đổi, thảo luận", "", 60),
                        new AgendaItem("Kết luận", "Trưởng đoàn", 10)));
    }
}
