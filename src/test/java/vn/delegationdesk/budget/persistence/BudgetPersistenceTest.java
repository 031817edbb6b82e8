package vn.delegationdesk.budget.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.EstimateInputs;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.budget.LineOverride;
import vn.delegationdesk.budget.LodgingMode;
import vn.delegationdesk.budget.ManualLine;
import vn.delegationdesk.budget.RateKey;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateSetKind;
import vn.delegationdesk.budget.RateValue;
import vn.delegationdesk.budget.StopCategory;
import vn.delegationdesk.budget.StopSetting;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.platform.db.StoreException;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.StoreKind;
import vn.delegationdesk.testing.TestStores;

@ParameterizedClass(name = "{0}")
@EnumSource(StoreKind.class)
class BudgetPersistenceTest {
    @RegisterExtension
    final TestStores stores;

    BudgetPersistenceTest(StoreKind kind) {
        stores = new TestStores(kind);
    }

    @Test
    void builtInRateSetsArePutInOnceAndADeletedOneStaysDeleted() {
        try (Store database = stores.open()) {
            JdbcRateSetRepository repository = new JdbcRateSetRepository(database);
            assertThat(repository.findAll()).extracting(RateSet::id)
                    .containsExactlyInAnyOrder(BuiltInRateSets.TT40_ID, BuiltInRateSets.TT12_ID, BuiltInRateSets.HANOI_ID);
            assertThat(repository.findAll()).filteredOn(s -> s.id().equals(BuiltInRateSets.TT12_ID)).singleElement()
                    .satisfies(s -> {
                        assertThat(s.value(RateKey.PER_DIEM).orElseThrow().amount()).isEqualTo(300_000L);
                        assertThat(s.value(RateKey.LODGING_FLAT_CITY).orElseThrow().amount()).isNull();
                        assertThat(s.effectiveFrom()).isEqualTo(LocalDate.of(2025, 5, 4));
                    });
            assertThat(repository.delete(BuiltInRateSets.HANOI_ID)).isTrue();
        }
        try (Store database = stores.open()) {
            assertThat(new JdbcRateSetRepository(database).findAll()).extracting(RateSet::id)
                    .doesNotContain(BuiltInRateSets.HANOI_ID).hasSize(2);
        }
    }

    @Test
    void anEditedRateSetReadsBackWhole() {
        RateSet local = new RateSet("nq-dak-lak", "Nghị quyết thử", "HĐND tỉnh", "01/2026/NQ-HĐND", RateSetKind.LOCAL,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "ghi chú",
                List.of(new RateValue(RateKey.CONFERENCE_REFRESHMENT, 40_000L, "NQ 01/2026 Đ3", true),
                        new RateValue(RateKey.PER_DIEM, null, "", false)));
        try (Store database = stores.open()) {
            JdbcRateSetRepository repository = new JdbcRateSetRepository(database);
            repository.save(local);
            repository.save(local.withValues(List.of(new RateValue(RateKey.CONFERENCE_REFRESHMENT, 45_000L, "sửa", true))));
            assertThat(repository.findAll()).filteredOn(s -> s.id().equals("nq-dak-lak")).singleElement()
                    .isEqualTo(local.withValues(List.of(new RateValue(RateKey.CONFERENCE_REFRESHMENT, 45_000L, "sửa", true))));
        }
    }

    @Test
    void worksheetRoundTripsAndGoesWithItsDelegation() {
        EstimateWorksheet worksheet = new EstimateWorksheet(
                new EstimateInputs(BuiltInRateSets.TT40_ID, BuiltInRateSets.HANOI_ID, LodgingMode.FLAT,
                        Map.of("tỉnh Đắk Lắk", new StopSetting(StopCategory.CITY, true))),
                Map.of("travel.car", LineOverride.NONE.withUnitPrice(3_500_000L).withContent("Thuê xe 45 chỗ"),
                        "travel.baggage", LineOverride.NONE.withRemoved(true)),
                List.of(new ManualLine("m1", "OTHER", "=HYPERLINK(\"x\")", "phần", 2, 1, null, "QCCTNB")));
        try (Store database = stores.open()) {
            long id = new JdbcDelegationRepository(database).insert(SampleDelegation.create());
            JdbcWorksheetRepository repository = new JdbcWorksheetRepository(database);
            assertThat(repository.find(id)).isEmpty();
            repository.save(id, worksheet);
            assertThat(repository.find(id)).contains(worksheet);

            new JdbcDelegationRepository(database).delete(id);
            assertThat(repository.find(id)).isEmpty();
        }
    }

    @Test
    void anUnreadableWorksheetIsReportedAndLeftAsItIs() {
        try (Store database = stores.open()) {
            long id = new JdbcDelegationRepository(database).insert(SampleDelegation.create());
            database.inTransaction(c -> {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO estimate_worksheet (delegation_id, content) VALUES (?, '{\"version\": 9}')")) {
                    s.setLong(1, id);
                    return s.executeUpdate();
                }
            });
            assertThatThrownBy(() -> new JdbcWorksheetRepository(database).find(id))
                    .isInstanceOf(StoreException.class)
                    .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("budget.error.unreadableWorksheet");
        }
    }
}
