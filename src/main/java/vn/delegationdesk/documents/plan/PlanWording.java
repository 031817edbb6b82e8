package vn.delegationdesk.documents.plan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.delegationdesk.documents.content.OfficialParts;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanKind;
import vn.delegationdesk.plan.ReportFrequency;
import vn.delegationdesk.plan.ReportPeriod;
import vn.delegationdesk.plan.ReportingRule;
import vn.delegationdesk.plan.Target;
import vn.delegationdesk.platform.i18n.AgencyNames;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;

/**
 * How the plan's documents word what the plan holds: its number as cited, its subject after "Kế hoạch", a target's
 * value or range, a reporting period ("6 tháng đầu năm 2025", "quý III năm 2025") and the reporting regime in words.
 */
final class PlanWording {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final String PLAN_WORD = "kế hoạch";
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    /** Room for a day or a month written by hand. */
    static final String DAY_BLANK = " ".repeat(4);

    private PlanWording() {
    }

    /** The symbol of the plan: as stored, else "KH-" and the body's abbreviation. */
    static String planSymbol(Plan plan) {
        return plan.symbol().isEmpty() ? OfficialParts.symbol(plan.issuingBody(), "KH") : plan.symbol();
    }

    /** "102/KH-SVHTT", or "      /KH-SVHTT" while the plan has no number. */
    static String reference(Plan plan) {
        return OfficialParts.reference(plan.number(), planSymbol(plan));
    }

    /** "Kế hoạch số 102/KH-SVHTT ngày 10/01/2025" (the date left out while the plan has none). */
    static String citation(Plan plan) {
        String date = plan.issuedOn() == null ? "" : " ngày " + VietnameseDates.format(plan.issuedOn());
        return "Kế hoạch số " + reference(plan) + date;
    }

    /** The body inside a sentence: "Sở Văn hóa và Thể thao". */
    static String body(Plan plan) {
        return AgencyNames.inSentence(plan.issuingBody().name());
    }

    /** The title as printed under "KẾ HOẠCH": without a leading "Kế hoạch", its first letter a capital. */
    static String heading(Plan plan) {
        return upperFirst(withoutPlanWord(plan.title()));
    }

    /** The subject after "Kế hoạch" in a sentence: "tham gia Mạng lưới năm 2025". */
    static String subject(Plan plan) {
        return lowerFirst(withoutPlanWord(plan.title()));
    }

    private static String withoutPlanWord(String title) {
        String t = title.strip();
        if (t.toLowerCase(VIETNAMESE).startsWith(PLAN_WORD + " ")) {
            t = t.substring(PLAN_WORD.length()).strip();
        }
        return t;
    }

    /** "xây dựng" for a body's own plan, "ban hành" for a plan carrying out a higher document (seeds 001, 003, 004). */
    static String verb(Plan plan) {
        return plan.kind() == PlanKind.IMPLEMENTATION_PLAN ? "ban hành" : "xây dựng";
    }

    /** "20 – 30 cuộc", "30 trang", "5.000.000.000 đồng". */
    static String planned(Target target) {
        String value = target.isRange()
                ? VietnameseNumbers.format(target.min()) + VietnameseDates.RANGE_SEPARATOR + VietnameseNumbers.format(target.max())
                : VietnameseNumbers.format(target.min());
        return withUnit(value, target);
    }

    /** "22 cuộc". */
    static String achieved(long value, Target target) {
        return withUnit(VietnameseNumbers.format(value), target);
    }

    private static String withUnit(String value, Target target) {
        return target.unit().isEmpty() ? value : value + " " + target.unit();
    }

    /** "6 tháng đầu năm 2025", "6 tháng cuối năm 2025", "năm 2025", "quý III năm 2025". */
    static String period(ReportPeriod period) {
        return switch (period.part()) {
            case YEAR -> "năm " + period.year();
            case HALF -> "6 tháng " + (period.index() == 1 ? "đầu" : "cuối") + " năm " + period.year();
            case QUARTER -> "quý " + ROMAN[period.index() - 1] + " năm " + period.year();
        };
    }

    /**
     * The reporting regime in words, one sentence per recipient: "Định kỳ báo cáo kết quả thực hiện 06 tháng (trước ngày
     * 20/6); hằng năm (trước ngày 30/11) về UBND tỉnh (qua Sở Văn hóa, Thể thao và Du lịch) để tổng hợp."
     */
    static List<String> regime(List<ReportingRule> rules) {
        Map<String, List<ReportingRule>> byRecipient = new LinkedHashMap<>();
        for (ReportingRule rule : rules) {
            byRecipient.computeIfAbsent(rule.recipient(), k -> new ArrayList<>()).add(rule);
        }
        List<String> sentences = new ArrayList<>();
        for (Map.Entry<String, List<ReportingRule>> entry : byRecipient.entrySet()) {
            List<String> recurring = new ArrayList<>();
            List<String> once = new ArrayList<>();
            for (ReportingRule rule : entry.getValue()) {
                if (rule.frequency() == ReportFrequency.ONCE) {
                    once.add("trước ngày " + VietnameseDates.format(rule.onceOn()));
                } else {
                    recurring.add(when(rule.frequency(), rule.dueBefore()));
                }
            }
            StringBuilder text = new StringBuilder();
            if (!recurring.isEmpty()) {
                text.append("Định kỳ báo cáo kết quả thực hiện ").append(String.join("; ", recurring));
            }
            if (!once.isEmpty()) {
                text.append(text.length() == 0 ? "Báo cáo kết quả thực hiện " : "; báo cáo ")
                        .append(String.join("; ", once));
            }
            if (!entry.getKey().isEmpty()) {
                text.append(" về ").append(entry.getKey());
            }
            sentences.add(text.append('.').toString());
        }
        return sentences;
    }

    private static String when(ReportFrequency frequency, MonthDay due) {
        return switch (frequency) {
            case SEMIANNUAL -> "06 tháng (trước ngày " + dayMonth(due) + ")";
            case ANNUAL -> "hằng năm (trước ngày " + dayMonth(due) + ")";
            case QUARTERLY -> "hằng quý (trước ngày " + due.getDayOfMonth() + " của tháng cuối quý)";
            case ONCE -> throw new IllegalArgumentException("a one-off report has its own date");
        };
    }

    /** "20/6", "30/11": a recurring day as the plans write it. */
    static String dayMonth(MonthDay day) {
        return day.getDayOfMonth() + "/" + day.getMonthValue();
    }

    /**
     * When a task is to be done: "Từ 01/3/2025 đến 31/12/2025", "Trước ngày 15/10/2025", "Từ 01/3/2025", or "Thường
     * xuyên" for a task of the whole plan.
     */
    static String when(LocalDate from, LocalDate due) {
        if (from != null && due != null) {
            return from.equals(due) ? "Ngày " + VietnameseDates.format(due)
                    : "Từ " + VietnameseDates.format(from) + " đến " + VietnameseDates.format(due);
        }
        if (due != null) {
            return "Trước ngày " + VietnameseDates.format(due);
        }
        if (from != null) {
            return "Từ " + VietnameseDates.format(from);
        }
        return "Thường xuyên";
    }

    /** "I" … "X": the plan's part numbers. */
    static String roman(int number) {
        return ROMAN[number - 1];
    }

    static String lowerFirst(String text) {
        if (text.isEmpty() || isAcronymStart(text)) {
            return text;
        }
        return text.substring(0, 1).toLowerCase(VIETNAMESE) + text.substring(1);
    }

    /** "UBND", "HĐND": a word of capitals keeps them. */
    private static boolean isAcronymStart(String text) {
        String first = text.split("\\s+", 2)[0];
        return first.length() > 1 && first.equals(first.toUpperCase(VIETNAMESE));
    }

    static String upperFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(VIETNAMESE) + text.substring(1);
    }

    /** A list item as printed: a dash before it (unless it has one), its own end kept. */
    static String dashed(String item) {
        String t = item.strip();
        return t.startsWith("-") || t.startsWith("+") ? t : "- " + t;
    }
}
