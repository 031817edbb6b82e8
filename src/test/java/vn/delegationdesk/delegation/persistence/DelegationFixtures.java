package vn.delegationdesk.delegation.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
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
import vn.delegationdesk.delegation.stay.Accommodation;
import vn.delegationdesk.delegation.stay.Night;

/**
 * Delegations built in code for repository tests. {@link #rich()} sets every field, uses every value of
 * every enum the schema stores, and mixes present and missing optional values (null dates, durations,
 * transport, coefficients) so that a round trip proves nulls and list orders survive.
 */
final class DelegationFixtures {
    static final LocalDate D14 = LocalDate.of(2025, 10, 14);

    private DelegationFixtures() {
    }

    static Delegation rich() {
        return withStayAndTimes(new Delegation(
                null,
                "Kế hoạch tổ chức Đoàn khảo sát trao đổi, học tập kinh nghiệm thực tế tại tỉnh Đắk Lắk và tỉnh Lâm Đồng",
                DelegationStatus.APPROVED,
                new IssuingBody("UBND THÀNH PHỐ HÀ NỘI", "SỞ VĂN HÓA VÀ THỂ THAO", "SVHTT"),
                new DocumentInfo("125", "KH-SVHTT", "Hà Nội", LocalDate.of(2025, 9, 26)),
                List.of(
                        new LegalBasis("Nghị quyết", "09-NQ/TU", LocalDate.of(2022, 2, 22), "Thành ủy Hà Nội",
                                "về phát triển công nghiệp văn hóa trên địa bàn Thủ đô giai đoạn 2021-2025"),
                        new LegalBasis("Kế hoạch", "217/KH-UBND", LocalDate.of(2022, 8, 12), "UBND Thành phố",
                                "Phát triển công nghiệp văn hóa trên địa bàn Thủ đô"),
                        new LegalBasis("Luật", "", null, "Quốc hội", "Luật Thủ đô")),
                List.of("Thực hiện có hiệu quả Nghị quyết số 09-NQ/TU.",
                        "Tiếp cận, học tập mô hình quản lý đặc biệt là các mô hình đang phát huy thế mạnh.",
                        "Thực hiện có hiệu quả Nghị quyết số 09-NQ/TU."),
                List.of("Mô hình quản lý nghệ thuật biểu diễn", "Bảo tồn di sản văn hóa cồng chiêng Tây Nguyên",
                        "Đào tạo vận động viên thể thao thành tích cao"),
                "Sở Văn hóa và Thể thao, số 47 Hàng Dầu, Hà Nội",
                LocalDate.of(2025, 10, 14),
                LocalDate.of(2025, 10, 19),
                List.of(
                        new Leg("tỉnh Lâm Đồng", "Đà Lạt", LocalDate.of(2025, 10, 17), LocalDate.of(2025, 10, 19),
                                "Khảo sát mô hình phát triển du lịch văn hóa và không gian sáng tạo."),
                        new Leg("tỉnh Đắk Lắk", "Buôn Ma Thuột", D14, LocalDate.of(2025, 10, 16),
                                "Học tập kinh nghiệm bảo tồn di sản văn hóa cồng chiêng.")),
                37,
                List.of(TransportMode.PLANE, TransportMode.CAR, TransportMode.TRAIN, TransportMode.BUS,
                        TransportMode.SHIP, TransportMode.OTHER),
                "Ngân sách thành phố giao Sở Văn hóa và Thể thao năm 2025",
                List.of(
                        new MemberGroup("G1", "Lãnh đạo Sở", "", List.of(new Quota("Ban Giám đốc", 1))),
                        new MemberGroup("G2", "Đại diện các phòng khối quản lý nhà nước thuộc Sở",
                                "12 người từ 8 phòng",
                                List.of(new Quota("Văn phòng Sở", 2), new Quota("Phòng Quản lý Văn hóa", 2),
                                        new Quota("Phòng Thể dục thể thao", 1), new Quota("Văn phòng Sở", 2))),
                        new MemberGroup("G3", "Các phường, xã", "mỗi đơn vị 1 người", List.of())),
                List.of(
                        member("M1", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1970, 3, 5), "G1",
                                new BigDecimal("0.7"), DelegationRole.HEAD),
                        member("M2", "Trần Thị Bình", Gender.FEMALE, null, "G2", new BigDecimal("1.25"),
                                DelegationRole.DEPUTY),
                        member("M3", "Lê Hoàng", Gender.UNSPECIFIED, LocalDate.of(1990, 12, 31), "", null,
                                DelegationRole.MEMBER),
                        member("M4", "Phạm Thu Hà", Gender.FEMALE, LocalDate.of(1985, 1, 1), "G2", new BigDecimal("1"),
                                DelegationRole.SECRETARY)),
                List.of(
                        new ProgrammeDay(D14, List.of(
                                new Activity(HalfDay.MORNING, ActivityKind.TRAVEL, "Đi từ Hà Nội đến Buôn Ma Thuột",
                                        "Sân bay Nội Bài", "", TransportMode.PLANE, null, "Chuyến bay sớm"),
                                new Activity(HalfDay.AFTERNOON, ActivityKind.CONFERENCE,
                                        "Hội nghị trao đổi, học tập kinh nghiệm", "Khách sạn 3 sao",
                                        "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk", null, "C1", ""),
                                new Activity(HalfDay.EVENING, ActivityKind.OTHER, "Giao lưu văn nghệ", "", "", null,
                                        null, ""))),
                        new ProgrammeDay(LocalDate.of(2025, 10, 15), List.of(
                                new Activity(HalfDay.ALL_DAY, ActivityKind.FIELD_VISIT, "Khảo sát thực tế",
                                        "Bảo tàng Đắk Lắk", "Đơn vị chủ nhà", TransportMode.CAR, null, ""))),
                        new ProgrammeDay(LocalDate.of(2025, 10, 18), List.of(
                                new Activity(HalfDay.MORNING, ActivityKind.WORKING_MEETING, "Làm việc với Sở",
                                        "Đà Lạt", "Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng", null, "C2",
                                        "Chuẩn bị báo cáo"))),
                        new ProgrammeDay(LocalDate.of(2025, 10, 19), List.of())),
                List.of(
                        new Conference("C1", "Hội nghị trao đổi kinh nghiệm tại Đắk Lắk", D14, HalfDay.AFTERNOON,
                                "Khách sạn Sài Gòn - Ban Mê", "3 sao trở lên", 180, "Sở VHTTDL Đắk Lắk", List.of(
                                        new AgendaItem("Khai mạc, giới thiệu đại biểu", "Văn phòng Sở", 10),
                                        new AgendaItem(longParagraph(), "Lãnh đạo Sở", null),
                                        new AgendaItem("Thảo luận", "", 60))),
                        new Conference("C2", "Hội nghị tại Lâm Đồng", LocalDate.of(2025, 10, 18), HalfDay.ALL_DAY,
                                "", "", 0, "", List.of())),
                List.of(
                        new Responsibility("Phòng Quản lý Văn hóa", ResponsibilityRole.LEAD,
                                List.of("Xây dựng kế hoạch", "Liên hệ đơn vị chủ nhà"), LocalDate.of(2025, 10, 1),
                                TaskStatus.DONE),
                        new Responsibility("Văn phòng Sở", ResponsibilityRole.COORDINATING,
                                List.of("Bố trí kinh phí"), null, TaskStatus.IN_PROGRESS),
                        new Responsibility("Các phường, xã", ResponsibilityRole.COORDINATING, List.of(), null,
                                TaskStatus.NOT_STARTED)),
                List.of("Như trên", "Giám đốc Sở (để b/c)", "Lưu: VT, QLVH"),
                new Signer("KT. GIÁM ĐỐC", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Minh"),
                false));
    }

    /**
     * A stay plan the user set (two hotels, the last night in rooms the host provides) and clock times on some
     * activities, one with a start and no end.
     */
    private static Delegation withStayAndTimes(Delegation d) {
        Accommodation banMe = new Accommodation("Khách sạn Sài Gòn - Ban Mê", "01 Phan Chu Trinh, Buôn Ma Thuột",
                "0262 3858 888", false);
        Accommodation daLat = new Accommodation("Khách sạn Mường Thanh Đà Lạt", "42 Phan Bội Châu, Đà Lạt", "", false);
        List<Night> nights = List.of(
                new Night(D14, "tỉnh Đắk Lắk", banMe),
                new Night(LocalDate.of(2025, 10, 15), "tỉnh Đắk Lắk", banMe),
                new Night(LocalDate.of(2025, 10, 16), "tỉnh Lâm Đồng", daLat),
                new Night(LocalDate.of(2025, 10, 17), "tỉnh Lâm Đồng", daLat),
                new Night(LocalDate.of(2025, 10, 18), "tỉnh Lâm Đồng", new Accommodation("Nhà khách UBND tỉnh", "", "",
                        true)));
        List<ProgrammeDay> programme = new ArrayList<>(d.programme());
        ProgrammeDay first = programme.get(0);
        programme.set(0, new ProgrammeDay(first.date(), List.of(
                first.activities().get(0).withTimes(LocalTime.of(6, 15), LocalTime.of(8, 0)),
                first.activities().get(1).withTimes(LocalTime.of(14, 0), null),
                first.activities().get(2))));
        return d.toBuilder().nights(nights).programme(programme).build();
    }

    /** The smallest delegation the domain allows: empty lists, empty texts, no document date. */
    static Delegation minimal(String title) {
        return new Delegation(null, title, DelegationStatus.DRAFT, new IssuingBody(null, null, null),
                new DocumentInfo(null, null, null, null), List.of(), List.of(), List.of(), null, null, null, List.of(), 0,
                List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                new Signer(null, null, null, null), true);
    }

    static Member member(String id, String name, Gender gender, LocalDate born, String groupId, BigDecimal coefficient,
            DelegationRole role) {
        return new Member(id, name, gender, born, "Chuyên viên", "Phòng Quản lý Văn hóa", groupId, coefficient,
                role != DelegationRole.SECRETARY, "0912 345 678", "001085012345", role, "Ăn chay", id.equals("M3"));
    }

    /** About 2,000 characters, longer than the seed plan's longest agenda paragraph. */
    static String longParagraph() {
        String sentence = "Báo cáo kết quả phát triển công nghiệp văn hóa, nghệ thuật biểu diễn và di sản của địa phương; ";
        return sentence.repeat(2000 / sentence.length() + 1).strip();
    }
}
