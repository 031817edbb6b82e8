package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.budget.LineField;
import vn.delegationdesk.budget.ui.EstimateRow;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.delegation.editor.EditHistory;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.member.ui.MembersEditorViewModel;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityRef;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.Slot;
import vn.delegationdesk.delegation.programme.ui.ProgrammeEditorViewModel;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.TestServices;

/**
 * Undo and redo across the workspace's tabs without a screen, on the sample over an in-memory store: what the menu
 * names, what comes back (a deleted member with every field, a moved activity in its place), joined typing, and the
 * unsaved flag, which undoing everything since the save clears.
 */
class UndoWorkspaceTest {
    private static final LocalDate D14 = LocalDate.of(2025, 10, 14);
    private static final LocalDate D16 = LocalDate.of(2025, 10, 16);

    private AppServices services;
    private Workspace workspace;
    private DelegationEditorViewModel editor;
    private EditHistory history;
    private Delegation opened;

    @BeforeEach
    void openTheSample() {
        services = TestServices.inMemory(SampleDelegation.create());
        workspace = new Workspace(services, new DirectTaskRunner(), new RecordingDialogService(), SampleDelegation::create,
                () -> LocalDate.of(2025, 10, 1), TestServices.quietDevices());
        editor = workspace.editor();
        history = editor.history();
        // Without a window the tabs are not added; the estimate's worksheet is a part of the editor as in the app.
        editor.addPart(workspace.estimate());
        long id = services.delegations().list().get(0).id();
        editor.open(services.delegations().find(id).orElseThrow());
        opened = editor.draft().get();
    }

    @AfterEach
    void close() throws Exception {
        services.close();
    }

    @Test
    void aDeletedMemberComesBackWithEveryFieldAndRedoRemovesThemAgain() {
        MembersEditorViewModel members = workspace.members();
        Member third = opened.members().get(2);
        assertThat(history.undoTextProperty().get()).isEqualTo("Hoàn tác");
        assertThat(history.canUndoProperty().get()).isFalse();

        members.remove(List.of(third));

        assertThat(editor.draft().get().members()).doesNotContain(third);
        assertThat(history.undoTextProperty().get()).isEqualTo("Hoàn tác: xóa thành viên Lê Quang Minh");
        assertThat(editor.isDirty()).isTrue();

        editor.undo();

        assertThat(editor.draft().get().members()).hasSize(opened.members().size());
        assertThat(editor.draft().get().members().get(2)).isEqualTo(third);
        assertThat(members.allMembers().get(2).fullName()).isEqualTo("Lê Quang Minh");
        assertThat(members.allMembers().get(2).idNumber()).isEqualTo("001074115838");
        assertThat(editor.isDirty()).isFalse();
        assertThat(history.undoTextProperty().get()).isEqualTo("Hoàn tác");
        assertThat(history.redoTextProperty().get()).isEqualTo("Làm lại: xóa thành viên Lê Quang Minh");

        editor.redo();

        assertThat(editor.draft().get().members()).hasSize(opened.members().size() - 1).doesNotContain(third);
        assertThat(editor.isDirty()).isTrue();
        assertThat(history.undoTextProperty().get()).isEqualTo("Hoàn tác: xóa thành viên Lê Quang Minh");
        assertThat(history.canRedoProperty().get()).isFalse();
    }

    @Test
    void anActivityMovedToAnotherSessionOrReorderedGoesBackToItsPlace() {
        ProgrammeEditorViewModel programme = workspace.programme();
        programme.select(new ActivityRef(D14, HalfDay.EVENING, 0));

        programme.moveTo(new Slot(D16, HalfDay.AFTERNOON));

        assertThat(activitiesIn(D14, HalfDay.EVENING)).isEmpty();
        assertThat(activitiesIn(D16, HalfDay.AFTERNOON)).endsWith("Khảo sát thực tế.");
        assertThat(history.undoTextProperty().get())
                .isEqualTo("Hoàn tác: chuyển hoạt động “Khảo sát thực tế.” sang Thứ Năm, 16/10/2025 – Buổi chiều");

        editor.undo();

        assertThat(editor.draft().get().programme()).isEqualTo(opened.programme());
        assertThat(activitiesIn(D14, HalfDay.EVENING)).containsExactly("Khảo sát thực tế.");
        // The selection went back with the activity, so the form still shows it.
        assertThat(programme.selectedProperty().get()).isEqualTo(new ActivityRef(D14, HalfDay.EVENING, 0));
        assertThat(programme.form().descriptionProperty().get()).isEqualTo("Khảo sát thực tế.");

        // A second activity in the morning of 14/10, named, then moved above the first with Alt+Up.
        programme.add(D14, HalfDay.MORNING);
        programme.form().descriptionProperty().set("Đón đoàn tại sân bay Buôn Ma Thuột");
        List<String> before = activitiesIn(D14, HalfDay.MORNING);
        programme.moveUp();
        assertThat(activitiesIn(D14, HalfDay.MORNING)).containsExactly("Đón đoàn tại sân bay Buôn Ma Thuột",
                "Đoàn xuất phát từ Hà Nội đến thành phố Buôn Ma Thuột, tỉnh Đắk Lắk.");
        assertThat(history.undoTextProperty().get()).isEqualTo("Hoàn tác: di chuyển hoạt động “Đón đoàn tại sân bay Buôn Ma Thuột” lên");

        editor.undo();

        assertThat(activitiesIn(D14, HalfDay.MORNING)).isEqualTo(before);
        assertThat(programme.selectedProperty().get()).isEqualTo(new ActivityRef(D14, HalfDay.MORNING, 1));
        // Typing the description was one step, adding the activity another: two more undos reach the opened plan.
        assertThat(history.undoTextProperty().get()).isEqualTo("Hoàn tác: sửa hoạt động “Đón đoàn tại sân bay Buôn Ma Thuột”");
        editor.undo();
        assertThat(history.undoTextProperty().get()).isEqualTo("Hoàn tác: thêm hoạt động");
        editor.undo();
        assertThat(editor.draft().get()).isEqualTo(opened);
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void undoGoesBackAcrossTabsOneStepAtATimeAndTypingInOneFieldIsOneStep() {
        String title = opened.title();
        for (String typed : List.of("Đ", "Đo", "Đoà", "Đoàn khảo sát Tây Nguyên")) {
            workspace.overview().titleProperty().set(typed);
        }
        workspace.members().remove(List.of(opened.members().get(0)));
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.undoTextProperty().get()).isEqualTo("Hoàn tác: xóa thành viên Nguyễn Thị Hương");

        editor.undo();
        assertThat(editor.draft().get().members()).isEqualTo(opened.members());
        assertThat(editor.draft().get().title()).isEqualTo("Đoàn khảo sát Tây Nguyên");
        assertThat(history.undoTextProperty().get()).isEqualTo("Hoàn tác: sửa tên kế hoạch");
        assertThat(editor.isDirty()).isTrue();

        editor.undo();
        assertThat(editor.draft().get().title()).isEqualTo(title);
        assertThat(workspace.overview().titleProperty().get()).isEqualTo(title);
        assertThat(editor.draft().get()).isEqualTo(opened);
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.saveStateProperty().get()).isEmpty();
        assertThat(history.canUndoProperty().get()).isFalse();

        editor.redo();
        editor.redo();
        assertThat(editor.draft().get().title()).isEqualTo("Đoàn khảo sát Tây Nguyên");
        assertThat(editor.draft().get().members()).hasSize(opened.members().size() - 1);
    }

    @Test
    void typingAFieldBackToWhatItWasLeavesNothingToUndo() {
        workspace.overview().titleProperty().set(opened.title() + " (dự thảo)");
        workspace.overview().titleProperty().set(opened.title());

        assertThat(history.canUndoProperty().get()).isFalse();
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void savingClearsTheHistoryAndUndoingBackToTheSavedStateMakesTheEditorClean() {
        workspace.members().remove(List.of(opened.members().get(1)));
        assertThat(editor.save()).isTrue();

        assertThat(editor.isDirty()).isFalse();
        assertThat(history.canUndoProperty().get()).isFalse();
        assertThat(history.undoTextProperty().get()).isEqualTo("Hoàn tác");
        String saved = editor.saveStateProperty().get();
        assertThat(saved).startsWith("Đã lưu lúc ");

        workspace.overview().titleProperty().set("Đoàn khảo sát Tây Nguyên");
        assertThat(editor.saveStateProperty().get()).isEqualTo("Có thay đổi chưa lưu");
        editor.undo();

        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.canSaveProperty().get()).isFalse();
        assertThat(editor.saveStateProperty().get()).isEqualTo(saved);
        assertThat(editor.draft().get().members()).hasSize(opened.members().size() - 1);
        assertThat(history.canUndoProperty().get()).isFalse();
    }

    @Test
    void revertingOrOpeningAgainClearsTheHistory() {
        workspace.members().remove(List.of(opened.members().get(1)));
        editor.leave(() -> { }, () -> { });
        editor.open(opened);

        assertThat(history.canUndoProperty().get()).isFalse();
        assertThat(history.canRedoProperty().get()).isFalse();
    }

    @Test
    void anEstimateEditIsAStepBesideThePlansAndUndoingBothMakesTheEditorClean() {
        workspace.members().remove(List.of(opened.members().get(3)));
        EstimateRow line = workspace.estimate().rows().stream().filter(r -> !r.isSection()).findFirst().orElseThrow();
        String price = line.unitPrice();
        assertThat(workspace.estimate().edit(line, LineField.UNIT_PRICE, "123.000")).isNull();
        assertThat(history.undoTextProperty().get()).startsWith("Hoàn tác: sửa dòng " + line.label() + " «");

        editor.undo();
        EstimateRow back = workspace.estimate().rows().stream().filter(r -> r.key().equals(line.key())).findFirst().orElseThrow();
        assertThat(back.unitPrice()).isEqualTo(price);
        assertThat(history.undoTextProperty().get()).isEqualTo("Hoàn tác: xóa thành viên Ngô Thanh Hà");

        editor.undo();
        assertThat(editor.isDirty()).isFalse();
        editor.redo();
        editor.redo();
        EstimateRow again = workspace.estimate().rows().stream().filter(r -> r.key().equals(line.key())).findFirst().orElseThrow();
        assertThat(again.unitPrice()).isEqualTo("123.000");
        assertThat(editor.isDirty()).isTrue();
    }

    private List<String> activitiesIn(LocalDate date, HalfDay halfDay) {
        return editor.draft().get().programme().stream().filter(day -> day.date().equals(date))
                .map(ProgrammeDay::activities).flatMap(List::stream).filter(a -> a.halfDay() == halfDay)
                .map(Activity::description).toList();
    }
}
