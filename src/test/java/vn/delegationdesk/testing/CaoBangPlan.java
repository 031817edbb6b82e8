package vn.delegationdesk.testing;

import java.time.MonthDay;
import java.util.List;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.plan.Ground;
import vn.delegationdesk.plan.GroundKind;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanKind;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ReportFrequency;
import vn.delegationdesk.plan.ReportingRule;

/**
 * Seed 003's reporting regime: Cao Bằng's implementation plan of Kết luận 84-KL/TW, issued by the province's People's
 * Committee, with no fixed period, its tasks by responsible unit (section IV, the first five) and its reports "06 tháng
 * (trước ngày 20/6); hàng năm (trước ngày 30/11)" to the committee through the Department of Culture.
 */
public final class CaoBangPlan {
    public static final String RECIPIENT = "UBND tỉnh (qua Sở Văn hóa, Thể thao và Du lịch)";
    public static final String DEPARTMENT = "Sở Văn hóa, Thể thao và Du lịch";

    private CaoBangPlan() {
    }

    /** Not stored yet (no id). */
    public static Plan create() {
        return new Plan(null, new IssuingBody("", "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", "UBND"), PlanKind.IMPLEMENTATION_PLAN, "",
                "KH-UBND", null, "Cao Bằng",
                "Thực hiện Quyết định số 2640/QĐ-TTg ngày 04/12/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thực "
                        + "hiện Kết luận số 84-KL/TW, ngày 21/6/2024 của Bộ Chính trị tiếp tục thực hiện Nghị quyết số 23-NQ/TW "
                        + "ngày 16/6/2008 của Bộ Chính trị (khóa X)",
                List.of(new Ground(GroundKind.IMPLEMENTS, "Quyết định số 2640/QĐ-TTg ngày 04/12/2025 của Thủ tướng Chính phủ ban "
                                + "hành Kế hoạch triển khai thực hiện Kết luận số 84-KL/TW"),
                        new Ground(GroundKind.BASED_ON, "Kế hoạch số 370-KH/TU, ngày 27/9/2024 của Tỉnh ủy")),
                null, null, List.of(), List.of(),
                "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước và các nguồn kinh phí hợp pháp khác.",
                List.of(ReportingRule.recurring(ReportFrequency.SEMIANNUAL, MonthDay.of(6, 20), RECIPIENT),
                        ReportingRule.recurring(ReportFrequency.ANNUAL, MonthDay.of(11, 30), RECIPIENT)),
                List.of("Bộ Văn hóa, Thể thao và Du lịch (b/c)", "Thường trực Tỉnh ủy (b/c)", "Lưu: VT, VX"),
                new Signer("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vũ Đình Quang"),
                List.of(),
                List.of(PlanTask.of("k-1", "1", "Tham mưu cho UBND tỉnh, Chủ tịch UBND tỉnh tăng cường công tác chỉ đạo, điều hành, "
                                + "nâng cao hiệu lực, hiệu quả quản lý nhà nước về lĩnh vực văn hóa, VHNT", DEPARTMENT, List.of(), null,
                                null, List.of()),
                        PlanTask.of("k-2", "2", "Chỉ đạo các cơ sở giáo dục trực thuộc chú trọng công tác giáo dục nghệ thuật",
                                "Sở Giáo dục và Đào tạo", List.of(), null, null, List.of()),
                        PlanTask.of("k-3", "3", "Tham mưu UBND tỉnh bố trí kinh phí thực hiện kế hoạch", "Sở Tài chính",
                                List.of(DEPARTMENT), null, null, List.of()),
                        PlanTask.of("k-4", "4", "Bố trí, sắp xếp hợp lý đội ngũ làm công tác quản lý nhà nước về VHNT", "Sở Nội vụ",
                                List.of(), null, null, List.of()),
                        PlanTask.of("k-5", "5", "Tổ chức quán triệt, tuyên truyền Kết luận số 84-KL/TW trong tổ chức Hội",
                                "Hội Văn học Nghệ thuật tỉnh", List.of(), null, null, List.of())),
                List.of());
    }
}
