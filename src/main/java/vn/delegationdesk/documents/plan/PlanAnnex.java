package vn.delegationdesk.documents.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.Rule;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.Target;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * The plan's annex "Danh mục nhiệm vụ": a row per task in the plan's numbering (STT, the task, the lead unit, the
 * coordinating units, when), a task with tasks under it in bold; then the targets with their field and value or range.
 */
final class PlanAnnex {
    static final String TITLE = "DANH MỤC NHIỆM VỤ";
    static final String TARGETS_TITLE = "CHỈ TIÊU CỦA KẾ HOẠCH";
    /**
     * Millimetres of the 165 mm text column at 11 pt: the STT holds "2.3.1", the units' columns hold "Phòng Quản lý Di
     * sản văn hóa" on two lines, the time column "Thường xuyên" on one and "01/03/2026 – 31/10/2026" on two.
     */
    private static final List<Float> TASK_WIDTHS = List.of(12f, 56f, 33f, 35f, 29f);
    private static final List<Float> TARGET_WIDTHS = List.of(12f, 75f, 40f, 38f);
    private static final float TABLE_FONT = 11;

    private PlanAnnex() {
    }

    static List<Block> of(Plan plan) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(List.of(Run.bold("Phụ lục")), Align.CENTER, 0, false, 0, 0, false));
        blocks.add(Paragraph.centered(Run.bold(TITLE)));
        blocks.add(new Paragraph(List.of(Run.italic(attachedTo(plan))), Align.CENTER, 0, false, 0, 3, false));
        blocks.add(new Rule(0.3f));
        if (!plan.tasks().isEmpty()) {
            blocks.add(tasks(plan));
        }
        if (!plan.targets().isEmpty()) {
            blocks.add(new Paragraph(List.of(Run.bold(TARGETS_TITLE)), Align.CENTER, 0, false, 12, 6, true));
            blocks.add(targets(plan));
        }
        return blocks;
    }

    /** "(Kèm theo Kế hoạch số 102/KH-SVHTT ngày 10/01/2025 của Sở Văn hóa và Thể thao)". */
    static String attachedTo(Plan plan) {
        String body = PlanWording.body(plan);
        return "(Kèm theo " + PlanWording.citation(plan) + (body.isEmpty() ? "" : " của " + body) + ")";
    }

    private static Table tasks(Plan plan) {
        List<Cell> header = List.of(head("STT"), head("Nhiệm vụ"), head("Đơn vị chủ trì"), head("Đơn vị phối hợp"),
                Cell.of(headLine("Thời gian"), headLine("thực hiện")));
        List<List<Cell>> rows = new ArrayList<>();
        for (PlanTask task : PlanDocumentBuilder.ordered(plan.tasks())) {
            boolean top = hasSubtasks(task, plan.tasks());
            boolean timed = !task.leadUnit().isEmpty() || task.from() != null || task.due() != null;
            rows.add(List.of(Cell.of(task.number(), Align.CENTER),
                    top ? Cell.bold(heading(task), Align.LEFT) : Cell.of(heading(task), Align.LEFT),
                    Cell.of(task.leadUnit(), Align.LEFT), Cell.of(String.join(", ", task.coordinatingUnits()), Align.LEFT),
                    Cell.of(timed ? when(task) : "", Align.CENTER)));
        }
        return new Table(TASK_WIDTHS, List.of(header), rows, true, TABLE_FONT);
    }

    /** "01/03/2026 – 31/10/2026" in the narrow column; else as the text says it ("Trước ngày 15/10/2025", "Thường xuyên"). */
    static String when(PlanTask task) {
        if (task.from() != null && task.due() != null && !task.from().equals(task.due())) {
            return VietnameseDates.range(task.from(), task.due());
        }
        return PlanWording.when(task.from(), task.due());
    }

    /** Whether tasks numbered under {@code task} ("2.1" under "2") follow: its row then heads them, in bold. */
    static boolean hasSubtasks(PlanTask task, List<PlanTask> tasks) {
        return !task.number().isEmpty() && tasks.stream().anyMatch(t -> t.number().startsWith(task.number() + "."));
    }

    private static Table targets(Plan plan) {
        List<Cell> header = List.of(head("STT"), head("Chỉ tiêu"), head("Lĩnh vực"), head("Kế hoạch"));
        List<List<Cell>> rows = new ArrayList<>();
        int number = 1;
        Set<String> seen = new LinkedHashSet<>();
        for (Target target : plan.targets()) {
            if (seen.add(target.id())) {
                rows.add(List.of(Cell.of(Integer.toString(number++), Align.CENTER), Cell.of(target.label(), Align.LEFT),
                        Cell.of(target.field(), Align.LEFT), Cell.of(PlanWording.planned(target), Align.CENTER)));
            }
        }
        return new Table(TARGET_WIDTHS, List.of(header), rows, true, TABLE_FONT);
    }

    private static Paragraph headLine(String text) {
        return new Paragraph(List.of(Run.bold(text)), Align.CENTER, 0, false, 0, 0, false);
    }

    static Cell head(String text) {
        return Cell.bold(text, Align.CENTER);
    }

    /**
     * A task as the annex lists it: the first line of its content, its heading ("Tham dự các Hội nghị, diễn đàn …"); the
     * details that follow it are printed in part II of the plan, not repeated in the table.
     */
    static String heading(PlanTask task) {
        String content = task.content();
        int end = content.indexOf('\n');
        String first = (end < 0 ? content : content.substring(0, end)).strip();
        return first.endsWith(":") ? first.substring(0, first.length() - 1) : first;
    }
}
