package vn.delegationdesk.documents.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.delegationdesk.documents.content.OfficialParts;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Closing;
import vn.delegationdesk.documents.layout.OfficialHeader;
import vn.delegationdesk.documents.layout.PageBreak;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Rule;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.plan.Ground;
import vn.delegationdesk.plan.GroundKind;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanProgress;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.TaskNumber;
import vn.delegationdesk.plan.UnitWork;

/**
 * The plan itself as the seeds print it (Nghị định 30/2020): the issuing body's header, "KẾ HOẠCH" and its title, the
 * grounds ("Thực hiện …;", "Căn cứ …;"), I. purposes and requirements, II. the tasks in the plan's numbering with their
 * lead and coordinating units, period and targets, III. funding, IV. who does what (each unit and the tasks it leads or
 * coordinates), V. the reporting regime in words, "Nơi nhận" and the plan's signer; then, on a new page, the annex: the
 * task table and the targets ({@link PlanAnnex}).
 */
public final class PlanDocumentBuilder {
    static final String TYPE_NAME = "KẾ HOẠCH";
    /** A line of dots for a part the plan leaves to be written (funding not entered). */
    static final String DOTTED_LINE = ".".repeat(128);

    /** The plan laid out; pure. */
    public PrintedDocument build(Plan plan) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.centered(Run.bold(TYPE_NAME)).withSpacing(12, 0));
        if (!plan.title().isEmpty()) {
            blocks.add(Paragraph.centered(Run.bold(PlanWording.heading(plan))).withSpacing(0, 3));
        }
        blocks.add(new Rule(0.3f));
        grounds(plan, blocks);
        int part = 1;
        part = purposes(plan, blocks, part);
        String tasksPart = plan.tasks().isEmpty() ? "" : PlanWording.roman(part);
        part = tasks(plan, blocks, part);
        blocks.add(Paragraph.heading(PlanWording.roman(part++) + ". KINH PHÍ"));
        blocks.add(plan.funding().isEmpty() ? dots() : Paragraph.body(plan.funding()));
        part = organisation(plan, blocks, part, tasksPart);
        if (!plan.reporting().isEmpty()) {
            blocks.add(Paragraph.heading(PlanWording.roman(part) + ". CHẾ ĐỘ THÔNG TIN, BÁO CÁO"));
            PlanWording.regime(plan.reporting()).forEach(s -> blocks.add(Paragraph.body(s)));
        }
        String body = PlanWording.body(plan);
        String subject = PlanWording.subject(plan);
        blocks.add(Paragraph.body("Trên đây là Kế hoạch " + subject + "." + (body.isEmpty() ? "" : " " + body)
                + " đề nghị các đơn vị có liên quan phối hợp triển khai thực hiện./.").keptWithNext());
        blocks.add(new Closing(OfficialParts.recipients(plan.recipients()), OfficialParts.signature(plan.signer())));
        if (!plan.tasks().isEmpty() || !plan.targets().isEmpty()) {
            blocks.add(new PageBreak());
            blocks.addAll(PlanAnnex.of(plan));
        }
        return new PrintedDocument(title(plan), PageSetup.administrative(), header(plan), blocks, null);
    }

    /** "Kế hoạch tham gia Mạng lưới năm 2025": the file's title. */
    static String title(Plan plan) {
        return "Kế hoạch " + PlanWording.subject(plan);
    }

    /** The body's header over "Số: 102/KH-SVHTT" (or "Số:       /KH-SVHTT") and the place and date (blank without one). */
    static OfficialHeader header(Plan plan) {
        return new OfficialHeader(plan.issuingBody().parentBody(), plan.issuingBody().name(),
                OfficialParts.numberLine(plan.number(), PlanWording.planSymbol(plan)),
                OfficialParts.placeDateLine(plan.place(), plan.issuedOn(), null));
    }

    /** "Thực hiện …;" and "Căn cứ …;" in the plan's order, then "Sở … xây dựng Kế hoạch …, cụ thể như sau:". */
    private static void grounds(Plan plan, List<Block> blocks) {
        boolean first = true;
        for (Ground ground : plan.grounds()) {
            String word = ground.kind() == GroundKind.IMPLEMENTS ? "Thực hiện" : "Căn cứ";
            Paragraph p = Paragraph.body(word + " " + withoutEnd(ground.text()) + ";");
            blocks.add(first ? p.withSpacing(12, Paragraph.BODY_SPACING) : p);
            first = false;
        }
        String body = PlanWording.body(plan);
        String sentence = (body.isEmpty() ? "" : body + " ") + PlanWording.verb(plan) + " Kế hoạch " + PlanWording.subject(plan)
                + ", cụ thể như sau:";
        Paragraph p = Paragraph.body(PlanWording.upperFirst(sentence));
        blocks.add(first ? p.withSpacing(12, Paragraph.BODY_SPACING) : p);
    }

    private static String withoutEnd(String text) {
        String t = text.strip();
        while (t.endsWith(";") || t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static int purposes(Plan plan, List<Block> blocks, int part) {
        if (plan.purposes().isEmpty() && plan.requirements().isEmpty()) {
            return part;
        }
        blocks.add(Paragraph.heading(PlanWording.roman(part) + ". MỤC ĐÍCH, YÊU CẦU"));
        if (!plan.purposes().isEmpty()) {
            blocks.add(subHeading("1. Mục đích"));
            plan.purposes().forEach(p -> blocks.add(Paragraph.body(PlanWording.dashed(p))));
        }
        if (!plan.requirements().isEmpty()) {
            blocks.add(subHeading((plan.purposes().isEmpty() ? "1" : "2") + ". Yêu cầu"));
            plan.requirements().forEach(r -> blocks.add(Paragraph.body(PlanWording.dashed(r))));
        }
        return part + 1;
    }

    private static int tasks(Plan plan, List<Block> blocks, int part) {
        if (plan.tasks().isEmpty()) {
            return part;
        }
        blocks.add(Paragraph.heading(PlanWording.roman(part) + ". NHIỆM VỤ"));
        for (PlanTask task : ordered(plan.tasks())) {
            boolean top = task.parsedNumber().map(n -> n.depth() == 1).orElse(true);
            Run title = top ? Run.bold(task.number() + ". " + task.content())
                    : new Run(task.number() + ". " + task.content(), true, true, false);
            blocks.add(new Paragraph(List.of(title), Align.JUSTIFIED, 0, true, 0, Paragraph.BODY_SPACING, true));
            if (!task.leadUnit().isEmpty()) {
                blocks.add((labelled("- Đơn vị chủ trì: ", task.leadUnit() + ".")));
            }
            if (!task.coordinatingUnits().isEmpty()) {
                blocks.add((labelled("- Đơn vị phối hợp: ", String.join(", ", task.coordinatingUnits()) + ".")));
            }
            if (!task.leadUnit().isEmpty() || task.from() != null || task.due() != null) {
                blocks.add((labelled("- Thời gian thực hiện: ", PlanWording.when(task.from(), task.due()) + ".")));
            }
            List<String> targets = task.targetIds().stream().map(plan::target).flatMap(Optional::stream)
                    .map(t -> t.label() + ": " + PlanWording.planned(t)).toList();
            if (!targets.isEmpty()) {
                blocks.add((labelled("- Chỉ tiêu: ", String.join("; ", targets) + ".")));
            }
        }
        return part + 1;
    }

    /**
     * Each unit named by the tasks, in the order they first name it, with the tasks it leads and those it coordinates:
     * what the plan's "Tổ chức thực hiện" assigns, taken from the task table so the two cannot differ.
     */
    private static int organisation(Plan plan, List<Block> blocks, int part, String tasksPart) {
        List<UnitWork> units = PlanProgress.of(plan, LocalDate.EPOCH).units(); // who does what, not when: no day matters
        String where = tasksPart.isEmpty() ? "" : " tại mục " + tasksPart;
        blocks.add(Paragraph.heading(PlanWording.roman(part) + ". TỔ CHỨC THỰC HIỆN"));
        int number = 1;
        for (UnitWork unit : units) {
            blocks.add(subHeading(number++ + ". " + unit.unit()));
            if (!unit.leads().isEmpty()) {
                blocks.add(Paragraph.body("- Chủ trì thực hiện " + numbers(unit.leads()) + where
                        + (unit.coordinates().isEmpty() ? "." : ";")));
            }
            if (!unit.coordinates().isEmpty()) {
                blocks.add(Paragraph.body("- Phối hợp thực hiện " + numbers(unit.coordinates()) + where + "."));
            }
        }
        if (units.isEmpty()) {
            blocks.add(dots());
        }
        return part + 1;
    }

    /** "nhiệm vụ 1", "các nhiệm vụ 1, 2.1, 2.2". */
    static String numbers(List<PlanTask> tasks) {
        List<String> numbers = ordered(tasks).stream().map(PlanTask::number).collect(Collectors.toList());
        return (numbers.size() == 1 ? "nhiệm vụ " : "các nhiệm vụ ") + String.join(", ", numbers);
    }

    /** The tasks in the plan's numbering ("1.10" after "1.9"); a number that is not one keeps its place at the end. */
    static List<PlanTask> ordered(List<PlanTask> tasks) {
        Comparator<PlanTask> byNumber = Comparator.comparing(t -> t.parsedNumber().orElse(null),
                Comparator.nullsLast(Comparator.<TaskNumber>naturalOrder()));
        return tasks.stream().sorted(byNumber).toList();
    }

    private static Paragraph labelled(String label, String text) {
        return Paragraph.body(List.of(Run.plain(label), Run.plain(text)));
    }

    static Paragraph subHeading(String text) {
        return new Paragraph(List.of(Run.bold(text)), Align.JUSTIFIED, 0, true, 0, Paragraph.BODY_SPACING, true);
    }

    static Paragraph dots() {
        return new Paragraph(List.of(Run.plain(DOTTED_LINE)), Align.LEFT, 0, false, 0, Paragraph.BODY_SPACING, false);
    }
}
