package vn.delegationdesk.reading.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.delegationdesk.delegation.programme.HalfDay;

/**
 * The programme of section IV.2 as it is read, before it is built: each leg's summary ("a) Tại tỉnh Đắk Lắk: …"), the
 * days ("* Ngày 14/10/2025 (thứ Ba):"), their half-day sessions ("- Buổi sáng:", "- Sáng:", "+ Buổi chiều:", a day with
 * text and no session is all day) and the "+" lines under a session (a conference's count, venue and agenda).
 * {@link ProgrammeBuilder} makes the activities and conferences once the legs and transport are known.
 */
final class ProgrammeReader {
    private static final Pattern LEG_SUMMARY = Pattern.compile(
            "^[a-zđ]\\)\\s*Tại\\s+((?:tỉnh|thành phố)\\s+[^:]{2,60}?)\\s*:\\s*(.+)$", Pattern.UNICODE_CASE);
    private static final Pattern DAY = Pattern.compile("^[*•-]?\\s*Ngày\\s+(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})"
            + "\\s*(?:\\(([^)]*)\\))?\\s*:?\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HALF_DAY = Pattern.compile("^[-+*•–]?\\s*(?:Buổi\\s+(sáng|chiều|tối|trưa)\\s*:?|(sáng|chiều|tối)"
            + "\\s*:)\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SUB_ITEM = Pattern.compile("^[+•]\\s*(.*)$");

    /** A session as read: its half-day, text, paragraphs and the "+" lines under it. */
    static final class SessionText {
        final HalfDay halfDay;
        final List<Para> paras = new ArrayList<>();
        final List<StringBuilder> subItems = new ArrayList<>();
        final List<Para> subParas = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        SessionText(HalfDay halfDay, String text, Para p) {
            this.halfDay = halfDay;
            this.text.append(text);
            paras.add(p);
        }
    }

    /** A day as read: its date, its heading and its sessions. */
    static final class DayText {
        final LocalDate date;
        final Para heading;
        final List<SessionText> sessions = new ArrayList<>();

        DayText(LocalDate date, Para heading) {
            this.date = date;
            this.heading = heading;
        }
    }

    /** A leg's summary paragraph. */
    record Summary(String place, String text, Para para) {
    }

    private final Findings findings;
    private final List<DayText> days = new ArrayList<>();
    private final Map<String, Summary> summaries = new LinkedHashMap<>();

    ProgrammeReader(Findings findings) {
        this.findings = findings;
    }

    /** Takes {@code p} as part of the programme; false when it does not belong to it. */
    boolean take(Para p) {
        String text = p.text();
        Matcher summary = LEG_SUMMARY.matcher(text);
        if (summary.matches()) {
            String place = summary.group(1).strip();
            summaries.put(key(place), new Summary(place, summary.group(2).strip(), p));
            return true;
        }
        Matcher day = DAY.matcher(text);
        if (day.matches()) {
            LocalDate date = LegLines.date(day.group(3), day.group(2), day.group(1));
            if (date == null) {
                return false;
            }
            DayText d = new DayText(date, p);
            days.add(d);
            if (day.group(4) != null) {
                LegLines.check(date, day.group(4), (on, written, actual) -> findings.gap("programme." + on, LegLines.WEEKDAY_GAP,
                        p.first(), on.format(LegLines.DAY), written, actual));
            }
            String rest = day.group(5).strip();
            if (!rest.isEmpty()) {
                d.sessions.add(new SessionText(HalfDay.ALL_DAY, rest, p));
            }
            return true;
        }
        if (days.isEmpty()) {
            return false;
        }
        DayText current = days.get(days.size() - 1);
        Matcher half = HALF_DAY.matcher(text);
        if (half.matches()) {
            String word = (half.group(1) != null ? half.group(1) : half.group(2)).toLowerCase(Locale.ROOT);
            HalfDay halfDay = switch (word) {
                case "sáng" -> HalfDay.MORNING;
                case "tối" -> HalfDay.EVENING;
                default -> HalfDay.AFTERNOON;
            };
            current.sessions.add(new SessionText(halfDay, half.group(3).strip(), p));
            return true;
        }
        Matcher sub = SUB_ITEM.matcher(text);
        if (sub.matches() && !current.sessions.isEmpty()) {
            SessionText session = current.sessions.get(current.sessions.size() - 1);
            session.subItems.add(new StringBuilder(sub.group(1).strip()));
            session.subParas.add(p);
            return true;
        }
        if (current.sessions.isEmpty()) {
            current.sessions.add(new SessionText(HalfDay.ALL_DAY, text.replaceFirst("^[-+*•–]\\s*", ""), p));
            return true;
        }
        SessionText session = current.sessions.get(current.sessions.size() - 1);
        if (!session.subItems.isEmpty()) {
            session.subItems.get(session.subItems.size() - 1).append(' ').append(text);
            session.subParas.add(p);
        } else {
            session.text.append(' ').append(text);
            session.paras.add(p);
        }
        return true;
    }

    List<DayText> days() {
        return days;
    }

    /** The summary of the leg at {@code place} ("tỉnh Đắk Lắk"), or null. */
    Summary summary(String place) {
        return summaries.get(key(place));
    }

    static String key(String place) {
        return place.strip().toLowerCase(Locale.ROOT);
    }
}
