package vn.delegationdesk.documents.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.Closing;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.testing.SampleDocuments;

class MemberListDocumentTest {
    private static final String NOTE = "Tài liệu có thông tin cá nhân (số CCCD, số điện thoại): chỉ dùng cho việc đặt vé, "
            + "đặt phòng; không sao chép, chia sẻ.";

    private final DocumentSource source = SampleDocuments.source();
    private final List<Member> members = source.delegation().members();

    @Test
    void opensWithTheBodysHeaderTitleAndPersonalDataWarning() {
        PrintedDocument document = new MemberListDocument().build(source);

        assertThat(document.header().issuingBody()).isEqualTo("SỞ VĂN HÓA VÀ THỂ THAO");
        assertThat(document.header().numberLine()).isEmpty();
        assertThat(document.footerNote()).isEqualTo(NOTE);
        assertThat(document.page().landscape()).isTrue();
        assertThat(document.plainText()).contains("DANH SÁCH THÀNH VIÊN ĐOÀN\n"
                + "Đoàn khảo sát trao đổi, học tập kinh nghiệm thực tế tại tỉnh Đắk Lắk và tỉnh Lâm Đồng "
                + "(14/10/2025 – 19/10/2025)\n" + NOTE + "\nI. DANH SÁCH HÀNH KHÁCH");
        Paragraph warning = (Paragraph) document.blocks().stream()
                .filter(b -> b instanceof Paragraph p && p.text().equals(NOTE)).findFirst().orElseThrow();
        assertThat(warning.runs()).allMatch(r -> r.italic());
    }

    @Test
    void listsEveryPassengerWithIdNumberPhoneAndBirthDate() {
        Table passengers = tables(new MemberListDocument().build(source)).get(0);

        assertThat(texts(passengers.headerRows().get(0))).containsExactly("STT", "Họ và tên", "Giới tính", "Ngày sinh",
                "Số CCCD", "Số điện thoại", "Đơn vị");
        assertThat(passengers.rows()).hasSize(37);
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            assertThat(texts(passengers.rows().get(i))).containsExactly(Integer.toString(i + 1), m.fullName(),
                    m.gender() == Gender.MALE ? "Nam" : "Nữ",
                    String.format("%02d/%02d/%d", m.dateOfBirth().getDayOfMonth(), m.dateOfBirth().getMonthValue(),
                            m.dateOfBirth().getYear()), m.idNumber(), m.phone(), m.sendingUnit());
            assertThat(m.idNumber()).hasSize(12);
        }
    }

    @Test
    void missingIdAndPhoneLeaveBlankCells() {
        List<Member> changed = new ArrayList<>(members);
        Member m = changed.get(3);
        changed.set(3, new Member(m.id(), m.fullName(), Gender.UNSPECIFIED, null, m.position(), m.sendingUnit(), m.groupId(),
                m.allowanceCoefficient(), m.onStatePayroll(), "", "", m.role(), m.notes(), m.sample()));
        Delegation delegation = source.delegation().toBuilder().members(changed).build();

        Table passengers = tables(new MemberListDocument().build(new DocumentSource(delegation, source.settings(),
                source.estimate()))).get(0);

        assertThat(texts(passengers.rows().get(3))).containsExactly("4", m.fullName(), "", "", "", "", m.sendingUnit());
    }

    @Test
    void roomsSpanTheirOccupantsRowsAndSayWhyARoomIsSingle() {
        PrintedDocument document = new MemberListDocument().build(source);
        Table rooms = tables(document).get(1);
        List<RoomingList.Room> expected = RoomingList.of(members);

        assertThat(texts(rooms.headerRows().get(0))).containsExactly("Phòng", "Họ và tên", "Giới tính", "Chức vụ, đơn vị",
                "Ghi chú");
        assertThat(rooms.rows()).hasSize(37);
        int row = 0;
        for (RoomingList.Room room : expected) {
            Cell number = rooms.rows().get(row).get(0);
            assertThat(number.rowSpan()).isEqualTo(room.occupants().size());
            assertThat(number.content().get(0).text()).isEqualTo(Integer.toString(room.number()));
            for (int i = 0; i < room.occupants().size(); i++) {
                List<String> cells = texts(rooms.rows().get(row + i));
                assertThat(cells).contains(room.occupants().get(i).fullName());
                assertThat(cells).hasSize(i == 0 ? 5 : 4);
            }
            row += room.occupants().size();
        }
        // The head is a woman with 0,80: she shares the first room; 19 men and 18 women leave one man alone.
        assertThat(texts(rooms.rows().get(0))).containsExactly("1", members.get(0).fullName(), "Nữ",
                "Phó Giám đốc Sở, Lãnh đạo Sở Văn hóa và Thể thao Hà Nội", "Trưởng đoàn");
        // One odd room in each stay's list: the sample sleeps in Đắk Lắk, then in Lâm Đồng.
        assertThat(document.plainText().split("Phòng đơn \\(lẻ người cùng giới\\)", -1)).hasSize(3);
        assertThat(tables(document).get(2).rows()).isEqualTo(rooms.rows());
    }

    @Test
    void endsWithTheSignersBlockAndNoRecipients() {
        PrintedDocument document = new MemberListDocument().build(source);
        Closing closing = (Closing) document.blocks().get(document.blocks().size() - 1);

        assertThat(closing.recipients()).isEmpty();
        assertThat(closing.signature().authorityLines()).containsExactly("GIÁM ĐỐC");
        assertThat(closing.signature().name()).isEqualTo("Bạch Liên Hương");
    }

    private static List<Table> tables(PrintedDocument document) {
        return document.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
    }

    private static List<String> texts(List<Cell> row) {
        return row.stream().map(c -> String.join(" ", c.content().stream().map(Paragraph::text).toList())).toList();
    }
}
