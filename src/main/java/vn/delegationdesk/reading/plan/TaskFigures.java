package vn.delegationdesk.reading.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.delegationdesk.plan.ActivityKind;
import vn.delegationdesk.plan.Target;
import vn.delegationdesk.reading.Normalised.Paragraph;
import vn.delegationdesk.reading.Normalised;

/**
 * What a task's own lines say in figures and names: the units of a "Đơn vị thực hiện" line, and the targets a line sets
 * ("20–30 cuộc", "khoảng 5 tỷ đồng", "03 lớp"), with the kind of activity that counts them when the words say it.
 */
final class TaskFigures {
    private static final Pattern BULLET = Pattern.compile("^[-+•–]\\s*");
    private static final String UNIT = "(chương trình|sản phẩm|tác phẩm|triển lãm|bộ phim|lượt khách|\\p{L}+)";
    private static final Pattern RANGE = Pattern.compile("(\\d+(?:\\.\\d{3})*)–(\\d+(?:\\.\\d{3})*)\\s+" + UNIT);
    private static final Pattern ABOUT = Pattern.compile("khoảng\\s+(\\d+(?:\\.\\d{3})*)\\s*(tỷ đồng|triệu đồng|%|\\p{L}+)");
    private static final Pattern COUNT = Pattern.compile("(?<![\\d/.,])(?:ít nhất |từ )?(0\\d)\\s+" + UNIT);
    private static final Pattern UNIT_OPENER = Pattern.compile(
            "^(Sở|Báo|Đài|Bảo tàng|Văn phòng|Phòng|Hội|Tạp chí|Trung tâm|UBND|Ủy ban|Ban|Thống kê|Cục|Bộ|Thường trực|các)\\b");
    private static final int LABEL_MAX = 150;

    private TaskFigures() {
    }

    /** The units of "Sở A, Thể thao và Du lịch; Sở B, Sở C; các sở, ngành": split at ";" and at ", " before a unit. */
    static List<String> unitList(String text) {
        List<String> units = new ArrayList<>();
        for (String segment : text.replaceAll("[.;,]+$", "").split(";")) {
            StringBuilder unit = new StringBuilder();
            for (String piece : segment.split(",\\s*|\\s+và\\s+(?=các\\b)")) {
                String s = piece.strip();
                if (s.isEmpty()) {
                    continue;
                }
                if (unit.length() > 0 && UNIT_OPENER.matcher(s).find()) {
                    units.add(unit.toString());
                    unit.setLength(0);
                }
                unit.append(unit.length() == 0 ? "" : ", ").append(s);
            }
            if (unit.length() > 0) {
                units.add(unit.toString());
            }
        }
        return units;
    }

    /** The targets one line of a task sets: ranges ("20–30 cuộc"), "khoảng 5 tỷ đồng", counts written "03 lớp". */
    static List<Target> targetsIn(String line, String field, int firstNumber) {
        List<Target> found = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        String label = cut(BULLET.matcher(line).replaceFirst(""));
        int next = firstNumber;
        Matcher range = RANGE.matcher(line);
        while (range.find()) {
            long min = Normalised.number(range.group(1)).orElse(-1);
            long max = Normalised.number(range.group(2)).orElse(-1);
            if (min < 0 || max < min || (min >= 1900 && min <= 2100)) {
                continue;
            }
            String unit = range.group(3);
            found.add(new Target("t-" + next++, label, cut(field), unit, min, max, countedKind(unit, line), List.of()));
            taken.add(new int[] {range.start(), range.end()});
        }
        Matcher about = ABOUT.matcher(line);
        while (about.find()) {
            long value = Normalised.number(about.group(1)).orElse(-1);
            String unit = about.group(2);
            if (value < 0 || overlaps(taken, about.start(), about.end())) {
                continue;
            }
            if (unit.equals("tỷ đồng")) {
                value *= 1_000_000_000L;
                unit = "đồng";
            } else if (unit.equals("triệu đồng")) {
                value *= 1_000_000L;
                unit = "đồng";
            }
            found.add(new Target("t-" + next++, label, cut(field), unit, value, value, null, List.of()));
            taken.add(new int[] {about.start(), about.end()});
        }
        Matcher count = COUNT.matcher(line);
        while (count.find()) {
            long value = Normalised.number(count.group(1)).orElse(-1);
            String before = line.substring(Math.max(0, count.start() - 6), count.start());
            if (value <= 0 || overlaps(taken, count.start(), count.end()) || before.endsWith("ngày ") || before.endsWith("tháng ")) {
                continue;
            }
            String unit = count.group(2);
            found.add(new Target("t-" + next++, label, cut(field), unit, value, value, countedKind(unit, line), List.of()));
            taken.add(new int[] {count.start(), count.end()});
        }
        return found;
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        return taken.stream().anyMatch(t -> start < t[1] && end > t[0]);
    }

    private static ActivityKind countedKind(String unit, String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "clip" -> ActivityKind.MEDIA;
            case "trang" -> ActivityKind.PUBLICATION;
            case "cuộc" -> lower.contains("online") || lower.contains("phiên họp") ? ActivityKind.ONLINE_SESSION
                    : lower.contains("workshop") || lower.contains("tọa đàm") || lower.contains("hội thảo")
                            ? ActivityKind.WORKSHOP
                            : lower.contains("triển lãm") ? ActivityKind.EXHIBITION : null;
            case "triển lãm" -> ActivityKind.EXHIBITION;
            default -> null;
        };
    }

    /**
     * The area an objective's line is about: "+ Lĩnh vực Điện ảnh: Doanh thu đạt khoảng 15 tỷ đồng" → "Lĩnh vực Điện ảnh";
     * a line that names none belongs to the plan's objectives as a whole.
     */
    static String area(String line) {
        String text = BULLET.matcher(line).replaceFirst("");
        int colon = text.indexOf(':');
        return text.startsWith("Lĩnh vực ") && colon > 0 && colon < 60 ? text.substring(0, colon).strip() : "Mục tiêu của kế hoạch";
    }

    /**
     * The objectives' own figures ("Doanh thu đạt khoảng 15 tỷ đồng") added after the tasks' targets, so their numbers stay
     * put; a figure a task already sets for the same area is that task's target, not a second one. Each paragraph is
     * placed on the targets it gave.
     */
    static void objectives(List<Paragraph> objectives, List<Target> targets, BiConsumer<Paragraph, String> place) {
        for (Paragraph objective : objectives) {
            for (Target target : targetsIn(objective.text(), area(objective.text()), targets.size() + 1)) {
                Target same = targets.stream().filter(t -> sameFigure(t, target)).findFirst().orElse(null);
                if (same == null) {
                    targets.add(target);
                }
                place.accept(objective, "target." + (same == null ? target : same).id());
            }
        }
    }

    /** Whether two targets set the same figure for the same area ("Lĩnh vực Du lịch văn hóa" and "… văn hoá" alike). */
    static boolean sameFigure(Target a, Target b) {
        return a.min() == b.min() && a.max() == b.max() && plain(a.field()).equals(plain(b.field()));
    }

    private static String plain(String text) {
        return java.text.Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').strip();
    }

    private static String cut(String text) {
        String clean = text.replaceAll("[;:]$", "").strip();
        if (clean.length() <= LABEL_MAX) {
            return clean;
        }
        int space = clean.lastIndexOf(' ', LABEL_MAX - 1);
        return clean.substring(0, space > 0 ? space : LABEL_MAX - 1) + "…";
    }
}
