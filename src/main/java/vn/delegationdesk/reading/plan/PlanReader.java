package vn.delegationdesk.reading.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import vn.delegationdesk.plan.ReportFrequency;
import vn.delegationdesk.plan.ReportingRule;
import vn.delegationdesk.plan.Target;
import vn.delegationdesk.reading.Gap;
import vn.delegationdesk.reading.Normalised.Paragraph;
import vn.delegationdesk.reading.Normalised;
import vn.delegationdesk.reading.Passage;
import vn.delegationdesk.reading.SourceDocument;
import vn.delegationdesk.reading.UnplacedPassage;

/**
 * Reads a plan document (Nghị định 30/2020 layout, the seeds' habits) into a {@link PlanDraft}: header, kind and title,
 * grounds, purposes and requirements, the numbered tasks with their lead and coordinating units, the targets their
 * text sets, funding, the reporting regime, recipients and signer. What it is not sure of is a {@link Gap}; every
 * passage it took nothing from is listed. Pure: no store, no UI.
 */
public final class PlanReader {
    private static final Pattern SECTION = Pattern.compile("^(?:[IVXL]+|[A-Z])\\.\\s+(.+)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.\\s*(.*)$");
    private static final Pattern NUMBER_LINE = Pattern.compile("^Số\\s*:\\s*(\\d*)\\s*/\\s*([\\p{L}\\d-]+)");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^([^,]{2,40}),\\s*ngày\\s*(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})\\s*năm\\s*(\\d{4})", Pattern.UNICODE_CASE);
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
    private static final Pattern SEMIANNUAL = Pattern.compile("06 tháng\\s*\\(trước ngày (\\d{1,2})/(\\d{1,2})\\)");
    private static final Pattern ANNUAL = Pattern.compile("(?:hằng|hàng) năm\\s*\\(trước ngày (\\d{1,2})/(\\d{1,2})\\)");
    private static final Pattern QUARTERLY = Pattern.compile("(?:hằng|hàng) quý\\s*\\(trước ngày (\\d{1,2})\\)");
    private static final Pattern ONCE = Pattern.compile("báo cáo.*trước ngày (\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern REPORT_TO = Pattern.compile("về ((?:UBND|Ủy ban nhân dân|Sở|Bộ)[^()]*?\\s*\\(qua [^)]+\\)"
            + "|(?:UBND|Ủy ban nhân dân|Sở|Bộ)[^(),.;]*)");
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
        private final Set<Integer> placed = new LinkedHashSet<>();
        private final List<String> bodyLines = new ArrayList<>();
        private final List<Ground> grounds = new ArrayList<>();
        private final List<String> purposes = new ArrayList<>();
        private final List<String> requirements = new ArrayList<>();
        private final List<String> funding = new ArrayList<>();
        private final List<ReportingRule> reporting = new ArrayList<>();
        private final List<String> recipients = new ArrayList<>();
        private final List<String> signerLines = new ArrayList<>();
        private final Map<String, TaskText> tasks = new LinkedHashMap<>();
        private final List<Integer> organisation = new ArrayList<>();
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

        private void place(Paragraph p) {
            placed.addAll(p.passages());
        }

        private void take(Paragraph p) {
            String text = p.text();
            if (text.startsWith("Nơi nhận")) {
                section = Section.RECIPIENTS;
                place(p);
                String rest = text.replaceFirst("^Nơi nhận\\s*:?\\s*", "");
                if (!rest.isEmpty()) {
                    recipients.add(recipient(rest));
                }
                return;
            }
            switch (section) {
                case HEADER -> header(p);
                case TITLE -> {
                    title = text;
                    place(p);
                    section = Section.PREAMBLE;
                }
                case RECIPIENTS -> {
                    if (BULLET.matcher(text).find()) {
                        recipients.add(recipient(BULLET.matcher(text).replaceFirst("")));
                        place(p);
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
            Matcher numberLine = NUMBER_LINE.matcher(text);
            Matcher dateLine = DATE_LINE.matcher(text);
            if (numberLine.find()) {
                number = numberLine.group(1);
                symbol = numberLine.group(2);
                place(p);
            } else if (dateLine.find()) {
                place = dateLine.group(1).strip();
                if (dateLine.group(2) != null) {
                    issuedOn = date(Integer.parseInt(dateLine.group(4)), Integer.parseInt(dateLine.group(3)),
                            Integer.parseInt(dateLine.group(2)));
                }
                place(p);
            } else if (text.equals("KẾ HOẠCH") || text.equals("CHƯƠNG TRÌNH")) {
                kind = text.equals("CHƯƠNG TRÌNH") ? PlanKind.PROGRAMME : PlanKind.IMPLEMENTATION_PLAN;
                section = Section.TITLE;
                place(p);
            } else if (text.startsWith("CỘNG HÒA XÃ HỘI") || text.startsWith("CỘNG HOÀ XÃ HỘI") || text.startsWith("Độc lập")) {
                place(p);
            } else if (Normalised.allCaps(text) && bodyLines.size() < 2) {
                bodyLines.add(text);
                place(p);
            }
        }

        private void body(Paragraph p) {
            String text = p.text();
            Matcher sectionHead = SECTION.matcher(text);
            if (sectionHead.matches() && isHeading(sectionHead.group(1))) {
                section = sectionOf(sectionHead.group(1));
                current = null;
                if (section != Section.OTHER) {
                    place(p);
                }
                return;
            }
            if (reportingIn(text)) {
                place(p);
                return;
            }
            switch (section) {
                case PREAMBLE -> preamble(p);
                case PURPOSES, REQUIREMENTS -> aims(p);
                case TASKS -> task(p);
                case FUNDING -> {
                    funding.add(BULLET.matcher(NUMBERED.matcher(text).replaceFirst("$2")).replaceFirst(""));
                    place(p);
                }
                case ORGANISATION -> organisation.addAll(p.passages());
                default -> {
                    // OBJECTIVES, OTHER and the closing lines: nothing is taken, they stay listed
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
                place(p);
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
                    this.grounds.add(new Ground(groundKind, s));
                    place(p);
                }
            }
        }

        private void aims(Paragraph p) {
            Matcher numbered = NUMBERED.matcher(p.text());
            String text = numbered.matches() ? numbered.group(2) : p.text();
            String head = text.replaceAll("[:.]$", "").strip();
            if (head.equalsIgnoreCase("Mục đích") || head.equalsIgnoreCase("Yêu cầu")) {
                section = head.equalsIgnoreCase("Mục đích") ? Section.PURPOSES : Section.REQUIREMENTS;
                place(p);
                return;
            }
            String line = BULLET.matcher(text).replaceFirst("");
            (section == Section.PURPOSES ? purposes : requirements).add(line);
            place(p);
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
                current.lines.add(rest.replaceAll("\\s*:$", ""));
                tasks.put(current.number, current);
                place(p);
                return;
            }
            if (current == null) {
                return;
            }
            String plain = BULLET.matcher(text).replaceFirst("").replace("*", "").strip();
            if (units(plain, p) || label(plain, p)) {
                return;
            }
            current.lines.add(text.replace("*", "").strip());
            place(p);
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
            if (lead.matches()) {
                current.leads.addAll(TaskFigures.unitList(lead.group(1)));
                current.leadPassage = p.passages().get(0);
            } else if (coordinating.matches()) {
                current.coordinating.addAll(TaskFigures.unitList(coordinating.group(1)));
            } else if (time.matches()) {
                current.time = time.group(1).replaceAll("[.;]+$", "");
                current.timePassage = p.passages().get(0);
            } else {
                return false;
            }
            place(p);
            return true;
        }

        /** "Nội dung:" and "Sản phẩm:" open the lines that follow; their own text, if any, is one of them. */
        private boolean label(String text, Paragraph p) {
            Matcher m = LABEL_ONLY.matcher(text.replace("*", "").strip());
            if (current == null || !m.matches()) {
                return false;
            }
            if (!m.group(2).isEmpty()) {
                current.lines.add("- " + m.group(2));
            }
            place(p);
            return true;
        }

        private boolean reportingIn(String text) {
            if (!text.contains("báo cáo")) {
                return false;
            }
            Matcher to = REPORT_TO.matcher(text);
            String recipient = to.find() ? to.group(1).strip() : "";
            int before = reporting.size();
            Matcher semi = SEMIANNUAL.matcher(text);
            if (semi.find()) {
                monthDay(semi.group(2), semi.group(1)).ifPresent(d ->
                        reporting.add(ReportingRule.recurring(ReportFrequency.SEMIANNUAL, d, recipient)));
            }
            Matcher annual = ANNUAL.matcher(text);
            if (annual.find()) {
                monthDay(annual.group(2), annual.group(1)).ifPresent(d ->
                        reporting.add(ReportingRule.recurring(ReportFrequency.ANNUAL, d, recipient)));
            }
            Matcher quarterly = QUARTERLY.matcher(text);
            if (quarterly.find()) {
                monthDay("3", quarterly.group(1)).ifPresent(d ->
                        reporting.add(ReportingRule.recurring(ReportFrequency.QUARTERLY, d, recipient)));
            }
            Matcher once = ONCE.matcher(text);
            if (once.find()) {
                LocalDate on = date(Integer.parseInt(once.group(3)), Integer.parseInt(once.group(2)), Integer.parseInt(once.group(1)));
                if (on != null) {
                    reporting.add(ReportingRule.once(on, recipient));
                }
            }
            return reporting.size() > before;
        }

        private void signer(Paragraph p) {
            signerLines.add(p.text());
            place(p);
        }

        private PlanDraft build() {
            IssuingBody body = issuingBody();
            List<Target> targets = new ArrayList<>();
            List<PlanTask> built = new ArrayList<>();
            for (TaskText task : tasks.values()) {
                boolean group = task.leads.isEmpty() && tasks.keySet().stream().anyMatch(n -> n.startsWith(task.number + "."));
                if (group) {
                    continue;
                }
                built.add(task.build(targets, gaps));
            }
            if (built.isEmpty()) {
                gaps.add(new Gap("tasks", "reading.plan.gap.tasks", List.of(), -1));
            }
            if (!organisation.isEmpty()) {
                gaps.add(new Gap("tasks.units", "reading.plan.gap.organisation", List.of(), organisation.get(0)));
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
            return new PlanDraft(plan, gaps, unplaced(), List.of());
        }

        private IssuingBody issuingBody() {
            String abbreviation = symbol.contains("-") ? symbol.substring(symbol.indexOf('-') + 1) : "";
            if (abbreviation.isEmpty()) {
                gaps.add(new Gap("issuingBody.abbreviation", "reading.plan.gap.abbreviation", List.of(), -1));
            }
            if (bodyLines.size() == 2) {
                return new IssuingBody(bodyLines.get(0), bodyLines.get(1), abbreviation);
            }
            if (bodyLines.size() == 1) {
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
        private final List<String> leads = new ArrayList<>();
        private final List<String> coordinating = new ArrayList<>();
        private String time = "";
        private int leadPassage = -1;
        private int timePassage = -1;

        TaskText(String number, int passage) {
            this.number = number;
            this.passage = passage;
        }

        PlanTask build(List<Target> targets, List<Gap> gaps) {
            String id = "k-" + number.replace('.', '-');
            String lead = leads.isEmpty() ? "" : leads.get(0);
            List<String> coordinatingUnits = new ArrayList<>(leads.size() > 1 ? leads.subList(1, leads.size()) : List.of());
            coordinatingUnits.addAll(coordinating);
            if (leads.isEmpty()) {
                gaps.add(new Gap("task." + number + ".leadUnit", "reading.plan.gap.leadUnit", List.of(number), passage));
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
            for (String line : lines) {
                for (Target target : TaskFigures.targetsIn(line, lines.get(0), targets.size() + 1)) {
                    targets.add(target);
                    targetIds.add(target.id());
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

    private static java.util.Optional<MonthDay> monthDay(String month, String day) {
        try {
            return java.util.Optional.of(MonthDay.of(Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
