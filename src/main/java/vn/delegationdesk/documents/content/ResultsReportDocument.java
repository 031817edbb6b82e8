package vn.delegationdesk.documents.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.delegationdesk.budget.AmountInWords;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.budget.EstimateSection;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.documents.DocumentBuilder;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.EstimateApproval;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.Closing;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Rule;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;
import vn.delegationdesk.settlement.ComparedLine;
import vn.delegationdesk.settlement.ComparedSection;
import vn.delegationdesk.settlement.EstimateComparison;

/**
 * "BÁO CÁO Kết quả …": the results report as a skeleton. What the app knows is written out (who went, when and
 * where, the conferences and field visits held, the approved estimate and, once known, what was spent: typed in the
 * document settings, or, once the settlement's books are closed, the settlement's, section by section against the
 * estimate); what
 * only the delegation can say (lessons, assessment, proposals) gets its heading and a dotted line to write on.
 */
public final class ResultsReportDocument implements DocumentBuilder {
    static final String KIND = "BÁO CÁO";
    /** One line of dots across the text column (14 pt, 165 mm), to write the findings on by hand. */
    static final String DOTTED_LINE = ".".repeat(128);
    static final String UNKNOWN_SPENDING = "……………… đồng";
    static final String CLOSED_SPENDING = "kinh phí thực hiện (theo quyết toán đã khóa sổ): ";
    static final List<String> SPENDING_COLUMNS = List.of("STT", "Nội dung", "Dự toán", "Thực hiện",
            "Chênh lệch", "Tỷ lệ");
    static final String UNPLANNED = "Chi ngoài dự toán";
    static final String TOTAL = "Tổng cộng";
    static final String UNIT_NOTE = "Đơn vị tính: đồng; chênh lệch: (-) tiết kiệm, (+) vượt so với dự toán";
    private static final float SPENDING_SIZE = 11;
    /**
     * STT · Nội dung · Dự toán · Thực hiện · Chênh lệch · Tỷ lệ, in parts of the 468 pt text column: each amount column
     * holds "-999.999.999.999" in bold at 11 pt on one line, the percentage "-100,0%".
     */
    private static final List<Float> SPENDING_WIDTHS = List.of(6f, 34f, 16f, 16f, 16f, 12f);

    @Override
    public PrintedDocument build(DocumentSource source) {
        Delegation delegation = source.delegation();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.centered(Run.bold(KIND)).withSpacing(12, 0));
        blocks.add(Paragraph.centered(Run.bold("Kết quả " + TripTexts.lowerFirst(delegation.title()))));
        blocks.add(new Rule(0.3f));
        blocks.add(Paragraph.body(introduction(delegation)).withSpacing(Paragraph.BODY_SPACING, Paragraph.BODY_SPACING));

        blocks.add(Paragraph.heading("I. KẾT QUẢ THỰC HIỆN"));
        blocks.add(item("1. Thành phần đoàn: ", composition(delegation)));
        blocks.add(item("2. Thời gian, địa điểm: ", when(delegation)));
        delegation.legs().forEach(leg -> blocks.add(Paragraph.body(legLine(leg, delegation.legs()))));
        blocks.add(item("3. Các hoạt động đã thực hiện:", ""));
        activities(delegation).forEach(line -> blocks.add(Paragraph.body(line)));
        blocks.add(item("4. Kinh phí: ", spending(source)));
        source.settlement().closedComparison().ifPresent(comparison -> {
            blocks.add(new Paragraph(List.of(Run.italic(UNIT_NOTE)), Align.RIGHT, SPENDING_SIZE, false, 0, 2, true));
            blocks.add(spendingTable(delegation, comparison));
        });

        blocks.add(Paragraph.heading("II. NHỮNG KINH NGHIỆM RÚT RA"));
        List<String> places = delegation.legs().stream().map(Leg::place).filter(p -> !p.isEmpty()).distinct().toList();
        for (int i = 0; i < places.size(); i++) {
            blocks.add(subHeading((i + 1) + ". Tại " + places.get(i)));
            blocks.add(dots());
        }
        if (places.isEmpty()) {
            blocks.add(dots());
        }
        blocks.add(Paragraph.heading("III. ĐÁNH GIÁ CHUNG"));
        blocks.add(subHeading("1. Ưu điểm"));
        blocks.add(dots());
        blocks.add(subHeading("2. Hạn chế"));
        blocks.add(dots());
        blocks.add(Paragraph.heading("IV. ĐỀ XUẤT, KIẾN NGHỊ"));
        blocks.add(dots());
        blocks.add(Paragraph.body("Trên đây là báo cáo kết quả " + TripTexts.shortPurpose(delegation)
                + OfficialParts.ofBody(delegation) + "./.").keptWithNext());
        blocks.add(new Closing(OfficialParts.recipients(recipients(delegation)), OfficialParts.signature(delegation.signer())));
        return new PrintedDocument("Báo cáo kết quả", PageSetup.administrative(),
                OfficialParts.header(delegation, "BC", source.settings().resultsReport()), blocks, null);
    }

    /** "Thực hiện Kế hoạch số …/KH-SVHTT ngày … của Sở Văn hóa và Thể thao về …, Sở … báo cáo kết quả như sau:". */
    private static String introduction(Delegation delegation) {
        String symbol = delegation.document().symbol().isEmpty()
                ? OfficialParts.symbol(delegation.issuingBody(), "KH") : delegation.document().symbol();
        String date = delegation.document().date() == null ? OfficialParts.DAY_BLANK + "/" + OfficialParts.DAY_BLANK + "/"
                + (delegation.firstDate().map(d -> Integer.toString(d.getYear())).orElse(OfficialParts.DAY_BLANK))
                : VietnameseDates.format(delegation.document().date());
        String body = OfficialParts.bodyInSentence(delegation);
        return "Thực hiện Kế hoạch số " + OfficialParts.reference(delegation.document().number(), symbol) + " ngày " + date
                + OfficialParts.of(body) + " về việc " + DelegationWording.planSubject(delegation) + ", "
                + (body.isEmpty() ? "" : body + " ") + "báo cáo kết quả như sau:";
    }

    /** "37 người (Lãnh đạo đoàn: 01 người; …), do đồng chí Nguyễn Thị Hương, Phó Giám đốc Sở làm Trưởng đoàn." */
    static String composition(Delegation delegation) {
        List<String> parts = new ArrayList<>();
        int placed = 0;
        for (MemberGroup group : delegation.groups()) {
            long count = delegation.members().stream().filter(m -> m.groupId().equals(group.id())).count();
            if (count > 0) {
                parts.add(group.name() + ": " + people(count));
                placed += (int) count;
            }
        }
        int others = delegation.members().size() - placed;
        if (others > 0 && !parts.isEmpty()) {
            parts.add("Thành viên khác: " + people(others));
        }
        StringBuilder text = new StringBuilder(people(delegation.members().size()));
        if (!parts.isEmpty()) {
            text.append(" (").append(String.join("; ", parts)).append(')');
        }
        Optional<Member> head = delegation.head();
        if (head.isPresent()) {
            String position = head.get().position().isEmpty() ? "" : ", " + head.get().position();
            text.append(", do đồng chí ").append(head.get().fullName()).append(position).append(" làm Trưởng đoàn");
        }
        return text.append('.').toString();
    }

    /** "01 người", "12 người": counts below ten take a leading zero, as the plans write them. */
    private static String people(long count) {
        return (count < 10 ? "0" + count : Long.toString(count)) + " người";
    }

    private static String when(Delegation delegation) {
        String dates = TripTexts.fromTo(delegation.firstDate().orElse(null), delegation.lastDate().orElse(null));
        String text = dates.isEmpty() ? "" : TripTexts.lowerFirst(dates);
        if (delegation.legs().isEmpty()) {
            return text.isEmpty() ? "" : text + ".";
        }
        return text.isEmpty() ? "gồm:" : text + ", gồm:";
    }

    /** "- Từ ngày 14/10/2025 đến ngày 16/10/2025: tại tỉnh Đắk Lắk (Buôn Ma Thuột);" — the last ends with ".". */
    private static String legLine(Leg leg, List<Leg> legs) {
        String city = leg.city().isEmpty() ? "" : " (" + leg.city() + ")";
        boolean last = legs.indexOf(leg) == legs.size() - 1;
        return "- " + TripTexts.fromTo(leg.startDate(), leg.endDate()) + ": tại " + leg.place() + city + (last ? "." : ";");
    }

    /** Per leg its conferences, then its field visits and working meetings; conferences outside the legs last. */
    static List<String> activities(Delegation delegation) {
        List<String> lines = new ArrayList<>();
        Set<String> told = new LinkedHashSet<>();
        for (Leg leg : delegation.legs()) {
            for (Conference conference : delegation.conferences()) {
                if (leg.contains(conference.date()) && told.add(conference.id())) {
                    lines.add(conferenceLine(conference));
                }
            }
            visitLine(delegation, leg).ifPresent(lines::add);
        }
        for (Conference conference : delegation.conferences()) {
            if (told.add(conference.id())) {
                lines.add(conferenceLine(conference));
            }
        }
        if (lines.isEmpty()) {
            lines.add("- " + DOTTED_LINE);
        }
        List<String> ended = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ended.add(lines.get(i) + (i == lines.size() - 1 ? "." : ";"));
        }
        return ended;
    }

    /** "- Hội nghị … ngày 14/10/2025 tại Khách sạn …, khoảng 180 đại biểu tham dự". */
    private static String conferenceLine(Conference conference) {
        StringBuilder text = new StringBuilder("- ").append(conference.title().isEmpty() ? "Hội nghị" : conference.title())
                .append(" ngày ").append(VietnameseDates.format(conference.date()));
        if (!conference.venue().isEmpty()) {
            text.append(" tại ").append(conference.venue());
        }
        if (conference.expectedDelegates() > 0) {
            text.append(", khoảng ").append(conference.expectedDelegates()).append(" đại biểu tham dự");
        }
        return text.toString();
    }

    /** "- Khảo sát thực tế tại tỉnh Đắk Lắk (buổi tối ngày 14/10/2025; cả ngày 15/10/2025; …), do … bố trí". */
    private static Optional<String> visitLine(Delegation delegation, Leg leg) {
        List<String> when = new ArrayList<>();
        Set<String> hosts = new LinkedHashSet<>();
        for (ProgrammeDay day : delegation.programme()) {
            if (!leg.contains(day.date())) {
                continue;
            }
            for (Activity activity : day.activities()) {
                if (activity.kind() == ActivityKind.FIELD_VISIT || activity.kind() == ActivityKind.WORKING_MEETING) {
                    String date = VietnameseDates.format(day.date());
                    when.add(TripTexts.sessionInSentence(activity.halfDay())
                            + (activity.halfDay() == HalfDay.ALL_DAY ? " " : " ngày ") + date);
                    if (!activity.host().isEmpty()) {
                        hosts.add(activity.host());
                    }
                }
            }
        }
        if (when.isEmpty()) {
            return Optional.empty();
        }
        String where = leg.place().isEmpty() ? "" : " tại " + leg.place();
        String by = hosts.isEmpty() ? "" : ", do " + String.join("; ", hosts) + " bố trí";
        return Optional.of("- Khảo sát thực tế, làm việc" + where + " (" + String.join("; ", when) + ")" + by);
    }

    /**
     * What the estimate is, then what was spent: "Dự toán được duyệt 433.410.000 đồng theo văn bản số 215/QĐ-SVHTT ngày
     * 20/09/2025 của Sở Tài chính (Bằng chữ: …); kinh phí thực hiện: 400.000.000 đồng (Bằng chữ: …), tiết kiệm 33.410.000
     * đồng so với dự toán." "Được duyệt" only for an estimate the user recorded approved, with the current estimate beside
     * it when they differ; otherwise the draft estimate as it is, and a partial one without a comparison.
     */
    static String spending(DocumentSource source) {
        Estimate estimate = source.estimate();
        EstimateApproval approval = source.settings().approval();
        StringBuilder text = new StringBuilder();
        Long reference = null;
        if (approval != null) {
            reference = approval.total();
            text.append("Dự toán được duyệt ").append(VietnameseNumbers.format(approval.total())).append(" đồng");
            if (approval.total() != estimate.total() || !estimate.complete()) {
                text.append(" (dự toán hiện tại ").append(VietnameseNumbers.format(estimate.total())).append(" đồng")
                        .append(estimate.complete() ? "" : ", tạm tính").append(')');
            }
            text.append(approvedBy(approval)).append(" (Bằng chữ: ").append(AmountInWords.of(approval.total())).append(')');
        } else if (estimate.complete()) {
            reference = estimate.total();
            text.append("Dự toán kinh phí (dự thảo, chưa được duyệt): ").append(VietnameseNumbers.format(estimate.total()))
                    .append(" đồng (Bằng chữ: ").append(AmountInWords.of(estimate.total())).append(')');
        } else {
            text.append("Dự toán kinh phí (dự thảo, chưa được duyệt; tạm tính, còn ").append(estimate.unpricedLines())
                    .append(" dòng chưa có đơn giá): ").append(VietnameseNumbers.format(estimate.total())).append(" đồng");
        }
        Optional<EstimateComparison> closed = source.settlement().closedComparison();
        if (closed.isPresent()) {
            return closedSpending(text, closed.get(), estimate.complete());
        }
        text.append("; kinh phí thực hiện: ");
        Long actual = source.settings().actualSpending();
        if (actual == null) {
            return text.append(UNKNOWN_SPENDING).append('.').toString();
        }
        text.append(VietnameseNumbers.format(actual)).append(" đồng (Bằng chữ: ").append(AmountInWords.of(actual)).append(')');
        if (reference == null) {
            return text.append('.').toString();
        }
        if (actual < reference) {
            text.append(", tiết kiệm ").append(VietnameseNumbers.format(reference - actual)).append(" đồng so với dự toán");
        } else if (actual > reference) {
            text.append(", vượt ").append(VietnameseNumbers.format(actual - reference)).append(" đồng so với dự toán");
        } else {
            text.append(", bằng dự toán");
        }
        return text.append('.').toString();
    }

    /**
     * Once the books are closed, what was spent is the settlement's: "…; kinh phí thực hiện (theo quyết toán đã khóa sổ):
     * 400.000.000 đồng (Bằng chữ: …), tiết kiệm 33.410.000 đồng (7,7%) so với dự toán 433.410.000 đồng, chi tiết từng mục
     * như sau:" (the table follows). The saving or overrun is against the estimate the table shows, and left out while
     * the estimate still has lines without a price.
     */
    private static String closedSpending(StringBuilder text, EstimateComparison comparison, boolean complete) {
        long actual = comparison.actual();
        text.append("; ").append(CLOSED_SPENDING).append(VietnameseNumbers.format(actual)).append(" đồng (Bằng chữ: ")
                .append(AmountInWords.of(actual)).append(')');
        long difference = comparison.difference();
        if (complete && comparison.estimated() > 0) {
            String against = " so với dự toán " + VietnameseNumbers.format(comparison.estimated()) + " đồng";
            String percent = comparison.percent().map(p -> " (" + percent(p.abs()) + ")").orElse("");
            if (difference < 0) {
                text.append(", tiết kiệm ").append(VietnameseNumbers.format(-difference)).append(" đồng").append(percent)
                        .append(against);
            } else if (difference > 0) {
                text.append(", vượt ").append(VietnameseNumbers.format(difference)).append(" đồng").append(percent)
                        .append(against);
            } else {
                text.append(", bằng dự toán");
            }
        }
        return text.append(", chi tiết từng mục như sau:").toString();
    }

    /** Each section's estimate, actual, difference and percentage, the costs the estimate did not have, the total. */
    static Table spendingTable(Delegation delegation, EstimateComparison comparison) {
        List<Cell> titles = SPENDING_COLUMNS.stream().map(c -> Cell.bold(c, Align.CENTER)).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (ComparedSection section : comparison.sections()) {
            rows.add(List.of(Cell.of(section.numeral(), Align.CENTER), Cell.of(sectionTitle(delegation, section), Align.LEFT),
                    amount(section.estimated()), amount(section.actual()), Cell.of(signed(section.difference()), Align.RIGHT),
                    Cell.of(section.percent().map(ResultsReportDocument::signedPercent).orElse("-"), Align.RIGHT)));
        }
        if (!comparison.unplanned().isEmpty()) {
            long unplanned = 0;
            for (ComparedLine line : comparison.unplanned()) {
                unplanned = Math.addExact(unplanned, line.actual());
            }
            rows.add(List.of(Cell.empty(), Cell.of(UNPLANNED, Align.LEFT), amount(0), amount(unplanned),
                    Cell.of(signed(unplanned), Align.RIGHT), Cell.of("-", Align.RIGHT)));
        }
        rows.add(List.of(Cell.bold(TOTAL, Align.CENTER).spanning(2), Cell.bold(money(comparison.estimated()), Align.RIGHT),
                Cell.bold(money(comparison.actual()), Align.RIGHT), Cell.bold(signed(comparison.difference()), Align.RIGHT),
                Cell.bold(comparison.percent().map(ResultsReportDocument::signedPercent).orElse("-"), Align.RIGHT)));
        return new Table(SPENDING_WIDTHS, List.of(titles), rows, true, SPENDING_SIZE);
    }

    /**
     * The section's title; a conference's, which the estimate gives in full, as "Hội nghị ngày 14/10/2025 tại tỉnh Đắk
     * Lắk" (the report names it in full under point 3).
     */
    static String sectionTitle(Delegation delegation, ComparedSection section) {
        for (Conference conference : delegation.conferences()) {
            if (section.key().equals(EstimateSection.conferenceKey(conference.id())) && conference.date() != null) {
                String place = delegation.legs().stream().filter(l -> l.contains(conference.date()) && !l.place().isEmpty())
                        .map(l -> " tại " + l.place()).findFirst().orElse("");
                return "Hội nghị ngày " + VietnameseDates.format(conference.date()) + place;
            }
        }
        return section.title();
    }

    private static Cell amount(long value) {
        return Cell.of(money(value), Align.RIGHT);
    }

    /** "1.800.000"; "-" for nothing. */
    private static String money(long value) {
        return value == 0 ? "-" : VietnameseNumbers.format(value);
    }

    /** "+1.200.000", "-33.410.000"; "-" for no difference. */
    static String signed(long difference) {
        return difference == 0 ? "-" : (difference > 0 ? "+" : "") + VietnameseNumbers.format(difference);
    }

    /** "7,7%": a percentage with the Vietnamese decimal comma. */
    static String percent(BigDecimal value) {
        return value.toPlainString().replace('.', ',') + "%";
    }

    /** "+2,5%", "-7,7%", "0,0%". */
    static String signedPercent(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + percent(value);
    }

    /** " theo văn bản số 215/QĐ-SVHTT ngày 20/09/2025 của Sở Tài chính", with what is known of it. */
    private static String approvedBy(EstimateApproval approval) {
        StringBuilder text = new StringBuilder();
        if (!approval.number().isEmpty() || approval.date() != null) {
            text.append(" theo văn bản");
            if (!approval.number().isEmpty()) {
                text.append(" số ").append(approval.number());
            }
            if (approval.date() != null) {
                text.append(" ngày ").append(VietnameseDates.format(approval.date()));
            }
        }
        if (!approval.approver().isEmpty()) {
            text.append(" của ").append(approval.approver());
        }
        return text.toString();
    }

    /**
     * The body's leadership and the archive: the plan's own "Ban Giám đốc …" or "Lãnh đạo …" item when it has
     * one, and its "Lưu: …" item (the drafting office's), else "Lưu: VT".
     */
    static List<String> recipients(Delegation delegation) {
        String leaders = delegation.recipients().stream().map(ResultsReportDocument::bare)
                .filter(r -> r.startsWith("Ban Giám đốc") || r.startsWith("Lãnh đạo")).findFirst()
                .orElse("Lãnh đạo " + OfficialParts.bodyInSentence(delegation));
        String archive = delegation.recipients().stream().map(ResultsReportDocument::bare).filter(r -> r.startsWith("Lưu"))
                .reduce((first, second) -> second).orElse("Lưu: VT");
        return List.of(leaders, archive);
    }

    private static String bare(String item) {
        String text = item.strip();
        if (text.startsWith("-")) {
            text = text.substring(1).strip();
        }
        return text;
    }

    /** A numbered point: its number and name bold, the facts after it plain. */
    private static Paragraph item(String label, String text) {
        List<Run> runs = new ArrayList<>();
        runs.add(Run.bold(label));
        if (!text.isEmpty()) {
            runs.add(Run.plain(text));
        }
        return Paragraph.body(runs);
    }

    private static Paragraph subHeading(String text) {
        return new Paragraph(List.of(Run.bold(text)), Align.JUSTIFIED, 0, true, 0, Paragraph.BODY_SPACING, true);
    }

    private static Paragraph dots() {
        return new Paragraph(List.of(Run.plain(DOTTED_LINE)), Align.LEFT, 0, false, 0, Paragraph.BODY_SPACING, false);
    }
}
