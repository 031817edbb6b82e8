package vn.delegationdesk.documents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.documents.settlement.SettlementForms;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.settings.SettingsRepository;

/** The forms' printed names: TT 107/2017's until changed, a new circular's once saved, a bad line refused by name. */
class SettlementFormsViewModelTest {
    private final Map<String, String> stored = new HashMap<>();
    private final SettingsRepository settings = new SettingsRepository() {
        @Override
        public Optional<String> get(String name) {
            return Optional.ofNullable(stored.get(name));
        }

        @Override
        public void put(String name, String content) {
            stored.put(name, content);
        }
    };
    private final SettlementFormsViewModel model = new SettlementFormsViewModel(settings, new Messages());

    @Test
    void theFormsPrintTt107sNamesUntilANewCircularsAreSaved() {
        model.start();
        assertThat(model.sheetCodeProperty().get()).isEqualTo("Mẫu số C17-HD");
        assertThat(model.claimCodeProperty().get()).isEqualTo("Mẫu số C43-BB");

        model.sheetCodeProperty().set("Mẫu số C17-HD (TT 24/2024)");
        model.claimBasisProperty().set("(Ban hành kèm theo Thông tư số 24/2024/TT-BTC ngày 17/4/2024 của Bộ Tài chính)");
        assertThat(model.save()).isTrue();

        SettlementForms forms = SettlementForms.load(settings);
        assertThat(forms.sheet().formCode()).isEqualTo("Mẫu số C17-HD (TT 24/2024)");
        assertThat(forms.sheet().formBasis()).startsWith("(Ban hành kèm theo Thông tư số 107/2017/TT-BTC");
        assertThat(forms.claim().formBasis()).contains("24/2024/TT-BTC");

        model.resetToDefaults();
        assertThat(model.sheetCodeProperty().get()).isEqualTo("Mẫu số C17-HD");
        assertThat(SettlementForms.load(settings).sheet().formCode()).as("not stored until saved")
                .isEqualTo("Mẫu số C17-HD (TT 24/2024)");
    }

    @Test
    void aLineWithATabIsRefusedNamingItsFieldAndNothingIsStored() {
        model.start();
        model.claimCodeProperty().set("Mẫu số\tC43");

        assertThat(model.save()).isFalse();
        assertThat(model.problems()).singleElement().asString()
                .startsWith("Giấy đề nghị thanh toán tạm ứng – Số hiệu mẫu: ");
        assertThat(stored).isEmpty();
    }
}
