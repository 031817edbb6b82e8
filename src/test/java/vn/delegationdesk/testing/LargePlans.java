package vn.delegationdesk.testing;

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
import vn.delegationdesk.plan.ProgressEntry;
import vn.delegationdesk.plan.ReportFrequency;
import vn.delegationdesk.plan.ReportingRule;
import vn.delegationdesk.plan.Target;
import vn.delegationdesk.plan.TaskStatus;

/**
 * A big body's year of plans for the benchmarks (issue 17: 50 plans, 2,000 tasks, 10,000 activities): each plan of 2025
 * with grounds, purposes, a reporting regime, targets counted from each kind of event and one counted by hand, tasks in
 * the plan's own numbering (1, 1.1 … 1.4, 2, 2.1 …) led and coordinated by units of a pool of twelve, with due dates
 * over the year, statuses and first-half results, and activities of every kind dated over the year, each carrying out a
 * task that serves the target of its kind. Every plan passes the validator. Deterministic: the same call gives the same
 * plans.
 */
public final class LargePlans {
    /** The twelve units the tasks are shared among. */
    public static final List<String> UNITS = List.of("Phòng Quản lý Di sản văn hóa", "Phòng Quản lý Nghệ thuật",
            "Phòng Quản lý Văn hóa", "Phòng Quản lý Thể dục thể thao", "Phòng Kế hoạch Tài chính", "Phòng Tổ chức Pháp chế",
            "Văn phòng Sở", "Thanh tra Sở", "Bảo tàng Hà Nội", "Thư viện Hà Nội", "Trung tâm Văn hóa nghệ thuật Hà Nội",
            "Nhà hát Chèo Hà Nội");
    /** The kinds of event a target counts, one target each. */
    private static final List<ActivityKind> COUNTED = List.of(ActivityKind.ONLINE_SESSION, ActivityKind.WORKSHOP,
            ActivityKind.CONFERENCE, ActivityKind.EXHIBITION, ActivityKind.PUBLICATION, ActivityKind.MEDIA);
    private static final List<String> THEMES = List.of("phát triển công nghiệp văn hóa", "bảo tồn và phát huy giá trị di sản",
            "tham gia Mạng lưới các thành phố Sáng tạo của UNESCO", "phát triển văn học, nghệ thuật", "thể thao thành tích cao",
            "xây dựng đời sống văn hóa cơ sở", "phát triển thư viện và văn hóa đọc");
    private static final List<String> FIELDS = List.of("Hợp tác quốc tế", "Tuyên truyền", "Di sản", "Nghệ thuật");
    private static final List<String> TARGET_LABELS = List.of("Phiên họp trực tuyến", "Tọa đàm, workshop", "Hội nghị, hội thảo",
            "Trưng bày, triển lãm", "Trang chuyên đề", "Sản phẩm truyền thông");
    private static final List<String> TASK_WORK = List.of("tham mưu xây dựng chương trình giao lưu, kết nối",
            "biên soạn, xuất bản ấn phẩm chuyên đề", "tổ chức hội nghị, tọa đàm chuyên đề",
            "xây dựng phóng sự, clip tuyên truyền", "tổ chức trưng bày, triển lãm chuyên đề", "kiểm tra, đôn đốc, sơ kết");
    private static final List<String> PLACES = List.of("Bảo tàng Hà Nội", "Hoàng thành Thăng Long", "Văn Miếu - Quốc Tử Giám",
            "Cung Văn hóa Hữu nghị Việt Xô", "Trung tâm Văn hóa nghệ thuật Hà Nội", "Thư viện Hà Nội");
    /** By {@link ActivityKind#ordinal()}. */
    private static final List<String> ACTIVITY_TITLES = List.of("Đoàn công tác", "Phiên họp trực tuyến của Mạng lưới",
            "Tọa đàm chuyên đề", "Hội nghị", "Triển lãm chuyên đề", "Chuyên trang trên tạp chí", "Clip giới thiệu");
    private static final int SUBTASKS = 4;
    private static final int YEAR = 2025;

    private LargePlans() {
    }

    /** {@code plans} plans of {@code tasks} tasks and {@code activities} activities each; delegations linked to none. */
    public static List<Plan> body(int plans, int tasks, int activities) {
        return body(plans, tasks, activities, List.of());
    }

    /**
     * As {@link #body(int, int, int)}, every tenth activity a delegation of the app linked round-robin to
     * {@code delegationIds} (none: those activities are events of the other kinds).
     */
    public static List<Plan> body(int plans, int tasks, int activities, List<Long> delegationIds) {
        List<Plan> body = new ArrayList<>(plans);
        for (int p = 1; p <= plans; p++) {
            body.add(plan(p, tasks, activities, delegationIds));
        }
        return body;
    }

    private static Plan plan(int p, int taskCount, int activityCount, List<Long> delegationIds) {
        String theme = THEMES.get(p % THEMES.size());
        List<PlanTask> tasks = tasks(p, taskCount);
        List<PlanActivity> activities = activities(p, tasks, activityCount, delegationIds);
        List<Target> targets = new ArrayList<>();
        for (int k = 0; k < COUNTED.size(); k++) {
            ActivityKind kind = COUNTED.get(k);
            long achieved = activities.stream().filter(a -> a.kind() == kind).mapToLong(PlanActivity::quantity).sum();
            // Plans fall short of, meet and exceed their targets in turn.
            long min = switch ((p + k) % 3) {
                case 0 -> achieved + 5;
                case 1 -> Math.max(0, achieved - 5);
                default -> Math.max(0, achieved - 20);
            };
            targets.add(Target.counted("t-" + (k + 1), TARGET_LABELS.get(k) + " về " + theme, FIELDS.get(k % FIELDS.size()),
                    k == 4 ? "trang" : "cuộc", min, (p + k) % 3 == 2 ? Math.max(0, achieved - 10) : min + 10, kind));
        }
        targets.add(new Target("t-tay", "Lượt người tham gia các hoạt động " + theme, "Tuyên truyền", "lượt", 5_000, 8_000, null,
                List.of(new ProgressEntry(LocalDate.of(YEAR, 6, 30), 2_400 + p * 10L, "Báo cáo 6 tháng của các đơn vị"))));
        return new Plan(null, new IssuingBody("UBND THÀNH PHỐ HÀ NỘI", "SỞ VĂN HÓA VÀ THỂ THAO", "SVHTT"),
                p % 5 == 0 ? PlanKind.IMPLEMENTATION_PLAN : PlanKind.ANNUAL_PLAN, String.valueOf(100 + p), "KH-SVHTT",
                LocalDate.of(YEAR - 1, 12, 1).plusDays(p), "Hà Nội", "Kế hoạch " + theme + " năm " + YEAR + " (số " + p + ")",
                List.of(new Ground(GroundKind.IMPLEMENTS, "Kế hoạch số " + (200 + p) + "/KH-UBND ngày 15/01/" + YEAR
                                + " của UBND Thành phố về " + theme),
                        new Ground(GroundKind.BASED_ON, "Quyết định số 1655/QĐ-SVHTT ngày 16/12/2024 của Sở Văn hóa và Thể thao "
                                + "Hà Nội về việc giao chỉ tiêu Kế hoạch phát triển kinh tế - xã hội năm " + YEAR)),
                LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31),
                List.of("Triển khai hiệu quả các hoạt động " + theme + " của Thủ đô năm " + YEAR + ".",
                        "Nâng cao chất lượng phối hợp giữa các phòng, đơn vị thuộc Sở."),
                List.of("Đảm bảo sự phối hợp chặt chẽ, thường xuyên, thống nhất giữa các đơn vị.",
                        "Các hoạt động phải đảm bảo thiết thực, hiệu quả, tiết kiệm."),
                "Kinh phí thực hiện từ nguồn ngân sách giao Sở Văn hóa và Thể thao năm " + YEAR + ".",
                reporting(p), List.of("Ban Giám đốc Sở", "Các phòng, đơn vị thuộc Sở", "Lưu: VT"),
                new Signer("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn " + (char) ('A' + p % 20)),
                targets, tasks, activities);
    }

    private static List<ReportingRule> reporting(int p) {
        String to = "UBND Thành phố (qua Văn phòng UBND Thành phố)";
        List<ReportingRule> rules = new ArrayList<>(List.of(ReportingRule.recurring(ReportFrequency.SEMIANNUAL, MonthDay.of(6, 20), to),
                ReportingRule.recurring(ReportFrequency.ANNUAL, MonthDay.of(11, 30), to)));
        if (p % 3 == 0) {
            rules.add(ReportingRule.recurring(ReportFrequency.QUARTERLY, MonthDay.of(1, 15), "Sở Văn hóa và Thể thao"));
        }
        if (p % 4 == 0) {
            rules.add(ReportingRule.once(LocalDate.of(YEAR, 9, 10), "Ban Giám đốc Sở (sơ kết 9 tháng)"));
        }
        return rules;
    }

    /** Sections 1, 2 … each followed by its items 1.1 … 1.4, until {@code count} tasks. */
    private static List<PlanTask> tasks(int p, int count) {
        List<PlanTask> tasks = new ArrayList<>(count);
        int section = 0;
        int item = SUBTASKS;
        for (int i = 0; i < count; i++) {
            String number;
            if (item == SUBTASKS) {
                section++;
                item = 0;
                number = String.valueOf(section);
            } else {
                item++;
                number = section + "." + item;
            }
            String lead = UNITS.get((p + i) % UNITS.size());
            List<String> coordinating = switch (i % 3) {
                case 0 -> List.of();
                case 1 -> List.of(UNITS.get((p + i + 5) % UNITS.size()));
                default -> List.of(UNITS.get((p + i + 3) % UNITS.size()), UNITS.get((p + i + 7) % UNITS.size()));
            };
            LocalDate due = i % 5 == 4 ? null : LocalDate.of(YEAR, 1 + (i * 7 + p) % 12, 1 + (i * 11 + p) % 28);
            LocalDate from = due == null || i % 2 == 0 ? null : LocalDate.of(YEAR, 1, 1);
            TaskStatus status = switch ((i + p) % 7) {
                case 0, 1, 2 -> TaskStatus.NOT_STARTED;
                case 3, 4 -> TaskStatus.IN_PROGRESS;
                case 5 -> TaskStatus.DONE;
                default -> TaskStatus.STOPPED;
            };
            PlanTask task = new PlanTask("k-" + (i + 1), number, "Tổ chức thực hiện nội dung " + number + " của kế hoạch: "
                    + TASK_WORK.get(i % TASK_WORK.size()) + "; phối hợp các đơn vị liên quan bảo đảm tiến độ, chất lượng và báo "
                    + "cáo kết quả theo quy định.", lead, coordinating, from, due, List.of("t-" + (1 + i % COUNTED.size())),
                    status, List.of());
            if (i % 2 == 0) {
                task = task.withResult(YEAR + "-H1", "Đã triển khai " + (i % 9 + 1) + " hoạt động; đạt khoảng " + (40 + i % 50)
                        + "% khối lượng công việc của năm.");
            }
            tasks.add(task);
        }
        return tasks;
    }

    /** Activity {@code j} carries out task {@code j mod tasks}, of the kind that task's target counts. */
    private static List<PlanActivity> activities(int p, List<PlanTask> tasks, int count, List<Long> delegationIds) {
        List<PlanActivity> activities = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            int t = j % tasks.size();
            PlanTask task = tasks.get(t);
            LocalDate date = LocalDate.of(YEAR, 1, 1).plusDays((j * 37L + p * 11L) % 365);
            String id = "a-" + (j + 1);
            if (j % 10 == 9 && !delegationIds.isEmpty()) {
                long delegation = delegationIds.get((j / 10) % delegationIds.size());
                activities.add(new PlanActivity(id, task.id(), ActivityKind.DELEGATION, "Đoàn khảo sát, học tập kinh nghiệm số "
                        + (j / 10 + 1), null, "", task.leadUnit(), 0, 1, delegation, ""));
                continue;
            }
            ActivityKind kind = COUNTED.get(t % COUNTED.size());
            long quantity = kind == ActivityKind.PUBLICATION ? 4 + j % 9 : 1;
            String place = kind == ActivityKind.ONLINE_SESSION ? "Trực tuyến" : PLACES.get(j % PLACES.size());
            String result = j % 3 == 0 ? "Hoàn thành; có báo cáo kết quả gửi Văn phòng Sở." : "";
            activities.add(new PlanActivity(id, task.id(), kind, ACTIVITY_TITLES.get(kind.ordinal()) + " lần " + (j + 1), date,
                    place, task.leadUnit(), 20 + j % 180, quantity, null, result));
        }
        return activities;
    }
}
