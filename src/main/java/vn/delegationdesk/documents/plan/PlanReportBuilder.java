package vn.delegationdesk.documents.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.documents.content.OfficialParts;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.Closing;
import vn.delegationdesk.documents.layout.OfficialHeader;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Rule;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.plan.ActivityKind;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanActivity;
import vn.delegationdesk.plan.PlanProgress;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ProgressEntry;
import vn.delegationdesk.plan.ReportDeadline;
import vn.delegationdesk.plan.ReportPeriod;
import vn.delegationdesk.plan.Target;
import vn.delegationdesk.plan.TargetProgress;
import vn.delegationdesk.plan.TaskProgress;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * "BÁO CÁO Kết quả thực hiện Kế hoạch số …/KH-… 6 tháng đầu năm 2025" pre-filled from {@link PlanProgress} over the
 * period: the targets table (planned value or range, achieved, đạt / chưa đạt / vượt), then per task its units, status,
 * the result reported for the period and the activities that carried it out in the period (counted by kind with their
 * dates; a linked delegation with its title, dates and members), the overdue tasks; the parts only the clerk can write
 * (assessment, difficulties, proposals) are headed dotted lines. Sent to the recipient of the reporting rule of the
 * period and signed by the plan's signer. The words of statuses, kinds and attainments are the screen's (the bundle's).
 */
public final class PlanReportBuilder {
    static final String KIND = "BÁO CÁO";
    /** A delegation linked to a task but no longer kept in the store. */
    static final String DELETED_DELEGATION = "(đoàn đã bị xóa khỏi dữ liệu)";
    static final String DOTTED_LINE = PlanDocumentBuilder.DOTTED_LINE;
    /** At most this many activities of a kind are listed one by one; more are counted with their dates. */
    static final int LISTED_ONE_BY_ONE = 5;
    private static final List<Float> TARGET_WIDTHS = List.of(11f, 62f, 33f, 31f, 28f);
    private static final int TARGET_COLUMNS = 5;
    private static final float TABLE_FONT = 12;

    private final Messages messages;

    public PlanReportBuilder(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * The report of {@code plan} for {@code period}, seen on {@code today} (which tasks are overdue), with the stored
     * delegations its activities link, by id (a link missing from {@code linked} prints as deleted).
     */
    public PrintedDocument build(Plan plan, ReportPeriod period, LocalDate today, Map<Long, Delegation> linked) {
        PlanProgress progress = PlanProgress.of(plan, today, period);
        Optional<ReportDeadline> deadline = deadline(plan, period);
        List<Block> blocks = new ArrayList<>();
        String what = "Kế hoạch số " + PlanWording.reference(plan) + " " + PlanWording.period(period);
        blocks.add(Paragraph.centered(Run.bold(KIND)).withSpacing(12, 0));
        blocks.add(Paragraph.centered(Run.bold("Kết quả thực hiện " + what)).withSpacing(0, 3));
        blocks.add(new Rule(0.3f));
        blocks.add(Paragraph.body(introduction(plan, period)).withSpacing(12, Paragraph.BODY_SPACING));
        int part = 1;
        if (!progress.targets().isEmpty()) {
            blocks.add(Paragraph.heading(PlanWording.roman(part++) + ". KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"));
            blocks.add(targets(progress, period));
        }
        blocks.add(Paragraph.heading(PlanWording.roman(part++) + ". KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ"));
        tasks(plan, progress, period, linked, blocks);
        overdue(progress, today, blocks);
        for (String heading : List.of("ĐÁNH GIÁ CHUNG", "KHÓ KHĂN, VƯỚNG MẮC", "ĐỀ XUẤT, KIẾN NGHỊ")) {
            blocks.add(Paragraph.heading(PlanWording.roman(part++) + ". " + heading));
            blocks.add(PlanDocumentBuilder.dots());
            blocks.add(PlanDocumentBuilder.dots());
        }
        String body = PlanWording.body(plan);
        blocks.add(Paragraph.body("Trên đây là báo cáo kết quả thực hiện " + what + (body.isEmpty() ? "" : " của " + body)
                + "./.").keptWithNext());
        blocks.add(new Closing(OfficialParts.recipients(recipients(plan, deadline)), OfficialParts.signature(plan.signer())));
        LocalDate expected = deadline.map(ReportDeadline::date).orElse(today);
        OfficialHeader header = new OfficialHeader(plan.issuingBody().parentBody(), plan.issuingBody().name(),
                OfficialParts.numberLine("", OfficialParts.symbol(plan.issuingBody(), "BC")),
                OfficialParts.placeDateLine(plan.place(), null, expected));
        return new PrintedDocument("Báo cáo kết quả thực hiện " + what, PageSetup.administrative(), header, blocks, null);
    }

    /**
     * "Thực hiện Kế hoạch số 102/KH-SVHTT ngày … của Sở Văn hóa và Thể thao về tham gia …, Sở Văn hóa và Thể thao báo
     * cáo kết quả thực hiện 6 tháng đầu năm 2025 (từ ngày 01/01/2025 đến ngày 30/06/2025) như sau:".
     */
    static String introduction(Plan plan, ReportPeriod period) {
        String body = PlanWording.body(plan);
        String subject = PlanWording.subject(plan);
        return "Thực hiện " + PlanWording.citation(plan) + (body.isEmpty() ? "" : " của " + body)
                + (subject.isEmpty() ? "" : " về " + subject) + ", " + (body.isEmpty() ? "" : body + " ")
                + "báo cáo kết quả thực hiện " + PlanWording.period(period) + " (từ ngày " + VietnameseDates.format(period.from())
                + " đến ngày " + VietnameseDates.format(period.to()) + ") như sau:";
    }

    /** The report due for {@code period} under the plan's regime, if the regime asks for one. */
    static Optional<ReportDeadline> deadline(Plan plan, ReportPeriod period) {
        return plan.deadlines(period.from(), period.to().plusYears(1)).stream()
                .filter(d -> period.equals(d.period())).findFirst();
    }

    /**
     * Whom the report goes to: the recipient of the period's rule (else of the plan's first rule), then the plan's own
     * archive item without its count of copies ("Lưu: VT, QLDSVH."), else "Lưu: VT".
     */
    static List<String> recipients(Plan plan, Optional<ReportDeadline> deadline) {
        List<String> items = new ArrayList<>();
        String recipient = deadline.map(d -> d.rule().recipient())
                .orElse(plan.reporting().isEmpty() ? "" : plan.reporting().get(0).recipient());
        if (!recipient.isEmpty()) {
            items.add(recipient + " (để báo cáo)");
        }
        String archive = plan.recipients().stream().map(String::strip).map(r -> r.startsWith("-") ? r.substring(1).strip() : r)
                .filter(r -> r.startsWith("Lưu")).reduce((first, second) -> second)
                .map(r -> r.replaceAll("\\s*\\(\\d+\\s*b\\)", "")).orElse("Lưu: VT");
        items.add(archive);
        return items;
    }

    private Table targets(PlanProgress progress, ReportPeriod period) {
        List<Cell> header = List.of(PlanAnnex.head("STT"), PlanAnnex.head("Chỉ tiêu"), PlanAnnex.head("Kế hoạch"),
                PlanAnnex.head("Thực hiện"), PlanAnnex.head("Đánh giá"));
        Set<String> fields = new LinkedHashSet<>();
        progress.targets().forEach(t -> fields.add(t.target().field()));
        boolean grouped = fields.size() > 1;
        List<List<Cell>> rows = new ArrayList<>();
        int number = 1;
        for (String field : fields) {
            if (grouped) {
                // Not shaded: a shaded row is laid out with the row under it as a table of its own, whose borders
                // stand a point inside the table's; a field's name in bold italics reads as the seeds' "Lĩnh vực …".
                rows.add(List.of(new Cell(List.of(new Paragraph(List.of(new Run(field.isEmpty() ? "Khác" : field, true, true,
                        false)), Align.LEFT, 0, false, 0, 0, false)), TARGET_COLUMNS, 1, false)));
            }
            for (TargetProgress row : progress.targets()) {
                if (!row.target().field().equals(field)) {
                    continue;
                }
                Target target = row.target();
                rows.add(List.of(Cell.of(Integer.toString(number++), Align.CENTER), Cell.of(target.label(), Align.LEFT),
                        Cell.of(PlanWording.planned(target), Align.CENTER), achieved(row, period),
                        Cell.of(messages.get(row.attainment().labelKey()), Align.CENTER)));
            }
        }
        return new Table(TARGET_WIDTHS, List.of(header), rows, true, TABLE_FONT);
    }

    /** "22 cuộc"; for a target counted by hand the sources of the figures of the period under it, in italics. */
    private static Cell achieved(TargetProgress row, ReportPeriod period) {
        Paragraph figure = Paragraph.of(PlanWording.achieved(row.achieved(), row.target()), Align.CENTER);
        if (!row.target().countedByHand()) {
            return Cell.of(figure);
        }
        List<String> sources = row.target().entries().stream().filter(e -> period.contains(e.date()))
                .map(ProgressEntry::source).filter(s -> !s.isEmpty()).distinct().toList();
        if (sources.isEmpty()) {
            return Cell.of(figure);
        }
        Paragraph from = new Paragraph(List.of(Run.italic("(" + String.join("; ", sources) + ")")), Align.CENTER, 10, false, 0, 0,
                false);
        return Cell.of(figure, from);
    }

    private void tasks(Plan plan, PlanProgress progress, ReportPeriod period, Map<Long, Delegation> linked, List<Block> blocks) {
        if (progress.tasks().isEmpty()) {
            blocks.add(PlanDocumentBuilder.dots());
            return;
        }
        Map<String, TaskProgress> byId = new LinkedHashMap<>();
        progress.tasks().forEach(t -> byId.put(t.task().id(), t));
        for (PlanTask task : PlanDocumentBuilder.ordered(plan.tasks())) {
            TaskProgress state = byId.get(task.id());
            boolean top = task.parsedNumber().map(n -> n.depth() == 1).orElse(true);
            Run title = top ? Run.bold(task.number() + ". " + task.content())
                    : new Run(task.number() + ". " + task.content(), true, true, false);
            blocks.add(new Paragraph(List.of(title), Align.JUSTIFIED, 0, true, 0, Paragraph.BODY_SPACING, true));
            units(task).ifPresent(text -> blocks.add(Paragraph.body(text)));
            blocks.add(Paragraph.body(status(state)));
            String result = task.resultFor(period.code());
            blocks.add(Paragraph.body(List.of(Run.plain("- Kết quả: "), Run.plain(result.isEmpty() ? DOTTED_LINE.substring(20)
                    : result))));
            List<PlanActivity> done = plan.activitiesOf(task.id()).stream().filter(a -> inPeriod(a, period)).toList();
            if (done.isEmpty()) {
                blocks.add(Paragraph.body("- Hoạt động trong kỳ: chưa có hoạt động được ghi nhận."));
            } else {
                blocks.add(Paragraph.body("- Hoạt động trong kỳ:").keptWithNext());
                activities(done, linked).forEach(line -> blocks.add(Paragraph.body(line)));
            }
        }
    }

    /** As {@link PlanProgress} counts it: an activity without a date (a delegation) counts in every period. */
    static boolean inPeriod(PlanActivity activity, ReportPeriod period) {
        return activity.date() == null || period.contains(activity.date());
    }

    /** "- Đơn vị chủ trì: …; đơn vị phối hợp: …, …." */
    private static Optional<String> units(PlanTask task) {
        if (task.leadUnit().isEmpty() && task.coordinatingUnits().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("- ");
        if (!task.leadUnit().isEmpty()) {
            text.append("Đơn vị chủ trì: ").append(task.leadUnit());
        }
        if (!task.coordinatingUnits().isEmpty()) {
            text.append(task.leadUnit().isEmpty() ? "Đơn vị phối hợp: " : "; đơn vị phối hợp: ")
                    .append(String.join(", ", task.coordinatingUnits()));
        }
        return Optional.of(text.append('.').toString());
    }

    /** "- Tình trạng: Đang thực hiện (hạn hoàn thành 15/10/2025, quá hạn)." */
    private String status(TaskProgress state) {
        PlanTask task = state.task();
        StringBuilder text = new StringBuilder("- Tình trạng: ").append(messages.get(task.status().labelKey()));
        if (task.due() != null) {
            text.append(" (hạn hoàn thành ").append(VietnameseDates.format(task.due())).append(state.overdue() ? ", quá hạn)" : ")");
        }
        return text.append('.').toString();
    }

    /**
     * The activities of a task in the period: the delegations one by one, then each kind of event in the order of the
     * kinds, listed one by one when few ("+ Tọa đàm, workshop: 2 – Tọa đàm … (20/05/2025, Bảo tàng Hà Nội); …"), else
     * counted with their dates ("+ Phiên họp trực tuyến: 22, các ngày 20/01/2025, …").
     */
    List<String> activities(List<PlanActivity> done, Map<Long, Delegation> linked) {
        List<String> lines = new ArrayList<>();
        for (PlanActivity activity : done) {
            if (activity.isDelegation()) {
                lines.add(delegationLine(activity, linked));
            }
        }
        Comparator<PlanActivity> byDate = Comparator.comparing(PlanActivity::date, Comparator.nullsLast(Comparator.naturalOrder()));
        for (ActivityKind kind : ActivityKind.values()) {
            if (kind == ActivityKind.DELEGATION) {
                continue;
            }
            List<PlanActivity> ofKind = done.stream().filter(a -> a.kind() == kind).sorted(byDate).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            long quantity = ofKind.stream().mapToLong(PlanActivity::quantity).sum();
            StringBuilder text = new StringBuilder("+ ").append(messages.get(kind.labelKey())).append(": ").append(ofKind.size());
            if (quantity != ofKind.size()) {
                text.append(" (số lượng: ").append(quantity).append(')');
            }
            if (ofKind.size() <= LISTED_ONE_BY_ONE) {
                List<String> each = ofKind.stream().map(PlanReportBuilder::eventText).toList();
                text.append(" – ").append(String.join("; ", each));
            } else {
                List<LocalDate> dates = ofKind.stream().map(PlanActivity::date).filter(Objects::nonNull).toList();
                if (!dates.isEmpty()) {
                    text.append(", các ngày ").append(dates(dates));
                }
            }
            lines.add(text.toString());
        }
        for (int i = 0; i < lines.size(); i++) {
            lines.set(i, lines.get(i) + (i == lines.size() - 1 ? "." : ";"));
        }
        return lines;
    }

    /** "20/01, 30/01, 09/02/2025" for dates of one year (in order), else each in full. */
    static String dates(List<LocalDate> dates) {
        boolean oneYear = dates.stream().map(LocalDate::getYear).distinct().count() == 1;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            String full = VietnameseDates.format(dates.get(i));
            out.add(oneYear && i < dates.size() - 1 ? full.substring(0, 5) : full);
        }
        return String.join(", ", out);
    }

    /** "Tọa đàm thiết kế sáng tạo (20/05/2025, Bảo tàng Hà Nội; 40 người tham dự)". */
    private static String eventText(PlanActivity activity) {
        List<String> facts = new ArrayList<>();
        if (activity.date() != null) {
            facts.add(VietnameseDates.format(activity.date()));
        }
        if (!activity.place().isEmpty()) {
            facts.add(activity.place());
        }
        StringBuilder text = new StringBuilder(activity.title().isEmpty() ? "" : activity.title());
        if (!facts.isEmpty()) {
            text.append(text.length() == 0 ? "" : " ").append('(').append(String.join(", ", facts));
            if (activity.participants() > 0) {
                text.append("; ").append(activity.participants()).append(" người tham dự");
            }
            text.append(')');
        }
        if (!activity.result().isEmpty()) {
            text.append(": ").append(activity.result());
        }
        return text.toString();
    }

    /**
     * "+ Đoàn công tác: Đoàn … từ ngày 14/10/2025 đến ngày 19/10/2025, 37 người", from the stored delegation; a link
     * to a delegation no longer kept names the title it was linked with and says so; an unlinked one gives its title.
     */
    private String delegationLine(PlanActivity activity, Map<Long, Delegation> linked) {
        String kind = "+ " + messages.get(ActivityKind.DELEGATION.labelKey()) + ": ";
        if (activity.delegationId() == null) {
            // Not linked here (a plan read from another store's package): the title as written, nothing claimed about it.
            return kind + activity.title();
        }
        Delegation delegation = linked.get(activity.delegationId());
        if (delegation == null) {
            String title = activity.title().isEmpty() ? "" : activity.title() + " ";
            return kind + title + DELETED_DELEGATION;
        }
        StringBuilder text = new StringBuilder(kind).append(delegation.title());
        LocalDate first = delegation.firstDate().orElse(null);
        LocalDate last = delegation.lastDate().orElse(null);
        if (first != null && last != null && !first.equals(last)) {
            text.append(", từ ngày ").append(VietnameseDates.format(first)).append(" đến ngày ").append(VietnameseDates.format(last));
        } else if (first != null || last != null) {
            text.append(", ngày ").append(VietnameseDates.format(first == null ? last : first));
        }
        text.append(", ").append(delegation.members().size()).append(" người");
        if (!activity.result().isEmpty()) {
            text.append(": ").append(activity.result());
        }
        return text.toString();
    }

    /** The tasks open after their due date on {@code today}, or a line saying there are none. */
    private static void overdue(PlanProgress progress, LocalDate today, List<Block> blocks) {
        List<TaskProgress> late = progress.tasks().stream().filter(TaskProgress::overdue).toList();
        blocks.add(PlanDocumentBuilder.subHeading("Các nhiệm vụ chậm so với thời hạn (đến ngày " + VietnameseDates.format(today) + ")"));
        if (late.isEmpty()) {
            blocks.add(Paragraph.body("Không có nhiệm vụ quá hạn."));
            return;
        }
        for (TaskProgress state : late) {
            PlanTask task = state.task();
            String lead = task.leadUnit().isEmpty() ? "" : "chủ trì: " + task.leadUnit() + "; ";
            blocks.add(Paragraph.body("- Nhiệm vụ " + task.number() + ": " + task.content() + " (" + lead + "hạn hoàn thành "
                    + VietnameseDates.format(task.due()) + ")."));
        }
    }
}
