package vn.delegationdesk.reading.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.plan.Target;
import vn.delegationdesk.reading.Passage;
import vn.delegationdesk.reading.SourceDocument;
import vn.delegationdesk.reading.UnplacedPassage;

class PlanReaderTest {
    private final PlanReader reader = new PlanReader();

    @Test
    void textThatIsNoPlanGivesAnEmptyDraftWithEveryPassageListed() {
        PlanDraft draft = reader.read(SeedText.lines("novel.txt", "Chương một\n\nTrời mưa. Cô ấy đi chợ,\nmua hai bó rau.\n"));
        assertEquals(List.of(), draft.plan().tasks());
        assertEquals(List.of(0, 2, 3), draft.unplaced().stream().map(UnplacedPassage::index).toList());
        assertEquals("Chương một", draft.unplaced().get(0).text());
        assertTrue(draft.fieldsToComplete().containsAll(List.of("tasks", "title", "symbol", "place", "signer")),
                draft.fieldsToComplete().toString());
    }

    @Test
    void aFullHeaderGivesTheBodiesNumberDateAndTheSignerOnBehalf() {
        PlanDraft draft = reader.read(SeedText.lines("header.txt", String.join("\n",
                "UBND TỈNH CAO BẰNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
                "Độc lập - Tự do - Hạnh phúc", "Số: 12/KH-SVHTTDL", "Cao Bằng, ngày 05 tháng 02 năm 2026", "", "KẾ HOẠCH",
                "Tổ chức các hoạt động văn hóa năm 2026", "II. NHIỆM VỤ", "1. Tổ chức liên hoan (02–03 cuộc)",
                "- Đơn vị thực hiện/chủ trì: Phòng Quản lý văn hóa", "Nơi nhận:", "- Như trên;", "- Lưu: VT.",
                "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Nông Văn A")));
        vn.delegationdesk.plan.Plan plan = draft.plan();
        assertEquals(new vn.delegationdesk.delegation.IssuingBody("UBND TỈNH CAO BẰNG", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "SVHTTDL"),
                plan.issuingBody());
        assertEquals("12/KH-SVHTTDL", plan.numberAndSymbol());
        assertEquals(java.time.LocalDate.of(2026, 2, 5), plan.issuedOn());
        assertEquals("Phòng Quản lý văn hóa", plan.tasks().get(0).leadUnit());
        assertEquals(List.of("Như trên", "Lưu: VT"), plan.recipients());
        assertEquals(new vn.delegationdesk.delegation.Signer("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nông Văn A"), plan.signer());
        assertEquals(List.of("reporting"), draft.fieldsToComplete());
        assertEquals(List.of(), draft.unplaced());
    }

    @Test
    void anEmptyDocumentGivesGapsAndNoPassage() {
        PlanDraft draft = reader.read(new SourceDocument("empty.docx", List.of()));
        assertEquals(List.of(), draft.unplaced());
        assertTrue(draft.fieldsToComplete().contains("tasks"));
    }

    @Test
    void aDecomposedCopyOfASeedReadsTheSame() {
        SourceDocument seed = SeedText.seed("002");
        SourceDocument nfd = new SourceDocument(seed.name(), seed.passages().stream()
                .map(p -> Passage.paragraph(p.index(), Normalizer.normalize(p.text(), Normalizer.Form.NFD), p.bold())).toList());
        assertEquals(reader.read(seed).plan(), reader.read(nfd).plan());
    }

    @Test
    void targetsAreRangesAmountsInDongAndCountsWithLeadingZeros() {
        List<Target> targets = TaskFigures.targetsIn("- Doanh thu đạt khoảng 5 tỷ đồng; tổ chức ít nhất 03 lớp (20–30 cuộc/năm) "
                + "trong giai đoạn 2026–2030, ngày 05 tháng", "Lĩnh vực", 1);
        assertEquals(List.of("t-1 20..30 cuộc", "t-2 5000000000..5000000000 đồng", "t-3 3..3 lớp"),
                targets.stream().map(t -> t.id() + " " + t.min() + ".." + t.max() + " " + t.unit()).toList(),
                "years are no range, a day no count");
    }

    @Test
    void unitListsSplitAtSemicolonsAndBeforeEachUnitButNotInsideAName() {
        assertEquals(List.of("Sở Tài chính", "Sở Văn hóa, Thể thao và Du lịch", "Bảo tàng Hà Nội", "các sở, ban, ngành",
                        "UBND các xã, phường"),
                TaskFigures.unitList("Sở Tài chính, Sở Văn hóa, Thể thao và Du lịch, Bảo tàng Hà Nội; các sở, ban, ngành; "
                        + "UBND các xã, phường."));
    }
}
