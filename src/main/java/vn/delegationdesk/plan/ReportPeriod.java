package vn.delegationdesk.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a report covers, as the command line and the stored results name it: "2025-H1" (the first six months,
 * "6 tháng đầu năm"), "2025" (the year), "2025-Q3" (a quarter).
 */
public record ReportPeriod(int year, Part part, int index) {
    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(H|Q)([1-4]))?");

    /** What part of the year a period is. */
    public enum Part { YEAR, HALF, QUARTER }

    public ReportPeriod {
        if (year < 1900 || year > 2999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        int max = switch (part) {
            case YEAR -> 1;
            case HALF -> 2;
            case QUARTER -> 4;
        };
        if (index < 1 || index > max) {
            throw new IllegalArgumentException("no " + part + " " + index);
        }
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(year, Part.YEAR, 1);
    }

    public static ReportPeriod firstHalf(int year) {
        return new ReportPeriod(year, Part.HALF, 1);
    }

    /** "2025-H1", "2025", "2025-Q3"; empty when {@code code} is none of these. */
    public static Optional<ReportPeriod> parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return Optional.of(year(year));
        }
        int index = Integer.parseInt(m.group(3));
        Part part = m.group(2).equals("H") ? Part.HALF : Part.QUARTER;
        if (part == Part.HALF && index > 2) {
            return Optional.empty();
        }
        return Optional.of(new ReportPeriod(year, part, index));
    }

    /** The periods of {@code year} a report of {@code frequency} covers, in order. */
    static List<ReportPeriod> of(ReportFrequency frequency, int year) {
        return switch (frequency) {
            case SEMIANNUAL -> List.of(firstHalf(year));
            case ANNUAL -> List.of(year(year));
            case QUARTERLY -> List.of(new ReportPeriod(year, Part.QUARTER, 1), new ReportPeriod(year, Part.QUARTER, 2),
                    new ReportPeriod(year, Part.QUARTER, 3), new ReportPeriod(year, Part.QUARTER, 4));
            case ONCE -> List.of();
        };
    }

    public String code() {
        return switch (part) {
            case YEAR -> String.valueOf(year);
            case HALF -> year + "-H" + index;
            case QUARTER -> year + "-Q" + index;
        };
    }

    public LocalDate from() {
        return switch (part) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case HALF -> LocalDate.of(year, index == 1 ? 1 : 7, 1);
            case QUARTER -> LocalDate.of(year, (index - 1) * 3 + 1, 1);
        };
    }

    public LocalDate to() {
        return switch (part) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case HALF -> index == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
            case QUARTER -> LocalDate.of(year, index * 3, 1).withDayOfMonth(LocalDate.of(year, index * 3, 1).lengthOfMonth());
        };
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from()) && !date.isAfter(to());
    }
}
