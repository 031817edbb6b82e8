package vn.delegationdesk.budget.rates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.RateKey;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateSetKind;
import vn.delegationdesk.budget.RateValue;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.TestServices;

/** The rate-set dialog without a screen: showing, editing, copying, dating, deleting, and refused saves. */
class RateSetsViewModelTest {
    private final Messages messages = new Messages();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private BudgetService budget;
    private RateSetsViewModel model;
    private int changes;

    @BeforeEach
    void setUp() {
        budget = TestServices.budget();
        model = new RateSetsViewModel(budget, new DirectTaskRunner(), dialogs, messages, () -> changes++);
        model.load();
    }

    private RateSet stored(String id) {
        return budget.rateSets().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private int index(RateKey key) {
        return key.ordinal();
    }

    @Test
    void showsTheMostRecentNationalSetWithEveryValueLabelledInVietnamese() {
        assertThat(model.sets()).extracting(RateSet::id)
                .containsExactly(BuiltInRateSets.TT12_ID, BuiltInRateSets.TT40_ID, BuiltInRateSets.HANOI_ID);
        assertThat(model.selectedProperty().get().id()).isEqualTo(BuiltInRateSets.TT12_ID);
        assertThat(model.nameProperty().get()).isEqualTo("Thông tư 12/2025/TT-BTC");
        assertThat(model.issuerProperty().get()).isEqualTo("Bộ Tài chính");
        assertThat(model.effectiveFrom().textProperty().get()).isEqualTo("04/05/2025");
        assertThat(model.effectiveTo().textProperty().get()).isEmpty();
        assertThat(model.values()).hasSize(RateKey.values().length);
        RateValueRow perDiem = model.values().get(index(RateKey.PER_DIEM));
        assertThat(perDiem.label()).isEqualTo("Phụ cấp lưu trú");
        assertThat(perDiem.unit()).isEqualTo("ngày/người");
        assertThat(perDiem.amountText()).isEqualTo("300.000");
        assertThat(perDiem.verified()).isTrue();
        assertThat(model.values().get(index(RateKey.LODGING_INVOICE_SHARED_CITY)).label())
                .isEqualTo("Phòng nghỉ theo hóa đơn, 2 người/phòng – thành phố trực thuộc TW");
        assertThat(model.values().get(index(RateKey.CONFERENCE_REFRESHMENT)).label())
                .isEqualTo("Nước uống giữa giờ hội nghị (người/buổi)");
        assertThat(model.values().get(index(RateKey.LODGING_INVOICE_SHARED_CITY)).amount()).isNull();
        assertThat(model.describe(model.sets().get(1))).isEqualTo("Quốc gia · hiệu lực 01/07/2017 – 03/05/2025");
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void greyedCommandsSayWhy() {
        var save = model.changesUnavailable(true);
        var revert = model.changesUnavailable(false);
        var stored = model.storedSetUnavailable();
        assertThat(save.get()).isEqualTo("Chưa có thay đổi nào để lưu.");
        assertThat(revert.get()).isEqualTo("Chưa có thay đổi nào để hoàn tác.");
        assertThat(stored.get()).isEmpty();

        model.editAmount(index(RateKey.LODGING_INVOICE_SHARED_OTHER), "900.000");
        assertThat(save.get()).isEmpty();
        assertThat(revert.get()).isEmpty();

        model.addCopy();
        assertThat(stored.get()).isEqualTo("Hãy chọn một bộ định mức đã lưu trong danh sách.");
    }

    @Test
    void anEditedValueIsStoredOnSaveAndTheEstimateIsTold() {
        assertThat(model.editAmount(index(RateKey.LODGING_INVOICE_SHARED_OTHER), "900.000")).isNull();
        model.setVerified(index(RateKey.LODGING_INVOICE_SHARED_OTHER), true);
        model.editBasis(index(RateKey.LODGING_INVOICE_SHARED_OTHER), "TT 12/2025 Đ7 k3");
        assertThat(model.dirtyProperty().get()).isTrue();

        assertThat(model.save()).isTrue();

        RateValue value = stored(BuiltInRateSets.TT12_ID).value(RateKey.LODGING_INVOICE_SHARED_OTHER).orElseThrow();
        assertThat(value).isEqualTo(new RateValue(RateKey.LODGING_INVOICE_SHARED_OTHER, 900_000L, "TT 12/2025 Đ7 k3", true));
        assertThat(changes).isEqualTo(1);
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.noticeProperty().get()).isEqualTo("Đã lưu bộ định mức «Thông tư 12/2025/TT-BTC».");
    }

    @Test
    void anAmountThatIsNoWholeNumberIsRefusedAndTheValueStays() {
        String refused = model.editAmount(index(RateKey.PER_DIEM), "300,5");

        assertThat(refused).isEqualTo("Mức «Phụ cấp lưu trú» phải là số đồng nguyên không âm, ví dụ 300.000 (đã nhập «300,5»); "
                + "để trống nếu chưa có số liệu. Giá trị cũ được giữ nguyên.");
        assertThat(model.values().get(index(RateKey.PER_DIEM)).amount()).isEqualTo(300_000L);
        assertThat(model.dirtyProperty().get()).isFalse();

        model.editAmount(index(RateKey.PER_DIEM), "");
        assertThat(model.values().get(index(RateKey.PER_DIEM)).amountText()).isEmpty();
        assertThat(model.dirtyProperty().get()).isTrue();
    }

    @Test
    void aNewSetStartsAsACopyAndIsStoredWithItsOwnDates() {
        model.select(model.sets().get(2));
        model.addCopy();
        assertThat(model.creatingProperty().get()).isTrue();
        assertThat(model.nameProperty().get()).isEqualTo("Bản sao của Nghị quyết 05/2025/NQ-HĐND Hà Nội");
        assertThat(model.kindProperty().get()).isEqualTo(RateSetKind.LOCAL);
        model.nameProperty().set("Nghị quyết 05/2025/NQ-HĐND Hà Nội (bản nhập)");
        model.effectiveFrom().textProperty().set("01/05/2025");
        model.effectiveTo().textProperty().set("31/12/2026");
        model.editAmount(index(RateKey.PER_DIEM), "350.000");

        assertThat(model.save()).isTrue();

        assertThat(budget.rateSets()).hasSize(4);
        RateSet created = model.selectedProperty().get();
        assertThat(created.id()).isNotEmpty();
        assertThat(created.name()).isEqualTo("Nghị quyết 05/2025/NQ-HĐND Hà Nội (bản nhập)");
        assertThat(created.effectiveFrom()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(created.effectiveTo()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(created.value(RateKey.PER_DIEM).orElseThrow().amount()).isEqualTo(350_000L);
        assertThat(model.creatingProperty().get()).isFalse();
        assertThat(model.sets()).contains(created);
    }

    @Test
    void theServicesValidationIsShownInVietnameseAndNothingIsStored() {
        model.addCopy();
        model.nameProperty().set("Thông tư 40/2017/TT-BTC");
        model.effectiveTo().textProperty().set("01/01/2020");

        assertThat(model.save()).isTrue();

        assertThat(model.errors()).containsExactly("Tên bộ định mức: đã có bộ định mức tên «Thông tư 40/2017/TT-BTC»",
                "Hết hiệu lực: ngày hết hiệu lực trước ngày có hiệu lực");
        assertThat(budget.rateSets()).hasSize(3);
        assertThat(model.creatingProperty().get()).isTrue();
        assertThat(changes).isZero();

        model.nameProperty().set("");
        model.save();
        assertThat(model.errors()).first().isEqualTo("Tên bộ định mức: chưa nhập, trường này là bắt buộc");
    }

    @Test
    void aDateThatIsNoDateStopsSavingBeforeTheService() {
        model.effectiveFrom().textProperty().set("31/02/2025");
        assertThat(model.dirtyProperty().get()).isTrue();

        assertThat(model.save()).isFalse();

        assertThat(model.errors()).containsExactly(
                "Ngày có hiệu lực không phải ngày hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 04/05/2025");
        assertThat(stored(BuiltInRateSets.TT12_ID).effectiveFrom()).isEqualTo(LocalDate.of(2025, 5, 4));

        model.effectiveFrom().textProperty().set("");
        model.save();
        assertThat(model.errors()).containsExactly("Ngày có hiệu lực: chưa nhập, trường này là bắt buộc");
    }

    @Test
    void deletingAsksFirst() {
        RateSet hanoi = model.sets().get(2);
        model.select(hanoi);

        dialogs.answer(false);
        model.delete();
        assertThat(budget.rateSets()).hasSize(3);

        dialogs.answer(true);
        model.delete();
        assertThat(budget.rateSets()).extracting(RateSet::id).doesNotContain(BuiltInRateSets.HANOI_ID);
        assertThat(model.sets()).hasSize(2);
        assertThat(model.noticeProperty().get()).isEqualTo("Đã xóa bộ định mức «Nghị quyết 05/2025/NQ-HĐND Hà Nội».");
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void switchingAwayFromUnsavedChangesAsksAndKeepsThemWhenTheUserSaysNo() {
        model.nameProperty().set("Thông tư 12/2025/TT-BTC (sửa)");

        dialogs.answer(false);
        assertThat(model.select(model.sets().get(1))).isFalse();
        assertThat(model.nameProperty().get()).isEqualTo("Thông tư 12/2025/TT-BTC (sửa)");
        assertThat(model.mayClose()).isFalse();

        dialogs.answer(true);
        assertThat(model.select(model.sets().get(1))).isTrue();
        assertThat(model.nameProperty().get()).isEqualTo("Thông tư 40/2017/TT-BTC");
        assertThat(model.dirtyProperty().get()).isFalse();

        model.nameProperty().set("x");
        model.revert();
        assertThat(model.nameProperty().get()).isEqualTo("Thông tư 40/2017/TT-BTC");
    }
}
