package vn.delegationdesk.documents.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.IssueNumber;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.Closing;
import vn.delegationdesk.documents.layout.PageBreak;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.SampleDocuments;
import vn.delegationdesk.testing.SampleEstimates;

class DecisionDocumentTest {
    private static final DocumentSettings NUMBERED = new DocumentSettings(new IssueNumber("125", LocalDate.of(2025, 9, 30)),
            "", List.of(), IssueNumber.DRAFT, null, "", "", 0, List.of());

    private final Delegation sample = SampleDocuments.source().delegation();
    private final PrintedDocument decision = new DecisionDocument().build(SampleDocuments.source(NUMBERED));
    private final List<String> lines = decision.plainText().lines().toList();

    /** Nghị định 30/2020 pads days below 10 and the months 1 and 2 only: "tháng 9", not "tháng 09". */
    @Test
    void carriesTheNumberAndDateTheSettingsGive() {
        assertThat(decision.header().numberLine()).isEqualTo("Số: 125/QĐ-SVHTT");
        assertThat(decision.header().placeDateLine()).isEqualTo("Hà Nội, ngày 30 tháng 9 năm 2025");
        assertThat(lines).contains("(Kèm theo Quyết định số 125/QĐ-SVHTT ngày 30/9/2025 của Giám đốc Sở Văn hóa và Thể thao)");
    }

    @Test
    void leavesBlanksInADraft() {
        PrintedDocument draft = new DecisionDocument().build(SampleDocuments.source());
        assertThat(draft.header().numberLine()).isEqualTo("Số:       /QĐ-SVHTT");
        assertThat(draft.header().placeDateLine()).isEqualTo("Hà Nội, ngày    tháng 10 năm 2025");
        assertThat(draft.plainText()).contains("(Kèm theo Quyết định số       /QĐ-SVHTT ngày     /10/2025 của Giám đốc Sở Văn hóa "
                + "và Thể thao)");
    }

    @Test
    void namesTheDecisionAndItsAuthority() {
        assertThat(lines).containsSubsequence("QUYẾT ĐỊNH", "Về việc cử Đoàn khảo sát trao đổi, học tập kinh nghiệm thực tế về mô "
                + "hình quản lý, hoạt động phát triển công nghiệp văn hóa; việc đầu tư nguồn nhân lực và biện pháp ưu tiên các "
                + "nguồn lực nhằm quản lý, khai thác, sử dụng hiệu quả việc phát triển văn hóa và hội nhập quốc tế trong lĩnh vực "
                + "nghệ thuật biểu diễn, di sản, thể thao thành tích cao đi công tác tại tỉnh Đắk Lắk và tỉnh Lâm Đồng",
                "GIÁM ĐỐC SỞ VĂN HÓA VÀ THỂ THAO", "QUYẾT ĐỊNH:");
    }

    @Test
    void citesTheBasesInItalicsEndingWithTheProposal() {
        List<Paragraph> bases = paragraphs().stream().filter(p -> p.text().startsWith("Căn cứ ") || p.text().startsWith("Thực hiện ")
                || p.text().startsWith("Xét ")).toList();
        assertThat(bases).hasSize(6).allSatisfy(p -> assertThat(p.runs()).allMatch(Run::italic));
        // A Party resolution is carried out, not relied on: "Thực hiện", never "Căn cứ".
        assertThat(bases.get(0).text()).startsWith("Thực hiện Nghị quyết số 09-NQ/TU ngày 22/02/2022 của Thành ủy Hà Nội về")
                .endsWith(";");
        assertThat(bases.get(4).text()).startsWith("Căn cứ Kế hoạch số       /KH-SVHTT ngày     /10/2025 của Sở Văn hóa và "
                + "Thể thao về việc tổ chức Đoàn khảo sát").endsWith("tại tỉnh Đắk Lắk và tỉnh Lâm Đồng;");
        assertThat(bases.get(5).text()).isEqualTo("Xét đề nghị của Trưởng phòng Tổ chức - Pháp chế.");
    }

    @Test
    void citesLegalDocumentsAsGroundsBeforeWhatItCarriesOut() {
        Delegation sample = SampleDelegation.create();
        List<LegalBasis> bases = new ArrayList<>(List.of(new LegalBasis("Luật", "39/2024/QH15", LocalDate.of(2024, 6, 28), "Quốc hội",
                "Thủ đô")));
        bases.addAll(sample.legalBases());
        bases.add(new LegalBasis("Thông tư", "40/2017/TT-BTC", LocalDate.of(2017, 4, 28), "Bộ Tài chính",
                "quy định chế độ công tác phí, chế độ chi hội nghị"));
        Delegation withLaw = sample.toBuilder().legalBases(bases).build();

        List<String> lines = new DecisionDocument().build(
                new DocumentSource(withLaw.withId(1L), DocumentSettings.defaults(), SampleEstimates.priced())).plainText().lines()
                .filter(l -> l.startsWith("Căn cứ ") || l.startsWith("Thực hiện ")).toList();

        assertThat(lines.get(0)).startsWith("Căn cứ Luật số 39/2024/QH15 ngày 28/6/2024 của Quốc hội về Thủ đô");
        assertThat(lines.get(1)).startsWith("Căn cứ Thông tư số 40/2017/TT-BTC ngày 28/4/2017 của Bộ Tài chính");
        assertThat(lines.get(2)).startsWith("Thực hiện Nghị quyết số 09-NQ/TU");
        assertThat(lines).noneMatch(l -> l.startsWith("Căn cứ Nghị quyết số 09-NQ/TU"));
    }

    @Test
    void takesTheProposerFromTheSettingsWhenGiven() {
        DocumentSettings settings = new DocumentSettings(IssueNumber.DRAFT, "Chánh Văn phòng Sở", List.of(), IssueNumber.DRAFT,
                null, "", "", 0, List.of());
        assertThat(new DecisionDocument().build(SampleDocuments.source(settings)).plainText())
                .contains("Xét đề nghị của Chánh Văn phòng Sở.\n");
    }

    @Test
    void writesTheFourArticles() {
        Member head = sample.head().orElseThrow();
        assertThat(lines).containsSubsequence(
                "Điều 1. Cử các ông (bà) có tên tại Danh sách kèm theo Quyết định này (37 người) tham gia Đoàn khảo sát trao "
                        + "đổi, học tập kinh nghiệm thực tế về mô hình quản lý, hoạt động phát triển công nghiệp văn hóa; việc "
                        + "đầu tư nguồn nhân lực và biện pháp ưu tiên các nguồn lực nhằm quản lý, khai thác, sử dụng hiệu quả "
                        + "việc phát triển văn hóa và hội nhập quốc tế trong lĩnh vực nghệ thuật biểu diễn, di sản, thể thao "
                        + "thành tích cao tại tỉnh Đắk Lắk và tỉnh Lâm Đồng. Thời gian: từ ngày 14/10/2025 đến ngày 19/10/2025 "
                        + "(tại tỉnh Đắk Lắk từ ngày 14/10/2025 đến ngày 16/10/2025; tại tỉnh Lâm Đồng từ ngày 17/10/2025 đến "
                        + "ngày 19/10/2025).",
                "Điều 2. Đoàn có nhiệm vụ thực hiện nội dung, chương trình công tác theo Kế hoạch số       /KH-SVHTT ngày     "
                        + "/10/2025 của Sở Văn hóa và Thể thao; kết thúc chuyến công tác, báo cáo kết quả với lãnh đạo Sở.",
                "Trưởng đoàn: Bà " + head.fullName() + ", Phó Giám đốc Sở.",
                "Phương tiện đi lại: máy bay và ô tô.",
                "Điều 3. " + sample.fundingSource() + " Chế độ công tác phí thực hiện theo quy định hiện hành.",
                "Điều 4. Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng phòng Tổ chức - Pháp chế, Thủ trưởng "
                        + "các đơn vị có liên quan và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.");
        Paragraph first = paragraphs().stream().filter(p -> p.text().startsWith("Điều 1.")).findFirst().orElseThrow();
        assertThat(first.runs().get(0)).isEqualTo(Run.bold("Điều 1."));
        assertThat(first.runs().get(1).bold()).isFalse();
    }

    @Test
    void sendsItToTheUsualRecipientsThenStartsTheAnnexOnANewPage() {
        List<Block> blocks = decision.blocks();
        int closing = indexOf(blocks, Closing.class);
        Closing end = (Closing) blocks.get(closing);
        assertThat(end.recipients()).containsExactly("- Như Điều 4;", "- Ban Giám đốc Sở;", "- Lưu: VT, TCPC.");
        assertThat(end.signature().name()).isEqualTo("Bạch Liên Hương");
        assertThat(blocks.get(closing + 1)).isInstanceOf(PageBreak.class);
        assertThat(((Paragraph) blocks.get(closing + 2)).text()).isEqualTo("DANH SÁCH THÀNH VIÊN ĐOÀN");
    }

    @Test
    void takesTheRecipientsFromTheSettingsWhenGiven() {
        DocumentSettings settings = new DocumentSettings(IssueNumber.DRAFT, "", List.of("Như Điều 4", "Lưu: VT, VP"),
                IssueNumber.DRAFT, null, "", "", 0, List.of());
        PrintedDocument custom = new DecisionDocument().build(SampleDocuments.source(settings));
        Closing end = (Closing) custom.blocks().get(indexOf(custom.blocks(), Closing.class));
        assertThat(end.recipients()).containsExactly("- Như Điều 4;", "- Lưu: VT, VP.");
    }

    @Test
    void listsTheMembersInOrderNumberedAcrossTheirGroups() {
        Table table = annexTable(decision);
        assertThat(table.borders()).isTrue();
        assertThat(table.headerRows()).hasSize(1);
        assertThat(table.headerRows().get(0).stream().map(DecisionDocumentTest::text)).containsExactly("STT", "Họ và tên",
                "Chức vụ", "Đơn vị công tác", "Nhiệm vụ trong đoàn", "Ghi chú");
        List<String> groupRows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (List<Cell> row : table.rows()) {
            if (row.size() == 1) {
                assertThat(row.get(0).colSpan()).isEqualTo(6);
                assertThat(row.get(0).shaded()).isTrue();
                groupRows.add(text(row.get(0)));
            } else {
                numbers.add(text(row.get(0)));
                names.add(text(row.get(1)));
            }
        }
        assertThat(groupRows).containsExactly("I. Lãnh đạo đoàn (01 người)",
                "II. Đại diện các phòng khối quản lý nhà nước thuộc Sở (12 người)",
                "III. Đại diện 14 đơn vị sự nghiệp thuộc Sở (14 người)",
                "IV. Đại diện 10 phường, xã có mô hình hoạt động công nghiệp văn hóa phát triển (10 người)");
        assertThat(names).hasSize(37).containsExactlyElementsOf(sample.members().stream().map(Member::fullName).toList());
        assertThat(numbers).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 37).mapToObj(Integer::toString)
                .toList());
        List<Cell> headRow = table.rows().get(1);
        assertThat(text(headRow.get(2))).isEqualTo("Phó Giám đốc Sở");
        assertThat(text(headRow.get(3))).isEqualTo("Lãnh đạo Sở Văn hóa và Thể thao Hà Nội");
        assertThat(text(headRow.get(4))).isEqualTo("Trưởng đoàn");
        assertThat(table.rows().stream().filter(r -> r.size() == 6).map(r -> text(r.get(4))))
                .contains("Thư ký", "Thành viên");
    }

    @Test
    void putsMembersOfNoKnownGroupLastUnderOthers() {
        List<Member> members = new ArrayList<>(sample.members());
        Member moved = members.remove(1);
        members.add(0, new Member(moved.id(), moved.fullName(), moved.gender(), moved.dateOfBirth(), moved.position(),
                moved.sendingUnit(), "", moved.allowanceCoefficient(), moved.onStatePayroll(), moved.phone(), moved.idNumber(),
                moved.role(), moved.notes(), moved.sample()));
        Delegation d = sample.toBuilder().members(members).build();
        Table table = annexTable(new DecisionDocument().build(new DocumentSource(d, DocumentSettings.defaults(),
                SampleEstimates.priced())));
        List<List<Cell>> rows = table.rows();
        assertThat(text(rows.get(rows.size() - 2).get(0))).isEqualTo("V. Khác (01 người)");
        assertThat(text(rows.get(rows.size() - 1).get(0))).isEqualTo("37");
        assertThat(text(rows.get(rows.size() - 1).get(1))).isEqualTo(moved.fullName());
        MemberGroup offices = sample.groups().get(1);
        assertThat(rows.stream().filter(r -> r.size() == 1).map(r -> text(r.get(0))))
                .contains("II. " + offices.name() + " (11 người)");
    }

    private List<Paragraph> paragraphs() {
        return decision.blocks().stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }

    private static Table annexTable(PrintedDocument document) {
        return document.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).reduce((a, b) -> b)
                .orElseThrow();
    }

    private static int indexOf(List<Block> blocks, Class<?> type) {
        for (int i = 0; i < blocks.size(); i++) {
            if (type.isInstance(blocks.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String text(Cell cell) {
        return String.join("\n", cell.content().stream().map(Paragraph::text).toList());
    }

    @Test
    void withoutAnIssuingBodyNoCitationEndsInCua() {
        Delegation anonymous = sample.toBuilder().issuingBody(new IssuingBody("", "", ""))
                .signer(new Signer("", "", "", "")).build();
        String text = new DecisionDocument().build(new DocumentSource(anonymous, DocumentSettings.defaults(),
                SampleEstimates.priced())).plainText();
        assertThat(text).doesNotContainPattern("của\\s*[;.,)]").doesNotContain("của về");
        assertThat(text).contains("Căn cứ Kế hoạch số").contains("(Kèm theo Quyết định số");
    }
}
