package vn.delegationdesk.delegation.responsibility.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.responsibility.ResponsibilityRole;
import vn.delegationdesk.delegation.responsibility.TaskStatus;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/** The responsibilities editor without a screen, on the sample's four blocks (seed 000, "VI. Tổ chức thực hiện"). */
class ResponsibilitiesEditorViewModelTest {
    private final Messages messages = new Messages();
    private DelegationDraft draft;
    private ResponsibilitiesEditorViewModel editor;
    private Delegation stored;

    @BeforeEach
    void openTheSample() {
        stored = SampleDelegation.create().withId(7L);
        draft = new DelegationDraft(messages);
        draft.load(stored);
        editor = new ResponsibilitiesEditorViewModel(draft, messages);
    }

    @Test
    void showsTheBlocksAsTheTableRowsAndTheFirstInTheForm() {
        assertThat(editor.blocks()).extracting(ResponsibilityRow::unit).containsExactly("Phòng Tổ chức - Pháp chế",
                "Văn phòng Sở", "Các phòng, đơn vị sự nghiệp thuộc Sở", "UBND các xã, phường");
        assertThat(editor.blocks().get(0)).satisfies(row -> {
            assertThat(row.number()).isEqualTo("1");
            assertThat(row.role()).isEqualTo("Chủ trì");
            assertThat(row.due()).isEqualTo("Chưa đặt");
            assertThat(row.status()).isEqualTo("Chưa thực hiện");
            assertThat(row.duties()).isEqualTo("6");
        });
        assertThat(editor.blocks().get(1).role()).isEqualTo("Phối hợp");
        assertThat(editor.countTextProperty().get()).isEqualTo("4 đơn vị thực hiện");
        assertThat(editor.selectedIndexProperty().get()).isZero();
        assertThat(editor.form().unitProperty().get()).isEqualTo("Phòng Tổ chức - Pháp chế");
        assertThat(editor.duties().items()).hasSize(6).first().asString().startsWith("Chủ trì thực hiện");
        assertThat(draft.isDirty()).isFalse();
    }

    @Test
    void addingABlockAppendsAnEmptyCoordinatingBlockSelectsItAndAsksForTheUnit() {
        editor.addBlock();

        assertThat(draft.get().responsibilities()).hasSize(5);
        Responsibility added = draft.get().responsibilities().get(4);
        assertThat(added).isEqualTo(new Responsibility("", ResponsibilityRole.COORDINATING, List.of(), null,
                TaskStatus.NOT_STARTED));
        assertThat(draft.isDirty()).isTrue();
        assertThat(editor.selectedIndexProperty().get()).isEqualTo(4);
        assertThat(editor.form().unitProperty().get()).isEmpty();
        assertThat(editor.form().unitErrorProperty().get())
                .isEqualTo("Đơn vị thực hiện: chưa nhập, trường này là bắt buộc");
        assertThat(editor.blocks().get(4).unit()).isEqualTo("(chưa nhập tên đơn vị)");
        assertThat(editor.blocks().get(4).missingUnit()).isTrue();

        editor.form().unitProperty().set("Phòng Kế hoạch - Tài chính ");

        assertThat(draft.get().responsibilities().get(4).unit()).isEqualTo("Phòng Kế hoạch - Tài chính");
        assertThat(editor.form().unitProperty().get()).as("the field keeps what is being typed")
                .isEqualTo("Phòng Kế hoạch - Tài chính ");
        assertThat(editor.form().unitErrorProperty().get()).isNull();
        assertThat(editor.blocks().get(4).missingUnit()).isFalse();
        assertThat(draft.errorsUnder("responsibilities[")).isEmpty();
    }

    @Test
    void theFirstBlockOfAnEmptyPlanLeads() {
        draft.update(b -> b.responsibilities(List.of()));
        assertThat(editor.selectedIndexProperty().get()).isEqualTo(-1);
        assertThat(editor.countTextProperty().get()).isEmpty();

        editor.addBlock();

        assertThat(draft.get().responsibilities()).singleElement()
                .satisfies(r -> assertThat(r.role()).isEqualTo(ResponsibilityRole.LEAD));
    }

    @Test
    void emptyingTheUnitShowsTheDraftsRequiredMessageNamingTheField() {
        editor.select(1);
        editor.form().unitProperty().set("   ");

        assertThat(draft.get().responsibilities().get(1).unit()).isEmpty();
        assertThat(draft.messageAt("responsibilities[1].unit")).isEqualTo("chưa nhập, trường này là bắt buộc");
        assertThat(editor.form().unitErrorProperty().get())
                .isEqualTo("Đơn vị thực hiện: chưa nhập, trường này là bắt buộc");
        assertThat(editor.blocks().get(1).missingUnit()).isTrue();

        editor.select(0);
        assertThat(editor.form().unitErrorProperty().get()).isNull();
    }

    @Test
    void roleAndStatusChangeTheSelectedBlock() {
        editor.select(2);
        editor.form().roleProperty().set(ResponsibilityRole.LEAD);
        editor.form().statusProperty().set(TaskStatus.IN_PROGRESS);

        Responsibility block = draft.get().responsibilities().get(2);
        assertThat(block.role()).isEqualTo(ResponsibilityRole.LEAD);
        assertThat(block.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(editor.blocks().get(2).role()).isEqualTo("Chủ trì");
        assertThat(editor.blocks().get(2).status()).isEqualTo("Đang thực hiện");
        assertThat(draft.isDirty()).isTrue();
        assertThat(editor.label(TaskStatus.DONE)).isEqualTo("Đã hoàn thành");
    }

    @Test
    void aTypedDueDateGoesToTheDraft() {
        editor.form().commitDueText("5/10/2025");

        assertThat(draft.get().responsibilities().get(0).dueDate()).isEqualTo(LocalDate.of(2025, 10, 5));
        assertThat(editor.form().dueTextProperty().get()).isEqualTo("05/10/2025");
        assertThat(editor.form().dueErrorProperty().get()).isNull();
        assertThat(editor.blocks().get(0).due()).isEqualTo("05/10/2025");
        assertThat(draft.isDirty()).isTrue();

        editor.form().commitDueText("");
        assertThat(draft.get().responsibilities().get(0).dueDate()).isNull();
        assertThat(draft.isDirty()).isFalse();
    }

    @Test
    void dueTextThatIsNotADateStaysWithItsMessageAndLeavesTheDraftAlone() {
        editor.form().setDueDate(LocalDate.of(2025, 10, 10));
        Delegation before = draft.get();

        editor.form().commitDueText("31/02/2025");

        assertThat(editor.form().dueTextProperty().get()).isEqualTo("31/02/2025");
        assertThat(editor.form().dueErrorProperty().get()).isEqualTo("Hạn hoàn thành không phải ngày hợp lệ (dd/mm/yyyy)");
        assertThat(draft.get()).isSameAs(before);
        assertThat(editor.form().dueDateProperty().get()).isEqualTo(LocalDate.of(2025, 10, 10));

        editor.form().commitDueText("mai");
        assertThat(editor.form().dueTextProperty().get()).isEqualTo("mai");
        assertThat(draft.get()).isSameAs(before);

        editor.form().unitProperty().set("Phòng Tổ chức - Pháp chế (TCPC)");
        assertThat(editor.form().dueTextProperty().get()).as("other edits keep the typed text").isEqualTo("mai");
        assertThat(editor.form().dueErrorProperty().get()).isNotNull();
        assertThat(draft.inputErrors()).as("saving waits for a real date")
                .containsEntry("responsibilityForm.dueDate", "Hạn hoàn thành không phải ngày hợp lệ (dd/mm/yyyy)");

        editor.form().commitDueText("12-10-2025");
        assertThat(editor.form().dueErrorProperty().get()).isNull();
        assertThat(draft.get().responsibilities().get(0).dueDate()).isEqualTo(LocalDate.of(2025, 10, 12));
    }

    @Test
    void choosingAnotherBlockDropsAWronglyTypedDueDateAndTheChosenDuty() {
        editor.select(1);
        editor.duties().select(1);
        editor.form().commitDueText("mai");
        assertThat(draft.inputErrors()).containsKey("responsibilityForm.dueDate");

        editor.select(1);
        assertThat(editor.form().dueTextProperty().get()).as("the same block keeps what was typed").isEqualTo("mai");
        assertThat(editor.duties().selectedProperty().get()).isEqualTo(1);

        editor.select(3);
        assertThat(editor.form().dueTextProperty().get()).isEmpty();
        assertThat(editor.form().dueErrorProperty().get()).isNull();
        assertThat(draft.inputErrors()).as("saving no longer waits").isEmpty();
        assertThat(editor.duties().items()).isEqualTo(duties(3));
        assertThat(editor.duties().selectedProperty().get()).isEqualTo(-1);
        assertThat(editor.duties().hasSelectionProperty().get()).isFalse();
    }

    @Test
    void blocksMoveUpAndDownAndTheSelectionFollows() {
        editor.select(3);
        editor.moveUp();

        assertThat(units()).containsExactly("Phòng Tổ chức - Pháp chế", "Văn phòng Sở", "UBND các xã, phường",
                "Các phòng, đơn vị sự nghiệp thuộc Sở");
        assertThat(editor.selectedIndexProperty().get()).isEqualTo(2);
        assertThat(editor.form().unitProperty().get()).isEqualTo("UBND các xã, phường");
        assertThat(editor.blocks().get(2).number()).isEqualTo("3");
        assertThat(draft.isDirty()).isTrue();
        assertThat(editor.canMoveDownProperty().get()).isTrue();

        editor.moveDown();
        assertThat(draft.get()).isEqualTo(stored);
        assertThat(draft.isDirty()).isFalse();
        assertThat(editor.canMoveDownProperty().get()).isFalse();

        editor.select(0);
        assertThat(editor.canMoveUpProperty().get()).isFalse();
        editor.moveUp();
        assertThat(draft.get()).isEqualTo(stored);
    }

    @Test
    void deletingABlockSelectsTheNextOne() {
        editor.select(1);
        editor.deleteBlock();

        assertThat(units()).containsExactly("Phòng Tổ chức - Pháp chế", "Các phòng, đơn vị sự nghiệp thuộc Sở",
                "UBND các xã, phường");
        assertThat(editor.selectedIndexProperty().get()).isEqualTo(1);
        assertThat(editor.form().unitProperty().get()).isEqualTo("Các phòng, đơn vị sự nghiệp thuộc Sở");
        assertThat(draft.isDirty()).isTrue();

        editor.select(2);
        editor.deleteBlock();
        assertThat(editor.selectedIndexProperty().get()).isEqualTo(1);
        editor.deleteBlock();
        editor.deleteBlock();
        assertThat(draft.get().responsibilities()).isEmpty();
        assertThat(editor.selectedIndexProperty().get()).isEqualTo(-1);
        assertThat(editor.hasSelectionProperty().get()).isFalse();
    }

    @Test
    void dutiesAreAddedEditedReorderedAndDeleted() {
        editor.select(1);
        assertThat(editor.duties().items()).containsExactly(
                "Hướng dẫn phòng chuyên môn xây dựng dự toán kinh phí chi tiết.",
                "Hỗ trợ công tác thanh quyết toán theo quy định.");

        editor.duties().add();
        assertThat(editor.duties().selectedProperty().get()).isEqualTo(2);
        editor.duties().commit(2, "  Chuẩn bị hồ sơ thanh toán vé máy bay. ");
        assertThat(duties(1)).containsExactly("Hướng dẫn phòng chuyên môn xây dựng dự toán kinh phí chi tiết.",
                "Hỗ trợ công tác thanh quyết toán theo quy định.", "Chuẩn bị hồ sơ thanh toán vé máy bay.");
        assertThat(editor.blocks().get(1).duties()).isEqualTo("3");
        assertThat(draft.isDirty()).isTrue();

        editor.duties().moveUp();
        assertThat(duties(1)).containsExactly("Hướng dẫn phòng chuyên môn xây dựng dự toán kinh phí chi tiết.",
                "Chuẩn bị hồ sơ thanh toán vé máy bay.", "Hỗ trợ công tác thanh quyết toán theo quy định.");
        assertThat(editor.duties().selectedProperty().get()).isEqualTo(1);

        editor.duties().commit(0, "Hướng dẫn lập dự toán chi tiết.");
        assertThat(duties(1).get(0)).isEqualTo("Hướng dẫn lập dự toán chi tiết.");

        editor.duties().select(0);
        editor.duties().delete();
        assertThat(duties(1)).containsExactly("Chuẩn bị hồ sơ thanh toán vé máy bay.",
                "Hỗ trợ công tác thanh quyết toán theo quy định.");
        assertThat(editor.duties().items()).isEqualTo(duties(1));

        editor.duties().moveDown();
        assertThat(duties(1)).containsExactly("Hỗ trợ công tác thanh quyết toán theo quy định.",
                "Chuẩn bị hồ sơ thanh toán vé máy bay.");
    }

    @Test
    void anAddedDutyLeftEmptyGoesAgain() {
        editor.select(3);
        editor.duties().add();
        assertThat(duties(3)).hasSize(3).last().isEqualTo("");

        editor.duties().cancelEdit(2);
        assertThat(duties(3)).hasSize(2);
        assertThat(draft.get()).isEqualTo(stored);

        editor.duties().add();
        editor.duties().commit(2, "  ");
        assertThat(duties(3)).hasSize(2);
        assertThat(draft.isDirty()).isFalse();
    }

    @Test
    void theFormFollowsTheDraftWhenItIsRevertedOrReloaded() {
        editor.select(2);
        editor.form().unitProperty().set("Các phòng thuộc Sở");
        editor.form().commitDueText("20/10/2025");
        editor.duties().add();

        draft.revert();

        assertThat(editor.form().unitProperty().get()).isEqualTo("Các phòng, đơn vị sự nghiệp thuộc Sở");
        assertThat(editor.form().dueTextProperty().get()).isEmpty();
        assertThat(editor.duties().items()).hasSize(2);
        assertThat(editor.blocks().get(2).unit()).isEqualTo("Các phòng, đơn vị sự nghiệp thuộc Sở");
        assertThat(editor.selectedIndexProperty().get()).isEqualTo(2);

        draft.load(null);
        assertThat(editor.blocks()).isEmpty();
        assertThat(editor.hasSelectionProperty().get()).isFalse();
        editor.addBlock();
        assertThat(editor.blocks()).isEmpty();

        draft.load(stored);
        assertThat(editor.selectedIndexProperty().get()).isZero();
        assertThat(editor.form().unitProperty().get()).isEqualTo("Phòng Tổ chức - Pháp chế");
    }

    private List<String> units() {
        return draft.get().responsibilities().stream().map(Responsibility::unit).toList();
    }

    private List<String> duties(int block) {
        return draft.get().responsibilities().get(block).duties();
    }
}
