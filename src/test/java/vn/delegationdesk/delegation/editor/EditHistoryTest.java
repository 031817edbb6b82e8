package vn.delegationdesk.delegation.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.platform.i18n.Messages;

/** The undo history on its own, over small records: steps, joined typing, the limit, and where a step is shown. */
class EditHistoryTest {
    private final EditHistory history = new EditHistory(new Messages());
    private final Object owner = new Object();
    private Form shown = new Form("", 0);

    private record Form(String title, int size) {
    }

    private void edit(Form next, String label) {
        Form before = shown;
        shown = next;
        history.edited(owner, before, next, label, form -> shown = form);
    }

    @Test
    void typingInOneFieldIsOneStepAndAnotherFieldStartsAnother() {
        edit(new Form("Đ", 0), "sửa tên kế hoạch");
        edit(new Form("Đo", 0), "sửa tên kế hoạch");
        edit(new Form("Đoàn", 0), "sửa tên kế hoạch");
        edit(new Form("Đoàn", 37), "sửa số lượng dự kiến");

        assertThat(history.size()).isEqualTo(2);
        history.undo();
        assertThat(shown).isEqualTo(new Form("Đoàn", 0));
        history.undo();
        assertThat(shown).isEqualTo(new Form("", 0));
        assertThat(history.undoTextProperty().get()).isEqualTo("Hoàn tác");
        history.redo();
        assertThat(shown).isEqualTo(new Form("Đoàn", 0));
        assertThat(history.redoTextProperty().get()).isEqualTo("Làm lại: sửa số lượng dự kiến");
    }

    @Test
    void aStepTypedBackToWhereItStartedDisappears() {
        edit(new Form("", 37), "sửa số lượng dự kiến");
        edit(new Form("A", 37), "sửa tên kế hoạch");
        edit(new Form("", 37), "sửa tên kế hoạch");

        assertThat(history.size()).isEqualTo(1);
        assertThat(history.undoTextProperty().get()).isEqualTo("Hoàn tác: sửa số lượng dự kiến");
    }

    @Test
    void afterAnUndoTheNextTypingIsANewStepAndTheRedoIsGone() {
        edit(new Form("A", 0), "sửa tên kế hoạch");
        edit(new Form("A", 5), "sửa số lượng dự kiến");
        history.undo();
        edit(new Form("AB", 0), "sửa tên kế hoạch");

        assertThat(history.size()).isEqualTo(2);
        assertThat(history.canRedoProperty().get()).isFalse();
        history.undo();
        assertThat(shown).isEqualTo(new Form("A", 0));
    }

    @Test
    void theOldestStepsAreForgottenBeyondTheLimit() {
        for (int i = 1; i <= EditHistory.LIMIT + 5; i++) {
            edit(new Form("", i), i % 2 == 0 ? "a" : "b");
            history.undo();
            history.redo();
        }

        assertThat(history.size()).isEqualTo(EditHistory.LIMIT);
        while (history.canUndoProperty().get()) {
            history.undo();
        }
        assertThat(shown).isEqualTo(new Form("", 5));
    }

    @Test
    void undoAndRedoShowThePlaceWhereTheEditWasMadeAndEditsWhileRestoringAreNotSteps() {
        List<Object> places = new ArrayList<>();
        history.setPlace(() -> "thành viên");
        history.setOnShow(places::add);
        Form before = shown;
        shown = new Form("X", 0);
        history.edited(owner, before, shown, "sửa tên kế hoạch", form -> {
            shown = form;
            // A page fitting itself to the restored value reports nothing that becomes a step.
            history.edited(owner, form, new Form(form.title(), 99), "sửa số lượng dự kiến", f -> { });
        });
        history.setPlace(() -> "tổng quan");

        history.undo();
        history.redo();

        assertThat(places).containsExactly("thành viên", "thành viên");
        assertThat(history.size()).isEqualTo(1);
    }
}
