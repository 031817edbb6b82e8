package vn.delegationdesk.documents.abroad;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.abroad.AbroadCalendar;
import vn.delegationdesk.abroad.AbroadEstimate;
import vn.delegationdesk.abroad.CountryStop;
import vn.delegationdesk.abroad.OutboundPlan;
import vn.delegationdesk.budget.AmountInWords;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.documents.IssueNumber;
import vn.delegationdesk.documents.content.OfficialParts;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Closing;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Rule;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;

/**
 * Báo cáo kết quả chuyến công tác nước ngoài (Nghị định 30/2020, the layout of the domestic results report), sent to the
 * superior body the proposal went to. What the app knows is written out: I. the delegation (the decision that sent it,
 * its number and date or blanks, the members, the time from exit to re-entry, the countries and cities), II. the
 * programme day by day while abroad, briefly, IV. the funding (the estimate's total in đồng with its exchange rate, and
 * what was spent once known, else a line to write it on). What only the delegation can say (the results, the lessons,
 * the assessment, III, and the proposals, V) gets its heading and dotted lines to write on: never invented prose.
 */
public final class ResultsReportAbroadDocument {
    static final String TYPE_NAME = "BÁO CÁO";
    /** One line of dots across the text column (14 pt, 165 mm), as the domestic report leaves to write on. */
    static final String DOTTED_LINE = ".".repeat(128);
    static final String UNKNOWN_SPENDING = "……………… đồng";
    private static final String DATE_BLANK = "    /    /      ";

    public PrintedDocument build(AbroadSource source) {
        Delegation d = source.delegation();
        OutboundPlan plan = source.plan();
        String countries = AbroadWording.countries(plan);
        String subject = "Kết quả chuyến công tác tại " + countries;
        String superior = AbroadWording.superior(d);
        String body = OfficialParts.bodyInSentence(d);
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.centered(Run.bold(TYPE_NAME)).withSpacing(12, 0));
        blocks.add(Paragraph.centered(Run.bold(subject)).withSpacing(0, 3));
        blocks.add(new Rule(0.3f));
        blocks.add(Paragraph.centered(Run.plain("Kính gửi: " + superior + ".")).withSpacing(6, 12));
        blocks.add(Paragraph.body("Thực hiện " + decision(source) + " về việc cử đoàn đi công tác tại " + countries + ", "
                + (body.isEmpty() ? "" : body + " ") + "báo cáo kết quả chuyến công tác như sau:"));

        blocks.add(Paragraph.heading("I. THÔNG TIN VỀ ĐOÀN CÔNG TÁC"));
        blocks.add(item("1. Quyết định cử đoàn: ", "số " + OfficialParts.reference(source.decisionNumber().number(),
                OfficialParts.symbol(d.issuingBody(), "QĐ")) + " ngày " + date(source.decisionNumber()) + "."));
        blocks.add(item("2. Thành phần đoàn: ", AbroadWording.twoDigits(d.members().size()) + " người, gồm:"));
        List<Member> members = d.members();
        for (int i = 0; i < members.size(); i++) {
            blocks.add(Paragraph.body("- " + AbroadWording.memberLine(members.get(i)) + (i == members.size() - 1 ? "." : ";")));
        }
        String time = AbroadWording.tripTime(source.estimate().calendar());
        blocks.add(item("3. Thời gian: ", time.isEmpty() ? DOTTED_LINE.substring(0, 60) : time + "."));
        blocks.add(item("4. Nước, thành phố đến: ", AbroadWording.destinations(plan) + "."));

        blocks.add(Paragraph.heading("II. CHƯƠNG TRÌNH CÔNG TÁC ĐÃ THỰC HIỆN"));
        List<String> days = programme(d, plan, source.estimate().calendar());
        if (days.isEmpty()) {
            blocks.add(dots());
        }
        days.forEach(line -> blocks.add(Paragraph.body(line)));

        blocks.add(Paragraph.heading("III. KẾT QUẢ CHUYẾN CÔNG TÁC"));
        blocks.add(subHeading("1. Kết quả đạt được"));
        blocks.add(dots());
        blocks.add(dots());
        blocks.add(subHeading("2. Những kinh nghiệm rút ra"));
        blocks.add(dots());
        blocks.add(subHeading("3. Đánh giá chung"));
        blocks.add(dots());

        blocks.add(Paragraph.heading("IV. KINH PHÍ"));
        AbroadEstimate estimate = source.estimate();
        blocks.add(Paragraph.body(List.of(Run.bold("1. " + estimateLabel(estimate) + ": "),
                Run.plain(VietnameseNumbers.format(estimate.total()) + " đồng"),
                Run.italic(" (Bằng chữ: " + AmountInWords.of(estimate.total()) + ")"), Run.plain("."))));
        blocks.add(Paragraph.body("- " + AbroadWording.exchangeRateLine(plan.exchangeRate()) + "."));
        blocks.add(item("2. Kinh phí thực hiện: ", spending(source.actualSpending(), estimate)));

        blocks.add(Paragraph.heading("V. ĐỀ XUẤT, KIẾN NGHỊ"));
        blocks.add(dots());
        blocks.add(dots());
        blocks.add(Paragraph.body("Trên đây là báo cáo kết quả chuyến công tác tại " + countries + OfficialParts.ofBody(d)
                + ", kính báo cáo " + superior + "./.").keptWithNext());
        blocks.add(new Closing(OfficialParts.recipients(ProposalDocument.recipients(d)), OfficialParts.signature(d.signer())));
        return new PrintedDocument("Báo cáo kết quả chuyến công tác nước ngoài", PageSetup.administrative(),
                AbroadWording.header(d, "BC", source.reportNumber()), blocks, null);
    }

    /** "Quyết định số 125/QĐ-SVHTT ngày 01/04/2026 của Sở Văn hóa và Thể thao", blanks to write while not registered. */
    static String decision(AbroadSource source) {
        Delegation d = source.delegation();
        return "Quyết định số " + OfficialParts.reference(source.decisionNumber().number(), OfficialParts.symbol(d.issuingBody(), "QĐ"))
                + " ngày " + date(source.decisionNumber()) + OfficialParts.ofBody(d);
    }

    private static String date(IssueNumber number) {
        return number.date() == null ? DATE_BLANK : VietnameseDates.format(number.date());
    }

    /**
     * One line per day of the programme while abroad (from the day of exit to the day of re-entry; every day when those
     * are not known): "- Ngày 07/04/2026 (Thứ Ba), tại Seoul: Dự phiên khai mạc …; trình bày tham luận …." The activities
     * as the programme has them; the delegation corrects them in the Word file where the trip went otherwise.
     */
    static List<String> programme(Delegation d, OutboundPlan plan, AbroadCalendar calendar) {
        List<String> lines = new ArrayList<>();
        for (ProgrammeDay day : d.programme()) {
            LocalDate date = day.date();
            if (date == null || day.activities().isEmpty() || outside(date, calendar)) {
                continue;
            }
            List<String> what = new ArrayList<>();
            for (Activity activity : day.activities()) {
                String text = AbroadWording.withoutFinalStop(activity.description());
                if (!text.isEmpty()) {
                    what.add(text);
                }
            }
            if (what.isEmpty()) {
                continue;
            }
            String city = cityOn(plan, date);
            lines.add("- Ngày " + VietnameseDates.format(date) + " (" + VietnameseDates.weekday(date.getDayOfWeek()) + ")"
                    + (city.isEmpty() ? "" : ", tại " + city) + ": " + String.join("; ", what) + ".");
        }
        return lines;
    }

    private static boolean outside(LocalDate date, AbroadCalendar calendar) {
        return calendar.exitDate() != null && calendar.reentryDate() != null
                && (date.isBefore(calendar.exitDate()) || date.isAfter(calendar.reentryDate()));
    }

    /** The city of the stop the day falls in (arrival to departure, local dates): the last such stop on a travel day. */
    static String cityOn(OutboundPlan plan, LocalDate date) {
        String city = "";
        for (CountryStop stop : plan.stops()) {
            if (stop.arrivalDate() != null && stop.departureDate() != null && !date.isBefore(stop.arrivalDate())
                    && !date.isAfter(stop.departureDate()) && !stop.city().isEmpty()) {
                city = stop.city();
            }
        }
        return city;
    }

    /** "Dự toán kinh phí", or "(tạm tính)" while a line of the estimate has no amount. */
    static String estimateLabel(AbroadEstimate estimate) {
        return estimate.draft() ? "Dự toán kinh phí (tạm tính, dự toán còn là dự thảo)" : "Dự toán kinh phí";
    }

    /**
     * "172.000.000 đồng (Bằng chữ: …), tiết kiệm 93.867 đồng so với dự toán." once known; "……………… đồng." to write it on
     * while not. No saving or overrun against an estimate that is still a draft.
     */
    static String spending(Long actual, AbroadEstimate estimate) {
        if (actual == null) {
            return UNKNOWN_SPENDING + ".";
        }
        StringBuilder text = new StringBuilder(VietnameseNumbers.format(actual)).append(" đồng (Bằng chữ: ")
                .append(AmountInWords.of(actual)).append(')');
        if (!estimate.draft()) {
            long difference = actual - estimate.total();
            if (difference < 0) {
                text.append(", tiết kiệm ").append(VietnameseNumbers.format(-difference)).append(" đồng so với dự toán");
            } else if (difference > 0) {
                text.append(", vượt ").append(VietnameseNumbers.format(difference)).append(" đồng so với dự toán");
            } else {
                text.append(", bằng dự toán");
            }
        }
        return text.append('.').toString();
    }

    private static Paragraph item(String label, String text) {
        return Paragraph.body(List.of(Run.bold(label), Run.plain(text)));
    }

    private static Paragraph subHeading(String text) {
        return new Paragraph(List.of(Run.bold(text)), Align.JUSTIFIED, 0, true, 0, Paragraph.BODY_SPACING, true);
    }

    private static Paragraph dots() {
        return new Paragraph(List.of(Run.plain(DOTTED_LINE)), Align.LEFT, 0, false, 0, Paragraph.BODY_SPACING, false);
    }
}
