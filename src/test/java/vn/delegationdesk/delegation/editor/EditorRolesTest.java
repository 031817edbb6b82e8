package vn.delegationdesk.delegation.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.InMemoryDelegationRepository;
import vn.delegationdesk.testing.RecordingDialogService;

/**
 * "Lưu" for a login on a shared server that lacks a role: greyed with the reason when the changes need a role it does not
 * hold, so that nothing is half saved; the banner says what the login may change. A laptop's user sees neither.
 */
class EditorRolesTest {
    private final Messages messages = new Messages();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final InMemoryDelegationRepository repository = InMemoryDelegationRepository.with(SampleDelegation.create());
    private final List<Long> stored = new ArrayList<>();

    @Test
    void theFinanceClerkSavesTheEstimateButNotAChangedPlan() {
        DelegationEditorViewModel editor = editorFor(new User("ke_toan", Set.of(Role.FINANCE)));
        EstimateLikePart estimate = new EstimateLikePart();
        editor.addPart(estimate);
        editor.open(repository.findById(1).orElseThrow());

        assertThat(editor.roles().noticeProperty().get()).startsWith("Tài khoản ke_toan có vai trò «Tài chính»: thay đổi cần"
                + " vai trò khác (kế hoạch cần «Soạn kế hoạch», dự toán cần «Tài chính») không lưu được.");
        assertThat(editor.roles().createUnavailableProperty().get())
                .isEqualTo("Tạo đoàn mới: cần vai trò «Soạn kế hoạch»; tài khoản ke_toan không có vai trò này");
        assertThat(editor.roles().deleteUnavailableProperty().get())
                .isEqualTo("Xóa đoàn: cần vai trò «Soạn kế hoạch»; tài khoản ke_toan không có vai trò này");
        estimate.dirty.set(true);
        assertThat(editor.canSaveProperty().get()).isTrue();
        assertThat(editor.save()).isTrue();
        assertThat(estimate.saves).isEqualTo(1);

        estimate.dirty.set(false);
        editor.draft().update(b -> b.title("Đoàn đã bị sửa"));
        assertThat(editor.canSaveProperty().get()).isFalse();
        assertThat(editor.saveUnavailableProperty().get())
                .isEqualTo("Lưu thay đổi của kế hoạch: cần vai trò «Soạn kế hoạch»; tài khoản ke_toan không có vai trò này");
        assertThat(editor.save()).isFalse();
        assertThat(repository.findById(1).orElseThrow().title()).isEqualTo(SampleDelegation.create().title());
    }

    @Test
    void theOrganiserCannotSaveAChangedEstimateAlongWithThePlan() {
        DelegationEditorViewModel editor = editorFor(new User("van_thu", Set.of(Role.ORGANISER, Role.LEADER)));
        EstimateLikePart estimate = new EstimateLikePart();
        editor.addPart(estimate);
        editor.open(repository.findById(1).orElseThrow());
        assertThat(editor.roles().noticeProperty().get()).startsWith("Tài khoản van_thu có vai trò «Soạn kế hoạch» và «Lãnh đạo»");

        editor.draft().update(b -> b.title("Đoàn khảo sát Tây Nguyên"));
        estimate.dirty.set(true);

        assertThat(editor.canSaveProperty().get()).isFalse();
        assertThat(editor.saveUnavailableProperty().get())
                .isEqualTo("Lưu dự toán: cần vai trò «Tài chính»; tài khoản van_thu không có vai trò này");
        estimate.dirty.set(false);
        assertThat(editor.canSaveProperty().get()).isTrue();
    }

    @Test
    void aLaptopsUserSeesNoBanner() {
        DelegationEditorViewModel editor = editorFor(new User("lan", EnumSet.allOf(Role.class)));
        editor.open(repository.findById(1).orElseThrow());
        editor.draft().update(b -> b.title("Đoàn khảo sát Tây Nguyên"));

        assertThat(editor.roles().noticeProperty().get()).isEmpty();
        assertThat(editor.roles().createUnavailableProperty().get()).isEmpty();
        assertThat(editor.canSaveProperty().get()).isTrue();
    }

    private DelegationEditorViewModel editorFor(User user) {
        DelegationService service = new DelegationService(repository, new RoleGate(() -> user));
        DelegationEditorViewModel editor = new DelegationEditorViewModel(service, new DirectTaskRunner(), dialogs, messages);
        editor.setOnStored(stored::add);
        return editor;
    }

    /** A part saved by finance, as the estimate worksheet is. */
    private static final class EstimateLikePart implements EditorPart {
        final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
        int saves;

        @Override
        public void open(Delegation stored) {
            dirty.set(false);
        }

        @Override
        public ReadOnlyBooleanProperty dirtyProperty() {
            return dirty.getReadOnlyProperty();
        }

        @Override
        public PendingSave beginSave() {
            return new PendingSave() {
                @Override
                public void store(long delegationId) {
                    saves++;
                }

                @Override
                public void stored() {
                    dirty.set(false);
                }
            };
        }

        @Override
        public void revert() {
            dirty.set(false);
        }

        @Override
        public Role roleToSave() {
            return Role.FINANCE;
        }

        @Override
        public String saveActionKey() {
            return "people.action.saveEstimate";
        }
    }
}
