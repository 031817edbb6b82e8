package vn.delegationdesk.platform.i18n;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Dates as Vietnamese public documents write them. Weekday names are spelled here rather than taken from
 * the JDK locale data, so they do not depend on {@code jdk.localedata} being in a jlinked runtime and
 * follow the documents' spelling ("Chủ nhật", not CLDR's "Chủ Nhật").
 */
public final class VietnameseDates {
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] WEEKDAYS = {
        "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"
    };
    /** An en dash with spaces, as in "14/10/2025 – 19/10/2025". */
    public static final String RANGE_SEPARATOR = " – ";

    private VietnameseDates() {
    }

    /** "14/10/2025"; the empty string for null. */
    public static String format(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    /** "Thứ Ba" … "Chủ nhật". */
    public static String weekday(DayOfWeek day) {
        return WEEKDAYS[day.getValue() - 1];
    }

    /** "Thứ Ba, 14/10/2025". */
    public static String withWeekday(LocalDate date) {
        return weekday(date.getDayOfWeek()) + ", " + format(date);
    }

    /** "14/10/2025 – 19/10/2025", one date when both are the same, or the empty string when both are null. */
    public static String range(LocalDate first, LocalDate last) {
        if (first == null && last == null) {
            return "";
        }
        if (first == null || last == null || first.equals(last)) {
            return format(first == null ? last : first);
        }
        return format(first) + RANGE_SEPARATOR + format(last);
    }

    /**
     * "ngày 05 tháng 02 năm 2025" — the date line of an administrative document: days below 10 and the
     * months January and February take a leading zero (Nghị định 30/2020/NĐ-CP).
     */
    public static String documentDate(LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : Integer.toString(date.getDayOfMonth());
        String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : Integer.toString(date.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }
}
