package vn.delegationdesk.plan.workbook;

import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.plan.ReportPeriod;

/** A report period as the task table names it: "6 tháng đầu năm 2025", "năm 2025", "quý III năm 2025". */
public final class PeriodNames {
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private PeriodNames() {
    }

    public static Phrase of(ReportPeriod period) {
        return switch (period.part()) {
            case YEAR -> Phrase.of("planbook.period.year", String.valueOf(period.year()));
            case HALF -> Phrase.of(period.index() == 1 ? "planbook.period.firstHalf" : "planbook.period.secondHalf",
                    String.valueOf(period.year()));
            case QUARTER -> Phrase.of("planbook.period.quarter", ROMAN[period.index() - 1], String.valueOf(period.year()));
        };
    }

    /** The period of a code read from a file, or the code itself quoted when it is none ("2025-H9"). */
    public static Object ofCode(String code) {
        return ReportPeriod.parse(code).<Object>map(PeriodNames::of).orElse(code);
    }
}
