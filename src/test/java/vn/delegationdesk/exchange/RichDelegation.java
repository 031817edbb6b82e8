package vn.delegationdesk.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
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
import vn.delegationdesk.delegation.stay.Accommodation;
import vn.delegationdesk.delegation.stay.Night;

/**
 * A valid delegation that sets every field, uses every enum constant somewhere, has both null and
 * non-null optional values, decimals with trailing zeros, and text JSON must escape (quotes, backslash,
 * newline, tab) or that lies outside the Basic Multilingual Plane. A round trip that keeps this keeps
 * anything.
 */
final class RichDelegation {
    static final String TRICKY_TEXT = "Ghi chú: “Đắk Lắk” \"quoted\" \\ back\\slash\n- dòng hai\tcó tab; ký tự 𠀧 ngoài BMP";

    private RichDelegation() {
    }

    static Delegation create() {
        return withNights(new Delegation(
                42L,
                "Đoàn khảo sát học tập kinh nghiệm phát triển công nghiệp văn hóa tại tỉnh Đắk Lắk và tỉnh Lâm Đồng",
                DelegationStatus.APPROVED,
                new IssuingBody("UBND THÀNH PHỐ HÀ NỘI", "SỞ VĂN HÓA VÀ THỂ THAO", "SVHTT"),
                new DocumentInfo("125", "KH-SVHTT", "Hà Nội", LocalDate.of(2025, 9, 30)),
                List.of(new LegalBasis("Nghị quyết", "09-NQ/TU", LocalDate.of(2022, 2, 22), "Thành ủy Hà Nội",
                                "phát triển công nghiệp văn hoá trên địa bàn Thủ đô"),
                        new LegalBasis("Luật", "", null, "", "Luật Thủ đô")),
                List.of("Học tập mô hình quản lý.", TRICKY_TEXT),
                List.of("Trao đổi kinh nghiệm huy động nguồn lực."),
                "Hà Nội",
                LocalDate.of(2025, 10, 14),
                LocalDate.of(2025, 10, 19),
                List.of(new Leg("tỉnh Đắk Lắk", "Buôn Ma Thuột", LocalDate.of(2025, 10, 14), LocalDate.of(2025, 10, 16),
                                "Trao đổi về nghệ thuật biểu diễn."),
                        new Leg("tỉnh Lâm Đồng", "", LocalDate.of(2025, 10, 17), LocalDate.of(2025, 10, 19), "")),
                37,
                List.of(TransportMode.PLANE, TransportMode.CAR, TransportMode.TRAIN, TransportMode.BUS,
                        TransportMode.SHIP, TransportMode.OTHER),
                "Ngân sách năm 2025 giao Sở Văn hóa và Thể thao.",
                List.of(new MemberGroup("lanh-dao", "Lãnh đạo đoàn", "01 đồng chí",
                                List.of(new Quota("Lãnh đạo Sở", 1))),
                        new MemberGroup("phong", "Các phòng thuộc Sở", "",
                                List.of(new Quota("Phòng Tổ chức - Pháp chế", 3), new Quota("Văn phòng Sở", 2))),
                        new MemberGroup("trong", "Nhóm chưa có chỉ tiêu", "", List.of())),
                members(),
                programme(),
                List.of(new Conference("hn-1", "Hội nghị trao đổi kinh nghiệm tại tỉnh Đắk Lắk", LocalDate.of(2025, 10, 14),
                                HalfDay.AFTERNOON, "Khách sạn Sài Gòn – Ban Mê", "3 sao trở lên", 180, "Sở VHTTDL Đắk Lắk",
                                List.of(new AgendaItem("Khai mạc", "Trưởng đoàn", 15),
                                        new AgendaItem("Thảo luận", "", null))),
                        new Conference("hn-2", "Hội nghị tại tỉnh Lâm Đồng", LocalDate.of(2025, 10, 17), HalfDay.MORNING,
                                "", "", 0, "", List.of())),
                List.of(new Responsibility("Phòng Tổ chức - Pháp chế", ResponsibilityRole.LEAD,
                                List.of("Lập dự toán kinh phí.", "Tổ chức hậu cần."), LocalDate.of(2025, 10, 1),
                                TaskStatus.IN_PROGRESS),
                        new Responsibility("Văn phòng Sở", ResponsibilityRole.COORDINATING, List.of(), null,
                                TaskStatus.DONE),
                        new Responsibility("UBND các phường, xã", ResponsibilityRole.COORDINATING,
                                List.of("Cử cán bộ tham gia."), null, TaskStatus.NOT_STARTED)),
                List.of("Ban Giám đốc Sở", "Lưu: VT, TCPC"),
                new Signer("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Hùng"),
                false));
    }

    /** A stay plan the user set: a hotel in Đắk Lắk, rooms the host provides in Lâm Đồng. */
    private static Delegation withNights(Delegation d) {
        Accommodation banMe = new Accommodation("Khách sạn Sài Gòn - Ban Mê", "01 Phan Chu Trinh", "0262 3858 888", false);
        Accommodation host = new Accommodation("Nhà khách Tỉnh ủy", "", "", true);
        return d.toBuilder().nights(List.of(new Night(LocalDate.of(2025, 10, 14), "tỉnh Đắk Lắk", banMe),
                new Night(LocalDate.of(2025, 10, 15), "tỉnh Đắk Lắk", banMe),
                new Night(LocalDate.of(2025, 10, 16), "tỉnh Lâm Đồng", host),
                new Night(LocalDate.of(2025, 10, 17), "tỉnh Lâm Đồng", host),
                Night.at(LocalDate.of(2025, 10, 18), "tỉnh Lâm Đồng"))).build();
    }

    private static List<Member> members() {
        return List.of(
                new Member("tv-01", "Trần Thị Hương", Gender.FEMALE, LocalDate.of(1970, 3, 8), "Phó Giám đốc Sở",
                        "Lãnh đạo Sở", "lanh-dao", new BigDecimal("0.70"), true, "0912 345 678", "001170012345",
                        DelegationRole.HEAD, "", false),
                new Member("tv-02", "Lê Văn Đức", Gender.MALE, LocalDate.of(1980, 12, 31), "Trưởng phòng",
                        "Phòng Tổ chức - Pháp chế", "phong", new BigDecimal("1.25"), true, "+84 24 3825 1234", "012345678",
                        DelegationRole.DEPUTY, TRICKY_TEXT, false),
                new Member("tv-03", "Phạm Ngọc Ánh", Gender.UNSPECIFIED, null, "", "", "", null, false, "", "",
                        DelegationRole.MEMBER, "", true),
                new Member("tv-04", "Đỗ Thu Trang", Gender.FEMALE, LocalDate.of(1995, 2, 28), "Chuyên viên",
                        "Văn phòng Sở", "phong", new BigDecimal("0"), true, "0987.654.321", "",
                        DelegationRole.SECRETARY, "Thư ký đoàn", false));
    }

    private static List<ProgrammeDay> programme() {
        return List.of(
                new ProgrammeDay(LocalDate.of(2025, 10, 14), List.of(
                        new Activity(HalfDay.MORNING, ActivityKind.TRAVEL, "Hà Nội – Buôn Ma Thuột", "Sân bay Nội Bài",
                                "", TransportMode.PLANE, null, "Chuyến bay sáng", LocalTime.of(6, 15), LocalTime.of(8, 0)),
                        new Activity(HalfDay.AFTERNOON, ActivityKind.CONFERENCE, "Hội nghị", "Khách sạn",
                                "Sở VHTTDL Đắk Lắk", null, "hn-1", "", LocalTime.of(14, 0), null),
                        new Activity(HalfDay.EVENING, ActivityKind.WORKING_MEETING, "Họp đoàn", "", "", null, null, ""))),
                new ProgrammeDay(LocalDate.of(2025, 10, 15), List.of(
                        new Activity(HalfDay.ALL_DAY, ActivityKind.FIELD_VISIT, "Khảo sát thực tế", "Buôn Đôn",
                                "Sở VHTTDL Đắk Lắk", null, null, ""))),
                new ProgrammeDay(LocalDate.of(2025, 10, 16), List.of()),
                new ProgrammeDay(LocalDate.of(2025, 10, 17), List.of(
                        new Activity(HalfDay.MORNING, ActivityKind.OTHER, "Tự do", "", "", TransportMode.OTHER, null,
                                TRICKY_TEXT))));
    }
}
