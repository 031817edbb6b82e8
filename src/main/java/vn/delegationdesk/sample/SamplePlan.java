package vn.delegationdesk.sample;

import java.time.LocalDate;
import java.util.List;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.plan.ActivityKind;
import vn.delegationdesk.plan.Ground;
import vn.delegationdesk.plan.GroundKind;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanKind;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.Target;

/**
 * The reference plan of seed document 002: the Hanoi Department of Culture and Sports' plan for taking part in the
 * UNESCO Creative Cities Network in 2025, as issued (no activity logged yet). Texts are the plan's own, with obvious
 * typing slips corrected ("tham vẫn", "hoạt đông"); each task's content bullets are kept in the plan's order, condensed.
 * The plan states no reporting regime and no due dates: its tasks run through the year. Heading 2 ("Tuyên truyền các
 * hoạt động thúc đẩy sáng tạo") names no unit of its own: its three items 2.1–2.3 are the tasks.
 */
public final class SamplePlan {
    public static final String HERITAGE = "Phòng Quản lý Di sản văn hóa";
    public static final String MUSEUM = "Bảo tàng Hà Nội";
    public static final String OFFICE = "Văn phòng Sở";
    public static final String JOURNAL = "Tạp chí Kiến trúc (Hội Kiến trúc sư Việt Nam)";

    static final String TARGET_SESSIONS = "t-phien-hop";
    static final String TARGET_WORKSHOPS = "t-toa-dam";
    static final String TARGET_CLIPS = "t-clip";
    static final String TARGET_PAGES = "t-trang";
    static final String TARGET_REPORTAGE = "t-phong-su";

    private static final String NETWORK = "Mạng lưới các thành phố Sáng tạo của UNESCO";
    private static final String NETWORK_FIELD = "Tham gia " + NETWORK;
    private static final String PROMOTION_FIELD = "Tuyên truyền các hoạt động thúc đẩy sáng tạo";

    private SamplePlan() {
    }

    public static Plan create() {
        return new Plan(
                null,
                new IssuingBody("UBND THÀNH PHỐ HÀ NỘI", "SỞ VĂN HÓA VÀ THỂ THAO", "SVHTT"),
                PlanKind.ANNUAL_PLAN,
                "",
                "KH-SVHTT",
                null,
                "Hà Nội",
                "Tham gia với vai trò thành viên, tham dự hội nghị, diễn đàn " + NETWORK + " năm 2025",
                List.of(new Ground(GroundKind.IMPLEMENTS, "Kế hoạch số 102/KH-UBND ngày 01/4/2022 của UBND thành phố Hà Nội "
                                + "về việc thực hiện các sáng kiến gia nhập Mạng lưới các Thành phố Sáng tạo của UNESCO đến năm 2025"),
                        new Ground(GroundKind.BASED_ON, "Quyết định số 1655/QĐ-SVHTT ngày 16/12/2024 của Sở Văn hóa và Thể thao "
                                + "Hà Nội về việc giao chỉ tiêu Kế hoạch phát triển kinh tế - xã hội và dự toán thu, chi ngân sách "
                                + "nhà nước năm 2025")),
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31),
                List.of("Triển khai các hoạt động với vai trò là thành viên Mạng lưới các Thành phố Sáng tạo của UNESCO, tham gia "
                                + "các hoạt động mạng lưới góp phần tuyên truyền, giới thiệu về định hướng phát triển mới của thành "
                                + "phố Hà Nội, các tiềm năng, cơ hội hợp tác trong lĩnh vực thiết kế sáng tạo.",
                        "Tham dự đầy đủ các hội nghị, diễn đàn " + NETWORK + "."),
                List.of("Đảm bảo sự phối hợp chặt chẽ, thường xuyên, thống nhất giữa các cơ quan liên quan trong quá trình tổ chức "
                                + "thực hiện hiệu quả các nội dung đã đề ra.",
                        "Các hoạt động phải đảm bảo thiết thực, hiệu quả, tiết kiệm."),
                "Kinh phí tổ chức thực hiện từ nguồn kinh phí Các hoạt động của Hà Nội tham gia Mạng lưới các Thành phố Sáng tạo "
                        + "của UNESCO giao Phòng Quản lý Di sản văn hóa.",
                List.of(),
                List.of("Đ/c Giám đốc Sở (để chỉ đạo)", "Các PGĐ Sở", "Phòng KHTC, VP", "Bảo tàng Hà Nội", "Chánh VP Sở",
                        "Lưu: VT, QLDSVH (6b)"),
                new Signer("", "", "GIÁM ĐỐC", "Đỗ Đình Hồng"),
                targets(),
                tasks(),
                List.of());
    }

    private static List<Target> targets() {
        return List.of(
                Target.counted(TARGET_SESSIONS, "Phiên họp online trong hệ thống Mạng lưới", NETWORK_FIELD, "cuộc", 20, 30,
                        ActivityKind.ONLINE_SESSION),
                Target.counted(TARGET_WORKSHOPS, "Tọa đàm, workshop, trưng bày, triển lãm tham dự các Hội nghị, diễn đàn",
                        NETWORK_FIELD, "cuộc", 3, 5, ActivityKind.WORKSHOP),
                Target.counted(TARGET_CLIPS, "Clip theo chủ đề diễn đàn giới thiệu hoạt động sáng tạo của Hà Nội", NETWORK_FIELD,
                        "clip", 2, 3, ActivityKind.MEDIA),
                Target.counted(TARGET_PAGES, "Số trang trong các số chuyên đề của Tạp chí Kiến trúc", PROMOTION_FIELD, "trang",
                        30, 40, ActivityKind.PUBLICATION),
                new Target(TARGET_REPORTAGE, "Thời lượng phóng sự Hà Nội - Thành phố sáng tạo năm 2025", PROMOTION_FIELD, "phút",
                        12, 15, null, List.of()));
    }

    private static List<PlanTask> tasks() {
        return List.of(
                PlanTask.of("k-1", "1", lines(
                        "Tham dự các Hội nghị, diễn đàn Mạng lưới trong khu vực Đông Nam Á, châu Á và toàn cầu theo các chương "
                                + "trình của UNESCO:",
                        "- Tham mưu UBND Thành phố xây dựng các chương trình giao lưu, kết nối với các Thành phố Sáng tạo trong "
                                + "khu vực và thế giới; trao đổi kiến thức với các Thành phố thiết kế sáng tạo, thúc đẩy thiết kế "
                                + "và đổi mới ở khu vực Đông Nam Á.",
                        "- Tham gia các phiên họp online, các hoạt động khác trong hệ thống mạng lưới các Thành phố sáng tạo toàn "
                                + "cầu, khu vực Châu Á - Thái Bình Dương, khu vực Đông Nam Á (20-30 cuộc/năm).",
                        "- Chuẩn bị các chuyên đề, phiên dịch và các điều kiện để tham gia diễn đàn hình thức online: thuê phiên "
                                + "dịch viên, hệ thống máy kết nối mạng online trực tuyến.",
                        "- Mời các nhà chuyên gia, khoa học tư vấn, tham gia các nội dung tại diễn đàn về các lĩnh vực chuyên "
                                + "môn, trao đổi kinh nghiệm, kết nối các hoạt động của các nước thành viên trong Mạng lưới.",
                        "- Xây dựng clip (02-03 clip theo chủ đề diễn đàn) giới thiệu hoạt động sáng tạo của Hà Nội báo cáo tại "
                                + "diễn đàn; xây dựng các báo cáo, bài phát biểu tham luận cùng các tư liệu khác (phim, hình ảnh...).",
                        "- Tổ chức tọa đàm, workshop, trưng bày, triển lãm giới thiệu sản phẩm, thành tựu, không gian thuộc lĩnh "
                                + "vực thiết kế, sáng tạo tham dự các Hội nghị, diễn đàn (03-05 cuộc) theo chủ đề của các nước "
                                + "thành viên trong Mạng lưới.",
                        "- Tổ chức Hội nghị, tọa đàm (trực tuyến và online) tại Hà Nội tham gia các hoạt động trong hệ thống "
                                + NETWORK + ".",
                        "- Đề xuất, báo cáo UBND Thành phố về kế hoạch tổ chức đoàn ra của Thành phố tham dự kỳ họp thường niên "
                                + "các thành phố trong " + NETWORK + " khi có lịch chính thức của Ban điều phối.",
                        "- Chia sẻ các thông tin, hoạt động của thành phố Hà Nội trong hệ thống " + NETWORK
                                + " bằng nhiều hình thức."),
                        HERITAGE, List.of(MUSEUM, OFFICE), null, null, List.of(TARGET_SESSIONS, TARGET_WORKSHOPS, TARGET_CLIPS)),
                PlanTask.of("k-2-1", "2.1", lines(
                        "Biên soạn và xuất bản với Tạp chí kiến trúc xây dựng Chuyên đề không gian sáng tạo và các hoạt động "
                                + "trong lĩnh vực sáng tạo:",
                        "- Biên soạn in ấn trên các số của Tạp chí Kiến trúc các bài viết, chuyên trang giới thiệu không gian sáng "
                                + "tạo và hoạt động sáng tạo Hà Nội với nội dung liên quan đến thành phố sáng tạo, thiết kế trong "
                                + "sự phát triển của thành phố sáng tạo; bài học, mô hình không gian sáng tạo, giá trị di sản đô "
                                + "thị... trong nước và quốc tế.",
                        "- Số lượng trang: 30-40 trang trong các số chuyên đề của tạp chí."),
                        HERITAGE, List.of(JOURNAL), null, null, List.of(TARGET_PAGES)),
                PlanTask.of("k-2-2", "2.2", lines(
                        "Xây dựng phóng sự giới thiệu, quảng bá các hoạt động Hà Nội - Thành phố sáng tạo năm 2025:",
                        "- Xây dựng phóng sự giới thiệu, quảng bá các hoạt động, sáng kiến Hà Nội gia nhập Mạng lưới các Thành "
                                + "phố Sáng tạo phục vụ tuyên truyền.",
                        "- Thời lượng: 12-15 phút."),
                        HERITAGE, List.of(), null, null, List.of(TARGET_REPORTAGE)),
                PlanTask.of("k-2-3", "2.3", lines(
                        "Biên soạn và in ấn tài liệu giới thiệu hoạt động sáng tạo:",
                        "- Biên soạn và in ấn tài liệu giới thiệu hoạt động sáng tạo phục vụ tuyên truyền, giới thiệu trong "
                                + "Mạng lưới."),
                        HERITAGE, List.of(), null, null, List.of()),
                PlanTask.of("k-3", "3", lines(
                        "Kết nối, hình thành Mạng lưới các thành phố sáng tạo của Việt Nam:",
                        "+ Kết nối, tham vấn hỗ trợ thành phố Hồ Chí Minh, thành phố Huế, Quảng Ninh, Đà Nẵng... trao đổi kinh "
                                + "nghiệm, tham gia " + NETWORK + ".",
                        "+ Tổ chức các hoạt động trong lĩnh vực sáng tạo với thành phố Đà Lạt, Thành phố Hồ Chí Minh phát triển "
                                + "Mạng lưới các thành phố sáng tạo của Việt Nam."),
                        HERITAGE, List.of(OFFICE), null, null, List.of()));
    }

    private static String lines(String... lines) {
        return String.join("\n", lines);
    }
}
