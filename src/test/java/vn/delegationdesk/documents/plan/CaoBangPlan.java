package vn.delegationdesk.documents.plan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.plan.ActivityKind;
import vn.delegationdesk.plan.Ground;
import vn.delegationdesk.plan.GroundKind;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanActivity;
import vn.delegationdesk.plan.PlanKind;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ReportFrequency;
import vn.delegationdesk.plan.ReportingRule;
import vn.delegationdesk.plan.Target;

/**
 * A plan shaped like seed 003 (Cao Bằng, Kết luận 84-KL/TW): a province's implementation plan with long grounds and
 * tasks, many units, a deputy chairman signing on the chairman's behalf, reports before 20/6 and 30/11 to the province
 * through the department.
 */
final class CaoBangPlan {
    private static final String DEPARTMENT = "Sở Văn hóa, Thể thao và Du lịch";

    private CaoBangPlan() {
    }

    static Plan create() {
        List<String> all = List.of("Sở Giáo dục và Đào tạo", "Sở Tài chính", "Sở Nội vụ", "Hội Văn học Nghệ thuật tỉnh",
                "UBND các xã, phường");
        List<PlanTask> tasks = List.of(
                PlanTask.of("k-1", "1", "Đẩy mạnh công tác tuyên truyền, giáo dục, nâng cao nhận thức của cán bộ, đảng viên, đội "
                        + "ngũ làm công tác quản lý VHNT, văn nghệ sĩ về vị trí, vai trò của VHNT, văn nghệ sĩ trong sự nghiệp xây "
                        + "dựng, bảo vệ Tổ quốc và sự phát triển bền vững đất nước", DEPARTMENT, all, null, null, List.of()),
                PlanTask.of("k-2", "2", "Tăng cường công tác chỉ đạo, điều hành, nâng cao hiệu lực, hiệu quả quản lý nhà nước của "
                        + "chính quyền, sự tham gia của đoàn thể các cấp đối với hoạt động VHNT", DEPARTMENT,
                        List.of("Sở Nội vụ", "Hội Văn học Nghệ thuật tỉnh"), null, null, List.of()),
                PlanTask.of("k-21", "2.1", "Nghiên cứu xây dựng chính sách phát triển VHNT của tỉnh; rà soát, điều chỉnh, bổ sung "
                        + "các văn bản liên quan", DEPARTMENT, List.of("Sở Tư pháp"), LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 10, 31), List.of()),
                PlanTask.of("k-22", "2.2", "Bố trí, sắp xếp hợp lý đội ngũ làm công tác quản lý nhà nước về VHNT, bảo đảm cả về "
                        + "số lượng, chất lượng", "Sở Nội vụ", List.of(DEPARTMENT), null, LocalDate.of(2026, 12, 31), List.of()),
                PlanTask.of("k-3", "3", "Tổ chức các lớp bồi dưỡng lý luận phê bình VHNT, hội thảo khoa học, tọa đàm với các chủ "
                        + "đề phong phú, đa dạng; tổ chức các lớp sáng tác, trại sáng tác; các chuyến đi thực tế sáng tác",
                        "Hội Văn học Nghệ thuật tỉnh", List.of(DEPARTMENT, "UBND các xã, phường"), null,
                        LocalDate.of(2026, 11, 30), List.of("t-1", "t-2")),
                PlanTask.of("k-4", "4", "Xây dựng kế hoạch, chương trình cụ thể về giao lưu và hợp tác quốc tế về VHNT bảo đảm phù "
                        + "hợp với điều kiện của tỉnh", DEPARTMENT, List.of("Sở Ngoại vụ"), null, null, List.of()));
        List<PlanActivity> activities = new ArrayList<>();
        activities.add(PlanActivity.event("a-1", "k-3", ActivityKind.WORKSHOP, "Hội thảo khoa học về lý luận phê bình VHNT",
                LocalDate.of(2026, 5, 12), "Thành phố Cao Bằng"));
        activities.add(PlanActivity.event("a-2", "k-3", ActivityKind.CONFERENCE, "Trại sáng tác văn học nghệ thuật",
                LocalDate.of(2026, 8, 20), "Hồ Ba Bể"));
        return new Plan(null, new IssuingBody("", "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", "UBND"), PlanKind.IMPLEMENTATION_PLAN, "",
                "KH-UBND", null, "Cao Bằng", "Thực hiện Quyết định số 2640/QĐ-TTg ngày 04/12/2025 của Thủ tướng Chính phủ ban hành "
                + "Kế hoạch triển khai thực hiện Kết luận số 84-KL/TW, ngày 21/6/2024 của Bộ Chính trị",
                List.of(new Ground(GroundKind.IMPLEMENTS, "Quyết định số 2640/QĐ-TTg ngày 04/12/2025 của Thủ tướng Chính phủ ban "
                        + "hành Kế hoạch triển khai thực hiện Kết luận số 84-KL/TW, ngày 21/6/2024 của Bộ Chính trị tiếp tục thực "
                        + "hiện Nghị quyết số 23-NQ/TW ngày 16/6/2008 của Bộ Chính trị (khóa X) về “tiếp tục xây dựng và phát "
                        + "triển văn học, nghệ thuật trong thời kỳ mới”"),
                        new Ground(GroundKind.BASED_ON, "Kế hoạch số 370-KH/TU, ngày 27/9/2024 của Tỉnh ủy")),
                LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31),
                List.of("Triển khai đầy đủ, hiệu quả các mục tiêu, nhiệm vụ, giải pháp đề ra tại Kế hoạch số 370-KH/TU.",
                        "Tiếp tục nâng cao nhận thức, trách nhiệm cho cán bộ, đảng viên, đội ngũ văn nghệ sĩ và các tầng lớp Nhân "
                        + "dân về vị trí, vai trò, tầm quan trọng của VHNT."),
                List.of("Việc triển khai, tổ chức thực hiện được tiến hành thường xuyên, nghiêm túc, hiệu quả, có trọng tâm, trọng "
                        + "điểm."),
                "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước và các nguồn kinh phí hợp pháp khác.",
                List.of(ReportingRule.recurring(ReportFrequency.SEMIANNUAL, MonthDay.of(6, 20),
                                "UBND tỉnh (qua Sở Văn hóa, Thể thao và Du lịch) để tổng hợp"),
                        ReportingRule.recurring(ReportFrequency.ANNUAL, MonthDay.of(11, 30),
                                "UBND tỉnh (qua Sở Văn hóa, Thể thao và Du lịch) để tổng hợp")),
                List.of("Bộ Văn hóa, Thể thao và Du lịch (b/c);", "Thường trực Tỉnh ủy (b/c);", "Chủ tịch, các PCT UBND tỉnh;",
                        "Các sở, ban, ngành tỉnh;", "UBND các xã, phường;", "Lưu: VT, VX_(M)."),
                new Signer("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vũ Đình Quang"),
                List.of(Target.counted("t-1", "Hội thảo khoa học, tọa đàm", "Văn học nghệ thuật", "cuộc", 2, 4, ActivityKind.WORKSHOP),
                        Target.counted("t-2", "Trại sáng tác", "Văn học nghệ thuật", "trại", 1, 1, ActivityKind.CONFERENCE)),
                tasks, activities);
    }
}
