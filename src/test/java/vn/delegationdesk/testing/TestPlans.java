package vn.delegationdesk.testing;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.plan.ActivityKind;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanActivity;
import vn.delegationdesk.plan.PlanKind;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ProgressEntry;
import vn.delegationdesk.plan.ReportFrequency;
import vn.delegationdesk.plan.ReportingRule;
import vn.delegationdesk.plan.Target;

/** Plans for tests: a network's year (after seed 002) with 22 online sessions and 2 workshops logged. */
public final class TestPlans {
    private TestPlans() {
    }

    /**
     * Seed 002's shape: targets 20–30 online sessions and 3–5 workshops counted from activities, 30–40 pages counted by
     * hand (42 entered); task 1 (lead Phòng Quản lý Di sản văn hóa, coordinating Bảo tàng Hà Nội and Văn phòng Sở) with
     * 22 online sessions and 2 workshops, task 2.1 due 15/10/2025; reports before 20/6 (6 months) and 30/11 (year).
     */
    public static Plan network() {
        List<PlanActivity> activities = new ArrayList<>();
        for (int i = 1; i <= 22; i++) {
            activities.add(PlanActivity.event("a-" + i, "k-1", ActivityKind.ONLINE_SESSION, "Phiên họp trực tuyến " + i,
                    LocalDate.of(2025, 1, 10).plusDays(i * 10L), "Trực tuyến"));
        }
        activities.add(PlanActivity.event("a-w1", "k-1", ActivityKind.WORKSHOP, "Tọa đàm thiết kế sáng tạo",
                LocalDate.of(2025, 5, 20), "Bảo tàng Hà Nội"));
        activities.add(PlanActivity.event("a-w2", "k-1", ActivityKind.WORKSHOP, "Workshop không gian sáng tạo",
                LocalDate.of(2025, 9, 12), "Hà Nội"));
        return new Plan(null, new IssuingBody("UBND THÀNH PHỐ HÀ NỘI", "SỞ VĂN HÓA VÀ THỂ THAO", "SVHTT"),
                PlanKind.ANNUAL_PLAN, "", "KH-SVHTT", null, "Hà Nội", "Kế hoạch tham gia Mạng lưới năm 2025", List.of(),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), List.of(), List.of(), "", List.of(
                        ReportingRule.recurring(ReportFrequency.SEMIANNUAL, MonthDay.of(6, 20), "UBND Thành phố"),
                        ReportingRule.recurring(ReportFrequency.ANNUAL, MonthDay.of(11, 30), "UBND Thành phố")),
                List.of(), new Signer("", "", "GIÁM ĐỐC", "Đỗ Đình Hồng"),
                List.of(Target.counted("t-1", "Phiên họp online", "Hợp tác quốc tế", "cuộc", 20, 30, ActivityKind.ONLINE_SESSION),
                        Target.counted("t-2", "Tọa đàm, workshop", "Hợp tác quốc tế", "cuộc", 3, 5, ActivityKind.WORKSHOP),
                        new Target("t-3", "Trang chuyên đề", "Tuyên truyền", "trang", 30, 40, null,
                                List.of(new ProgressEntry(LocalDate.of(2025, 8, 1), 42, "Tạp chí Kiến trúc số 8")))),
                List.of(PlanTask.of("k-1", "1", "Tham dự các Hội nghị, diễn đàn Mạng lưới", "Phòng Quản lý Di sản văn hóa",
                                List.of("Bảo tàng Hà Nội", "Văn phòng Sở"), null, LocalDate.of(2025, 12, 31), List.of("t-1", "t-2")),
                        PlanTask.of("k-2", "2.1", "Biên soạn chuyên đề Tạp chí Kiến trúc", "Phòng Quản lý Di sản văn hóa",
                                List.of(), null, LocalDate.of(2025, 10, 15), List.of("t-3"))),
                activities);
    }

}
