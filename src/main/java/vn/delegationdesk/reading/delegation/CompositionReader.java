package vn.delegationdesk.reading.delegation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.group.Quota;

/**
 * Section III ("THÀNH PHẦN"): the planned size ("Số lượng dự kiến: 37 người"), the groups with their seats ("* Lãnh đạo
 * đoàn: 01 đồng chí …", "- Đại diện …: 12 người, bao gồm:") and their units' counts ("Phòng Tổ chức - Pháp chế (03
 * người); …"). A group whose seats the plan gives without naming its units gets one quota carrying the plan's phrase
 * and a gap: names are never invented.
 */
final class CompositionReader {
    private static final Pattern SIZE = Pattern.compile("^(?:[a-zđ]\\)\\s*)?Số lượng(?: dự kiến)?\\s*:\\s*(?:khoảng\\s+)?(\\d+)\\s*"
            + "(?:người|đồng chí|thành viên)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LABEL = Pattern.compile("^(?:[a-zđ]\\)\\s*|[-+*•–]\\s*)?([^:]{2,60}):$");
    private static final Pattern GROUP = Pattern.compile("^[-+*•–]?\\s*([^:]{3,200}?)\\s*:\\s*(\\d+)\\s*"
            + "(người|đồng chí|đ/c)(?=[\\s,.;(]|$)\\s*(.*)$", Pattern.UNICODE_CASE);
    private static final Pattern UNIT = Pattern.compile("^(.+?)\\s*\\(\\s*(\\d+)\\s*người\\s*\\)$");
    private static final Pattern INCLUDING = Pattern.compile("^,?\\s*(?:bao gồm|gồm)\\s*:?\\s*(.*)$");
    private static final Pattern REPRESENTING = Pattern.compile("^(?:Đại diện|Lựa chọn|Cử)\\s+");
    /** A phrase that stands for several units ("14 đơn vị …", "các phòng …"), not one unit ("Bảo tàng tỉnh"). */
    private static final Pattern SEVERAL_UNITS = Pattern.compile("^(?:\\d+|các|những|một số)\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final String UNNAMED_GAP = "reading.delegation.gap.unnamedUnits";

    /** A group as read. */
    private static final class GroupText {
        private final String name;
        private final int seats;
        private final String description;
        private final int passage;
        private final List<Quota> quotas = new ArrayList<>();

        GroupText(String name, int seats, String description, int passage) {
            this.name = name;
            this.seats = seats;
            this.description = description;
            this.passage = passage;
        }
    }

    private final Findings findings;
    private final List<GroupText> groups = new ArrayList<>();
    private int plannedSize;
    private int sizePassage = -1;

    CompositionReader(Findings findings) {
        this.findings = findings;
    }

    /** Takes {@code p} if it is part of the composition; false when nothing in it was understood. */
    boolean take(Para p) {
        String text = p.text();
        Matcher size = SIZE.matcher(text);
        if (size.find()) {
            plannedSize = Integer.parseInt(size.group(1));
            sizePassage = p.first();
            findings.place(p, "plannedSize");
            return true;
        }
        Matcher group = GROUP.matcher(text);
        if (group.matches()) {
            String rest = group.group(4).strip();
            Matcher including = INCLUDING.matcher(rest);
            String description = group.group(2) + " " + group.group(3) + (rest.isEmpty() || rest.startsWith(",") ? "" : " " + rest);
            GroupText built = new GroupText(named(group.group(1).strip()), Integer.parseInt(group.group(2)), sentence(description),
                    p.first());
            groups.add(built);
            String field = "groups." + (groups.size() - 1);
            findings.place(p, field);
            if (including.matches()) {
                if (!including.group(1).isBlank()) {
                    units(including.group(1), built);
                }
            } else if (!rest.replaceAll("[.;]+$", "").isBlank() && !rest.startsWith("(") && !rest.startsWith(",")) {
                built.quotas.add(new Quota(rest.replaceAll("[.;]+$", "").strip(), built.seats));
            }
            return true;
        }
        if (!groups.isEmpty() && text.contains("người)") && units(text, groups.get(groups.size() - 1))) {
            findings.place(p, "groups." + (groups.size() - 1) + ".quotas");
            return true;
        }
        if (LABEL.matcher(text).matches()) {
            findings.place(p, "groups");
            return true;
        }
        return false;
    }

    /** "Phòng A (03 người); Văn phòng Sở (02 người)." into quotas of {@code group}; false when none is such a unit. */
    private static boolean units(String text, GroupText group) {
        List<Quota> found = new ArrayList<>();
        for (String part : text.split(";")) {
            String s = part.strip().replaceAll("[.,]+$", "").strip();
            Matcher unit = UNIT.matcher(s);
            if (unit.matches()) {
                found.add(new Quota(unit.group(1).strip(), Integer.parseInt(unit.group(2))));
            } else if (!s.isEmpty()) {
                return false;
            }
        }
        group.quotas.addAll(found);
        return !found.isEmpty();
    }

    int plannedSize() {
        return plannedSize;
    }

    int sizePassage() {
        return sizePassage;
    }

    boolean found() {
        return !groups.isEmpty();
    }

    /**
     * A group is named by who sits in it: "Lựa chọn 10 phường, xã …: 10 người" says how the wards are chosen, and the
     * seats are their representatives, "Đại diện 10 phường, xã …", as the plan names its other groups.
     */
    private static String named(String written) {
        return written.startsWith("Lựa chọn ") ? "Đại diện " + written.substring("Lựa chọn ".length()) : written;
    }

    /** The groups, each with its quotas; the gaps for unnamed units and for counts that do not add up. */
    List<MemberGroup> groups() {
        List<MemberGroup> out = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < groups.size(); i++) {
            GroupText g = groups.get(i);
            total += g.seats;
            String field = "groups." + i + ".quotas";
            List<Quota> quotas = new ArrayList<>(g.quotas);
            if (quotas.isEmpty()) {
                String phrase = REPRESENTING.matcher(g.name).replaceFirst("");
                quotas.add(new Quota(phrase, g.seats));
                if (SEVERAL_UNITS.matcher(phrase).find()) {
                    // "14 đơn vị sự nghiệp thuộc Sở", "các phường, xã …": seats given, units not named
                    findings.gap(field, UNNAMED_GAP, g.passage, g.name, phrase, String.valueOf(g.seats));
                }
            } else {
                int sum = quotas.stream().mapToInt(Quota::seats).sum();
                if (sum != g.seats) {
                    findings.gap(field, "reading.delegation.gap.unitSeats", g.passage, g.name, String.valueOf(sum),
                            String.valueOf(g.seats));
                }
            }
            out.add(new MemberGroup("nhom-" + (i + 1), g.name, g.description, quotas));
        }
        if (!groups.isEmpty() && plannedSize > 0 && total != plannedSize) {
            findings.gap("groups", "reading.delegation.gap.groupSeats", sizePassage, String.valueOf(total), String.valueOf(plannedSize));
        }
        return out;
    }

    private static String sentence(String text) {
        String value = text.strip().replaceAll("[,;:]+$", "");
        return value.endsWith(".") ? value : value + ".";
    }
}
