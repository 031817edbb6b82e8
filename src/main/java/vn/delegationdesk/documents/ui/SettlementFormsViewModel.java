package vn.delegationdesk.documents.ui;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.documents.settlement.AdvanceClaimFormSettings;
import vn.delegationdesk.documents.settlement.SettlementFormSettings;
import vn.delegationdesk.documents.settlement.SettlementForms;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.settings.SettingsRepository;

/**
 * "Mẫu biểu thanh toán…" (Dữ liệu menu): the codes and circular lines printed on the Bảng kê C17-HD and the Giấy đề nghị
 * thanh toán tạm ứng. {@link #save} refuses a bad line naming its field and stores nothing; "Mẫu mặc định" puts back
 * TT 107/2017's names.
 */
public final class SettlementFormsViewModel {
    private final SettingsRepository settings;
    private final Messages messages;
    private final StringProperty sheetCode = new SimpleStringProperty(this, "sheetCode", "");
    private final StringProperty sheetBasis = new SimpleStringProperty(this, "sheetBasis", "");
    private final StringProperty claimCode = new SimpleStringProperty(this, "claimCode", "");
    private final StringProperty claimBasis = new SimpleStringProperty(this, "claimBasis", "");
    private final ObservableList<String> problems = FXCollections.observableArrayList();

    public SettlementFormsViewModel(SettingsRepository settings, Messages messages) {
        this.settings = settings;
        this.messages = messages;
    }

    /** Fills the fields with the stored lines, before the dialog shows. */
    public void start() {
        show(SettlementForms.load(settings));
        problems.clear();
    }

    /** Puts TT 107/2017's names in the fields; stored only by {@link #save}. */
    public void resetToDefaults() {
        show(SettlementForms.defaults());
    }

    /** Stores the four lines; false, with the problems named, when one is bad (nothing stored then). */
    public boolean save() {
        List<ValidationError> errors = SettlementForms.check(sheetCode.get(), sheetBasis.get(), claimCode.get(),
                claimBasis.get());
        if (!errors.isEmpty()) {
            problems.setAll(errors.stream().map(e -> messages.get(e.messageKey(), e.args().toArray())).toList());
            return false;
        }
        problems.clear();
        new SettlementForms(new SettlementFormSettings(sheetCode.get(), sheetBasis.get()),
                new AdvanceClaimFormSettings(claimCode.get(), claimBasis.get())).save(settings);
        start();
        return true;
    }

    private void show(SettlementForms forms) {
        sheetCode.set(forms.sheet().formCode());
        sheetBasis.set(forms.sheet().formBasis());
        claimCode.set(forms.claim().formCode());
        claimBasis.set(forms.claim().formBasis());
    }

    public StringProperty sheetCodeProperty() {
        return sheetCode;
    }

    public StringProperty sheetBasisProperty() {
        return sheetBasis;
    }

    public StringProperty claimCodeProperty() {
        return claimCode;
    }

    public StringProperty claimBasisProperty() {
        return claimBasis;
    }

    public ObservableList<String> problems() {
        return problems;
    }
}
