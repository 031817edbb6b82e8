package vn.delegationdesk.reading;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What kind of document a source is, so that the right reader reads it: a delegation's plan (seed 000: "Kế hoạch tổ
 * chức Đoàn …" with its composition and a programme day by day) or a plan above the trips (seeds 001–004: tasks, units,
 * targets). Pure.
 */
public enum DocumentKind {
    /** A delegation's plan: a "THÀNH PHẦN" section and a programme by "Ngày dd/mm/yyyy". */
    DELEGATION,
    /** A plan or programme of tasks: "KẾ HOẠCH" or "CHƯƠNG TRÌNH", a section of tasks or of who does what. */
    PLAN;

    private static final Pattern COMPOSITION = Pattern.compile("^(?:[IVXL]+\\.\\s*)?THÀNH PHẦN\\b");
    private static final Pattern PROGRAMME_DAY = Pattern.compile("^(?:[-*+•]\\s*)?Ngày\\s+\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final Pattern PLAN_HEADING = Pattern.compile("^(?:KẾ HOẠCH|CHƯƠNG TRÌNH)$");
    private static final Pattern PLAN_SECTION = Pattern.compile(
            "^[IVXL]+\\.\\s*.*(?:NHIỆM VỤ|NỘI DUNG|TỔ CHỨC THỰC HIỆN|GIẢI PHÁP)");
    private static final Pattern PLAN_OPENING = Pattern.compile("(?:ban hành|xây dựng) Kế hoạch");

    /** The kind {@code source} reads as, or empty when it looks like neither (a letter, a novel, a list). */
    public static Optional<DocumentKind> of(SourceDocument source) {
        List<String> texts = Normalised.paragraphs(source.passages()).stream().map(Normalised.Paragraph::text).toList();
        boolean composition = texts.stream().anyMatch(t -> COMPOSITION.matcher(t).find());
        boolean programme = texts.stream().anyMatch(t -> PROGRAMME_DAY.matcher(t).find());
        if (composition && programme) {
            return Optional.of(DELEGATION);
        }
        boolean plan = texts.stream().anyMatch(t -> PLAN_HEADING.matcher(t).matches() || PLAN_SECTION.matcher(t).find()
                || PLAN_OPENING.matcher(t).find());
        return plan ? Optional.of(PLAN) : Optional.empty();
    }
}
