package vn.delegationdesk.documents.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.AgendaItem;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.Rule;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * The itinerary's annex "NỘI DUNG CÁC HỘI NGHỊ": each conference of the programme with its time, venue, delegates and
 * numbered agenda (presenter, minutes). The agendas are long; in the timetable they would break its rows over pages,
 * so the timetable names the conference and points here.
 */
final class ItineraryAnnex {
    static final String TITLE = "PHỤ LỤC";
    /** Column titles short enough for their columns at 13 pt bold: no word is broken. */
    static final List<String> COLUMNS = List.of("STT", "Nội dung", "Người trình bày", "Thời lượng");
    private static final List<Float> WIDTHS = List.of(8f, 55f, 22f, 15f);
    private static final float TABLE_SIZE = 14;
    private static final float COLUMN_TITLE_SIZE = 13;
    private static final String ORGANISE = "Tổ chức ";

    private ItineraryAnnex() {
    }

    /** The annex's blocks; none when no conference of the programme has an agenda. */
    static List<Block> of(Delegation delegation) {
        List<Conference> conferences = conferences(delegation);
        List<Block> blocks = new ArrayList<>();
        if (conferences.isEmpty()) {
            return blocks;
        }
        blocks.add(Paragraph.centered(Run.bold(TITLE)).withSpacing(0, 0));
        blocks.add(Paragraph.centered(Run.bold(conferences.size() == 1 ? "NỘI DUNG HỘI NGHỊ" : "NỘI DUNG CÁC HỘI NGHỊ")));
        blocks.add(Paragraph.centered(Run.italic("(Kèm theo Chương trình công tác)")).withSpacing(2, 3));
        blocks.add(new Rule(0.3f));
        for (int i = 0; i < conferences.size(); i++) {
            Conference c = conferences.get(i);
            String number = conferences.size() == 1 ? "" : (i + 1) + ". ";
            blocks.add(new Paragraph(List.of(Run.bold(number + DelegationWording.withoutFinalStop(displayTitle(c)))), Align.JUSTIFIED,
                    0, false, 12, 6, true));
            blocks.add(fact("Thời gian: ", TripTexts.sessionInSentence(c.halfDay()) + " " + VietnameseDates.weekday(
                    c.date().getDayOfWeek()).toLowerCase(DelegationWording.VIETNAMESE) + ", ngày " + VietnameseDates.format(c.date())));
            String venue = c.venueStandard().isEmpty() ? c.venue()
                    : (c.venue().isEmpty() ? "" : c.venue() + ", ") + "tiêu chuẩn " + c.venueStandard();
            if (!venue.isEmpty()) {
                blocks.add(fact("Địa điểm: ", venue));
            }
            if (c.expectedDelegates() > 0) {
                blocks.add(fact("Thành phần: ", "khoảng " + c.expectedDelegates() + " đại biểu"));
            }
            if (!c.coOrganiser().isEmpty()) {
                blocks.add(fact("Đơn vị phối hợp: ", c.coOrganiser()));
            }
            blocks.add(agenda(c));
        }
        return blocks;
    }

    /** The conferences of the programme that have an agenda, in the order the programme holds them. */
    static List<Conference> conferences(Delegation delegation) {
        List<Conference> out = new ArrayList<>();
        for (ProgrammeDay day : delegation.programme()) {
            for (Activity activity : day.activities()) {
                Optional<Conference> c = activity.kind() == ActivityKind.CONFERENCE
                        ? TripTexts.conference(delegation, activity.conferenceId()) : Optional.empty();
                if (c.isPresent() && !c.get().agenda().isEmpty() && !out.contains(c.get())) {
                    out.add(c.get());
                }
            }
        }
        return out;
    }

    /** Where the timetable points for a conference's agenda: "xem Phụ lục", or "xem Phụ lục, mục 2" among several. */
    static String reference(int index, int count) {
        return count <= 1 || index < 0 ? "xem Phụ lục" : "xem Phụ lục, mục " + (index + 1);
    }

    /**
     * A conference's title without its theme, which makes it four lines long: "Hội nghị trao đổi, học tập kinh nghiệm
     * thực tế về <theme> tại tỉnh Đắk Lắk" reads "Hội nghị trao đổi, học tập kinh nghiệm thực tế tại tỉnh Đắk Lắk".
     */
    static String shortTitle(String title) {
        String text = DelegationWording.withoutFinalStop(title);
        if (text.startsWith(ORGANISE) && text.length() > ORGANISE.length()) {
            text = DelegationWording.upperFirst(text.substring(ORGANISE.length()));
        }
        int about = text.indexOf(" về ");
        if (about < 0) {
            return text;
        }
        int at = text.lastIndexOf(" tại ");
        return text.substring(0, about) + (at > about ? text.substring(at) : "");
    }

    private static String displayTitle(Conference c) {
        return c.title().isEmpty() ? "Hội nghị" : c.title();
    }

    /** A fact of the conference, kept with what follows it: its title, facts and agenda start on one page. */
    private static Paragraph fact(String label, String text) {
        return new Paragraph(List.of(Run.bold(label), Run.plain(DelegationWording.sentence(text))), Align.JUSTIFIED, 0, false, 0,
                3, true);
    }

    private static Table agenda(Conference c) {
        List<Cell> header = COLUMNS.stream().map(t -> new Cell(List.of(new Paragraph(List.of(Run.bold(t)), Align.CENTER,
                COLUMN_TITLE_SIZE, false, 0, 0, false)), 1, 1, false)).toList();
        List<List<Cell>> rows = new ArrayList<>();
        List<AgendaItem> items = c.agenda();
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            String minutes = item.durationMinutes() == null ? "" : item.durationMinutes() + " phút";
            rows.add(List.of(Cell.of(Integer.toString(i + 1), Align.CENTER), Cell.of(item.content(), Align.JUSTIFIED),
                    Cell.of(item.presenter(), Align.LEFT), Cell.of(minutes, Align.CENTER)));
        }
        return new Table(WIDTHS, List.of(header), rows, true, TABLE_SIZE);
    }
}
