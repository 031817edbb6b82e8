package vn.delegationdesk.reading.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.reading.plan.PlanDraft;
import vn.delegationdesk.reading.plan.PlanReader;
import vn.delegationdesk.reading.plan.SeedText;
import vn.delegationdesk.reading.review.ui.ReviewWords;

class PlanDraftFormTest {
    private final Words words = new ReviewWords(new Messages());

    @ParameterizedTest
    @ValueSource(strings = {"001", "002", "003", "004"})
    void anUntouchedFormGivesBackThePlanAsRead(String seed) {
        PlanDraft draft = new PlanReader().read(SeedText.seed(seed));
        DraftResult<Plan> result = PlanDraftForm.of(draft, words).toPlan();
        assertEquals(List.of(), result.errors());
        assertEquals(draft.plan().withId(null), result.value().orElseThrow());
    }

    @Test
    void entriesAreLabelledInVietnameseAndGapsFlagTheirEntries() {
        PlanDraft draft = new PlanReader().read(SeedText.seed("001"));
        PlanDraftForm form = PlanDraftForm.of(draft, words);
        assertEquals(List.of("Văn bản", "Căn cứ, mục đích, yêu cầu", "Chỉ tiêu", "Nhiệm vụ", "Kinh phí, báo cáo, nơi nhận, người ký"),
                form.sections().stream().map(DraftSection::title).toList());
        DraftEntry lead = form.entry("task.2.4.leadUnit").orElseThrow();
        assertEquals("Nhiệm vụ 2.4 – Đơn vị chủ trì", lead.label());
        assertTrue(form.gaps().stream().anyMatch(g -> g.message().startsWith("Nhiệm vụ 2.4: văn bản ghi nhiều đơn vị")),
                form.gaps().toString());
        DraftEntry number = form.entry("number").orElseThrow();
        assertTrue(number.flagged());
        assertEquals(List.of("Số văn bản: văn bản gốc để trống số; nhập khi văn bản được cấp số."), number.problems());
        assertFalse(form.entry("symbol").orElseThrow().flagged());
        assertEquals("KH-UBND", form.value("symbol"));
    }

    @Test
    void editedValuesComeBackAndWrongOnesNameTheirEntry() {
        PlanDraftForm form = PlanDraftForm.of(new PlanReader().read(SeedText.seed("001")), words);
        form.set("period", "01/01/2026 - 31/12/2026");
        form.set("task.1.1.coordinatingUnits", "Sở Tài chính\n\n  Sở Nội vụ ");
        form.set("kind", "Kế hoạch năm");
        Plan plan = form.toPlan().value().orElseThrow();
        assertEquals(java.time.LocalDate.of(2026, 12, 31), plan.periodTo());
        assertEquals(List.of("Sở Tài chính", "Sở Nội vụ"),
                plan.tasks().stream().filter(t -> t.number().equals("1.1")).findFirst().orElseThrow().coordinatingUnits());
        assertEquals(vn.delegationdesk.plan.PlanKind.ANNUAL_PLAN, plan.kind());

        form.set("kind", "Kế hoạch tháng");
        form.set("issuedOn", "30/02/2026");
        assertEquals(List.of("Loại kế hoạch: «Kế hoạch tháng» không phải một trong các giá trị Kế hoạch năm, "
                + "Kế hoạch thực hiện văn bản cấp trên, Chương trình",
                "Ngày ban hành: «30/02/2026» không phải ngày dd/mm/yyyy"),
                form.toPlan().errors().stream().map(EntryError::message).toList());
    }
}
