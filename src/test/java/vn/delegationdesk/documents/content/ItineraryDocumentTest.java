package vn.delegationdesk.documents.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.AgendaItem;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.IssueNumber;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.testing.SampleDocuments;

class ItineraryDocumentTest {
    private final DocumentSource source = SampleDocuments.source();
    private final PrintedDocument document = new ItineraryDocument().build(source);
    /** The timetable: the first bordered table (the annex's agendas follow it). */
    private final Table table = LayoutProbe.tables(document).stream().filter(Table::borders).findFirst().orElseThrow();

    @Test
    void isPrintedLargeWithTheIssuingBodyTitleAndDates() {
        assertThat(document.page().fontSize()).isGreaterThanOrEqualTo(15);
        assertThat(document.page().landscape()).isFalse();
        assertThat(document.page().pageNumbers()).isTrue();
        assertThat(document.header()).as("no national header on a programme handed out in the delegation").isNull();
        assertThat(document.plainText()).startsWith("UBND THÀNH PHỐ HÀ NỘI\nSỞ VĂN HÓA VÀ THỂ THAO\nCHƯƠNG TRÌNH CÔNG TÁC\n"
                + "Đoàn khảo sát trao đổi, học tập kinh nghiệm thực tế tại tỉnh Đắk Lắk và tỉnh Lâm Đồng\n"
                + "(Từ ngày 14/10/2025 đến ngày 19/10/2025)\n");
    }

    @Test
    void hasTheColumnTitlesRepeatedOnEveryPage() {
        assertThat(table.headerRows()).hasSize(1);
        assertThat(LayoutProbe.texts(table.headerRows().get(0)))
                .containsExactly("Thời gian", "Nội dung", "Địa điểm", "Đơn vị đón tiếp\nliên hệ", "Phương tiện");
        LayoutProbe.assertRowsFillColumns(table);
    }

    @Test
    void hasAShadedFullWidthRowForEachDayWithWeekdayAndPlace() {
        List<String> days = table.rows().stream().filter(r -> r.size() == 1 && r.get(0).colSpan() == 5 && r.get(0).shaded())
                .map(r -> LayoutProbe.text(r.get(0))).toList();
        assertThat(days).containsExactly(
                "Thứ Ba, ngày 14/10/2025 – tỉnh Đắk Lắk",
                "Thứ Tư, ngày 15/10/2025 – tỉnh Đắk Lắk",
                "Thứ Năm, ngày 16/10/2025 – tỉnh Đắk Lắk",
                "Thứ Sáu, ngày 17/10/2025 – tỉnh Lâm Đồng",
                "Thứ Bảy, ngày 18/10/2025 – tỉnh Lâm Đồng",
                "Chủ nhật, ngày 19/10/2025 – tỉnh Lâm Đồng");
    }

    @Test
    void givesEveryActivityARowOfItsOwnStartingWithItsSession() {
        List<List<Cell>> activities = table.rows().stream().filter(r -> r.size() == 5).toList();
        assertThat(activities).allSatisfy(r -> assertThat(r).allMatch(c -> c.rowSpan() == 1 && c.colSpan() == 1));
        assertThat(activities.stream().map(r -> LayoutProbe.text(r.get(0)))).containsExactly("Sáng", "Chiều", "Tối", "Cả ngày",
                "Sáng", "Chiều", "Sáng", "Chiều", "Cả ngày", "Sáng", "Chiều");
    }

    @Test
    void showsTravelWithItsTransportAndVisitsWithTheirHosts() {
        List<String> outbound = row("Đoàn xuất phát từ Hà Nội đến thành phố Buôn Ma Thuột, tỉnh Đắk Lắk.");
        assertThat(outbound).containsExactly("Sáng", "Đoàn xuất phát từ Hà Nội đến thành phố Buôn Ma Thuột, tỉnh Đắk Lắk.",
                "Hà Nội – Buôn Ma Thuột", "", "Máy bay");
        assertThat(row("Di chuyển đến Bình Thuận, tỉnh Lâm Đồng, kết thúc chuyến trao đổi, học tập kinh nghiệm thực tế tại "
                + "tỉnh Đắk Lắk.")).endsWith("Ô tô");
        assertThat(row("Khảo sát thực tế (địa điểm khảo sát do Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk bố trí)."))
                .containsExactly("Cả ngày", "Khảo sát thực tế (địa điểm khảo sát do Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk "
                        + "bố trí).", "tỉnh Đắk Lắk", "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk", "");
    }

    @Test
    void showsEachConferenceInOneRowAndItsWholeAgendaNumberedInTheAnnex() {
        List<Conference> conferences = source.delegation().conferences();
        for (int i = 0; i < conferences.size(); i++) {
            Conference conference = conferences.get(i);
            String shortTitle = ItineraryAnnex.shortTitle(conference.title());
            List<String> row = row(shortTitle + "\nKhoảng 180 đại biểu.\nNội dung: xem Phụ lục, mục " + (i + 1) + ".");
            assertThat(row.get(2)).isEqualTo(conference.venue());
            assertThat(row.get(3)).isEqualTo(conference.coOrganiser());
            assertThat(shortTitle).startsWith("Hội nghị trao đổi, học tập kinh nghiệm thực tế tại tỉnh").doesNotContain(" về ");
        }
        String timetable = document.plainText().substring(0, document.plainText().indexOf("\f"));
        String annex = document.plainText().substring(document.plainText().indexOf("\f"));
        assertThat(annex).startsWith("\f\nPHỤ LỤC\nNỘI DUNG CÁC HỘI NGHỊ\n");
        for (Conference conference : conferences) {
            assertThat(annex).contains(conference.title(), "Thành phần: khoảng 180 đại biểu.");
            for (int n = 0; n < conference.agenda().size(); n++) {
                AgendaItem item = conference.agenda().get(n);
                assertThat(annex).contains((n + 1) + "\n" + item.content() + "\n" + item.presenter());
                assertThat(timetable).doesNotContain(item.content());
            }
        }
    }

    @Test
    void showsUnderAHostTheContactTypedForIt() {
        PrintedDocument typed = new ItineraryDocument().build(SampleDocuments.source(settings(List.of(
                "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk: bà Lê Thị Hoa, Phó Chánh Văn phòng – 0262 3852 123"))));
        List<String> hosts = LayoutProbe.tables(typed).stream().filter(Table::borders).findFirst().orElseThrow().rows().stream()
                .filter(r -> r.size() == 5)
                .map(r -> LayoutProbe.text(r.get(3))).toList();
        assertThat(hosts).contains("Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk\nbà Lê Thị Hoa, Phó Chánh Văn phòng – 0262 3852 123")
                .contains("Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng");
    }

    @Test
    void derivesContactsFromTheLeadersAndHostsAndMarksThePhonesAsPersonal() {
        Member head = source.delegation().head().orElseThrow();
        Member secretary = source.delegation().members().stream().filter(m -> m.role() == DelegationRole.SECRETARY).findFirst()
                .orElseThrow();
        String text = document.plainText();
        assertThat(text).contains("THÔNG TIN LIÊN HỆ\n- Trưởng đoàn: " + head.fullName() + ", Phó Giám đốc Sở – ĐT: "
                + ItineraryDocument.unbroken(head.phone()) + "\n- Thư ký đoàn: " + secretary.fullName() + ", "
                + secretary.position() + " – ĐT: " + ItineraryDocument.unbroken(secretary.phone()) + "\n"
                + "- Đơn vị đón tiếp tại tỉnh Đắk Lắk: Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk\n"
                + "- Đơn vị đón tiếp tại tỉnh Lâm Đồng: Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng\n");
        assertThat(document.footerNote()).isEqualTo("Tài liệu có số điện thoại cá nhân: chỉ dùng trong đoàn.");
    }

    @Test
    void printsTheContactsTypedInTheSettingsInstead() {
        PrintedDocument typed = new ItineraryDocument().build(SampleDocuments.source(settings(
                List.of("Văn phòng Sở: (024) 3825 xxxx", "Lễ tân khách sạn tại Buôn Ma Thuột"))));
        assertThat(typed.plainText()).contains("THÔNG TIN LIÊN HỆ\n- Văn phòng Sở: (024) 3825 xxxx\n- Lễ tân khách sạn tại Buôn Ma Thuột\n")
                .doesNotContain("Trưởng đoàn:");
        assertThat(typed.footerNote()).as("no full phone number printed").isNull();

        PrintedDocument withPhone = new ItineraryDocument().build(SampleDocuments.source(settings(
                List.of("Đ/c Nguyễn Văn A, Văn phòng Sở: 0912 345 678"))));
        assertThat(withPhone.footerNote()).isEqualTo(ItineraryDocument.PERSONAL_DATA);
    }

    @Test
    void leavesOutMembersWithoutPhoneAndSaysWhenThereIsNoProgramme() {
        Delegation bare = source.delegation().toBuilder().programme(List.of())
                .members(source.delegation().members().stream().map(ItineraryDocumentTest::withoutPhone).toList()).build();
        PrintedDocument empty = new ItineraryDocument().build(new DocumentSource(bare, DocumentSettings.defaults(),
                source.estimate()));
        assertThat(empty.plainText()).contains("Chương trình chưa được lập.").doesNotContain("THÔNG TIN LIÊN HỆ");
        assertThat(empty.footerNote()).isNull();
    }

    private List<String> row(String content) {
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> texts = LayoutProbe.texts(table.rows().get(i));
            if (texts.contains(content)) {
                return texts;
            }
        }
        throw new AssertionError("no row " + content);
    }

    private static DocumentSettings settings(List<String> contacts) {
        return new DocumentSettings(IssueNumber.DRAFT, "", List.of(), IssueNumber.DRAFT, null, "", "", 0, contacts);
    }

    private static Member withoutPhone(Member m) {
        return new Member(m.id(), m.fullName(), m.gender(), m.dateOfBirth(), m.position(), m.sendingUnit(), m.groupId(),
                m.allowanceCoefficient(), m.onStatePayroll(), "", m.idNumber(), m.role(), m.notes(), m.sample());
    }
}
