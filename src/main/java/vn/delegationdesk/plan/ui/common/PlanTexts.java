package vn.delegationdesk.plan.ui.common;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.delegationdesk.plan.ActivityKind;
import vn.delegationdesk.plan.Attainment;
import vn.delegationdesk.plan.PlanKind;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ReportFrequency;
import vn.delegationdesk.plan.TaskStatus;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDateParser;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/** Text as the plan pages show and read it: dates "dd/MM/yyyy", lists one item a line or separated by ";". */
public final class PlanTexts {
    private PlanTexts() {
    }

    /** The Vietnamese name of a plan's enum value (kind, activity, status, report, attainment); "" for null. */
    public static String label(Messages messages, Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key;
        if (value instanceof PlanKind kind) {
            key = kind.labelKey();
        } else if (value instanceof ActivityKind kind) {
            key = kind.labelKey();
        } else if (value instanceof TaskStatus status) {
            key = status.labelKey();
        } else if (value instanceof ReportFrequency frequency) {
            key = frequency.labelKey();
        } else if (value instanceof Attainment attainment) {
            key = attainment.labelKey();
        } else {
            throw new IllegalArgumentException("no label for " + value);
        }
        return messages.get(key);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : VietnameseDates.format(date);
    }

    /** The date typed; empty for blank text, null inside the optional's place is never returned. */
    public static Optional<LocalDate> parseDate(String text) {
        return VietnameseDateParser.parse(text == null ? "" : text.strip());
    }

    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** One item a line, blank lines dropped. */
    public static List<String> lines(String text) {
        return blank(text) ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Items separated by ";" or a line break. */
    public static List<String> items(String text) {
        return blank(text) ? List.of() : Arrays.stream(text.split("[;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static String joinLines(List<String> lines) {
        return String.join("\n", lines);
    }

    public static String joinItems(List<String> items) {
        return String.join("; ", items);
    }

    /** The longest heading of a task in a chooser: longer first lines end in "…". */
    public static final int HEADING_MAX = 90;

    /** "1. Tham dự các Hội nghị, diễn đàn …": a task's number and the first line of its content, on one line. */
    public static String taskHeading(PlanTask task) {
        String content = task.content();
        int end = content.indexOf('\n');
        String first = (end < 0 ? content : content.substring(0, end)).strip();
        if (first.endsWith(":")) {
            first = first.substring(0, first.length() - 1);
        }
        if (first.length() > HEADING_MAX) {
            int cut = first.lastIndexOf(' ', HEADING_MAX);
            first = first.substring(0, cut > HEADING_MAX / 2 ? cut : HEADING_MAX) + "…";
        }
        return task.number() + ". " + first;
    }
}
