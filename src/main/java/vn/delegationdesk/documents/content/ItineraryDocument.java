package vn.delegationdesk.documents.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.AgendaItem;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeCalendar;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.documents.DocumentBuilder;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.fonts.LineFit;
import vn.delegationdesk.documents.fonts.LiberationSerif.Face;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.KeptTogether;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Rule;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * "CHƯƠNG TRÌNH CÔNG TÁC": the leader's day-by-day programme, read on the trip, so in large type. One table:
 * a shaded row per day ("Thứ Ba, ngày 14/10/2025 – tỉnh Đắk Lắk"), then a row per activity under its session;
 * a conference gets a row per agenda item, its text across the content and place columns. Contacts at the end.
 *
 * <p>No Nghị định 30 header: the programme is not registered (it has no number or date of its own; the plan it
 * carries out has them) and is handed out inside the delegation, so the national name and motto would only
 * take room. It names the issuing body at the top left so a loose page still says whose programme it is.
 */
public final class ItineraryDocument implements DocumentBuilder {
    static final String TITLE = "CHƯƠNG TRÌNH CÔNG TÁC";
    static final String CONTACTS = "THÔNG TIN LIÊN HỆ";
    static final String PERSONAL_DATA = "Tài liệu có số điện thoại cá nhân: chỉ dùng trong đoàn.";
    static final List<String> COLUMNS = List.of("Buổi", "Nội dung", "Địa điểm", "Đơn vị đón tiếp/Chủ trì", "Ghi chú");
    private static final List<Float> WIDTHS = List.of(12f, 44f, 21f, 26f, 15f);
    private static final float BODY_SIZE = 15;
    private static final float TABLE_SIZE = 14;
    private static final float HEADER_SIZE = 13;
    private static final List<Float> HEADER_COLUMNS = List.of(5f, 6f);
    /** A table cell's padding on each side, in points, as the writers lay cells out. */
    private static final float CELL_PADDING = 3;
    /** A phone number somewhere in a contact line the user typed: nine digits or more, maybe spaced or dotted. */
    private static final Pattern PHONE = Pattern.compile("\\d(?:[ .]?\\d){8,}");

    @Override
    public PrintedDocument build(DocumentSource source) {
        Delegation delegation = source.delegation();
        List<Block> blocks = new ArrayList<>();
        blocks.add(issuingBody(delegation));
        blocks.add(Paragraph.centered(Run.bold(TITLE)).withSize(BODY_SIZE + 2).withSpacing(12, 4));
        blocks.add(Paragraph.centered(Run.bold(TripTexts.shortPurpose(delegation))));
        String dates = TripTexts.fromTo(delegation.firstDate().orElse(null), delegation.lastDate().orElse(null));
        if (!dates.isEmpty()) {
            blocks.add(Paragraph.centered(Run.italic("(" + dates + ")")).withSpacing(2, 0));
        }
        blocks.add(new Rule(0.3f));
        if (delegation.programme().isEmpty()) {
            blocks.add(Paragraph.body("Chương trình chưa được lập.").withSpacing(12, 6));
        } else {
            blocks.add(programme(delegation));
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
        boolean phones = contacts.stream().anyMatch(line -> PHONE.matcher(line).find());
        return new PrintedDocument("Chương trình công tác", PageSetup.administrative().withFontSize(BODY_SIZE), null, blocks,
                phones ? PERSONAL_DATA : null);
    }

    /**
     * The parent and issuing body over each other at the top left, as the header's left column prints them: a name
     * too long for the column is broken where it reads naturally ("SỞ VĂN HÓA, THỂ THAO / VÀ DU LỊCH"), never inside
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

    private static Table programme(Delegation delegation) {
        List<Cell> header = COLUMNS.stream().map(c -> Cell.bold(c, Align.CENTER)).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (ProgrammeDay day : delegation.programme()) {
            rows.add(List.of(Cell.bold(dayLabel(delegation.legs(), day), Align.LEFT).spanning(COLUMNS.size()).shade()));
            for (HalfDay halfDay : ProgrammeCalendar.SESSIONS) {
                session(delegation, day.activitiesIn(halfDay), halfDay, rows);
            }
        }
        return new Table(WIDTHS, List.of(header), rows, true, TABLE_SIZE);
    }

    /** "Thứ Ba, ngày 14/10/2025 – tỉnh Đắk Lắk": the weekday, the date and the leg the day belongs to. */
    static String dayLabel(List<Leg> legs, ProgrammeDay day) {
        String label = VietnameseDates.weekday(day.date().getDayOfWeek()) + ", ngày " + VietnameseDates.format(day.date());
        Optional<Leg> leg = ProgrammeCalendar.legOn(legs, day.date());
        return leg.isPresent() && !leg.get().place().isEmpty() ? label + VietnameseDates.RANGE_SEPARATOR + leg.get().place()
                : label;
    }

    /** The rows of one session; its name spans them all in the first column. */
    private static void session(Delegation delegation, List<Activity> activities, HalfDay halfDay, List<List<Cell>> rows) {
        if (activities.isEmpty()) {
            return;
        }
        List<List<Cell>> sessionRows = new ArrayList<>();
        for (Activity activity : activities) {
            Optional<Conference> conference = activity.kind() == ActivityKind.CONFERENCE
                    ? TripTexts.conference(delegation, activity.conferenceId()) : Optional.empty();
            if (conference.isPresent()) {
                conferenceRows(activity, conference.get(), sessionRows);
            } else {
                sessionRows.add(new ArrayList<>(List.of(Cell.of(content(activity), Align.LEFT), Cell.of(activity.place(), Align.LEFT),
                        Cell.of(activity.host(), Align.LEFT), Cell.of(note(activity), Align.LEFT))));
            }
        }
        sessionRows.get(0).add(0, Cell.bold(TripTexts.session(halfDay), Align.CENTER).spanningRows(sessionRows.size()));
        rows.addAll(sessionRows);
    }

    /**
     * The conference's own row and one row per agenda item, numbered. Its title and agenda are long, so they run
     * across the content and place columns, the venue written under the title.
     */
    private static void conferenceRows(Activity activity, Conference conference, List<List<Cell>> rows) {
        List<Paragraph> about = new ArrayList<>();
        about.add(left(Run.bold(conference.title().isEmpty() ? content(activity) : conference.title()), 0));
        String place = conference.venue().isEmpty() ? activity.place() : conference.venue();
        if (!place.isEmpty()) {
            about.add(left(Run.italic("Địa điểm: " + place), 2));
        }
        if (conference.expectedDelegates() > 0) {
            about.add(left(Run.italic("Thành phần: khoảng " + conference.expectedDelegates() + " đại biểu"), 2));
        }
        if (!conference.agenda().isEmpty()) {
            about.add(left(Run.italic("Nội dung hội nghị:"), 2));
        }
        String host = activity.host().isEmpty() ? conference.coOrganiser() : activity.host();
        rows.add(new ArrayList<>(List.of(new Cell(about, 2, 1, false), Cell.of(host, Align.LEFT),
                Cell.of(activity.notes(), Align.LEFT))));
        List<AgendaItem> agenda = conference.agenda();
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem item = agenda.get(i);
            String minutes = item.durationMinutes() == null ? "" : item.durationMinutes() + " phút";
            rows.add(new ArrayList<>(List.of(Cell.of((i + 1) + ". " + item.content(), Align.LEFT).spanning(2),
                    Cell.of(item.presenter(), Align.LEFT), Cell.of(minutes, Align.LEFT))));
        }
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

    /** The transport of a journey ("Máy bay") and the activity's own notes. */
    private static String note(Activity activity) {
        String transport = activity.kind() == ActivityKind.TRAVEL ? TripTexts.transport(activity.transport()) : "";
        if (transport.isEmpty() || activity.notes().isEmpty()) {
            return transport + activity.notes();
        }
        return transport + "; " + activity.notes();
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
                    lines.add(roleLabel(role) + ": " + member.fullName() + position + " – ĐT: " + member.phone());
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
