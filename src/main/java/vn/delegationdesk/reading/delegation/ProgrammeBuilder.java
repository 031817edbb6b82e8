package vn.delegationdesk.reading.delegation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.delegationdesk.delegation.conference.AgendaItem;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.TransportMode;
import vn.delegationdesk.reading.delegation.ProgrammeReader.DayText;
import vn.delegationdesk.reading.delegation.ProgrammeReader.SessionText;

/**
 * The programme as read made into days of activities and the conferences they hold. An activity's kind comes from its
 * words (a journey "xuất phát" / "di chuyển", "Tổ chức Hội nghị", "khảo sát"); its place and host from its leg (the
 * host is the province's department as the text names it, written "Sở Văn hóa, Thể thao và Du lịch tỉnh X"); a
 * journey's transport from the plan's: the plane, when stated, to leave and come back, the car between provinces.
 */
final class ProgrammeBuilder {
    private static final Pattern DESTINATION = Pattern.compile("(?:đến|tới)\\s+((?:thành phố|TP\\.?)\\s+)?([^,.;]+?)\\s*,\\s*"
            + "((?:tỉnh|thành phố)\\s+[^,.;]+?)\\s*(?:[,.;]|$)");
    /** "đến thành phố Huế." where the city is itself the leg's place (a city under the central government). */
    private static final Pattern DESTINATION_CITY = Pattern.compile("(?:đến|tới)\\s+(?:thành phố|TP\\.?)\\s+([^,.;]+?)\\s*(?:[.;]|$)");
    private static final Pattern RETURN = Pattern.compile("(?:^|\\s)về\\s+([^,.;]+?)\\s*(?:[,.;]|$)");
    private static final Pattern DEPARTURE = Pattern.compile("xuất phát từ\\s+([^,.;]+?)\\s+(?:đến|tới|đi)\\s");
    private static final Pattern DELEGATES = Pattern.compile("^Số lượng\\s*:?\\s*(?:khoảng\\s+)?(\\d+)\\s*đại biểu",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern VENUE = Pattern.compile("^Địa điểm\\s*:\\s*(?:Tại\\s+)?(.+?)\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern STANDARD = Pattern.compile("(\\d\\s*sao(?:\\s+trở lên)?)");

    /** Where a journey goes: the city as a phrase ("thành phố Buôn Ma Thuột"), the city, the province. */
    record Destination(String phrase, String city, String province) {
    }

    /** The built programme and conferences. */
    record Built(List<ProgrammeDay> days, List<Conference> conferences) {
    }

    private ProgrammeBuilder() {
    }

    /** The first journey's "xuất phát từ Hà Nội", or "". */
    static String departure(List<DayText> days) {
        for (DayText day : days) {
            for (SessionText session : day.sessions) {
                Matcher m = DEPARTURE.matcher(session.text);
                if (m.find()) {
                    return m.group(1).strip();
                }
            }
        }
        return "";
    }

    /** Where the journeys go, by province ("tỉnh đắk lắk" → Buôn Ma Thuột): the legs' cities. */
    static Map<String, Destination> destinations(List<DayText> days) {
        Map<String, Destination> out = new HashMap<>();
        for (DayText day : days) {
            for (SessionText session : day.sessions) {
                Matcher m = DESTINATION.matcher(session.text);
                Matcher cityOnly = DESTINATION_CITY.matcher(session.text);
                if (kind(session.text.toString()) != ActivityKind.TRAVEL) {
                    continue;
                }
                if (m.find()) {
                    String city = m.group(2).strip();
                    String phrase = (m.group(1) == null ? "" : "thành phố ") + city;
                    out.putIfAbsent(ProgrammeReader.key(m.group(3)), new Destination(phrase, city, m.group(3).strip()));
                } else if (cityOnly.find()) {
                    String city = cityOnly.group(1).strip();
                    String phrase = "thành phố " + city;
                    out.putIfAbsent(ProgrammeReader.key(phrase), new Destination(phrase, city, phrase));
                }
            }
        }
        return out;
    }

    static Built build(List<DayText> days, List<Leg> legs, Map<String, Destination> destinations, String departure,
            List<TransportMode> modes, Findings findings) {
        List<ProgrammeDay> out = new ArrayList<>();
        List<Conference> conferences = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String here = departure;
        for (DayText day : days) {
            Leg leg = legs.stream().filter(l -> l.contains(day.date)).findFirst().orElse(null);
            List<Activity> activities = new ArrayList<>();
            for (SessionText session : day.sessions) {
                String field = "programme." + day.date + "." + activities.size();
                String text = session.text.toString().strip();
                ActivityKind kind = kind(text);
                String description = sentence(AgendaItems.capitalised(text));
                String place = leg == null ? "" : leg.place();
                String host = leg == null ? "" : host(leg.place(), days);
                TransportMode transport = null;
                String conferenceId = null;
                if (kind == ActivityKind.TRAVEL) {
                    host = "";
                    String to = destination(text, destinations, departure);
                    transport = transport(here.equals(departure) || to.equals(departure), modes);
                    place = here + " – " + to;
                    here = to;
                } else if (kind == ActivityKind.CONFERENCE && leg != null) {
                    Conference conference = conference(session, day, leg, host, destinations, ids, conferences.size(), findings);
                    conferences.add(conference);
                    conferenceId = conference.id();
                    String standard = conference.venueStandard();
                    place = standard.isEmpty() ? conference.venue() : "Khách sạn " + standard + ", " + leg.city();
                }
                if (leg == null) {
                    findings.gap(field, "reading.delegation.gap.outsideLegs", session.paras.get(0).first(),
                            day.date.format(LegLines.DAY));
                }
                activities.add(new Activity(session.halfDay, kind, description, place, host, transport, conferenceId, ""));
                session.paras.forEach(p -> findings.place(p, field));
            }
            findings.place(day.heading, activities.isEmpty() ? "programme" : "programme." + day.date + ".0");
            out.add(new ProgrammeDay(day.date, activities));
        }
        return new Built(out, conferences);
    }

    private static Conference conference(SessionText session, DayText day, Leg leg, String host,
            Map<String, Destination> destinations, Set<String> ids, int index, Findings findings) {
        String field = "conferences." + index;
        int delegates = 0;
        String venue = "";
        String standard = "";
        List<AgendaItem> agenda = new ArrayList<>();
        String province = provinceName(leg.place());
        for (int i = 0; i < session.subItems.size(); i++) {
            String line = session.subItems.get(i).toString().strip();
            Matcher count = DELEGATES.matcher(line);
            Matcher where = VENUE.matcher(line);
            if (count.find()) {
                delegates = Integer.parseInt(count.group(1));
            } else if (where.matches()) {
                venue = where.group(1);
                Matcher stars = STANDARD.matcher(venue);
                standard = stars.find() ? stars.group(1) : "";
            } else {
                agenda.add(AgendaItems.of(line, host, province));
            }
        }
        for (Para p : session.subParas) {
            String text = p.text();
            boolean detail = DELEGATES.matcher(text.replaceFirst("^[+•]\\s*", "")).find()
                    || VENUE.matcher(text.replaceFirst("^[+•]\\s*", "")).matches();
            findings.place(p, detail ? field : field + ".agenda");
        }
        if (delegates == 0) {
            findings.gap(field, "reading.delegation.gap.conferenceDelegates", session.paras.get(0).first());
        }
        Destination destination = destinations.get(ProgrammeReader.key(leg.place()));
        String cityPhrase = destination == null ? leg.city() : destination.phrase();
        if (venue.toLowerCase(Locale.ROOT).startsWith("khách sạn")) {
            venue = "Khách sạn tại " + (cityPhrase.isEmpty() ? "" : cityPhrase + ", ") + leg.place();
        }
        String title = AgendaItems.capitalised(session.text.toString().strip().replaceFirst("^Tổ chức\\s+", "").replaceAll("[.;]+$", ""));
        String id = "hoi-nghi-" + slug(province);
        for (int n = 2; !ids.add(id); n++) {
            id = "hoi-nghi-" + slug(province) + "-" + n;
        }
        return new Conference(id, title, day.date, session.halfDay, venue, standard, delegates, host, agenda);
    }

    static ActivityKind kind(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("hội nghị") || lower.contains("hội thảo") || lower.contains("tọa đàm")) {
            return ActivityKind.CONFERENCE;
        }
        if (lower.contains("xuất phát") || lower.startsWith("di chuyển") || lower.contains(" di chuyển ")) {
            return ActivityKind.TRAVEL;
        }
        if (lower.contains("khảo sát") || lower.contains("tham quan")) {
            return ActivityKind.FIELD_VISIT;
        }
        if (lower.contains("làm việc với")) {
            return ActivityKind.WORKING_MEETING;
        }
        return ActivityKind.OTHER;
    }

    private static String destination(String text, Map<String, Destination> destinations, String departure) {
        Matcher to = DESTINATION.matcher(text);
        if (to.find()) {
            Destination d = destinations.get(ProgrammeReader.key(to.group(3)));
            return d == null ? to.group(2).strip() : d.city();
        }
        Matcher cityOnly = DESTINATION_CITY.matcher(text);
        if (cityOnly.find()) {
            return cityOnly.group(1).strip();
        }
        Matcher back = RETURN.matcher(text);
        return back.find() ? back.group(1).strip() : departure;
    }

    /** The plane to leave and come back when the plan states it, the car between provinces; else the one mode stated. */
    private static TransportMode transport(boolean longHaul, List<TransportMode> modes) {
        TransportMode wanted = longHaul ? TransportMode.PLANE : TransportMode.CAR;
        if (modes.contains(wanted)) {
            return wanted;
        }
        return modes.size() == 1 ? modes.get(0) : null;
    }

    /** The province's department as the programme names it, written "Sở … tỉnh X"; "" when it names none. */
    static String host(String place, List<DayText> days) {
        String province = provinceName(place);
        Pattern department = Pattern.compile("Sở\\s+(\\p{Lu}[\\p{L} ,]{2,60}?)\\s+(?:tỉnh\\s+|thành phố\\s+)?" + Pattern.quote(province));
        for (DayText day : days) {
            for (SessionText session : day.sessions) {
                List<CharSequence> texts = new ArrayList<>(session.subItems);
                texts.add(0, session.text);
                for (CharSequence text : texts) {
                    Matcher m = department.matcher(text);
                    if (m.find()) {
                        return "Sở " + m.group(1).replaceAll("[, ]+$", "") + " " + place;
                    }
                }
            }
        }
        return "";
    }

    static String provinceName(String place) {
        return place.replaceFirst("^(?:tỉnh|thành phố)\\s+", "");
    }

    static String slug(String text) {
        String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String sentence(String text) {
        return text.endsWith(".") || text.endsWith("…") ? text : text + ".";
    }
}
