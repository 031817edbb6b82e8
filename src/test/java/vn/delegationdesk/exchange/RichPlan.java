package vn.delegationdesk.exchange;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.plan.ActivityKind;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanActivity;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ReportFrequency;
import vn.delegationdesk.plan.ReportingRule;
import vn.delegationdesk.plan.TaskResult;
import vn.delegationdesk.plan.TaskStatus;
import vn.delegationdesk.sample.SamplePlan;
import vn.delegationdesk.testing.TestPlans;

/**
 * A plan with a value in every field a plan package has: seed 002's grounds, purposes, requirements, funding and
 * recipients over the network year of {@link TestPlans#network()} (targets counted and typed in, 24 activities), with a
 * number and issue date, every kind of reporting rule, tasks in progress and done with results, and an activity with
 * units, participants, quantity and result.
 */
final class RichPlan {
    private RichPlan() {
    }

    static Plan create() {
        Plan sample = SamplePlan.create();
        Plan network = TestPlans.network();
        List<PlanTask> tasks = List.of(
                network.tasks().get(0).withStatus(TaskStatus.IN_PROGRESS).withResult("2025-H1", "Đã tham dự 12 phiên họp trực tuyến"),
                new PlanTask("k-2", "2.1", "Biên soạn chuyên đề\nTạp chí Kiến trúc", "Phòng Quản lý Di sản văn hóa",
                        List.of("Tạp chí Kiến trúc"), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 10, 15), List.of("t-3"),
                        TaskStatus.DONE, List.of(new TaskResult("2025", "Đã xuất bản 42 trang"),
                                new TaskResult("2025-Q3", "Hoàn thành bản thảo"))));
        List<PlanActivity> activities = new ArrayList<>(network.activities());
        activities.add(new PlanActivity("a-hn", "k-1", ActivityKind.CONFERENCE, "Hội nghị thường niên Mạng lưới",
                LocalDate.of(2025, 7, 1), "Braga, Bồ Đào Nha", "Sở Văn hóa và Thể thao", 3, 1, null, "Trình bày tham luận"));
        return new Plan(null, network.issuingBody(), network.kind(), "45", network.symbol(), LocalDate.of(2025, 1, 15), "Hà Nội",
                network.title(), sample.grounds(), network.periodFrom(), network.periodTo(), sample.purposes(),
                sample.requirements(), "Ngân sách nhà nước cấp cho Sở năm 2025", List.of(
                        ReportingRule.recurring(ReportFrequency.SEMIANNUAL, MonthDay.of(6, 20), "UBND Thành phố"),
                        ReportingRule.recurring(ReportFrequency.ANNUAL, MonthDay.of(11, 30), "UBND Thành phố"),
                        ReportingRule.recurring(ReportFrequency.QUARTERLY, MonthDay.of(12, 15), "Văn phòng Sở"),
                        ReportingRule.once(LocalDate.of(2025, 12, 20), "Bộ Văn hóa, Thể thao và Du lịch")),
                sample.recipients(), signer(), network.targets(), tasks, activities);
    }

    private static Signer signer() {
        return new Signer("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Thị Ánh Mai");
    }
}
