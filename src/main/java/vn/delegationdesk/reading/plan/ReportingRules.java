package vn.delegationdesk.reading.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.delegationdesk.plan.ReportFrequency;
import vn.delegationdesk.plan.ReportingRule;

/** The report deadlines one paragraph sets: "06 tháng (trước ngày 20/6)", "hằng năm (trước ngày 30/11)", "hằng quý …". */
final class ReportingRules {
    private static final Pattern SEMIANNUAL = Pattern.compile("06 tháng\\s*\\(trước ngày (\\d{1,2})/(\\d{1,2})\\)");
    private static final Pattern ANNUAL = Pattern.compile("(?:hằng|hàng) năm\\s*\\(trước ngày (\\d{1,2})/(\\d{1,2})\\)");
    private static final Pattern QUARTERLY = Pattern.compile("(?:hằng|hàng) quý\\s*\\(trước ngày (\\d{1,2})\\)");
    private static final Pattern ONCE = Pattern.compile("báo cáo.*trước ngày (\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern REPORT_TO = Pattern.compile("về ((?:UBND|Ủy ban nhân dân|Sở|Bộ)[^()]*?\\s*\\(qua [^)]+\\)"
            + "|(?:UBND|Ủy ban nhân dân|Sở|Bộ)[^(),.;]*)");

    private ReportingRules() {
    }

    /** The rules {@code text} sets, in the order semiannual, annual, quarterly, once; empty when it sets none. */
    static List<ReportingRule> in(String text) {
        List<ReportingRule> rules = new ArrayList<>();
        if (!text.contains("báo cáo")) {
            return rules;
        }
        Matcher to = REPORT_TO.matcher(text);
        String recipient = to.find() ? to.group(1).strip() : "";
        Matcher semi = SEMIANNUAL.matcher(text);
        if (semi.find()) {
            monthDay(semi.group(2), semi.group(1)).ifPresent(d ->
                    rules.add(ReportingRule.recurring(ReportFrequency.SEMIANNUAL, d, recipient)));
        }
        Matcher annual = ANNUAL.matcher(text);
        if (annual.find()) {
            monthDay(annual.group(2), annual.group(1)).ifPresent(d ->
                    rules.add(ReportingRule.recurring(ReportFrequency.ANNUAL, d, recipient)));
        }
        Matcher quarterly = QUARTERLY.matcher(text);
        if (quarterly.find()) {
            monthDay("3", quarterly.group(1)).ifPresent(d ->
                    rules.add(ReportingRule.recurring(ReportFrequency.QUARTERLY, d, recipient)));
        }
        Matcher once = ONCE.matcher(text);
        if (once.find()) {
            LocalDate on = date(Integer.parseInt(once.group(3)), Integer.parseInt(once.group(2)), Integer.parseInt(once.group(1)));
            if (on != null) {
                rules.add(ReportingRule.once(on, recipient));
            }
        }
        return rules;
    }

    private static Optional<MonthDay> monthDay(String month, String day) {
        try {
            return Optional.of(MonthDay.of(Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The date, or null when the figures make none. */
    static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
