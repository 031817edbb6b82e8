package vn.delegationdesk.reading.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.programme.TransportMode;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.reading.Gap;
import vn.delegationdesk.reading.Placement;
import vn.delegationdesk.reading.SourceDocument;
import vn.delegationdesk.reading.UnplacedPassage;
import vn.delegationdesk.reading.plan.SeedText;
import vn.delegationdesk.reading.source.Seed000;
import vn.delegationdesk.reading.source.docx.DocxSource;
import vn.delegationdesk.reading.source.docx.Seed000Docx;
import vn.delegationdesk.reading.source.pdf.PdfSource;
import vn.delegationdesk.reading.source.pdf.SeedPdf;
import vn.delegationdesk.sample.SampleDelegation;

/** Seed 000 as given (text) and as a Word document read into the delegation the built-in sample was made from. */
class DelegationPlanReaderSeedTest {
    /** The closing paragraph ("Trên đây là Kế hoạch …"): it repeats the title and asks the units to act; nothing to take. */
    private static final List<String> CLOSING = List.of(
            "Trên đây là Kế hoạch tổ chức Đoàn khảo sát trao đổi, học tập kinh nghiệm",
            "thực tế về mô hình quản lý, hoạt động phát triển công nghiệp văn hóa; việc đầu tư",
            "nguồn nhân lực và biện pháp ưu tiên các nguồn lực nhằm quản lý, khai thác, sử",
            "dụng hiệu quả việc phát triển văn hóa và hội nhập quốc tế trong lĩnh vực nghệ thuật",
            "biểu diễn, di sản, thể thao thành tích cao tại tỉnh Đắk Lắk và tỉnh Lâm Đồng. Đề",
            "nghị các đơn vị có liên quan căn cứ nội dung kế hoạch tổ chức thực hiện./.");

    private final DelegationPlanReader reader = new DelegationPlanReader();
    private final Messages messages = new Messages();

    @TempDir
    Path folder;

    static DelegationComparison comparison() {
        // The plan names neither the 14 units nor the 10 wards: those groups are compared by their seats.
        return new DelegationComparison(List.of(), Set.of("groups[2]", "groups[3]"));
    }

    @Test
    void seedTextReadsIntoTheSamplesLegsGroupsProgrammeConferencesAndResponsibilities() {
        DelegationDraft draft = reader.read(SeedText.seed("000"));
        assertEquals("", comparison().first(SampleDelegation.create(), draft.delegation()));
        assertEquals(CLOSING, draft.unplaced().stream().map(UnplacedPassage::text).toList());
    }

    @Test
    void seedAsWordReadsIntoTheSameDelegation() throws IOException {
        Path file = folder.resolve("Kế hoạch đoàn Đắk Lắk - Lâm Đồng.docx");
        Seed000Docx.write(file);
        SourceDocument source = new DocxSource().read(file).document();
        DelegationDraft draft = reader.read(source);
        assertEquals("", comparison().first(SampleDelegation.create(), draft.delegation()));
        List<String> unplaced = draft.unplaced().stream().map(UnplacedPassage::text).toList();
        assertEquals(Seed000Docx.TABLE_CELLS, unplaced.subList(0, 4), "the table set into the grounds is listed, not read");
        assertEquals(CLOSING, unplaced.subList(4, unplaced.size()));
        assertEquals(SampleDelegation.create().legalBases(), draft.delegation().legalBases(),
                "the grounds read across the table that splits them");
    }

    @Test
    void seedAsPdfReadsIntoTheSameDelegation() throws IOException {
        Path file = folder.resolve("Kế hoạch đoàn Đắk Lắk - Lâm Đồng.pdf");
        SeedPdf.write(file, Seed000.lines(), true);
        SourceDocument source = new PdfSource().read(file).document();
        DelegationDraft draft = reader.read(source);
        assertEquals("", comparison().first(SampleDelegation.create(), draft.delegation()));
        assertEquals(String.join(" ", CLOSING), draft.unplaced().stream().map(UnplacedPassage::text).collect(Collectors.joining(" ")),
                "the closing paragraph, its wrapped lines joined by the PDF source");
        assertTrue(source.passages().stream().noneMatch(p -> p.text().equals(SeedPdf.HEADER) || p.text().matches("- \\d+ -")),
                "the running header and the page numbers are left out");
    }

    @Test
    void theRestOfThePlanIsTheSamplesToo() {
        Delegation read = reader.read(SeedText.seed("000")).delegation();
        Delegation sample = SampleDelegation.create();
        assertEquals(sample.title(), read.title());
        assertEquals(sample.legalBases(), read.legalBases());
        assertEquals(sample.purposes(), read.purposes());
        assertEquals(sample.exchangeTopics(), read.exchangeTopics());
        assertEquals("Hà Nội", read.departurePlace());
        assertEquals(List.of(TransportMode.PLANE, TransportMode.CAR), read.transportModes());
        assertEquals(sample.fundingSource(), read.fundingSource());
        assertEquals(sample.recipients(), read.recipients());
        assertEquals(sample.signer(), read.signer());
        assertEquals("Sở Văn hóa và Thể thao thành phố Hà Nội", read.issuingBody().name());
    }

    @Test
    void whatTheHeaderlessPlanLacksIsListedAsGaps() {
        DelegationDraft draft = reader.read(SeedText.seed("000"));
        List<String> fields = draft.fieldsToComplete();
        assertTrue(fields.containsAll(List.of("issuingBody.parentBody", "issuingBody.abbreviation", "symbol", "number", "place",
                "issuedOn", "groups.2.quotas", "groups.3.quotas")), fields.toString());
        Gap parent = gap(draft, "issuingBody.parentBody");
        assertEquals("Cơ quan ban hành: lấy từ câu dẫn «Sở Văn hóa và Thể thao thành phố Hà Nội», văn bản không có phần đầu; "
                + "cần nhập cơ quan cấp trên và kiểm tra tên cơ quan.", text(parent));
        assertEquals("Nhóm «Đại diện 14 đơn vị sự nghiệp thuộc Sở»: kế hoạch chỉ ghi «14 đơn vị sự nghiệp thuộc Sở» (14 người), "
                + "không nêu tên từng đơn vị; cần nhập tên đơn vị và số người của mỗi đơn vị.", text(gap(draft, "groups.2.quotas")));
        assertEquals("Ngày ban hành: văn bản gốc không ghi ngày; nhập khi văn bản được ký.", text(gap(draft, "issuedOn")));
        assertTrue(draft.gaps().stream().noneMatch(g -> g.messageKey().equals(LegLines.WEEKDAY_GAP)), draft.gaps().toString());
        assertTrue(draft.gaps().stream().noneMatch(g -> g.field().equals("groups")), "1 + 12 + 14 + 10 make the planned 37");
    }

    @Test
    void everyKnownSlipIsCorrectedAndListed() {
        DelegationDraft draft = reader.read(SeedText.seed("000"));
        List<String> slips = draft.gaps().stream().filter(g -> g.messageKey().equals(Findings.SLIP)).map(this::text).distinct()
                .sorted().toList();
        assertEquals(List.of(
                "Đã sửa lỗi gõ «Buôn Mê Thuột» thành «Buôn Ma Thuột».",
                "Đã sửa lỗi gõ «Sở Văn hóa và Thể thao và Du lịch» thành «Sở Văn hóa, Thể thao và Du lịch».",
                "Đã sửa lỗi gõ «Tại thành phố Lâm Đồng» thành «Tại tỉnh Lâm Đồng».",
                "Đã sửa lỗi gõ «quản bá các các» thành «quảng bá các»."), slips);
        Gap city = draft.gaps().stream().filter(g -> g.arguments().contains("Buôn Mê Thuột")).findFirst().orElseThrow();
        assertEquals("programme.2025-10-14.0", city.field());
    }

    @Test
    void placementsSayWhichPassageFedWhichField() {
        SourceDocument source = SeedText.seed("000");
        DelegationDraft draft = reader.read(source);
        assertEquals(List.of("plannedSize"), fieldsOf(draft, source, "a) Số lượng dự kiến: 37 người."));
        assertEquals(List.of("legs.0", "dates"), fieldsOf(draft, source,
                "- Từ ngày 14/10/2025 - 16/10/2025: Tại tỉnh Đắk Lắk (Thứ Ba, Thứ Tư, Thứ"));
        assertEquals(List.of("conferences.0"), fieldsOf(draft, source, "+ Số lượng: khoảng 180 đại biểu"));
        assertEquals(List.of("signer"), fieldsOf(draft, source, "Bạch Liên Hương"));
        assertEquals(List.of("legalBases.0", "legalBases.1", "legalBases.2", "legalBases.3", "issuingBody.name"),
                fieldsOf(draft, source, "Nội về phát triển công nghiệp văn hoá trên địa bàn Thủ đô giai đoạn 2021-2025,"));
        assertEquals(List.of("responsibilities.2"), fieldsOf(draft, source,
                "3. Các phòng, đơn vị sự nghiệp thuộc Sở: phối hợp với Phòng Tổ chức -"));
    }

    private static List<String> fieldsOf(DelegationDraft draft, SourceDocument source, String line) {
        int index = source.passages().stream().filter(p -> p.text().strip().equals(line)).findFirst().orElseThrow().index();
        return draft.placements().stream().filter(p -> p.passage() == index).map(Placement::field).toList();
    }

    private static Gap gap(DelegationDraft draft, String field) {
        return draft.gaps().stream().filter(g -> g.field().equals(field)).findFirst().orElseThrow(() -> new AssertionError(field));
    }

    private String text(Gap gap) {
        return messages.get(gap.messageKey(), gap.arguments().toArray());
    }
}
