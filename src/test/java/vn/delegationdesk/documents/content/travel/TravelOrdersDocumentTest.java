package vn.delegationdesk.documents.content.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.IssueNumber;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.PageBreak;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.testing.SampleDocuments;

class TravelOrdersDocumentTest {
    private final DocumentSource source = SampleDocuments.source();
    private final List<Member> members = source.delegation().members();

    @Test
    void printsOneFormPerMemberEachOnItsOwnPage() {
        PrintedDocument document = new TravelOrdersDocument().build(source);

        assertThat(document.blocks().stream().filter(b -> b instanceof PageBreak)).hasSize(36);
        List<String> pages = pages(document);
        assertThat(pages).hasSize(37);
        for (int k = 0; k < 37; k++) {
            assertThat(pages.get(k)).as("page %d", k + 1).contains(members.get(k).fullName(), "GIẤY ĐI ĐƯỜNG", "Mẫu số: C16-HD");
        }
        assertThat(document.header()).isNull();
        assertThat(document.footerNote()).isNull();
        assertThat(document.page().pageNumbers()).isFalse();
        assertThat(document.title()).isEqualTo("Giấy đi đường – Đoàn khảo sát trao đổi, học tập kinh nghiệm thực tế tại tỉnh "
                + "Đắk Lắk và tỉnh Lâm Đồng");
    }

    @Test
    void eachPageCarriesTheThreeJourneysOfTheProgramme() {
        PrintedDocument document = new TravelOrdersDocument().build(source);

        for (int k : new int[] {0, 17, 36}) {
            List<List<String>> rows = routeRows(page(document, k));
            assertThat(rows).as("page %d", k + 1).containsExactly(
                    List.of("Nơi đi: Hà Nội", "14/10/2025", "Máy bay", "", "", ""),
                    List.of("Nơi đến: Buôn Ma Thuột (tỉnh Đắk Lắk)", "14/10/2025", "", "3", "", ""),
                    List.of("Nơi đi: Buôn Ma Thuột (tỉnh Đắk Lắk)", "16/10/2025", "Ô tô", "", "", ""),
                    // Where the group slept: nights 16, 17 and 18 in Lâm Đồng, so 16→19/10 there.
                    List.of("Nơi đến: Bình Thuận (tỉnh Lâm Đồng)", "16/10/2025", "", "4", "", ""),
                    List.of("Nơi đi: Bình Thuận (tỉnh Lâm Đồng)", "19/10/2025", "Máy bay", "", "", ""),
                    List.of("Nơi đến: Hà Nội", "19/10/2025", "", "", "", ""));
        }
    }

    @Test
    void theRouteTableHasTheFormsColumnsNumberedAToFive() {
        Table route = routeTable(page(new TravelOrdersDocument().build(source), 0));

        assertThat(route.borders()).isTrue();
        assertThat(route.headerRows()).hasSize(2);
        assertThat(texts(route.headerRows().get(0))).containsExactly("Nơi đi / Nơi đến", "Ngày", "Phương tiện sử dụng",
                "Số ngày công tác", "Lý do lưu trú", "Chứng nhận của cơ quan (Ký tên, đóng dấu)");
        assertThat(texts(route.headerRows().get(1))).containsExactly("A", "1", "2", "3", "4", "5");
        for (List<Cell> row : route.rows()) {
            assertThat(row.get(5).content()).as("stamp cell").isEmpty();
            // Lines of 12 pt (10 pt type), the space under them and the cell's padding: room for a host's stamp.
            Paragraph last = row.get(0).content().get(row.get(0).content().size() - 1);
            assertThat(row.get(0).content().size() * 12 + last.spaceAfter()).isGreaterThanOrEqualTo(33);
        }
    }

    @Test
    void longLinesAboveTheRouteAreTakenBackFromTheRouteRowsSoTheFormKeepsToOnePage() {
        List<Member> changed = new ArrayList<>(members);
        Member m = changed.get(5);
        changed.set(5, new Member(m.id(), "Tôn Nữ Hoàng Thị Phương Thảo Nguyên", m.gender(), m.dateOfBirth(),
                "Phó Trưởng phòng phụ trách Phòng Quản lý Di sản văn hóa và Bảo tàng",
                "Trung tâm Huấn luyện và Thi đấu thể dục thể thao Hà Nội", m.groupId(), null, true, "", "", m.role(), "", true));
        DocumentSource longer = new DocumentSource(source.delegation().toBuilder().members(changed).build(), source.settings(),
                source.estimate());
        PrintedDocument document = new TravelOrdersDocument().build(longer);

        float ordinary = roomUnderFirstRow(page(document, 4));
        float shortened = roomUnderFirstRow(page(document, 5));
        assertThat(shortened).isLessThan(ordinary).isGreaterThanOrEqualTo(10);
    }

    private static float roomUnderFirstRow(List<Block> page) {
        List<Paragraph> place = routeTable(page).rows().get(0).get(0).content();
        return place.get(place.size() - 1).spaceAfter();
    }

    @Test
    void theGrantBlockNamesTheHolderTheTripAndTheDecision() {
        String first = String.join("\n", pages(new TravelOrdersDocument().build(source)).get(0).lines().toList());
        Member head = members.get(0);

        assertThat(first).contains("Đơn vị: Sở Văn hóa và Thể thao", "Bộ phận: …", "Mã QHNS: …",
                "(Ban hành kèm theo Thông tư số 107/2017/TT-BTC ngày 10/10/2017 của Bộ Tài chính)",
                "Cấp cho bà: " + head.fullName(),
                "Chức vụ: Phó Giám đốc Sở, Lãnh đạo Sở Văn hóa và Thể thao Hà Nội",
                "Được cử đi công tác tại: tỉnh Đắk Lắk và tỉnh Lâm Đồng",
                "Theo Quyết định số       /QĐ-SVHTT ngày ………………… của Giám đốc Sở Văn hóa và Thể thao",
                "Từ ngày 14/10/2025 đến ngày 19/10/2025",
                "THỦ TRƯỞNG ĐƠN VỊ", "(Ký, họ tên, đóng dấu)", "Bạch Liên Hương",
                "Tiền ứng trước", "Lương: ", "Công tác phí: ", "Cộng: ",
                "- Vé người: ", "- Vé cước: ", "- Phụ cấp đi đường: cộng", "- Phụ cấp lưu trú: ", "Tổng cộng: ",
                "Thời gian lưu trú được hưởng phụ cấp: …… ngày",
                "Người đi công tác", "Phụ trách bộ phận", "Kế toán trưởng", "Thủ trưởng đơn vị");
        assertThat(first).containsPattern("(?m)^Số: +$");
    }

    @Test
    void settingsFillTheUnitLinesNumbersAndDecision() {
        DocumentSettings settings = new DocumentSettings(new IssueNumber("125", LocalDate.of(2025, 10, 6)), "", List.of(),
                IssueNumber.DRAFT, null, "1234567", "Phòng Tổ chức - Pháp chế", 40, List.of());
        List<String> pages = pages(new TravelOrdersDocument().build(SampleDocuments.source(settings)));

        assertThat(pages.get(0)).contains("Bộ phận: Phòng Tổ chức - Pháp chế", "Mã QHNS: 1234567", "Số: 40\n",
                "Theo Quyết định số 125/QĐ-SVHTT ngày 06/10/2025 của Giám đốc Sở Văn hóa và Thể thao");
        assertThat(pages.get(36)).contains("Số: 76\n");
    }

    @Test
    void addressesTheHolderByGender() {
        assertThat(TravelOrdersDocument.address(Gender.MALE)).isEqualTo("ông");
        assertThat(TravelOrdersDocument.address(Gender.FEMALE)).isEqualTo("bà");
        assertThat(TravelOrdersDocument.address(Gender.UNSPECIFIED)).isEqualTo("ông/bà");
        Member man = members.stream().filter(m -> m.gender() == Gender.MALE).findFirst().orElseThrow();
        String page = pages(TravelOrdersDocument.forMember(man.id()).build(source)).get(0);
        assertThat(page).contains("Cấp cho ông: " + man.fullName());
    }

    @Test
    void forMemberGivesThatMembersPageOnly() {
        Member fifth = members.get(4);
        PrintedDocument document = TravelOrdersDocument.forMember(fifth.id()).build(source);

        assertThat(document.blocks()).noneMatch(b -> b instanceof PageBreak);
        assertThat(pages(document)).hasSize(1);
        assertThat(document.plainText()).contains(fifth.fullName()).doesNotContain(members.get(3).fullName());
    }

    @Test
    void forAnUnknownMemberSaysWhichIdIsMissing() {
        assertThatThrownBy(() -> TravelOrdersDocument.forMember("tv-99").build(source))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tv-99");
        assertThatThrownBy(() -> TravelOrdersDocument.forMember(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutTravelInTheProgrammeTheJourneysFollowTheNights() {
        Delegation noTravel = source.delegation().toBuilder().programme(List.of()).build();
        DocumentSource plain = new DocumentSource(noTravel, source.settings(), source.estimate());

        List<List<String>> rows = routeRows(page(TravelOrdersDocument.forMember(members.get(0).id()).build(plain), 0));

        assertThat(rows).containsExactly(
                List.of("Nơi đi: Hà Nội", "14/10/2025", "Máy bay", "", "", ""),
                // Without the programme's move on 16/10 the nights follow the legs: three in Đắk Lắk, two in Lâm Đồng.
                List.of("Nơi đến: Buôn Ma Thuột (tỉnh Đắk Lắk)", "14/10/2025", "", "4", "", ""),
                List.of("Nơi đi: Buôn Ma Thuột (tỉnh Đắk Lắk)", "17/10/2025", "Ô tô", "", "", ""),
                List.of("Nơi đến: Bình Thuận (tỉnh Lâm Đồng)", "17/10/2025", "", "3", "", ""),
                List.of("Nơi đi: Bình Thuận (tỉnh Lâm Đồng)", "19/10/2025", "Máy bay", "", "", ""),
                List.of("Nơi đến: Hà Nội", "19/10/2025", "", "", "", ""));
    }

    @Test
    void withNoJourneyAtAllTheRouteRowsAreLeftToFillByHand() {
        Delegation bare = source.delegation().toBuilder().programme(List.of()).legs(List.of()).build();
        DocumentSource plain = new DocumentSource(bare, source.settings(), source.estimate());

        List<List<String>> rows = routeRows(page(TravelOrdersDocument.forMember(members.get(0).id()).build(plain), 0));

        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).get(0)).isEqualTo("Nơi đi:");
        assertThat(pages(TravelOrdersDocument.forMember(members.get(0).id()).build(plain)).get(0))
                .contains("Được cử đi công tác tại: …");
    }

    // --- reading the layout model as a reader would ---

    private static List<String> pages(PrintedDocument document) {
        return Arrays.asList(document.plainText().split("\f\n?", -1));
    }

    /** The blocks of page {@code index} (0-based). */
    private static List<Block> page(PrintedDocument document, int index) {
        List<Block> blocks = document.blocks();
        int start = 0;
        int seen = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof PageBreak) {
                if (seen == index) {
                    return blocks.subList(start, i);
                }
                seen++;
                start = i + 1;
            }
        }
        return blocks.subList(start, blocks.size());
    }

    private static Table routeTable(List<Block> page) {
        return page.stream().filter(b -> b instanceof Table t && t.borders()).map(b -> (Table) b).findFirst().orElseThrow();
    }

    private static List<List<String>> routeRows(List<Block> page) {
        return routeTable(page).rows().stream().map(TravelOrdersDocumentTest::texts).toList();
    }

    private static List<String> texts(List<Cell> row) {
        return row.stream().map(c -> String.join(" ", c.content().stream().map(Paragraph::text).toList()).strip()).toList();
    }
}
