package vn.delegationdesk.delegation.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/** The draft's edits as the undo history hears them: one per update, what pages do in reaction joined, no others. */
class DelegationDraftEditsTest {
    private DelegationDraft draft;
    private Delegation stored;
    private final List<DelegationDraft.Edit> heard = new ArrayList<>();

    @BeforeEach
    void openTheSample() {
        stored = SampleDelegation.create().withId(3L);
        draft = new DelegationDraft(new Messages());
        draft.onEdit(heard::add);
        draft.load(stored);
    }

    @Test
    void anUpdateIsOneEditWithItsNameAndAnUpdateThatChangesNothingIsNone() {
        draft.update("đổi tên", b -> b.title("Đoàn khảo sát Tây Nguyên"));
        draft.update(b -> b.title("Đoàn khảo sát Tây Nguyên"));

        assertThat(heard).singleElement().satisfies(edit -> {
            assertThat(edit.before()).isEqualTo(stored);
            assertThat(edit.after().title()).isEqualTo("Đoàn khảo sát Tây Nguyên");
            assertThat(edit.label()).isEqualTo("đổi tên");
        });
    }

    @Test
    void anUpdateMadeInReactionToAnotherIsPartOfIt() {
        draft.valueProperty().addListener((o, old, now) -> {
            if (now != null && now.plannedSize() != 40 && !now.equals(stored)) {
                draft.update(b -> b.plannedSize(40));
            }
        });

        draft.update(b -> b.title("Đoàn khảo sát Tây Nguyên"));

        assertThat(heard).singleElement().satisfies(edit -> {
            assertThat(edit.before()).isEqualTo(stored);
            assertThat(edit.after().plannedSize()).isEqualTo(40);
            assertThat(edit.after().title()).isEqualTo("Đoàn khảo sát Tây Nguyên");
        });
    }

    @Test
    void loadingSavingRevertingAndRestoringAreNoEditsAndRestoringKeepsTheUnsavedFlagTrue() {
        draft.update(b -> b.title("Đoàn khảo sát Tây Nguyên"));
        Delegation edited = draft.get();
        heard.clear();

        draft.restore(stored);
        assertThat(draft.isDirty()).isFalse();
        draft.restore(edited);
        assertThat(draft.isDirty()).isTrue();
        draft.revert();
        draft.markSaved(edited);
        draft.load(stored);

        assertThat(heard).isEmpty();
    }
}
