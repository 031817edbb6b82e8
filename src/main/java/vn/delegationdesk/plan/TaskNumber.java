package vn.delegationdesk.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A task's number in the plan's own numbering: "1", "1.1", "2.3.2". Ordered part by part as numbers ("1.10" after
 * "1.9"); "1.1" belongs under "1".
 */
public record TaskNumber(List<Integer> parts) implements Comparable<TaskNumber> {
    private static final Pattern FORM = Pattern.compile("[1-9]\\d{0,3}(\\.[1-9]\\d{0,3}){0,4}");
    private static final Comparator<List<Integer>> ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    public TaskNumber {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a task number has at least one part");
        }
    }

    /** "1.2" as a number; empty when the text is not one (at most five levels, each 1 to 9999, no trailing dot). */
    public static Optional<TaskNumber> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        if (!FORM.matcher(t).matches()) {
            return Optional.empty();
        }
        List<Integer> parts = new ArrayList<>();
        for (String part : t.split("\\.")) {
            parts.add(Integer.parseInt(part));
        }
        return Optional.of(new TaskNumber(parts));
    }

    public int depth() {
        return parts.size();
    }

    /** The number one level up ("1.2" for "1.2.3"); empty at the top level. */
    public Optional<TaskNumber> parent() {
        return parts.size() == 1 ? Optional.empty() : Optional.of(new TaskNumber(parts.subList(0, parts.size() - 1)));
    }

    @Override
    public int compareTo(TaskNumber other) {
        return ORDER.compare(parts, other.parts);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int part : parts) {
            if (text.length() > 0) {
                text.append('.');
            }
            text.append(part);
        }
        return text.toString();
    }
}
