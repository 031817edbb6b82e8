package vn.delegationdesk.reading.review;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the edited texts of a {@link DraftForm} back into values, collecting a Vietnamese sentence for every entry that
 * does not make one ("Nhiệm vụ 1.2 – Hạn hoàn thành: «31/13/2025» không phải ngày dd/mm/yyyy").
 */
final class EntryReader {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter LENIENT_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    private final DraftForm form;
    private final Words words;
    private final List<EntryError> errors = new ArrayList<>();

    EntryReader(DraftForm form, Words words) {
        this.form = form;
        this.words = words;
    }

    List<EntryError> errors() {
        return errors;
    }

    String text(String key) {
        return form.value(key).strip();
    }

    /** Non-blank lines, stripped. */
    List<String> lines(String key) {
        return form.value(key).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The parts of a one-line entry written "a | b | c", exactly {@code count} of them (missing ones empty). */
    Optional<List<String>> parts(String key, int count) {
        String value = text(key).replace('\n', ' ');
        List<String> parts = new ArrayList<>(Arrays.stream(value.split("\\|", -1)).map(String::strip).toList());
        if (value.isEmpty()) {
            parts.clear();
        }
        if (parts.size() > count) {
            fail(key, "reading.review.error.parts", value, count);
            return Optional.empty();
        }
        while (parts.size() < count) {
            parts.add("");
        }
        return Optional.of(parts);
    }

    /** A date dd/mm/yyyy of entry {@code key}, null when blank. */
    LocalDate date(String key) {
        return date(key, text(key));
    }

    LocalDate date(String key, String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), LENIENT_DATE);
        } catch (DateTimeParseException e) {
            fail(key, "reading.review.error.date", text.strip());
            return null;
        }
    }

    /** "dd/mm/yyyy - dd/mm/yyyy": both dates or neither; {@code null} when blank or wrong. */
    LocalDate[] period(String key) {
        String text = text(key);
        if (text.isEmpty()) {
            return new LocalDate[] {null, null};
        }
        String[] ends = text.split("\\s*[-–—]\\s*");
        if (ends.length != 2) {
            fail(key, "reading.review.error.period", text);
            return new LocalDate[] {null, null};
        }
        LocalDate from = date(key, ends[0]);
        LocalDate to = date(key, ends[1]);
        return new LocalDate[] {from, to};
    }

    MonthDay dayMonth(String key, String text) {
        try {
            return MonthDay.parse(text.strip(), DAY_MONTH);
        } catch (DateTimeParseException e) {
            fail(key, "reading.review.error.dayMonth", text.strip());
            return null;
        }
    }

    /** A whole number ≥ 0 ("03" is 3); {@code fallback} when blank or wrong. */
    long number(String key, String text, long fallback) {
        String digits = text.strip().replace(".", "");
        if (digits.isEmpty()) {
            return fallback;
        }
        if (!digits.matches("\\d{1,15}")) {
            fail(key, "reading.review.error.number", text.strip());
            return fallback;
        }
        return Long.parseLong(digits);
    }

    /** The enum value whose Vietnamese name is {@code text} (any case); {@code fallback} when blank. */
    <E extends Enum<E>> E choice(String key, String text, Class<E> type, E fallback) {
        String wanted = text.strip();
        if (wanted.isEmpty()) {
            return fallback;
        }
        List<String> names = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            String name = words.label(value);
            if (name.equalsIgnoreCase(wanted)) {
                return value;
            }
            names.add(name);
        }
        fail(key, "reading.review.error.choice", wanted, String.join(", ", names));
        return fallback;
    }

    void fail(String key, String messageKey, Object... args) {
        String label = form.entry(key).map(DraftEntry::label).orElse(key);
        Object[] all = new Object[args.length + 1];
        all[0] = label;
        System.arraycopy(args, 0, all, 1, args.length);
        errors.add(new EntryError(key, words.text(messageKey, all)));
    }

    static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String period(LocalDate from, LocalDate to) {
        return from == null && to == null ? "" : format(from) + " - " + format(to);
    }
}
