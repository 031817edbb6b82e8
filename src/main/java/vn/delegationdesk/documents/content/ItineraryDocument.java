package vn.delegationdesk.documents.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.StayPlans;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeCalendar;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.stay.Accommodation;
import vn.delegationdesk.delegation.stay.Night;
import vn.delegationdesk.delegation.stay.StayPlan;
import vn.delegationdesk.documents.DocumentBuilder;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.fonts.LiberationSerif.Face;
import vn.delegationdesk.documents.fonts.LiberationSerif;
import vn.delegationdesk.documents.fonts.LineFit;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.KeptTogether;
import vn.delegationdesk.documents.layout.PageBreak;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Rule;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.platform.i18n.TextFolding;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * "CHƯƠNG TRÌNH CÔNG TÁC": the leader's programme as a timetable, read on the trip, so in large type and short. A
 * shaded row per day ("Thứ Ba, ngày 14/10/2025 – tỉnh Đắk Lắk"), then a row per activity: when, what, where, who
 * receives the delegation (with the contact person and phone the delegation holds for that host) and how it travels.
 * A conference takes one row; its agenda is in the annex after the contacts ({@link ItineraryAnnex}). Every day but
 * the last ends with where the group sleeps that night ("Nghỉ đêm tại …"), from the stay plan the member list and the
 * estimate read too.
 *
 * <p>No Nghị định 30 header: the programme is not registered (it has no number or date of its own; the plan it
 * carries out has them) and is handed out inside the delegation, so the national name and motto would only
 * take room. It names the issuing body at the top left so a loose page still says whose programme it is.
 */
public final class ItineraryDocument implements DocumentBuilder {
    static final String TITLE = "CHƯƠNG TRÌNH CÔNG TÁC";
    static final String CONTACTS = "THÔNG TIN LIÊN HỆ";
    static final String PERSONAL_DATA = "Tài liệu có số điện thoại cá nhân: chỉ dùng trong đoàn.";
    /** The column titles, each line short enough for its column at the header's size: no word is broken. */
    static final List<List<String>> COLUMNS = List.of(List.of("Thời gian"), List.of("Nội dung"), List.of("Địa điểm"),
            List.of("Đơn vị đón tiếp", "liên hệ"), List.of("Phương tiện"));
    /**
     * Per cent of the 165 mm column, measured in Liberation Serif: the titles in 12 pt bold with the cells' padding need
     * 56 pt ("Thời gian"), 85 pt ("Đơn vị đón tiếp") and 69 pt ("Phương tiện"); the host's name takes the most room.
     */
    private static final List<Float> WIDTHS = List.of(12.5f, 30.5f, 16f, 26f, 15f);
    private static final float BODY_SIZE = 15;
    private static final float TABLE_SIZE = 13;
    private static final float COLUMN_TITLE_SIZE = 12;
    private static final float HEADER_SIZE = 13;
    private static final List<Float> HEADER_COLUMNS = List.of(5f, 6f);
    /** A table cell's padding on each side, in points, as the writers lay cells out. */
    private static final float CELL_PADDING = 3;
    /** The time column, widened from the content column when a clock time is wider than it. */
    private static final int TIME_COLUMN = 0;
    private static final int CONTENT_COLUMN = 1;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final String NIGHT = "Nghỉ đêm tại ";
    /** A phone number somewhere in a contact line the user typed: nine digits or more, maybe spaced or dotted. */
    private static final Pattern PHONE = Pattern.compile("\\d(?:[ .\\u00a0]?\\d){8,}");

    @Override
    public PrintedDocument build(DocumentSource source) {
        Delegation delegation = source.delegation();
        List<Block> blocks = new ArrayList<>();
        blocks.add(issuingBody(delegation));
        blocks.add(Paragraph.centered(Run.bold(TITLE)).withSize(BODY_SIZE + 2).withSpacing(12, 4));
        blocks.add(Paragraph.centered(Run.bold(TripTexts.shortPurpose(delegation))));
        String dates = TripTexts.fromTo(delegation.firstDate().orElse(null), delegation.lastDate().orElse(null));
        if (!dates.isEmpty()) {
            blocks.add(Paragraph.centered(Run.italic("(" + dates + ")")).withSpacing(2, 3));
        }
        blocks.add(new Rule(0.3f));
        if (delegation.programme().isEmpty()) {
            blocks.add(Paragraph.body("Chương trình chưa được lập.").withSpacing(12, 6));
        } else {
            blocks.add(timetable(delegation, source.settings().itineraryContacts()));
        }
        List<String> contacts = contacts(source);
        if (!contacts.isEmpty()) {
            // The contacts are read together on the trip: never parted by a page break.
            List<Block> together = new ArrayList<>();
            together.add(Paragraph.centered(Run.bold(CONTACTS)).withSpacing(12, 6));
            contacts.forEach(line -> together.add(new Paragraph(List.of(Run.plain("- " + line)), Align.LEFT, 0, false, 0,
                    Paragraph.BODY_SPACING, false)));
            blocks.add(new KeptTogether(together));
        }
        List<Block> annex = ItineraryAnnex.of(delegation);
        if (!annex.isEmpty()) {
            blocks.add(new PageBreak());
            blocks.addAll(annex);
        }
        boolean phones = contacts.stream().anyMatch(line -> PHONE.matcher(line).find());
        return new PrintedDocument("Chương trình công tác", PageSetup.administrative().withFontSize(BODY_SIZE), null, blocks,
                phones ? PERSONAL_DATA : null);
    }

    /**
     * The parent and issuing body over each other at the top left, as the header's left column prints them: a name
     * too long for the column is broken where it reads naturally ("SỞ VĂN HÓA, / THỂ THAO VÀ DU LỊCH"), never inside
     * a word such as "DU LỊCH".
     */
    private static Table issuingBody(Delegation delegation) {
        float column = PageSetup.administrative().textWidthPoints() * HEADER_COLUMNS.get(0)
                / (HEADER_COLUMNS.get(0) + HEADER_COLUMNS.get(1)) - 2 * CELL_PADDING;
        List<Paragraph> lines = new ArrayList<>();
        if (!delegation.issuingBody().parentBody().isEmpty()) {
            LineFit.of(delegation.issuingBody().parentBody(), Face.REGULAR, HEADER_SIZE, HEADER_SIZE, column).lines()
                    .forEach(line -> lines.add(Paragraph.of(line, Align.CENTER)));
        }
        LineFit.of(delegation.issuingBody().name(), Face.BOLD, HEADER_SIZE, HEADER_SIZE, column).lines()
                .forEach(line -> lines.add(Paragraph.centered(Run.bold(line))));
        return new Table(HEADER_COLUMNS, List.of(), List.of(List.of(Cell.of(lines.toArray(Paragraph[]::new)), Cell.empty())),
                false, HEADER_SIZE);
    }

    private static Table timetable(Delegation delegation, List<String> typedContacts) {
        List<Cell> header = COLUMNS.stream().map(lines -> new Cell(lines.stream()
                .map(line -> new Paragraph(List.of(Run.bold(line)), Align.CENTER, COLUMN_TITLE_SIZE, false, 0, 0, false)).toList(),
                1, 1, false)).toList();
        List<List<Cell>> rows = new ArrayList<>();
        List<Conference> annexed = ItineraryAnnex.conferences(delegation);
        StayPlan stays = StayPlans.of(delegation);
        LocalDate lastDay = delegation.lastDate().orElse(null);
        for (ProgrammeDay day : delegation.programme()) {
            rows.add(List.of(Cell.bold(dayLabel(delegation.legs(), day), Align.LEFT).spanning(COLUMNS.size()).shade()));
            for (HalfDay halfDay : ProgrammeCalendar.SESSIONS) {
                for (Activity activity : day.activitiesIn(halfDay)) {
                    rows.add(row(delegation, activity, annexed, typedContacts));
                }
            }
            if (!day.date().equals(lastDay)) {
                stays.nightOn(day.date()).map(ItineraryDocument::nightLine).filter(line -> !line.isEmpty())
                        .ifPresent(line -> rows.add(List.of(new Cell(List.of(left(Run.italic(line), 0)), COLUMNS.size(), 1,
                                false))));
            }
        }
        return new Table(widths(delegation.programme()), List.of(header), rows, true, TABLE_SIZE);
    }

    /**
     * "Nghỉ đêm tại Khách sạn Sài Gòn – Ban Mê, 1-3 Phan Chu Trinh (tỉnh Đắk Lắk)", or "Nghỉ đêm tại tỉnh Đắk Lắk"
     * while no hotel is known; empty when the night names neither.
     */
    static String nightLine(Night night) {
        Accommodation at = night.accommodation();
        String where = String.join(", ", Stream.of(at.hotel(), at.address()).filter(t -> !t.isEmpty()).toList());
        if (where.isEmpty()) {
            return night.place().isEmpty() ? "" : NIGHT + night.place();
        }
        return NIGHT + where + (night.place().isEmpty() ? "" : " (" + night.place() + ")");
    }

    /**
     * The columns' shares: the measured ones, with the time column widened (from the content column) when a clock
     * time such as "08:00–11:30" would not fit it on one line.
     */
    private static List<Float> widths(List<ProgrammeDay> programme) {
        float total = PageSetup.administrative().textWidthPoints();
        float widest = 0;
        for (ProgrammeDay day : programme) {
            for (Activity activity : day.activities()) {
                widest = Math.max(widest, LiberationSerif.width(time(activity), Face.REGULAR, TABLE_SIZE));
            }
        }
        float needed = (widest + 2 * CELL_PADDING + 1) * 100 / total;
        List<Float> widths = new ArrayList<>(WIDTHS);
        if (needed > widths.get(TIME_COLUMN)) {
            float gain = (float) Math.ceil(needed * 2) / 2 - widths.get(TIME_COLUMN);
            widths.set(TIME_COLUMN, widths.get(TIME_COLUMN) + gain);
            widths.set(CONTENT_COLUMN, widths.get(CONTENT_COLUMN) - gain);
        }
        return widths;
    }

    /** "Thứ Ba, ngày 14/10/2025 – tỉnh Đắk Lắk": the weekday, the date and the leg the day belongs to. */
    static String dayLabel(List<Leg> legs, ProgrammeDay day) {
        String label = VietnameseDates.weekday(day.date().getDayOfWeek()) + ", ngày " + VietnameseDates.format(day.date());
        Optional<Leg> leg = ProgrammeCalendar.legOn(legs, day.date());
        return leg.isPresent() && !leg.get().place().isEmpty() ? label + VietnameseDates.RANGE_SEPARATOR + leg.get().place()
                : label;
    }

    private static List<Cell> row(Delegation delegation, Activity activity, List<Conference> annexed, List<String> contacts) {
        Optional<Conference> conference = activity.kind() == ActivityKind.CONFERENCE
                ? TripTexts.conference(delegation, activity.conferenceId()) : Optional.empty();
        List<Paragraph> what = new ArrayList<>();
        String place = activity.place();
        String host = activity.host();
        if (conference.isPresent()) {
            Conference c = conference.get();
            what.add(left(Run.bold(ItineraryAnnex.shortTitle(c.title().isEmpty() ? content(activity) : c.title())), 0));
            if (c.expectedDelegates() > 0) {
                what.add(left(Run.plain("Khoảng " + c.expectedDelegates() + " đại biểu."), 0));
            }
            if (!c.agenda().isEmpty()) {
                what.add(left(Run.italic("Nội dung: " + ItineraryAnnex.reference(annexed.indexOf(c), annexed.size()) + "."), 0));
            }
            place = c.venue().isEmpty() ? place : c.venue();
            host = host.isEmpty() ? c.coOrganiser() : host;
        } else {
            what.add(left(Run.plain(content(activity)), 0));
        }
        if (!activity.notes().isEmpty()) {
            what.add(left(Run.italic(activity.notes()), 2));
        }
        return List.of(Cell.of(time(activity), Align.CENTER), new Cell(what, 1, 1, false), Cell.of(place, Align.LEFT),
                hostCell(host, contacts), Cell.of(TripTexts.transport(activity.transport()), Align.CENTER));
    }

    /**
     * When an activity takes place: its clock times when the programme has them ("08:00–11:30", or "08:00" with no
     * end, "đến 11:30" with no start), else its session ("Sáng", "Chiều", "Tối", "Cả ngày").
     */
    static String time(Activity activity) {
        LocalTime start = activity.startTime();
        LocalTime end = activity.endTime();
        if (start != null) {
            return end == null ? CLOCK.format(start) : CLOCK.format(start) + "–" + CLOCK.format(end);
        }
        return end == null ? TripTexts.session(activity.halfDay()) : "đến " + CLOCK.format(end);
    }

    /**
     * The host and, under it, who to call there: each contact line typed in the document settings that names the host
     * ("Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk: bà Lê Thị Hoa – 0262 3852 xxx"), without the host's name again.
     */
    private static Cell hostCell(String host, List<String> contacts) {
        List<Paragraph> lines = new ArrayList<>();
        lines.add(Paragraph.of(host, Align.LEFT));
        if (!host.isEmpty()) {
            String folded = TextFolding.fold(host);
            for (String contact : contacts) {
                if (TextFolding.fold(contact).startsWith(folded)) {
                    String who = contact.substring(Math.min(contact.length(), host.length())).replaceFirst("^[\\s:,–-]+", "");
                    if (!who.isEmpty()) {
                        lines.add(left(Run.italic(who), 2));
                    }
                }
            }
        }
        return new Cell(lines, 1, 1, false);
    }

    private static Paragraph left(Run run, float spaceBefore) {
        return new Paragraph(List.of(run), Align.LEFT, 0, false, spaceBefore, 0, false);
    }

    private static String content(Activity activity) {
        if (!activity.description().isEmpty()) {
            return activity.description();
        }
        switch (activity.kind()) {
            case TRAVEL:
                return "Di chuyển";
            case CONFERENCE:
                return "Hội nghị";
            case FIELD_VISIT:
                return "Khảo sát thực tế";
            case WORKING_MEETING:
                return "Làm việc";
            default:
                return "";
        }
    }

    /**
     * The contact lines: those typed in the settings, else the leaders' and the secretary's phones and each
     * leg's hosts ("Đơn vị đón tiếp tại tỉnh Đắk Lắk: …").
     */
    static List<String> contacts(DocumentSource source) {
        if (!source.settings().itineraryContacts().isEmpty()) {
            return source.settings().itineraryContacts();
        }
        Delegation delegation = source.delegation();
        List<String> lines = new ArrayList<>();
        for (DelegationRole role : List.of(DelegationRole.HEAD, DelegationRole.DEPUTY, DelegationRole.SECRETARY)) {
            for (Member member : delegation.members()) {
                if (member.role() == role && !member.phone().isEmpty()) {
                    String position = member.position().isEmpty() ? "" : ", " + member.position();
                    lines.add(roleLabel(role) + ": " + member.fullName() + position + " – ĐT: " + unbroken(member.phone()));
                }
            }
        }
        for (Leg leg : delegation.legs()) {
            Set<String> hosts = new LinkedHashSet<>();
            delegation.programme().stream().filter(day -> leg.contains(day.date()))
                    .flatMap(day -> day.activities().stream()).map(Activity::host).filter(h -> !h.isEmpty()).forEach(hosts::add);
            if (!hosts.isEmpty()) {
                String where = leg.place().isEmpty() ? "" : " tại " + leg.place();
                lines.add("Đơn vị đón tiếp" + where + ": " + String.join("; ", hosts));
            }
        }
        return lines;
    }

    /** A phone number whose groups of digits stay on one line: "0913 200 400" is never broken after "200". */
    static String unbroken(String phone) {
        return phone.replace(' ', '\u00a0');
    }

    private static String roleLabel(DelegationRole role) {
        switch (role) {
            case HEAD:
                return "Trưởng đoàn";
            case DEPUTY:
                return "Phó Trưởng đoàn";
            default:
                return "Thư ký đoàn";
        }
    }
}
