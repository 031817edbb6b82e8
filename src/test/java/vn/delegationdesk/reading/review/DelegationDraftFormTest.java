package vn.delegationdesk.reading.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.reading.delegation.DelegationDraft;
import vn.delegationdesk.reading.review.ui.ReviewWords;
import vn.delegationdesk.sample.SampleDelegation;

/** The delegation form over the built-in sample (seed 000's delegation as the reader is to give it). */
class DelegationDraftFormTest {
    private final Words words = new ReviewWords(new Messages());
    private final Delegation sample = SampleDelegation.create().toBuilder().members(List.of()).build();

    private DelegationDraftForm form() {
        return DelegationDraftForm.of(new DelegationDraft(sample, List.of(), List.of(), List.of()), words);
    }

    @Test
    void anUntouchedFormGivesBackTheDelegationAsADraft() {
        DraftResult<Delegation> result = form().toDelegation();
        assertEquals(List.of(), result.errors());
        Delegation expected = sample.toBuilder().id(null).status(DelegationStatus.DRAFT).sample(false).build();
        Delegation back = result.value().orElseThrow();
        assertEquals(expected.legs(), back.legs());
        assertEquals(expected.groups(), back.groups());
        assertEquals(expected.programme(), back.programme());
        assertEquals(expected.conferences(), back.conferences());
        assertEquals(expected.responsibilities(), back.responsibilities());
        assertEquals(expected, back);
    }

    @Test
    void theSampleShowsItsLegsGroupsAndProgrammeAsTheUserTypesThem() {
        DelegationDraftForm form = form();
        assertEquals("tỉnh Đắk Lắk | Buôn Ma Thuột | 14/10/2025 | 16/10/2025", form.value("legs.0"));
        assertTrue(form.value("groups.0.quotas").matches("(?s).+: \\d+.*"), form.value("groups.0.quotas"));
        DraftEntry first = form.entries().stream().filter(e -> e.key().startsWith("programme.")).findFirst().orElseThrow();
        assertEquals("Ngày 14/10/2025 – Hoạt động 1 (buổi | loại | nội dung)", first.label());
        assertTrue(form.value(first.key()).startsWith("Buổi sáng | Di chuyển | "), form.value(first.key()));
    }

    @Test
    void aWrongHalfDayOrSeatCountNamesTheEntry() {
        DelegationDraftForm form = form();
        DraftEntry first = form.entries().stream().filter(e -> e.key().startsWith("programme.")).findFirst().orElseThrow();
        form.set(first.key(), "Buổi trưa | Di chuyển | Đi Buôn Ma Thuột");
        form.set("groups.0.quotas", "Phòng Tổ chức - Pháp chế: ba");
        form.set("plannedSize", "37");
        assertEquals(List.of("Nhóm 1 – Số người theo đơn vị (mỗi dòng \"Đơn vị: số người\"): «ba» không phải số",
                "Ngày 14/10/2025 – Hoạt động 1 (buổi | loại | nội dung): «Buổi trưa» không phải một trong các giá trị "
                        + "Cả ngày, Buổi sáng, Buổi chiều, Buổi tối"),
                form.toDelegation().errors().stream().map(EntryError::message).toList());
    }
}
