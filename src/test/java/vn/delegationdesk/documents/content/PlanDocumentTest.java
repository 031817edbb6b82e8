package vn.delegationdesk.documents.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.layout.Closing;
import vn.delegationdesk.documents.layout.OfficialHeader;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.testing.SampleDocuments;
import vn.delegationdesk.testing.SampleEstimates;

class PlanDocumentTest {
    private final PrintedDocument plan = new PlanDocument().build(SampleDocuments.source());
    private final List<String> lines = plan.plainText().lines().toList();

    @Test
    void headsPageOneAsTheSeedDoes() {
        OfficialHeader header = plan.header();
        assertThat(header.parentBody()).isEqualTo("UBND THÀNH PHỐ HÀ NỘI");
        assertThat(header.issuingBody()).isEqualTo("SỞ VĂN HÓA VÀ THỂ THAO");
        assertThat(header.numberLine()).isEqualTo("Số:       /KH-SVHTT");
        assertThat(header.placeDateLine()).isEqualTo("Hà Nội, ngày    tháng 10 năm 2025");
        assertThat(plan.page()).isEqualTo(PageSetup.administrative());
        assertThat(lines).containsSubsequence("KẾ HOẠCH", SampleDocuments.source().delegation().title());
    }

    @Test
    void opensWithTheLegalBasesAndTheBodyThatDraftsThePlan() {
        String opening = lines.stream().filter(l -> l.startsWith("Thực hiện ")).findFirst().orElseThrow();
        assertThat(opening)
                .startsWith("Thực hiện Nghị quyết số 09-NQ/TU ngày 22/02/2022 của Thành ủy Hà Nội về phát triển công nghiệp")
                .contains("; Kế hoạch số 217/KH-UBND ngày 12/8/2022 về “Phát triển công nghiệp văn hóa")
                .contains("; Kế hoạch số 628/KH-SVHTT ngày 30/8/2024 của Sở Văn hóa và Thể thao về triển khai thi hành "
                        + "Luật Thủ đô. Sở Văn hóa và Thể thao thành phố Hà Nội xây dựng kế hoạch tổ chức Đoàn khảo sát")
                .endsWith("tại tỉnh Đắk Lắk và tỉnh Lâm Đồng, cụ thể như sau:");
    }

    @Test
    void hasTheSixPartsInOrderAsBoldHeadingsKeptWithTheirText() {
        List<String> headings = List.of("I. MỤC ĐÍCH, YÊU CẦU", "II. THỜI GIAN, ĐỊA ĐIỂM", "III. THÀNH PHẦN", "IV. NỘI DUNG",
                "V. KINH PHÍ, PHƯƠNG TIỆN", "VI. TỔ CHỨC THỰC HIỆN");
        assertThat(lines).containsSubsequence(headings);
        List<Paragraph> printed = plan.blocks().stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast)
                .filter(p -> headings.contains(p.text())).toList();
        assertThat(printed).hasSize(6).allSatisfy(p -> {
            assertThat(p.runs()).allMatch(Run::bold);
            assertThat(p.keepWithNext()).isTrue();
        });
    }

    @Test
    void numbersThePurposesAndGivesEachLegItsDaysOfTheWeek() {
        assertThat(lines).containsSubsequence("I. MỤC ĐÍCH, YÊU CẦU", "4. Tổ chức các chương trình làm việc phải cụ thể, khoa học, "
                + "nội dung thiết thực, có tính ứng dụng, thực tiễn cao.", "II. THỜI GIAN, ĐỊA ĐIỂM",
                "- Từ ngày 14/10/2025 - 16/10/2025: Tại tỉnh Đắk Lắk (Thứ Ba, Thứ Tư, Thứ Năm)",
                "- Từ ngày 17/10/2025 - 19/10/2025: Tại tỉnh Lâm Đồng (Thứ Sáu, Thứ Bảy, Chủ nhật)");
        assertThat(lines).anyMatch(l -> l.startsWith("1. Thực hiện có hiệu quả Nghị quyết số 09-NQ/TU"));
    }

    @Test
    void writesTheCompositionWithSeatsPerOffice() {
        assertThat(lines).containsSubsequence("III. THÀNH PHẦN", "a) Số lượng dự kiến: 37 người.", "b) Thành phần:",
                "* Lãnh đạo đoàn: 01 đồng chí Lãnh đạo Sở Văn hóa và Thể thao Hà Nội.", "* Thành viên:");
        assertThat(lines).anyMatch(l -> l.startsWith("- Đại diện các phòng khối quản lý nhà nước thuộc Sở: 12 người, bao gồm: "
                + "Phòng Tổ chức - Pháp chế (03 người); Văn phòng Sở (02 người); Phòng Quản lý Di sản văn hóa (02 người);")
                && l.endsWith("Phòng Truyền thông số (01 người)."));
        assertThat(lines).anyMatch(l -> l.startsWith("- Đại diện 14 đơn vị sự nghiệp thuộc Sở: 14 người (mỗi đơn vị 01 người"));
    }

    @Test
    void writesEveryProgrammeDayUnderItsLeg() {
        assertThat(lines).containsSubsequence("IV. NỘI DUNG", "1. Nội dung trao đổi kinh nghiệm",
                "- Trao đổi kinh nghiệm huy động các nguồn lực tài chính, nhân lực.", "2. Chương trình");
        assertThat(lines).containsSubsequence(
                "* Ngày 14/10/2025 (Thứ Ba):",
                "- Buổi sáng: Đoàn xuất phát từ Hà Nội đến thành phố Buôn Ma Thuột, tỉnh Đắk Lắk.",
                "- Buổi tối: Khảo sát thực tế.",
                "* Ngày 15/10/2025 (Thứ Tư): Khảo sát thực tế (địa điểm khảo sát do Sở Văn hóa, Thể thao và Du lịch tỉnh "
                        + "Đắk Lắk bố trí).",
                "* Ngày 16/10/2025 (Thứ Năm):",
                "* Ngày 17/10/2025 (Thứ Sáu):",
                "* Ngày 18/10/2025 (Thứ Bảy): Khảo sát thực tế tại các địa điểm do Sở Văn hóa, Thể thao và Du lịch tỉnh "
                        + "Lâm Đồng bố trí.",
                "* Ngày 19/10/2025 (Chủ nhật):",
                "- Buổi chiều: Di chuyển về Hà Nội, kết thúc chuyến trao đổi, học tập kinh nghiệm thực tế tại tỉnh Lâm Đồng.");
        int dakLak = indexStarting("a) Tại tỉnh Đắk Lắk: Trao đổi, học tập kinh nghiệm thực tế");
        int lamDong = indexStarting("b) Tại tỉnh Lâm Đồng: Trao đổi, học tập kinh nghiệm thực tế");
        assertThat(dakLak).isLessThan(lines.indexOf("* Ngày 14/10/2025 (Thứ Ba):"));
        assertThat(lamDong).isBetween(lines.indexOf("* Ngày 16/10/2025 (Thứ Năm):"), lines.indexOf("* Ngày 17/10/2025 (Thứ Sáu):"));
    }

    @Test
    void expandsBothConferencesWithTheirSizeVenueAndAgenda() {
        assertThat(lines.stream().filter("+ Số lượng: khoảng 180 đại biểu"::equals)).hasSize(2);
        assertThat(lines).containsSubsequence(
                "* Ngày 14/10/2025 (Thứ Ba):",
                "+ Số lượng: khoảng 180 đại biểu",
                "+ Địa điểm: Khách sạn tại thành phố Buôn Ma Thuột, tỉnh Đắk Lắk, tiêu chuẩn 3 sao trở lên.",
                "+ Trao đổi của các doanh nghiệp; đại diện các cơ quan, đơn vị của tỉnh Đắk Lắk.",
                "+ Ý kiến phát biểu của các thành viên đoàn công tác.",
                "+ Kết luận, kết thúc buổi làm việc.",
                "- Buổi tối: Khảo sát thực tế.",
                "* Ngày 17/10/2025 (Thứ Sáu):",
                "+ Số lượng: khoảng 180 đại biểu",
                "+ Địa điểm: Khách sạn tại Bình Thuận, tỉnh Lâm Đồng, tiêu chuẩn 3 sao trở lên.");
        assertThat(lines).anyMatch(l -> l.startsWith("+ Đại diện Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk chia sẻ kinh nghiệm"));
        assertThat(lines).anyMatch(l -> l.startsWith("+ Đại diện Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng chia sẻ kinh nghiệm"));
    }

    @Test
    void givesFundingTransportAndWhoDoesWhat() {
        assertThat(lines).containsSubsequence("V. KINH PHÍ, PHƯƠNG TIỆN", "2. Phương tiện: Máy bay và ô tô",
                "VI. TỔ CHỨC THỰC HIỆN", "1. Giao Phòng Tổ chức - Pháp chế",
                "- Lập dự toán kinh phí trình lãnh đạo Sở phê duyệt.", "2. Giao Văn phòng Sở",
                "- Hỗ trợ công tác thanh quyết toán theo quy định.");
        assertThat(lines).anyMatch(l -> l.startsWith("1. Kinh phí tổ chức đoàn trao đổi, học tập kinh nghiệm trích từ nguồn"));
        assertThat(lines).contains("3. Các phòng, đơn vị sự nghiệp thuộc Sở: phối hợp với Phòng Tổ chức - Pháp chế thực hiện "
                + "các nội dung kế hoạch, cử cán bộ tham gia đoàn công tác. Chuẩn bị nội dung trao đổi tại các buổi làm việc "
                + "với các tỉnh, thành phố.");
        assertThat(lines).anyMatch(l -> l.startsWith("4. UBND các xã, phường: phối hợp với Sở Văn hóa và Thể thao"));
    }

    @Test
    void endsWithTheClosingSentenceRecipientsAndSigner() {
        assertThat(lines).anyMatch(l -> l.startsWith("Trên đây là Kế hoạch tổ chức Đoàn khảo sát trao đổi")
                && l.endsWith("tại tỉnh Đắk Lắk và tỉnh Lâm Đồng. Đề nghị các đơn vị có liên quan căn cứ nội dung kế hoạch "
                        + "tổ chức thực hiện./."));
        Closing closing = (Closing) plan.blocks().get(plan.blocks().size() - 1);
        assertThat(closing.recipients()).containsExactly("- Ban Giám đốc Sở;", "- Chánh VP Sở;",
                "- Các phòng, đơn vị sự nghiệp thuộc Sở;", "- UBND các phường, xã (để p/h thực hiện);", "- Lưu: VT, TCPC.");
        assertThat(closing.signature().authorityLines()).containsExactly("GIÁM ĐỐC");
        assertThat(closing.signature().name()).isEqualTo("Bạch Liên Hương");
    }

    @Test
    void laysOutADraftWithoutLegsGroupsOrProgramme() {
        Delegation bare = SampleDocuments.source().delegation().toBuilder().legs(List.of()).groups(List.of())
                .programme(List.of()).conferences(List.of()).responsibilities(List.of()).legalBases(List.of())
                .transportModes(List.of()).fundingSource("").startDate(LocalDate.of(2026, 3, 2)).endDate(LocalDate.of(2026, 3, 2))
                .build();
        List<String> text = new PlanDocument().build(new DocumentSource(bare, DocumentSettings.defaults(),
                SampleEstimates.priced())).plainText().lines().toList();
        assertThat(text).contains("- Ngày 02/03/2026", "a) Số lượng dự kiến: 37 người.", "VI. TỔ CHỨC THỰC HIỆN")
                .noneMatch(l -> l.startsWith("b) Thành phần") || l.contains("Phương tiện") || l.startsWith("2. Chương trình"));
        assertThat(text).anyMatch(l -> l.startsWith("Sở Văn hóa và Thể thao thành phố Hà Nội xây dựng kế hoạch tổ chức Đoàn"));
    }

    @Test
    void withoutAnIssuingBodyTheOpeningStillStartsWithACapital() {
        Delegation anonymous = SampleDocuments.source().delegation().toBuilder().legalBases(List.of())
                .issuingBody(new IssuingBody("", "", "")).build();
        List<String> text = new PlanDocument().build(new DocumentSource(anonymous, DocumentSettings.defaults(),
                SampleEstimates.priced())).plainText().lines().toList();
        assertThat(text).anyMatch(l -> l.startsWith("Xây dựng kế hoạch tổ chức Đoàn khảo sát"));
    }

    @Test
    void putsAProgrammeDayOutsideEveryLegUnderTheLegBegunByThen() {
        Delegation d = SampleDocuments.source().delegation();
        Leg first = d.legs().get(0);
        Delegation gap = d.toBuilder().legs(List.of(new Leg(first.place(), first.city(), first.startDate(),
                LocalDate.of(2025, 10, 15), first.summary()), d.legs().get(1))).build();
        List<String> text = new PlanDocument().build(new DocumentSource(gap, DocumentSettings.defaults(),
                SampleEstimates.priced())).plainText().lines().toList();
        assertThat(text).containsSubsequence("* Ngày 15/10/2025 (Thứ Tư): Khảo sát thực tế (địa điểm khảo sát do Sở Văn hóa, "
                + "Thể thao và Du lịch tỉnh Đắk Lắk bố trí).", "* Ngày 16/10/2025 (Thứ Năm):", "b) Tại tỉnh Lâm Đồng: Trao đổi, "
                + "học tập kinh nghiệm thực tế về mô hình quản lý, tổ chức hoạt động phục vụ phát triển công nghiệp văn hoá và "
                + "đầu tư các nguồn lực nhằm quản lý, khai thác, sử dụng hiệu quả đáp ứng yêu cầu bảo vệ, phát triển văn hóa và "
                + "hội nhập quốc tế; đầu tư nguồn lực phát triển thể thao thành tích cao, xây dựng công trình thể thao hiện đại "
                + "đạt tiêu chuẩn khu vực và thế giới; đào tạo, bồi dưỡng vận động viên, huấn luyện viên đạt trình độ quốc gia, "
                + "quốc tế; khuyến khích tổ chức, cá nhân tham gia phát triển thể thao thành tích cao, thể thao chuyên nghiệp.");
    }

    private int indexStarting(String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
