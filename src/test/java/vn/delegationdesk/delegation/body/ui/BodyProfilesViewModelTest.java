package vn.delegationdesk.delegation.body.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.delegation.body.BodyProfile;
import vn.delegationdesk.delegation.body.BodyProfiles;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.CaoBangBody;
import vn.delegationdesk.testing.InMemoryBodyProfileRepository;
import vn.delegationdesk.testing.RecordingDialogService;

class BodyProfilesViewModelTest {
    private final InMemoryBodyProfileRepository repository = new InMemoryBodyProfileRepository();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private BodyProfilesViewModel model;

    @BeforeEach
    void setUp() {
        model = new BodyProfilesViewModel(new BodyProfiles(repository), new DirectTaskRunner(), dialogs, new Messages());
        model.load();
    }

    @Test
    void aBodyTypedInIsSavedWithItsSignersAndListed() {
        model.newProfile();
        model.parentBodyProperty().set("UBND TỈNH CAO BẰNG");
        model.nameProperty().set("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH");
        model.abbreviationProperty().set("SVHTTDL");
        model.placeProperty().set("Cao Bằng");
        model.budgetUnitCodeProperty().set("1125843");
        model.basisNumberProperty().set("23/2023/QĐ-UBND");
        model.basisDate().textProperty().set("15/06/2023");
        model.basisIssuerProperty().set("UBND tỉnh Cao Bằng");
        model.addSigner();
        model.signers().get(0).titleProperty().set("GIÁM ĐỐC");
        model.signers().get(0).nameProperty().set("Nông Văn Hùng");
        assertThat(model.isDirty()).isTrue();

        model.save();

        assertThat(model.problems()).isEmpty();
        assertThat(model.isDirty()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Đã lưu SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH – UBND TỈNH CAO BẰNG.");
        BodyProfile stored = repository.findAll().get(0);
        assertThat(model.profiles()).containsExactly(stored);
        assertThat(stored.authorityBasis().kind()).isEqualTo("Quyết định");
        assertThat(stored.authorityBasis().date()).hasToString("2023-06-15");
        assertThat(stored.signers()).containsExactly(new Signer("", "", "GIÁM ĐỐC", "Nông Văn Hùng"));
    }

    @Test
    void aRefusedSaveListsEveryProblemByFieldAndStoresNothing() {
        model.newProfile();
        model.placeProperty().set("Cao Bằng");
        model.addSigner();
        model.signers().get(0).nameProperty().set("Nông Văn Hùng");

        model.save();

        assertThat(model.problems()).containsExactly("Tên cơ quan ban hành: chưa nhập", "Người ký 1 – Chức vụ: chưa nhập");
        assertThat(repository.findAll()).isEmpty();
        assertThat(model.isDirty()).isTrue();
    }

    @Test
    void theOpenDelegationsBodyBecomesANewProfileReadyToSave() {
        model.takeFrom(SampleDelegation.create());

        assertThat(model.nameProperty().get()).isEqualTo("SỞ VĂN HÓA VÀ THỂ THAO");
        assertThat(model.placeProperty().get()).isEqualTo("Hà Nội");
        assertThat(model.signers()).extracting(row -> row.nameProperty().get()).containsExactly("Bạch Liên Hương");
        assertThat(model.isDirty()).isTrue();
        model.save();
        assertThat(repository.findAll()).extracting(BodyProfile::label)
                .containsExactly("SỞ VĂN HÓA VÀ THỂ THAO – UBND THÀNH PHỐ HÀ NỘI");
    }

    @Test
    void deletingAsksAndADeclinedQuestionKeepsTheProfile() {
        repository.save(CaoBangBody.profile());
        model.load();

        dialogs.answer(false);
        model.delete();
        assertThat(repository.findAll()).hasSize(1);

        dialogs.answer(true);
        model.delete();
        assertThat(repository.findAll()).isEmpty();
        assertThat(model.profiles()).isEmpty();
        assertThat(dialogs.shown("confirm").get(0).message()).startsWith(
                "Xóa hồ sơ \"SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH – UBND TỈNH CAO BẰNG\" cùng những người ký của nó?");
    }

    @Test
    void switchingAwayFromUnsavedChangesAsksFirst() {
        repository.save(CaoBangBody.profile());
        model.load();
        model.placeProperty().set("Thành phố Cao Bằng");

        dialogs.answer(false);
        model.newProfile();

        assertThat(model.placeProperty().get()).isEqualTo("Thành phố Cao Bằng");
        assertThat(dialogs.shown("confirm")).hasSize(1);
    }
}
