package vn.delegationdesk.documents.content;

import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
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
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * Danh sách đoàn for the airline (passengers with ID numbers and phones) and the hotel (rooms). It holds
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
        // The last rooms go over with the signature, which never stands on a page of its own.
        blocks.add(rooms(RoomingList.of(delegation.members())).keptWithNext());
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
