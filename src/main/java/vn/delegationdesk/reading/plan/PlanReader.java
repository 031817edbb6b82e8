package vn.delegationdesk.reading.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.plan.Ground;
import vn.delegationdesk.plan.GroundKind;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanKind;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ReportingRule;
import vn.delegationdesk.plan.Target;
import vn.delegationdesk.reading.Gap;
import vn.delegationdesk.reading.HeaderLines;
import vn.delegationdesk.reading.Normalised.Paragraph;
import vn.delegationdesk.reading.Normalised;
import vn.delegationdesk.reading.Passage;
import vn.delegationdesk.reading.Placement;
import vn.delegationdesk.reading.SourceDocument;
import vn.delegationdesk.reading.UnplacedPassage;

/**
 * Reads a plan document (Nghị định 30/2020 layout, the seeds' habits) into a {@link PlanDraft}: header, kind and title,
 * grounds, purposes and requirements, the numbered tasks with their lead and coordinating units, the targets their
 * text sets, funding, the reporting regime, recipients and signer. What it is not sure of is a {@link Gap}; every
 * passage it took nothing from is listed, and every passage it took something from has a {@link Placement} naming the
 * field (the names of {@link Gap#field()}; a section heading is placed on its list's name, "tasks", "funding",
 * "tasks.units" …, the national motto and "KẾ HOẠCH" on "kind"). The units of "Tổ chức thực hiện" are matched to the
 * tasks by {@link OrganisationReader}. Pure: no store, no UI.
 */
public final class PlanReader {
    private static final Pattern SECTION = Pattern.compile("^(?:[IVXL]+|[A-Z])\\.\\s+(.+)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.\\s*(.*)$");
    private static final Pattern LEAD = Pattern.compile(
            "^(?:Đơn vị\\s+(?:thực hiện|chủ trì)|Tổ chức thực hiện|Cơ quan chủ trì)\\s*(?:/\\s*chủ trì\\s*)?:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COORDINATING = Pattern.compile(
            "^(?:Đơn vị\\s+phối hợp|Phối hợp thực hiện|Cơ quan phối hợp)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TIME = Pattern.compile("^Thời gian thực hiện\\s*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LABEL_ONLY = Pattern.compile("^(Nội dung|Sản phẩm)\\s*:?\\s*(.*)$", Pattern.UNICODE_CASE);
    private static final Pattern BULLET = Pattern.compile("^[-+•–]\\s*");
    private static final Pattern INTRO = Pattern.compile(
            "(?:^|[;,]\\s*)((?:Ủy ban nhân dân|UBND|Sở|Ban|Phòng|Bộ|Trung tâm|Cục|Văn phòng)[^;,]{0,70}?)"
                    + "\\s+(?:ban hành|xây dựng)\\s+Kế hoạch");
    private static final Pattern YEAR = Pattern.compile("năm (\\d{4})");
    private static final Pattern UNTIL_YEAR = Pattern.compile("^đến năm (\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FOOTNOTE = Pattern.compile("^[¹²³⁴⁵⁶⁷⁸⁹]");
    private static final Pattern AUTHORITY = Pattern.compile("^(KT|TM|TL|TUQ|Q)\\.\\s*(.+)$");

    private enum Section { HEADER, TITLE, PREAMBLE, PURPOSES, REQUIREMENTS, OBJECTIVES, TASKS, FUNDING, ORGANISATION, REPORTING,
        OTHER, RECIPIENTS, SIGNER }

    /** Reads {@code source}; never throws on what it does not understand, it lists it. */
    public PlanDraft read(SourceDocument source) {
        return new Reading(source).run();
    }

    /** One reading: the state while the paragraphs go by. */
    private static final class Reading {
        private final SourceDocument source;
        private final List<Gap> gaps = new ArrayList<>();
        private final List<Placement> placements = new ArrayList<>();
        private final List<String> bodyLines = new ArrayList<>();
        private final List<Paragraph> bodyParagraphs = new ArrayList<>();
        private final List<Ground> grounds = new ArrayList<>();
        private final List<String> purposes = new ArrayList<>();
        private final List<String> requirements = new ArrayList<>();
        private final List<String> funding = new ArrayList<>();
        private final List<ReportingRule> reporting = new ArrayList<>();
        private final List<String> recipients = new ArrayList<>();
        private final List<String> signerLines = new ArrayList<>();
        private final Map<String, TaskText> tasks = new LinkedHashMap<>();
        private final List<Paragraph> objectives = new ArrayList<>();
        private final List<Paragraph> organisation = new ArrayList<>();
        private Section section = Section.HEADER;
        private PlanKind kind = PlanKind.IMPLEMENTATION_PLAN;
        private String number = "";
        private String symbol = "";
        private String place = "";
        private LocalDate issuedOn;
        private String title = "";
        private String introIssuer = "";
        private int introPassage = -1;
        private TaskText current;

        Reading(SourceDocument source) {
            this.source = source;
        }

        PlanDraft run() {
            for (Paragraph p : Normalised.paragraphs(source.passages())) {
                if (FOOTNOTE.matcher(p.text()).find()) {
                    continue;
                }
                take(p);
            }
            return build();
        }

        private void place(Paragraph p, String field) {
            place(p.passages(), field);
        }

        private void place(List<Integer> passages, String field) {
            for (int passage : passages) {
                placements.add(new Placement(passage, field));
            }
        }

        private void take(Paragraph p) {
            String text = p.text();
            if (text.startsWith("Nơi nhận")) {
                section = Section.RECIPIENTS;
                String rest = text.replaceFirst("^Nơi nhận\\s*:?\\s*", "");
                place(p, rest.isEmpty() ? "recipients" : "recipients." + recipients.size());
                if (!rest.isEmpty()) {
                    recipients.add(recipient(rest));
                }
                return;
            }
            switch (section) {
                case HEADER -> header(p);
                case TITLE -> {
                    title = text;
                    place(p, "title");
                    section = Section.PREAMBLE;
                }
                case RECIPIENTS -> {
                    if (BULLET.matcher(text).find()) {
                        place(p, "recipients." + recipients.size());
                        recipients.add(recipient(BULLET.matcher(text).replaceFirst("")));
                    } else {
                        section = Section.SIGNER;
                        signer(p);
                    }
                }
                case SIGNER -> signer(p);
                default -> body(p);
            }
        }

        private void header(Paragraph p) {
            String text = p.text();
            Matcher numberLine = HeaderLines.NUMBER.matcher(text);
            Matcher dateLine = HeaderLines.PLACE_AND_DATE.matcher(text);
            if (numberLine.find()) {
                number = numberLine.group(1);
                symbol = numberLine.group(2);
                place(p, "number");
                place(p, "symbol");
            } else if (dateLine.find()) {
                place = dateLine.group(1).strip();
                if (dateLine.group(2) != null && dateLine.group(3) != null) {
                    issuedOn = ReportingRules.date(Integer.parseInt(dateLine.group(4)), Integer.parseInt(dateLine.group(3)),
                            Integer.parseInt(dateLine.group(2)));
                    place(p, "issuedOn");
                }
                place(p, "place");
            } else if (text.equals("KẾ HOẠCH") || text.equals("CHƯƠNG TRÌNH")) {
                kind = text.equals("CHƯƠNG TRÌNH") ? PlanKind.PROGRAMME : PlanKind.IMPLEMENTATION_PLAN;
                section = Section.TITLE;
                place(p, "kind");
            } else if (text.startsWith("CỘNG HÒA XÃ HỘI") || text.startsWith("CỘNG HOÀ XÃ HỘI") || text.startsWith("Độc lập")) {
                place(p, "kind");
            } else if (Normalised.allCaps(text) && bodyLines.size() < 2) {
                bodyLines.add(text);
                bodyParagraphs.add(p);
            }
        }

        private void body(Paragraph p) {
            String text = p.text();
            Matcher sectionHead = SECTION.matcher(text);
            if (sectionHead.matches() && isHeading(sectionHead.group(1))) {
                section = sectionOf(sectionHead.group(1));
                current = null;
                String field = switch (section) {
                    case PURPOSES -> "purposes";
                    case REQUIREMENTS -> "requirements";
                    case TASKS -> "tasks";
                    case FUNDING -> "funding";
                    case ORGANISATION -> "tasks.units";
                    case REPORTING -> "reporting";
                    default -> "";
                };
                if (!field.isEmpty()) {
                    place(p, field);
                }
                return;
            }
            List<ReportingRule> rules = ReportingRules.in(text);
            if (!rules.isEmpty()) {
                for (ReportingRule rule : rules) {
                    place(p, "reporting." + reporting.size());
                    reporting.add(rule);
                }
                return;
            }
            switch (section) {
                case PREAMBLE -> preamble(p);
                case PURPOSES, REQUIREMENTS -> aims(p);
                case TASKS -> task(p);
                case FUNDING -> {
                    funding.add(BULLET.matcher(NUMBERED.matcher(text).replaceFirst("$2")).replaceFirst(""));
                    place(p, "funding");
                }
                case ORGANISATION -> organisation.add(p);
                case OBJECTIVES -> objectives.add(p);
                default -> {
                    // OTHER and the closing lines: nothing is taken, they stay listed
                }
            }
        }

        private static boolean isHeading(String words) {
            String upper = words.toUpperCase(Locale.ROOT);
            return words.equals(upper) || upper.startsWith("MỤC ĐÍCH") || upper.startsWith("YÊU CẦU");
        }

        private static Section sectionOf(String words) {
            String upper = words.toUpperCase(Locale.ROOT);
            if (upper.startsWith("MỤC ĐÍCH")) {
                return Section.PURPOSES;
            } else if (upper.startsWith("YÊU CẦU")) {
                return Section.REQUIREMENTS;
            } else if (upper.startsWith("MỤC TIÊU")) {
                return Section.OBJECTIVES;
            } else if (upper.contains("NỘI DUNG") || upper.contains("NHIỆM VỤ") || upper.contains("GIẢI PHÁP")) {
                return Section.TASKS;
            } else if (upper.contains("KINH PHÍ")) {
                return Section.FUNDING;
            } else if (upper.contains("TỔ CHỨC THỰC HIỆN")) {
                return Section.ORGANISATION;
            } else if (upper.contains("BÁO CÁO")) {
                return Section.REPORTING;
            }
            return Section.OTHER;
        }

        private void preamble(Paragraph p) {
            String text = p.text();
            Matcher intro = INTRO.matcher(text);
            String grounds = text;
            if (intro.find()) {
                introIssuer = intro.group(1).strip();
                introPassage = p.passages().get(0);
                grounds = text.substring(0, intro.start());
                place(p, "issuingBody.name");
            }
            GroundKind groundKind = null;
            for (String segment : grounds.split(";")) {
                String s = segment.strip().replaceAll("[,.;:]+$", "").strip();
                if (s.startsWith("Thực hiện ")) {
                    groundKind = GroundKind.IMPLEMENTS;
                    s = s.substring("Thực hiện ".length());
                } else if (s.startsWith("Căn cứ ")) {
                    groundKind = GroundKind.BASED_ON;
                    s = s.substring("Căn cứ ".length());
                }
                if (groundKind != null && !s.isEmpty()) {
                    place(p, "grounds." + this.grounds.size());
                    this.grounds.add(new Ground(groundKind, s));
                }
            }
        }

        private void aims(Paragraph p) {
            Matcher numbered = NUMBERED.matcher(p.text());
            String text = numbered.matches() ? numbered.group(2) : p.text();
            String head = text.replaceAll("[:.]$", "").strip();
            if (head.equalsIgnoreCase("Mục đích") || head.equalsIgnoreCase("Yêu cầu")) {
                section = head.equalsIgnoreCase("Mục đích") ? Section.PURPOSES : Section.REQUIREMENTS;
                place(p, section == Section.PURPOSES ? "purposes" : "requirements");
                return;
            }
            String line = BULLET.matcher(text).replaceFirst("");
            List<String> aims = section == Section.PURPOSES ? purposes : requirements;
            place(p, (section == Section.PURPOSES ? "purposes." : "requirements.") + aims.size());
            aims.add(line);
        }

        private void task(Paragraph p) {
            String text = p.text();
            Matcher numbered = NUMBERED.matcher(text);
            if (numbered.matches()) {
                String rest = numbered.group(2);
                if (units(rest, p) || label(rest, p)) {
                    return;
                }
                current = new TaskText(numbered.group(1), p.passages().get(0));
                current.line(rest.replaceAll("\\s*:$", ""), p);
                tasks.put(current.number, current);
                return;
            }
            if (current == null) {
                return;
            }
            String plain = BULLET.matcher(text).replaceFirst("").replace("*", "").strip();
            if (units(plain, p) || label(plain, p)) {
                return;
            }
            current.line(text.replace("*", "").strip(), p);
        }

        /** "Đơn vị chủ trì: …", "Đơn vị phối hợp: …", "Thời gian thực hiện: …" for the current task. */
        private boolean units(String text, Paragraph p) {
            String plain = text.replace("*", "").strip();
            Matcher lead = LEAD.matcher(plain);
            Matcher coordinating = COORDINATING.matcher(plain);
            Matcher time = TIME.matcher(plain);
            if (current == null) {
                return false;
            }
            String field = "task." + current.number;
            if (lead.matches()) {
                current.leads.addAll(TaskFigures.unitList(lead.group(1)));
                current.leadPassage = p.passages().get(0);
                field += ".leadUnit";
            } else if (coordinating.matches()) {
                current.coordinating.addAll(TaskFigures.unitList(coordinating.group(1)));
                field += ".coordinatingUnits";
            } else if (time.matches()) {
                current.time = time.group(1).replaceAll("[.;]+$", "");
                current.timePassage = p.passages().get(0);
                field += ".due";
            } else {
                return false;
            }
            current.place(p.passages(), field);
            return true;
        }

        /** "Nội dung:" and "Sản phẩm:" open the lines that follow; their own text, if any, is one of them. */
        private boolean label(String text, Paragraph p) {
            Matcher m = LABEL_ONLY.matcher(text.replace("*", "").strip());
            if (current == null || !m.matches()) {
                return false;
            }
            if (m.group(2).isEmpty()) {
                current.place(p.passages(), "task." + current.number);
            } else {
                current.line("- " + m.group(2), p);
            }
            return true;
        }

        private void signer(Paragraph p) {
            signerLines.add(p.text());
            place(p, "signer");
        }

        private PlanDraft build() {
            IssuingBody body = issuingBody();
            List<Target> targets = new ArrayList<>();
            List<PlanTask> built = new ArrayList<>();
            organisation();
            for (TaskText task : tasks.values()) {
                if (isGroup(task)) {
                    place(task.placed.stream().map(Placement::passage).toList(), "tasks");
                    continue;
                }
                built.add(task.build(targets, gaps));
                placements.addAll(task.placed);
            }
            TaskFigures.objectives(objectives, targets, this::place);
            if (built.isEmpty()) {
                gaps.add(new Gap("tasks", "reading.plan.gap.tasks", List.of(), -1));
            }
            LocalDate from = null;
            LocalDate to = null;
            Matcher year = YEAR.matcher(title);
            if (year.find()) {
                int y = Integer.parseInt(year.group(1));
                from = LocalDate.of(y, 1, 1);
                to = LocalDate.of(y, 12, 31);
                if (!title.startsWith("Triển khai") && !title.startsWith("Thực hiện") && kind == PlanKind.IMPLEMENTATION_PLAN) {
                    kind = PlanKind.ANNUAL_PLAN;
                }
            } else {
                gaps.add(new Gap("period", "reading.plan.gap.period", List.of(), -1));
            }
            headerGaps();
            Signer signer = signerOf();
            Plan plan = new Plan(null, body, kind, number, symbol, issuedOn, place, title, grounds, from, to, purposes, requirements,
                    String.join("\n", funding), reporting, recipients, signer, targets, built, List.of());
            return new PlanDraft(plan, gaps, unplaced(), placements);
        }

        private boolean isGroup(TaskText task) {
            return task.leads.isEmpty() && tasks.keySet().stream().anyMatch(n -> n.startsWith(task.number + "."));
        }

        /** "Tổ chức thực hiện" given to the tasks that name no lead at their own lines; what matches none stays listed. */
        private void organisation() {
            if (organisation.isEmpty()) {
                return;
            }
            List<OrganisationReader.Task> open = tasks.values().stream().filter(t -> !isGroup(t) && t.leads.isEmpty())
                    .map(t -> new OrganisationReader.Task(t.number, t.lines)).toList();
            OrganisationReader.Result result = OrganisationReader.read(organisation, open);
            for (OrganisationReader.Assignment a : result.assignments()) {
                TaskText task = tasks.get(a.task());
                String field = "task." + task.number + ".coordinatingUnits";
                if (a.lead() && task.leads.isEmpty()) {
                    task.leads.add(a.unit());
                    task.leadPassage = a.passages().get(0);
                    task.leadFromOrganisation = true;
                    field = "task." + task.number + ".leadUnit";
                } else if (task.leads.contains(a.unit())) {
                    field = "task." + task.number + ".leadUnit";
                } else if (!task.coordinating.contains(a.unit())) {
                    task.coordinating.add(a.unit());
                }
                place(a.passages(), field);
            }
            if (!result.unmatched().isEmpty()) {
                gaps.add(new Gap("tasks.units", "reading.plan.gap.organisation", List.of(), result.unmatched().get(0)));
            }
        }

        private IssuingBody issuingBody() {
            String abbreviation = symbol.contains("-") ? symbol.substring(symbol.indexOf('-') + 1) : "";
            if (abbreviation.isEmpty()) {
                gaps.add(new Gap("issuingBody.abbreviation", "reading.plan.gap.abbreviation", List.of(), -1));
            }
            if (bodyLines.size() == 2) {
                place(bodyParagraphs.get(0), "issuingBody.parentBody");
                place(bodyParagraphs.get(1), "issuingBody.name");
                return new IssuingBody(bodyLines.get(0), bodyLines.get(1), abbreviation);
            }
            if (bodyLines.size() == 1) {
                place(bodyParagraphs.get(0), "issuingBody.name");
                gaps.add(new Gap("issuingBody.parentBody", "reading.plan.gap.parentBody", List.of(), -1));
                return new IssuingBody("", bodyLines.get(0), abbreviation);
            }
            if (!introIssuer.isEmpty()) {
                gaps.add(new Gap("issuingBody.parentBody", "reading.plan.gap.issuingBodyFromIntro", List.of(introIssuer), introPassage));
                return new IssuingBody("", introIssuer, abbreviation);
            }
            gaps.add(new Gap("issuingBody.name", "reading.plan.gap.issuingBody", List.of(), -1));
            return new IssuingBody("", "", abbreviation);
        }

        private void headerGaps() {
            if (symbol.isEmpty()) {
                gaps.add(new Gap("symbol", "reading.plan.gap.symbol", List.of(), -1));
            } else if (number.isEmpty()) {
                gaps.add(new Gap("number", "reading.plan.gap.number", List.of(), -1));
            }
            if (place.isEmpty()) {
                gaps.add(new Gap("place", "reading.plan.gap.place", List.of(), -1));
            } else if (issuedOn == null) {
                gaps.add(new Gap("issuedOn", "reading.plan.gap.issuedOn", List.of(), -1));
            }
            if (title.isEmpty()) {
                gaps.add(new Gap("title", "reading.plan.gap.title", List.of(), -1));
            }
            if (reporting.isEmpty()) {
                gaps.add(new Gap("reporting", "reading.plan.gap.reporting", List.of(), -1));
            }
            if (recipients.isEmpty()) {
                gaps.add(new Gap("recipients", "reading.plan.gap.recipients", List.of(), -1));
            }
        }

        private Signer signerOf() {
            String prefix = "";
            String principal = "";
            String signerTitle = "";
            String name = "";
            List<String> titles = new ArrayList<>();
            for (String line : signerLines) {
                Matcher authority = AUTHORITY.matcher(line);
                if (authority.matches() && !authority.group(1).equals("TM")) {
                    prefix = authority.group(1) + ".";
                    principal = authority.group(2);
                } else if (authority.matches()) {
                    titles.add(0, line);
                } else if (Normalised.allCaps(line)) {
                    titles.add(line);
                } else {
                    name = line;
                }
            }
            if (!titles.isEmpty()) {
                signerTitle = titles.get(titles.size() - 1);
            }
            if (titles.size() > 1 || titles.stream().anyMatch(t -> t.startsWith("TM."))) {
                String collective = titles.stream().filter(t -> t.startsWith("TM.")).findFirst().orElse(titles.get(0));
                gaps.add(new Gap("signer", "reading.plan.gap.signerCollective", List.of(collective), -1));
            }
            if (name.isEmpty() || signerTitle.isEmpty()) {
                gaps.add(new Gap("signer", "reading.plan.gap.signer", List.of(), -1));
            }
            return new Signer(prefix, principal, signerTitle, name);
        }

        private List<UnplacedPassage> unplaced() {
            Map<Integer, String> out = new TreeMap<>();
            Set<Integer> placed = new HashSet<>();
            placements.forEach(pl -> placed.add(pl.passage()));
            for (Passage passage : source.passages()) {
                if (!placed.contains(passage.index()) && !Normalised.text(passage.text()).isEmpty()) {
                    out.put(passage.index(), passage.text().strip());
                }
            }
            return out.entrySet().stream().map(e -> new UnplacedPassage(e.getKey(), e.getValue())).toList();
        }
    }

    /** A numbered task as it is read: its number, lines, units and time. */
    private static final class TaskText {
        private final String number;
        private final int passage;
        private final List<String> lines = new ArrayList<>();
        private final List<List<Integer>> linePassages = new ArrayList<>();
        private final List<Placement> placed = new ArrayList<>();
        private final List<String> leads = new ArrayList<>();
        private final List<String> coordinating = new ArrayList<>();
        private String time = "";
        private int leadPassage = -1;
        private int timePassage = -1;
        private boolean leadFromOrganisation;

        TaskText(String number, int passage) {
            this.number = number;
            this.passage = passage;
        }

        /** A line of the task's content, read from {@code p}. */
        void line(String text, Paragraph p) {
            lines.add(text);
            linePassages.add(p.passages());
            place(p.passages(), "task." + number);
        }

        void place(List<Integer> passages, String field) {
            passages.forEach(i -> placed.add(new Placement(i, field)));
        }

        PlanTask build(List<Target> targets, List<Gap> gaps) {
            String id = "k-" + number.replace('.', '-');
            String lead = leads.isEmpty() ? "" : leads.get(0);
            List<String> coordinatingUnits = new ArrayList<>(leads.size() > 1 ? leads.subList(1, leads.size()) : List.of());
            coordinatingUnits.addAll(coordinating);
            if (leads.isEmpty()) {
                gaps.add(new Gap("task." + number + ".leadUnit", "reading.plan.gap.leadUnit", List.of(number), passage));
            } else if (leadFromOrganisation) {
                gaps.add(new Gap("task." + number + ".leadUnit", "reading.plan.gap.leadFromOrganisation", List.of(number, lead),
                        leadPassage));
            } else if (leads.size() > 1) {
                gaps.add(new Gap("task." + number + ".leadUnit", "reading.plan.gap.leadUnits",
                        List.of(number, String.join("; ", leads), lead), leadPassage));
            }
            LocalDate due = null;
            if (!time.isEmpty()) {
                Matcher until = UNTIL_YEAR.matcher(time);
                if (until.find()) {
                    due = LocalDate.of(Integer.parseInt(until.group(1)), 12, 31);
                }
                gaps.add(new Gap("task." + number + ".due", "reading.plan.gap.taskTime", List.of(number, time), timePassage));
            }
            List<String> targetIds = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                for (Target target : TaskFigures.targetsIn(lines.get(i), lines.get(0), targets.size() + 1)) {
                    targets.add(target);
                    targetIds.add(target.id());
                    place(linePassages.get(i), "target." + target.id());
                }
            }
            List<String> content = new ArrayList<>(lines);
            if (!time.isEmpty()) {
                content.add("Thời gian thực hiện: " + time);
            }
            return PlanTask.of(id, number, String.join("\n", content), lead, coordinatingUnits, null, due, targetIds);
        }
    }

    private static String recipient(String text) {
        return text.replace("; (", " (").replaceAll("[;.,]+$", "").strip();
    }
}
