package vn.delegationdesk.reading.delegation;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.delegationdesk.reading.Normalised;

/**
 * The time and place lines of section II ("- Từ ngày 14/10/2025 - 16/10/2025: Tại tỉnh Đắk Lắk (Thứ Ba, Thứ Tư, Thứ
 * Năm)") and the weekdays a plan writes beside its dates, which are checked and never trusted.
 */
final class LegLines {
    static final String WEEKDAY_GAP = "reading.delegation.gap.weekday";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String DATE = "(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})";
    private static final Pattern LEG = Pattern.compile("^[-+*•–]?\\s*(?:Từ\\s+)?ngày\\s+" + DATE
            + "\\s*(?:[-–—‐‑]|đến(?:\\s+ngày)?)\\s*" + DATE + "\\s*:?\\s*(?:Tại\\s+)?"
            + "((?:tỉnh|thành phố|TP\\.?)\\s+[^(.;:]+?)\\s*(?:\\(([^)]*)\\))?\\s*[.;]?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String[] WEEKDAY_NAMES = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"};

    /** A leg line as read: the province ("tỉnh Đắk Lắk"), its dates and the weekdays written beside them. */
    record LegLine(String place, LocalDate from, LocalDate to, String weekdays) {
    }

    private LegLines() {
    }

    static Optional<LegLine> parse(String text) {
        Matcher m = LEG.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        LocalDate from = date(m.group(3), m.group(2), m.group(1));
        LocalDate to = date(m.group(6), m.group(5), m.group(4));
        if (from == null || to == null || to.isBefore(from)) {
            return Optional.empty();
        }
        String place = m.group(7).strip().replaceFirst("^(?i:tp\\.?)\\s*", "thành phố ");
        place = Character.toLowerCase(place.charAt(0)) + place.substring(1);
        return Optional.of(new LegLine(place, from, to, m.group(8) == null ? "" : m.group(8)));
    }

    /**
     * The weekdays written for consecutive days from {@code from} ("Thứ Ba, Thứ Tư, Thứ Năm"), each that contradicts its
     * date reported to {@code contradiction} (date, as written, the true weekday).
     */
    static void check(LocalDate from, String weekdays, Contradiction contradiction) {
        if (weekdays.isBlank()) {
            return;
        }
        List<String> written = List.of(weekdays.split("[,;]"));
        for (int i = 0; i < written.size(); i++) {
            LocalDate day = from.plusDays(i);
            String word = written.get(i).strip();
            Optional<DayOfWeek> read = Normalised.weekday(word);
            if (read.isPresent() && read.get() != day.getDayOfWeek()) {
                contradiction.found(day, word, name(day.getDayOfWeek()));
            }
        }
    }

    /** Reports one weekday that contradicts its date. */
    interface Contradiction {
        void found(LocalDate date, String written, String actual);
    }

    static String name(DayOfWeek day) {
        return WEEKDAY_NAMES[day.getValue() - 1];
    }

    static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
