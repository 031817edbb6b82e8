package vn.delegationdesk.reading.delegation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.responsibility.ResponsibilityRole;
import vn.delegationdesk.delegation.responsibility.TaskStatus;

/**
 * Section VI ("TỔ CHỨC THỰC HIỆN"): each numbered unit ("1. Giao Phòng Tổ chức - Pháp chế", "3. Các phòng, đơn vị sự
 * nghiệp thuộc Sở: phối hợp với … . Chuẩn bị …") with its tasks, the dash items under it or the sentences after its
 * name, each capitalised. A unit leads when one of its tasks says "Chủ trì"; otherwise it coordinates.
 */
final class ResponsibilitiesReader {
    private static final Pattern UNIT = Pattern.compile("^\\d+\\.\\s*(?:Giao\\s+)?([^:]{2,120}?)\\s*(?::\\s*(.*))?$");
    private static final Pattern BULLET = Pattern.compile("^[-+•–*]\\s*(.*)$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\.)\\s+(?=\\p{Lu})");

    /** A unit as read. */
    private static final class UnitText {
        private final String unit;
        private final List<String> tasks = new ArrayList<>();

        UnitText(String unit) {
            this.unit = unit;
        }
    }

    private final Findings findings;
    private final List<UnitText> units = new ArrayList<>();

    ResponsibilitiesReader(Findings findings) {
        this.findings = findings;
    }

    /** Takes {@code p}; false when it is no unit and no task of one (the closing "Trên đây là …"). */
    boolean take(Para p) {
        String text = p.text();
        if (text.startsWith("Trên đây")) {
            return false;
        }
        Matcher unit = UNIT.matcher(text);
        if (unit.matches()) {
            UnitText u = new UnitText(unit.group(1).strip());
            units.add(u);
            if (unit.group(2) != null) {
                sentences(unit.group(2), u);
            }
            findings.place(p, field());
            return true;
        }
        if (units.isEmpty()) {
            return false;
        }
        Matcher bullet = BULLET.matcher(text);
        UnitText current = units.get(units.size() - 1);
        if (bullet.matches()) {
            current.tasks.add(AgendaItems.capitalised(bullet.group(1).strip()));
        } else {
            sentences(text, current);
        }
        findings.place(p, field());
        return true;
    }

    private String field() {
        return "responsibilities." + (units.size() - 1);
    }

    private static void sentences(String text, UnitText unit) {
        for (String sentence : SENTENCE_END.split(text.strip())) {
            if (!sentence.isBlank()) {
                unit.tasks.add(AgendaItems.capitalised(sentence.strip()));
            }
        }
    }

    List<Responsibility> responsibilities() {
        List<Responsibility> out = new ArrayList<>();
        for (UnitText u : units) {
            boolean leads = u.tasks.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).startsWith("chủ trì"));
            out.add(new Responsibility(u.unit, leads ? ResponsibilityRole.LEAD : ResponsibilityRole.COORDINATING, u.tasks, null,
                    TaskStatus.NOT_STARTED));
        }
        return out;
    }
}
