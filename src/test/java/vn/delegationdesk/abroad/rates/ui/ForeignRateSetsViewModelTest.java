package vn.delegationdesk.abroad.rates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.abroad.AbroadService;
import vn.delegationdesk.abroad.BuiltInForeignRateSets;
import vn.delegationdesk.abroad.CountryRate;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.abroad.MemoryForeignRateSetRepository;
import vn.delegationdesk.abroad.MemoryOutboundRepository;
import vn.delegationdesk.abroad.rates.ui.ForeignRateSetsViewModel.Field;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDecimals;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.testing.RecordingDialogService;

/**
 * The foreign rate-set editor without a screen, over the memory stores. Every figure typed here (KR 60 / 45,5 USD) is
 * TEST DATA, not the circular's.
 */
class ForeignRateSetsViewModelTest {
    private final AtomicReference<User> user = new AtomicReference<>(User.everyRole("lan"));
    private final MemoryForeignRateSetRepository store = new MemoryForeignRateSetRepository();
    private final AbroadService abroad = new AbroadService(new MemoryOutboundRepository(), store, id -> Optional.empty(),
            new RoleGate(user::get));
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Messages messages = new Messages();
    private ForeignRateSetsViewModel model;

    @BeforeEach
    void setUp() {
        model = open();
    }

    private ForeignRateSetsViewModel open() {
        ForeignRateSetsViewModel opened = new ForeignRateSetsViewModel(abroad, new DirectTaskRunner(), dialogs, messages);
        opened.load();
        return opened;
    }

    private void selectTt140(ForeignRateSetsViewModel on) {
        assertThat(on.select(on.sets().stream().filter(s -> s.id().equals(BuiltInForeignRateSets.TT140_ID)).findFirst()
                .orElseThrow())).isTrue();
    }

    private void typeKorea(int row) {
        assertThat(model.edit(row, Field.CODE, "kr")).isNull();
        assertThat(model.edit(row, Field.NAME, "Hàn Quốc")).isNull();
        assertThat(model.edit(row, Field.PER_DIEM, "60")).isNull();
        assertThat(model.edit(row, Field.LODGING_CAP, "45,5")).isNull();
        assertThat(model.edit(row, Field.BASIS, "Phụ lục (dữ liệu thử)")).isNull();
    }

    @Test
    void koreaTypedIntoTheEmptyTt140SetIsStoredAndReopensWithTheSameExactValues() {
        selectTt140(model);
        assertThat(model.formTitleProperty().get()).isEqualTo("Thông tư 140/2025/TT-BTC");
        assertThat(model.effectiveFrom().textProperty().get()).isEqualTo("14/02/2026");
        assertThat(model.rows()).isEmpty();

        model.addRate();
        typeKorea(0);
        model.setVerified(0, true);

        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.formTitleProperty().get()).isEqualTo("Thông tư 140/2025/TT-BTC *");
        assertThat(model.rows().get(0).perDiemText()).isEqualTo("60");
        assertThat(model.rows().get(0).lodgingCapText()).isEqualTo("45,5");
        assertThat(model.changesUnavailable(true).get()).isEmpty();
        assertThat(model.save()).isTrue();
        assertThat(model.errors()).isEmpty();
        assertThat(model.noticeProperty().get()).isEqualTo("Đã lưu bộ định mức «Thông tư 140/2025/TT-BTC».");
        assertThat(model.dirtyProperty().get()).isFalse();

        CountryRate stored = abroad.rateSets().stream().filter(s -> s.id().equals(BuiltInForeignRateSets.TT140_ID))
                .findFirst().orElseThrow().rateFor("KR").orElseThrow();
        assertThat(stored.perDiem()).isEqualTo(new BigDecimal("60"));
        assertThat(stored.lodgingCap()).isEqualTo(new BigDecimal("45.5"));
        assertThat(stored.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(stored.verified()).isTrue();

        ForeignRateSetsViewModel reopened = open();
        selectTt140(reopened);
        assertThat(reopened.rows()).singleElement().satisfies(row -> {
            assertThat(row.code()).isEqualTo("KR");
            assertThat(row.name()).isEqualTo("Hàn Quốc");
            assertThat(row.currency()).isEqualTo("USD");
            assertThat(row.perDiemText()).isEqualTo("60");
            assertThat(row.lodgingCapText()).isEqualTo("45,5");
            assertThat(row.lodgingCap()).isEqualTo(new BigDecimal("45.5"));
            assertThat(row.verified()).isTrue();
        });
        ForeignRateSet set = reopened.selectedProperty().get();
        assertThat(reopened.describe(set)).isEqualTo("hiệu lực từ 14/02/2026 · 1 mức");
    }

    @Test
    void amountsAreReadTheVietnameseWayAndNeverGuessed() {
        assertThat(VietnameseDecimals.parse("1.200,75")).contains(new BigDecimal("1200.75"));
        assertThat(VietnameseDecimals.parse(" 45,5 ")).contains(new BigDecimal("45.5"));
        assertThat(VietnameseDecimals.parse("1 200")).contains(new BigDecimal("1200"));
        assertThat(VietnameseDecimals.parse("45.5")).isEmpty();
        assertThat(VietnameseDecimals.parse("-3")).isEmpty();
        assertThat(VietnameseDecimals.format(new BigDecimal("1200.750"))).isEqualTo("1.200,75");
    }

    @Test
    void anAmountInWordsIsRefusedNamingTheRowAndNothingIsSavedWhileItStands() {
        selectTt140(model);
        model.addRate();
        typeKorea(0);
        model.addRate();

        String refused = model.edit(1, Field.PER_DIEM, "sáu mươi");

        assertThat(refused).isEqualTo("Mức của nước dòng 2 – Tiền ăn và tiêu vặt: «sáu mươi» không phải số tiền; hãy nhập số, "
                + "dấu phẩy trước phần thập phân, ví dụ 60 hoặc 45,5");
        assertThat(model.noticeProperty().get()).isEqualTo(refused);
        assertThat(model.rows().get(1).perDiem()).isNull();
        assertThat(model.save()).isFalse();
        assertThat(model.errors()).containsExactly(refused);
        assertThat(model.noticeProperty().get()).isEmpty();
        assertThat(store.findAll().stream().filter(s -> s.id().equals(BuiltInForeignRateSets.TT140_ID)).findFirst()
                .orElseThrow().rates()).isEmpty();

        assertThat(model.edit(1, Field.PER_DIEM, "")).isNull();
        assertThat(model.edit(1, Field.CODE, "JP")).isNull();
        assertThat(model.save()).isTrue();
        assertThat(model.errors()).isEmpty();
    }

    @Test
    void aCountryTwiceIsRefusedByTheServiceWithItsRowsNamed() {
        selectTt140(model);
        model.addRate();
        typeKorea(0);
        model.addRate();
        assertThat(model.edit(1, Field.CODE, "KR")).isNull();

        assertThat(model.save()).isTrue();

        assertThat(model.errors()).containsExactly("Mức của nước dòng 2 – Mã nước hoặc nhóm nước: mã «KR» đã có ở dòng 1; "
                + "mỗi nước hoặc nhóm nước chỉ được ghi một lần");
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(abroad.rateSets().stream().filter(s -> s.id().equals(BuiltInForeignRateSets.TT140_ID)).findFirst()
                .orElseThrow().rates()).isEmpty();

        model.removeRate(1);
        assertThat(model.save()).isTrue();
        assertThat(model.errors()).isEmpty();
    }

    @Test
    void withoutTheFinanceRoleSavingIsGreyedWithTheReason() {
        user.set(new User("hoa", EnumSet.of(Role.ORGANISER)));
        ForeignRateSetsViewModel clerk = open();
        selectTt140(clerk);

        assertThat(clerk.roleRefusal())
                .isEqualTo("Sửa bộ định mức công tác nước ngoài: cần vai trò «Tài chính»; tài khoản hoa không có vai trò này");
        clerk.addRate();
        assertThat(clerk.changesUnavailable(true).get()).isEqualTo(clerk.roleRefusal());
        assertThat(clerk.changesUnavailable(false).get()).isEmpty();
    }
}
