package vn.delegationdesk.documents.content.travel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.documents.DocumentBuilder;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.IssueNumber;
import vn.delegationdesk.documents.content.OfficialParts;
import vn.delegationdesk.documents.content.TripTexts;
import vn.delegationdesk.documents.content.TripWording;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.PageBreak;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.platform.i18n.AgencyNames;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;

/**
 * Giấy đi đường, Mẫu số C16-HD (Thông tư 107/2017/TT-BTC): one form per member, each on a page of its own,
 * laid out like the printed form (its own top lines instead of the Nghị định 30 header). The route table is
 * filled from the programme's journeys. A member given advances (the stored settlement's, {@link DocumentSource#settlement()})
 * has their sum printed as "Công tác phí" and "Cộng" of the "Tiền ứng trước" block; otherwise, and for the salary line,
 * the block stays blank. The host agencies' stamps and the settlement are written by hand after the trip, so they are
 * dotted blanks and empty cells.
 */
public final class TravelOrdersDocument implements DocumentBuilder {
    static final String FORM_CODE = "Mẫu số: C16-HD";
    static final String FORM_BASIS = "(Ban hành kèm theo Thông tư số 107/2017/TT-BTC ngày 10/10/2017 của Bộ Tài chính)";
    static final String TITLE = "GIẤY ĐI ĐƯỜNG";
    static final String STAMP_HEADING = "Chứng nhận của cơ quan";
    static final String STAMP_NOTE = "(Ký tên, đóng dấu)";
    static final List<String> ROUTE_COLUMNS = List.of("Nơi đi / Nơi đến", "Ngày", "Phương tiện sử dụng", "Số ngày công tác",
            "Lý do lưu trú", STAMP_HEADING + " " + STAMP_NOTE);
    static final List<String> ROUTE_NUMBERS = List.of("A", "1", "2", "3", "4", "5");

    private static final float BODY_SIZE = 11;
    private static final float SMALL_SIZE = 10;
    private static final float TITLE_SIZE = 15;
    /** Space under a route row's place: with its line the row is about 45 pt, room for a host's stamp. */
    private static final float STAMP_ROOM = 21;
    /** The least room under a route row's place, when long lines above have taken the rest. */
    private static final float MIN_STAMP_ROOM = 10;
    /** A body line's height (11 pt type, leading 1.2) and about how many characters fill one across the page. */
    private static final float LINE_HEIGHT = 13.2f;
    private static final int LINE_CHARS = 92;
    /** About how many characters fill a line of a quarter-page signature column or of the half-page top column. */
    private static final int QUARTER_CHARS = 22;
    private static final int HALF_CHARS = 44;
    /** Room for a handwritten signature (and seal) above a name. */
    private static final float SIGNING_ROOM = 28;
    private static final String AMOUNT_BLANK = "……………… đ";

    private final String memberId;

    /** Every member's travel order, in the delegation's order. */
    public TravelOrdersDocument() {
        this(null);
    }

    private TravelOrdersDocument(String memberId) {
        this.memberId = memberId;
    }

    /** The travel order of one member only; the build fails if the delegation has no member {@code memberId}. */
    public static TravelOrdersDocument forMember(String memberId) {
        if (memberId == null || memberId.isBlank()) {
            throw new IllegalArgumentException("a travel order needs a member id");
        }
        return new TravelOrdersDocument(memberId.strip());
    }

    @Override
    public PrintedDocument build(DocumentSource source) {
        Delegation delegation = source.delegation();
        List<Member> members = delegation.members();
        List<Block> blocks = new ArrayList<>();
        boolean found = false;
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            if (memberId != null && !memberId.equals(member.id())) {
                continue;
            }
            if (!blocks.isEmpty()) {
                blocks.add(new PageBreak());
            }
            found = true;
            // Numbers follow the delegation's order, so a reprinted single order keeps the number it had.
            blocks.addAll(page(delegation, source.settings(), member, i,
                    source.settlement().advances().total(member.id())));
        }
        if (memberId != null && !found) {
            throw new IllegalArgumentException("the delegation has no member with id '" + memberId
                    + "'; a travel order can only be made for one of its members");
        }
        return new PrintedDocument("Giấy đi đường – " + TripWording.shortTitle(delegation),
                PageSetup.form().withFontSize(BODY_SIZE), null, blocks, null);
    }

    private static List<Block> page(Delegation delegation, DocumentSettings settings, Member member, int index,
            OptionalLong advanced) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(top(delegation, settings));
        blocks.add(new Paragraph(List.of(Run.bold(TITLE)), Align.CENTER, TITLE_SIZE, false, 2, 0, false));
        String number = settings.firstTravelOrderNumber() > 0
                ? Integer.toString(settings.firstTravelOrderNumber() + index) : OfficialParts.NUMBER_BLANK;
        blocks.add(new Paragraph(List.of(Run.plain("Số: " + number)), Align.CENTER, 0, false, 0, 2, false));
        List<Paragraph> grant = grant(delegation, settings, member);
        blocks.addAll(grant);
        blocks.add(advanceAndApproval(delegation, advanced));
        List<TravelSegments.Segment> segments = TravelSegments.of(delegation);
        blocks.add(route(delegation, segments, stampRoom(grant, settings, member, Math.max(4, segments.size() * 2))));
        blocks.add(settlement(delegation, member));
        return blocks;
    }

    /** "Đơn vị / Bộ phận / Mã QHNS" on the left, the form's code and its legal basis on the right. */
    private static Table top(Delegation delegation, DocumentSettings settings) {
        String unit = AgencyNames.inSentence(delegation.issuingBody().name());
        Cell left = Cell.of(line("Đơn vị: " + orDots(unit)), line("Bộ phận: " + orDots(settings.travelOrderDepartment())),
                line("Mã QHNS: " + orDots(settings.budgetUnitCode())));
        Cell right = Cell.of(new Paragraph(List.of(Run.bold(FORM_CODE)), Align.CENTER, 0, false, 0, 0, false),
                new Paragraph(List.of(Run.italic(FORM_BASIS)), Align.CENTER, 9, false, 0, 0, false));
        return layout(List.of(50f, 50f), List.of(List.of(left, right)));
    }

    /**
     * The room under each route row. The form must stay on one page: every line that a long name, position or
     * decision wraps onto is taken back from the route rows, shared between them, down to a floor.
     */
    private static float stampRoom(List<Paragraph> grant, DocumentSettings settings, Member member, int routeRows) {
        int extra = 0;
        for (Paragraph p : grant) {
            extra += wraps(p.text(), LINE_CHARS);
        }
        extra += wraps(member.fullName(), QUARTER_CHARS);
        extra += Math.max(wraps("Bộ phận: " + settings.travelOrderDepartment(), HALF_CHARS),
                wraps("Mã QHNS: " + settings.budgetUnitCode(), HALF_CHARS));
        return Math.max(MIN_STAMP_ROOM, STAMP_ROOM - extra * LINE_HEIGHT / routeRows);
    }

    /** The lines a text is likely to run onto beyond its first, at about {@code chars} characters a line. */
    private static int wraps(String text, int chars) {
        return Math.max(0, (text.length() - 1) / chars);
    }

    private static List<Paragraph> grant(Delegation delegation, DocumentSettings settings, Member member) {
        List<Paragraph> lines = new ArrayList<>();
        lines.add(field("Cấp cho " + address(member.gender()) + ": ", orDots(member.fullName()), true));
        lines.add(field("Chức vụ: ", orDots(TripWording.positionAndUnit(member)), false));
        lines.add(field("Được cử đi công tác tại: ", orDots(TripWording.places(delegation)), false));
        lines.add(field("Theo ", decision(delegation, settings.decision()), false));
        String from = VietnameseDates.format(delegation.firstDate().orElse(null));
        String to = VietnameseDates.format(delegation.lastDate().orElse(null));
        lines.add(field("Từ ngày ", orDots(from) + " đến ngày " + orDots(to), false));
        return lines;
    }

    /** "ông" or "bà" as the form addresses the holder; "ông/bà" until the gender is known. */
    static String address(Gender gender) {
        if (gender == Gender.MALE) {
            return "ông";
        }
        return gender == Gender.FEMALE ? "bà" : "ông/bà";
    }

    /** "Quyết định số 125/QĐ-SVHTT ngày 06/10/2025 của Giám đốc Sở Văn hóa và Thể thao", blanks in a draft. */
    private static String decision(Delegation delegation, IssueNumber decision) {
        String reference = OfficialParts.reference(decision.number(), OfficialParts.symbol(delegation.issuingBody(), "QĐ"));
        String date = decision.date() == null ? TripWording.DOTS : VietnameseDates.format(decision.date());
        String signerTitle = delegation.signer().signsOnBehalf() ? delegation.signer().principalTitle()
                : delegation.signer().title();
        String authority = (TripWording.titleInSentence(signerTitle) + " " + OfficialParts.bodyInSentence(delegation)).strip();
        return "Quyết định số " + reference + " ngày " + date + (authority.isEmpty() ? "" : " của " + authority);
    }

    /**
     * The advance on the left (its sum as "Công tác phí" and "Cộng" when the member was given one, else blanks); the head
     * of the unit's signature on the right, as on the printed form.
     */
    private static Table advanceAndApproval(Delegation delegation, OptionalLong advanced) {
        String amount = advanced.isPresent() ? amount(advanced.getAsLong()) : AMOUNT_BLANK;
        Cell advance = Cell.of(new Paragraph(List.of(Run.bold("Tiền ứng trước")), Align.LEFT, 0, false, 2, 0, false),
                line("Lương: " + AMOUNT_BLANK), line("Công tác phí: " + amount), line("Cộng: " + amount));
        String place = delegation.document().place();
        String dateLine = (place.isEmpty() ? "" : place + ", ") + "ngày " + TripWording.SHORT_DOTS + " tháng "
                + TripWording.SHORT_DOTS + " năm " + TripWording.SHORT_DOTS;
        Cell signature = Cell.of(new Paragraph(List.of(Run.italic(dateLine)), Align.CENTER, 0, false, 2, 0, false),
                new Paragraph(List.of(Run.bold("THỦ TRƯỞNG ĐƠN VỊ")), Align.CENTER, 0, false, 0, 0, false),
                new Paragraph(List.of(Run.italic("(Ký, họ tên, đóng dấu)")), Align.CENTER, 0, false, 0, SIGNING_ROOM, false),
                new Paragraph(List.of(Run.bold(delegation.signer().name())), Align.CENTER, 0, false, 0, 0, false));
        return layout(List.of(45f, 55f), List.of(List.of(advance, signature)));
    }

    /** The bordered table of journeys: a "Nơi đi" and a "Nơi đến" row each, the stamp cells left empty. */
    private static Table route(Delegation delegation, List<TravelSegments.Segment> segments, float stampRoom) {
        List<Cell> header = new ArrayList<>(ROUTE_COLUMNS.stream().map(c -> Cell.bold(c, Align.CENTER)).toList());
        // The stamp column's heading in two lines, its note as the form prints it, so the heading row stays low.
        header.set(5, Cell.of(new Paragraph(List.of(Run.bold(STAMP_HEADING)), Align.CENTER, 0, false, 0, 0, false),
                new Paragraph(List.of(Run.italic(STAMP_NOTE)), Align.CENTER, 0, false, 0, 0, false)));
        List<Cell> numbers = ROUTE_NUMBERS.stream().map(n -> Cell.of(n, Align.CENTER)).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (TravelSegments.Segment segment : segments) {
            rows.add(List.of(placeCell(delegation, "Nơi đi: ", segment.from(), segment.departure(), stampRoom),
                    dateCell(segment.departure()),
                    Cell.of(TripTexts.transport(segment.transport()), Align.CENTER), Cell.empty(), Cell.empty(), Cell.empty()));
            String days = segment.daysAtDestination() == null ? "" : Integer.toString(segment.daysAtDestination());
            rows.add(List.of(placeCell(delegation, "Nơi đến: ", segment.to(), segment.arrival(), stampRoom),
                    dateCell(segment.arrival()), Cell.empty(),
                    Cell.of(days, Align.CENTER), Cell.empty(), Cell.empty()));
        }
        if (rows.isEmpty()) {
            // No journey is known yet: two pairs of rows to fill by hand.
            for (int i = 0; i < 2; i++) {
                rows.add(blankRow("Nơi đi: ", stampRoom));
                rows.add(blankRow("Nơi đến: ", stampRoom));
            }
        }
        return new Table(List.of(28f, 12f, 13f, 10f, 12f, 25f), List.of(header, numbers), rows, true, SMALL_SIZE);
    }

    /** "Nơi đến: Buôn Ma Thuột" over "(tỉnh Đắk Lắk)" when the city is a stop in a province of that name. */
    private static Cell placeCell(Delegation delegation, String label, String place, LocalDate on, float stampRoom) {
        List<Paragraph> lines = new ArrayList<>();
        lines.add(Paragraph.of(label + place, Align.LEFT));
        Optional<Leg> leg = TravelSegments.legAt(delegation, place, on);
        if (leg.isPresent() && !leg.get().place().isEmpty() && !leg.get().place().equals(place) && !place.contains(leg.get().place())) {
            lines.add(Paragraph.of("(" + leg.get().place() + ")", Align.LEFT));
        }
        int last = lines.size() - 1;
        lines.set(last, lines.get(last).withSpacing(0, lines.size() == 1 ? stampRoom : Math.max(0, stampRoom - 12)));
        return new Cell(lines, 1, 1, false);
    }

    private static List<Cell> blankRow(String label, float stampRoom) {
        return List.of(Cell.of(Paragraph.of(label, Align.LEFT).withSpacing(0, stampRoom)), Cell.empty(), Cell.empty(),
                Cell.empty(), Cell.empty(), Cell.empty());
    }

    private static Cell dateCell(LocalDate date) {
        return Cell.of(VietnameseDates.format(date), Align.CENTER);
    }

    /**
     * What the trip cost on the left, the head's approval of the days of per diem on the right, and under them
     * the four signatures; one layout table, so the page carries one table margin fewer.
     */
    private static Table settlement(Delegation delegation, Member member) {
        Cell costs = Cell.of(
                new Paragraph(List.of(Run.plain("- Vé người: " + TripWording.SHORT_DOTS + " vé × " + AMOUNT_BLANK + " = "
                        + AMOUNT_BLANK)), Align.LEFT, 0, false, 2, 0, false),
                line("- Vé cước: " + TripWording.SHORT_DOTS + " vé × " + AMOUNT_BLANK + " = " + AMOUNT_BLANK),
                line("- Phụ cấp đi đường: cộng " + AMOUNT_BLANK),
                line("- Phụ cấp lưu trú: " + AMOUNT_BLANK),
                new Paragraph(List.of(Run.bold("Tổng cộng: "), Run.plain(AMOUNT_BLANK)), Align.LEFT, 0, false, 0, 0, false));
        Cell approval = Cell.of(new Paragraph(List.of(Run.bold("Duyệt")), Align.CENTER, 0, false, 2, 0, false),
                new Paragraph(List.of(Run.plain("Thời gian lưu trú được hưởng phụ cấp: " + TripWording.SHORT_DOTS + " ngày")),
                        Align.CENTER, 0, false, 0, 0, false));
        return layout(List.of(25f, 25f, 25f, 25f), List.of(List.of(costs.spanning(3), approval),
                signatures(delegation, member)));
    }

    /** The four signatures of the settlement: the traveller's name and the head's are known, the others blank. */
    private static List<Cell> signatures(Delegation delegation, Member member) {
        List<String> titles = List.of("Người đi công tác", "Phụ trách bộ phận", "Kế toán trưởng", "Thủ trưởng đơn vị");
        List<String> names = List.of(member.fullName(), "", "", delegation.signer().name());
        List<Cell> row = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            row.add(Cell.of(new Paragraph(List.of(Run.bold(titles.get(i))), Align.CENTER, 0, false, 2, 0, false),
                    new Paragraph(List.of(Run.italic("(Ký, họ tên)")), Align.CENTER, SMALL_SIZE, false, 0, SIGNING_ROOM - 4, false),
                    new Paragraph(List.of(Run.plain(names.get(i))), Align.CENTER, 0, false, 0, 0, false)));
        }
        return row;
    }

    /** "5.000.000 đ". */
    static String amount(long dong) {
        return VietnameseNumbers.format(dong) + " đ";
    }

    private static Paragraph field(String label, String value, boolean boldValue) {
        return new Paragraph(List.of(Run.plain(label), boldValue ? Run.bold(value) : Run.plain(value)), Align.LEFT, 0, false,
                0, 0, false);
    }

    private static Paragraph line(String text) {
        return Paragraph.of(text, Align.LEFT);
    }

    private static String orDots(String value) {
        return value.isEmpty() ? TripWording.DOTS : value;
    }

    private static Table layout(List<Float> widths, List<List<Cell>> rows) {
        return new Table(widths, List.of(), rows, false, 0);
    }
}
