package vn.delegationdesk.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.DelegationDiff.FieldChange;
import vn.delegationdesk.delegation.DelegationDiff.MemberChange;
import vn.delegationdesk.delegation.DelegationDiff.MemberChangeKind;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.sample.SampleDelegation;

/** My version against the stored one: per field with its label's key, per member by id, the larger parts as sections. */
class DelegationDiffTest {
    private final Delegation stored = SampleDelegation.create().withId(7L);

    @Test
    void theSameDelegationHasNoDifference() {
        assertThat(DelegationDiff.between(stored, stored).isEmpty()).isTrue();
    }

    @Test
    void changedFieldsAreNamedByTheirLabelWithBothValues() {
        Delegation mine = stored.toBuilder().title("Đoàn khảo sát của tôi").plannedSize(40)
                .startDate(stored.startDate().minusDays(1)).signer(new Signer("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Văn Cường"))
                .build();

        DelegationDiff diff = DelegationDiff.between(mine, stored);

        assertThat(diff.fields()).extracting(FieldChange::labelKey).containsExactly("ui.editor.field.title",
                "ui.editor.field.startDate", "ui.editor.field.plannedSize", "ui.editor.signer.prefix",
                "ui.editor.signer.principal", "ui.editor.signer.title", "ui.editor.signer.name");
        assertThat(diff.fields().get(0)).isEqualTo(new FieldChange("ui.editor.field.title", "Đoàn khảo sát của tôi", stored.title()));
        assertThat(diff.fields().get(1).mine()).isEqualTo(stored.startDate().minusDays(1));
        assertThat(diff.fields().get(2)).isEqualTo(new FieldChange("ui.editor.field.plannedSize", 40, stored.plannedSize()));
        assertThat(diff.members()).isEmpty();
        assertThat(diff.changedSections()).isEmpty();
    }

    @Test
    void membersAreMatchedByIdAsOnlyMineOnlyStoredOrChanged() {
        List<Member> mine = new ArrayList<>(stored.members());
        Member removed = mine.remove(3);
        Member changed = mine.get(0);
        mine.set(0, changed.toBuilder().phone("0912 345 678").role(DelegationRole.MEMBER).build());
        Member added = stored.members().get(5).toBuilder().id("m-moi").fullName("Phạm Thị Dung").build();
        mine.add(added);

        DelegationDiff diff = DelegationDiff.between(stored.toBuilder().members(mine).build(), stored);

        assertThat(diff.members()).containsExactly(
                new MemberChange(changed.id(), changed.fullName(), MemberChangeKind.CHANGED, List.of(
                        new FieldChange("ui.members.column.role", DelegationRole.MEMBER, changed.role()),
                        new FieldChange("ui.members.column.phone", "0912 345 678", changed.phone()))),
                new MemberChange("m-moi", "Phạm Thị Dung", MemberChangeKind.ONLY_MINE, List.of()),
                new MemberChange(removed.id(), removed.fullName(), MemberChangeKind.ONLY_STORED, List.of()));
        assertThat(diff.fields()).isEmpty();
    }

    @Test
    void theLargerPartsAreNamedAsChangedSections() {
        Delegation mine = stored.toBuilder().programme(stored.programme().subList(1, stored.programme().size()))
                .conferences(List.of()).legalBases(stored.legalBases().subList(1, stored.legalBases().size()))
                .build();

        DelegationDiff diff = DelegationDiff.between(mine, stored);

        assertThat(diff.changedSections()).containsExactly("ui.detail.field.legalBases", "ui.detail.tab.programme",
                "ui.detail.tab.conferences");
    }

    @Test
    void aDateSetOnOneSideOnlyIsADifferenceWithTheOtherSideEmpty() {
        Delegation mine = stored.toBuilder().document(new DocumentInfo("12", stored.document().symbol(), stored.document().place(),
                LocalDate.of(2025, 9, 30))).build();

        DelegationDiff diff = DelegationDiff.between(mine, stored);

        assertThat(diff.fields()).contains(new FieldChange("ui.editor.field.documentDate", LocalDate.of(2025, 9, 30),
                stored.document().date()));
    }
}
