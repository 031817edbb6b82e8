package vn.delegationdesk.documents.abroad;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.delegationdesk.abroad.AbroadCalendar;
import vn.delegationdesk.abroad.CountryStop;
import vn.delegationdesk.abroad.FlightLeg;
import vn.delegationdesk.abroad.OutboundPlan;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.documents.content.OfficialParts;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.OfficialHeader;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * Lịch trình công tác nước ngoài, the annex of the decision: the stops (city, country, dates, nights, the local time's
 * offset), then day by day in local time a table of what happens — each flight's departure at its airport's local time and
 * its arrival at the other's (the zone's offset printed beside each time, so 00:05 in Hà Nội and 06:35 in Seoul read
 * right), and the programme's activities at the time of the place they happen in — ordered as they happen.
 */
public final class AbroadItineraryDocument {
    static final String TITLE = "LỊCH TRÌNH CÔNG TÁC NƯỚC NGOÀI";
    static final List<String> COLUMN_TITLES = List.of("Ngày", "Giờ (giờ địa phương)", "Nội dung", "Địa điểm");
    private static final List<Float> WIDTHS = List.of(17f, 16f, 44f, 23f);
    private static final float TABLE_SIZE = 12;

    /** One row of the table: when it happens (to order rows), its local date, the printed time, what and where. */
    record Entry(Instant at, LocalDate date, String time, String content, String place) {
    }

    public PrintedDocument build(AbroadSource source) {
        Delegation d = source.delegation();
        OutboundPlan plan = source.plan();
        IssuingBody body = d.issuingBody();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.centered(Run.bold(TITLE)).withSize(15).withSpacing(12, 4));
        blocks.add(Paragraph.centered(Run.bold(d.title())));
        blocks.add(Paragraph.centered(Run.italic(attachedTo(source))).withSpacing(2, 8));
        String time = AbroadWording.tripTime(source.estimate().calendar());
        if (!time.isEmpty()) {
            blocks.add(Paragraph.body(List.of(Run.bold("Thời gian: "), Run.plain(time + "."))));
        }
        blocks.add(Paragraph.body(List.of(Run.bold("Điểm đến:"))).keptWithNext());
        for (CountryStop stop : plan.stops()) {
            blocks.add(Paragraph.body("- " + stopLine(stop) + "."));
        }
        String zones = zones(plan);
        if (!zones.isEmpty()) {
            blocks.add(Paragraph.body(List.of(Run.italic("Giờ ghi theo giờ địa phương nơi diễn ra: " + zones + "."))));
        }
        blocks.add(table(entries(d, plan)));
        return new PrintedDocument("Lịch trình công tác nước ngoài", PageSetup.administrative(),
                new OfficialHeader(body.parentBody(), body.name(), "", ""), blocks, null);
    }

    /** "(Kèm theo Quyết định số      /QĐ-SVHTT ngày    /    /      của Sở Văn hóa và Thể thao)". */
    static String attachedTo(AbroadSource source) {
        Delegation d = source.delegation();
        String number = OfficialParts.reference(source.decisionNumber().number(), OfficialParts.symbol(d.issuingBody(), "QĐ"));
        String date = source.decisionNumber().date() == null ? "    /    /      " : VietnameseDates.format(source.decisionNumber().date());
        return "(Kèm theo Quyết định số " + number + " ngày " + date + OfficialParts.ofBody(d) + ")";
    }

    /** "Seoul, Hàn Quốc: từ ngày 06/04/2026 đến ngày 09/04/2026 (03 đêm), giờ địa phương UTC+9". */
    static String stopLine(CountryStop stop) {
        StringBuilder out = new StringBuilder(stop.label());
        if (stop.arrivalDate() != null && stop.departureDate() != null) {
            out.append(": từ ngày ").append(VietnameseDates.format(stop.arrivalDate())).append(" đến ngày ")
                    .append(VietnameseDates.format(stop.departureDate())).append(" (")
                    .append(AbroadWording.twoDigits(stop.nights())).append(" đêm)");
        }
        if (stop.zone() != null && stop.arrivalDate() != null) {
            out.append(", giờ địa phương ").append(AbroadWording.offset(stop.zone(), stop.arrivalDate().atStartOfDay()));
        }
        return out.toString();
    }

    /** "Hà Nội (Nội Bài) UTC+7; Seoul (Incheon) UTC+9": each airport of the flights once, with its offset. */
    static String zones(OutboundPlan plan) {
        Map<String, String> places = new LinkedHashMap<>();
        for (FlightLeg leg : plan.legs()) {
            if (leg.fromZone() != null && leg.departureLocal() != null) {
                places.putIfAbsent(leg.fromPlace(), AbroadWording.offset(leg.fromZone(), leg.departureLocal()));
            }
            if (leg.toZone() != null && leg.arrivalLocal() != null) {
                places.putIfAbsent(leg.toPlace(), AbroadWording.offset(leg.toZone(), leg.arrivalLocal()));
            }
        }
        List<String> out = new ArrayList<>();
        places.forEach((place, offset) -> out.add(place + " " + offset));
        return String.join("; ", out);
    }

    /** The flights' departures and arrivals and the programme's activities, in the order they happen. */
    static List<Entry> entries(Delegation d, OutboundPlan plan) {
        List<Entry> entries = new ArrayList<>();
        for (FlightLeg leg : plan.legs()) {
            if (leg.departure() == null || leg.arrival() == null) {
                continue;
            }
            entries.add(new Entry(leg.departure(), leg.departureLocal().toLocalDate(), stamp(leg.departureLocal(), leg.fromZone()),
                    "Khởi hành chuyến bay " + leg.flightNumber() + " đi " + leg.toPlace() + " (đến "
                            + AbroadWording.time(leg.arrivalLocal()) + " ngày "
                            + VietnameseDates.format(leg.arrivalLocal().toLocalDate()) + ", giờ "
                            + AbroadWording.offset(leg.toZone(), leg.arrivalLocal()) + ")", leg.fromPlace()));
            entries.add(new Entry(leg.arrival(), leg.arrivalLocal().toLocalDate(), stamp(leg.arrivalLocal(), leg.toZone()),
                    "Đến " + leg.toPlace() + " (chuyến bay " + leg.flightNumber() + ")", leg.toPlace()));
        }
        for (ProgrammeDay day : d.programme()) {
            ZoneId zone = zoneOn(plan, day.date());
            for (Activity activity : day.activities()) {
                LocalTime start = activity.startTime() != null ? activity.startTime() : sortTime(activity.halfDay());
                String time = activity.startTime() != null ? AbroadWording.time(day.date().atTime(activity.startTime()))
                        : halfDay(activity.halfDay());
                entries.add(new Entry(day.date().atTime(start).atZone(zone).toInstant(), day.date(), time,
                        activity.description(), activity.place()));
            }
        }
        entries.sort(Comparator.comparing(Entry::date).thenComparing(Entry::at));
        return entries;
    }

    private static Table table(List<Entry> entries) {
        List<Cell> header = COLUMN_TITLES.stream().map(t -> Cell.bold(t, Align.CENTER)).toList();
        List<List<Cell>> rows = new ArrayList<>();
        int i = 0;
        while (i < entries.size()) {
            LocalDate date = entries.get(i).date();
            int end = i;
            while (end < entries.size() && entries.get(end).date().equals(date)) {
                end++;
            }
            for (int k = i; k < end; k++) {
                Entry entry = entries.get(k);
                List<Cell> row = new ArrayList<>();
                if (k == i) {
                    row.add(Cell.of(Paragraph.centered(Run.bold(VietnameseDates.weekday(date.getDayOfWeek()))),
                            Paragraph.centered(Run.plain(VietnameseDates.format(date)))).spanningRows(end - i));
                }
                row.add(Cell.of(entry.time(), Align.CENTER));
                row.add(Cell.of(entry.content(), Align.LEFT));
                row.add(Cell.of(entry.place(), Align.LEFT));
                rows.add(row);
            }
            i = end;
        }
        return new Table(WIDTHS, List.of(header), rows, true, TABLE_SIZE);
    }

    /** "00:05 (UTC+7)". */
    private static String stamp(LocalDateTime local, ZoneId zone) {
        return AbroadWording.time(local) + " (" + AbroadWording.offset(zone, local) + ")";
    }

    /** The zone of the stop the day falls in (arrival to departure, local dates), else Việt Nam's. */
    static ZoneId zoneOn(OutboundPlan plan, LocalDate date) {
        for (CountryStop stop : plan.stops()) {
            if (stop.zone() != null && stop.arrivalDate() != null && stop.departureDate() != null
                    && !date.isBefore(stop.arrivalDate()) && !date.isAfter(stop.departureDate())) {
                return stop.zone();
            }
        }
        return AbroadCalendar.VIETNAM;
    }

    private static LocalTime sortTime(HalfDay halfDay) {
        return switch (halfDay) {
            case ALL_DAY, MORNING -> LocalTime.of(8, 0);
            case AFTERNOON -> LocalTime.of(13, 30);
            case EVENING -> LocalTime.of(19, 0);
        };
    }

    private static String halfDay(HalfDay halfDay) {
        return switch (halfDay) {
            case ALL_DAY -> "Cả ngày";
            case MORNING -> "Sáng";
            case AFTERNOON -> "Chiều";
            case EVENING -> "Tối";
        };
    }
}
