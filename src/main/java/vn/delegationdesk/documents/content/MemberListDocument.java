package vn.delegationdesk.documents.content;

import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.StayPlans;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.stay.Accommodation;
import vn.delegationdesk.delegation.stay.Stay;
import vn.delegationdesk.documents.DocumentBuilder;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.Closing;
import vn.delegationdesk.documents.layout.OfficialHeader;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Rule;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.platform.i18n.TextFolding;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * Danh sách đoàn for the airline (passengers with ID numbers and phones) and the hotels (rooms, under a heading per
 * stay of the stay plan: the hotel, its address and phone, the check-in and check-out dates). It holds
 * personal data, which every page says in its footer and the title block says again, so a copy that leaves
 * the office carries the warning. Landscape: seven columns with 12-digit ID numbers and unit names do not
 * fit a portrait page at a readable size.
 */
public final class MemberListDocument implements DocumentBuilder {
    static final String TITLE = "DANH SÁCH THÀNH VIÊN ĐOÀN";
    static final String PERSONAL_DATA_NOTE = "Tài liệu có thông tin cá nhân (số CCCD, số điện thoại): chỉ dùng cho việc đặt vé, "
            + "đặt phòng; không sao chép, chia sẻ.";
    static final List<String> PASSENGER_COLUMNS = List.of("STT", "Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD",
            "Số điện thoại", "Đơn vị");
    static final List<String> ROOM_COLUMNS = List.of("Phòng", "Họ và tên", "Giới tính", "Chức vụ, đơn vị", "Ghi chú");

    private static final float TABLE_SIZE = 12;
    /** How an accommodation's name may already say what it is; any other name is printed after "Khách sạn". */
    private static final List<String> LODGING_WORDS = List.of("khach san", "nha khach", "nha nghi", "resort", "khu nghi duong",
            "homestay", "villa", "hotel", "ky tuc xa", "can ho");

    @Override
    public PrintedDocument build(DocumentSource source) {
        Delegation delegation = source.delegation();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(List.of(Run.bold(TITLE)), Align.CENTER, 0, false, 12, 0, false));
        blocks.add(new Paragraph(List.of(Run.bold(subject(delegation))), Align.CENTER, 0, false, 0, 2, false));
        blocks.add(new Rule(0.3f));
        blocks.add(new Paragraph(List.of(Run.italic(PERSONAL_DATA_NOTE)), Align.CENTER, TABLE_SIZE, false, 4, 6, false));
        blocks.add(Paragraph.heading("I. DANH SÁCH HÀNH KHÁCH"));
        blocks.add(passengers(delegation.members()));
        blocks.add(Paragraph.heading("II. DANH SÁCH XẾP PHÒNG"));
        List<RoomingList.Room> rooms = RoomingList.of(delegation.members());
        List<Stay> stays = StayPlans.of(delegation).stays();
        // Each hotel gets the same pairing under its own heading: every stay, the host's included, needs the list.
        for (int i = 0; i < stays.size(); i++) {
            blocks.add(new Paragraph(stayRuns(i + 1, stays.get(i)), Align.JUSTIFIED, TABLE_SIZE + 1, false, i == 0 ? 0 : 8, 4,
                    true));
            if (i < stays.size() - 1) {
                blocks.add(rooms(rooms));
            }
        }
        // The last rooms go over with the signature, which never stands on a page of its own.
        blocks.add(rooms(rooms).keptWithNext());
        // The list goes out under the body's header to the airline and the hotel, which book and invoice the
        // body: it is signed and sealed like any letter the body sends, by the plan's signer. It is addressed
        // to no one in the "Nơi nhận" sense, so the closing has no recipients.
        blocks.add(new Closing(List.of(), OfficialParts.signature(delegation.signer())));
        return new PrintedDocument("Danh sách thành viên đoàn – " + TripWording.shortTitle(delegation),
                PageSetup.landscapeTable(), header(delegation), blocks, PERSONAL_DATA_NOTE);
    }

    /** The plan's header without a number line: a list is not a registered document of its own. */
    private static OfficialHeader header(Delegation delegation) {
        IssuingBody body = delegation.issuingBody();
        return new OfficialHeader(body.parentBody(), body.name(), "",
                OfficialParts.placeDateLine(delegation.document().place(), null, delegation.firstDate().orElse(null)));
    }

    /** "Đoàn khảo sát … tại tỉnh Đắk Lắk và tỉnh Lâm Đồng (14/10/2025 – 19/10/2025)". */
    static String subject(Delegation delegation) {
        String dates = TripWording.dateRange(delegation);
        return TripWording.shortTitle(delegation) + (dates.isEmpty() ? "" : " (" + dates + ")");
    }

    /**
     * "1. Khách sạn Mường Thanh, địa chỉ 55 Tôn Đức Thắng, điện thoại 0252 3819 999 — nhận phòng 16/10/2025, trả phòng
     * 19/10/2025 (3 đêm)", the hotel's name in bold; the stop ("Nơi lưu trú: tỉnh Đắk Lắk") while no hotel is known.
     */
    static List<Run> stayRuns(int number, Stay stay) {
        Accommodation at = stay.accommodation();
        List<Run> runs = new ArrayList<>();
        if (at.hotel().isEmpty()) {
            runs.add(Run.bold(number + ". Nơi lưu trú: " + stay.place()));
        } else {
            runs.add(Run.bold(number + ". " + hotelName(at.hotel())));
        }
        StringBuilder rest = new StringBuilder();
        if (!at.address().isEmpty()) {
            rest.append(", địa chỉ ").append(at.address());
        }
        if (!at.phone().isEmpty()) {
            rest.append(", điện thoại ").append(ItineraryDocument.unbroken(at.phone()));
        }
        rest.append(" — ").append(stayDates(stay));
        if (at.hostProvides()) {
            rest.append("; phòng do đơn vị nơi đến bố trí");
        }
        runs.add(Run.plain(rest.toString()));
        return runs;
    }

    /** "nhận phòng 16/10/2025, trả phòng 19/10/2025 (3 đêm)". */
    static String stayDates(Stay stay) {
        return "nhận phòng " + VietnameseDates.format(stay.checkIn()) + ", trả phòng " + VietnameseDates.format(stay.checkOut())
                + " (" + stay.nights() + " đêm)";
    }

    /** The name as typed when it says what kind of lodging it is ("Nhà khách Tỉnh ủy"), else after "Khách sạn". */
    static String hotelName(String name) {
        String folded = TextFolding.fold(name);
        return LODGING_WORDS.stream().anyMatch(folded::startsWith) ? name : "Khách sạn " + name;
    }

    private static Table passengers(List<Member> members) {
        List<Cell> header = PASSENGER_COLUMNS.stream().map(c -> Cell.bold(c, Align.CENTER)).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            rows.add(List.of(Cell.of(Integer.toString(i + 1), Align.CENTER), Cell.of(m.fullName(), Align.LEFT),
                    Cell.of(gender(m.gender()), Align.CENTER), Cell.of(VietnameseDates.format(m.dateOfBirth()), Align.CENTER),
                    Cell.of(m.idNumber(), Align.CENTER), Cell.of(m.phone(), Align.CENTER), Cell.of(m.sendingUnit(), Align.LEFT)));
        }
        return new Table(List.of(5f, 20f, 8f, 11f, 13f, 13f, 30f), List.of(header), rows, true, TABLE_SIZE);
    }

    private static Table rooms(List<RoomingList.Room> rooms) {
        List<Cell> header = ROOM_COLUMNS.stream().map(c -> Cell.bold(c, Align.CENTER)).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (RoomingList.Room room : rooms) {
            List<Member> occupants = room.occupants();
            for (int i = 0; i < occupants.size(); i++) {
                Member m = occupants.get(i);
                List<Cell> row = new ArrayList<>();
                if (i == 0) {
                    row.add(Cell.of(Integer.toString(room.number()), Align.CENTER).spanningRows(occupants.size()));
                }
                row.add(Cell.of(m.fullName(), Align.LEFT));
                row.add(Cell.of(gender(m.gender()), Align.CENTER));
                row.add(Cell.of(TripWording.positionAndUnit(m), Align.LEFT));
                row.add(Cell.of(note(m, i == 0 ? note(room) : ""), Align.LEFT));
                rows.add(row);
            }
        }
        return new Table(List.of(7f, 22f, 9f, 40f, 22f), List.of(header), rows, true, TABLE_SIZE);
    }

    /** The room's note on its first occupant's row, after "Trưởng đoàn" for the head. */
    private static String note(Member member, String roomNote) {
        if (member.role() != DelegationRole.HEAD) {
            return roomNote;
        }
        return roomNote.isEmpty() ? "Trưởng đoàn" : "Trưởng đoàn; " + roomNote;
    }

    /** Why a room is not shared; nothing for an ordinary double room. */
    static String note(RoomingList.Room room) {
        switch (room.reason()) {
            case ODD_ONE:
                return "Phòng đơn (lẻ người cùng giới)";
            case SENIOR:
                return "Phòng riêng (hệ số phụ cấp chức vụ từ 1,25)";
            case GENDER_UNKNOWN:
                return "Phòng đơn (chưa rõ giới tính)";
            default:
                return "";
        }
    }

    private static String gender(Gender gender) {
        if (gender == Gender.MALE) {
            return "Nam";
        }
        return gender == Gender.FEMALE ? "Nữ" : "";
    }

}
