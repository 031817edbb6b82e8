package vn.delegationdesk.abroad.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.delegationdesk.abroad.BuiltInForeignRateSets;
import vn.delegationdesk.abroad.CountryRate;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.abroad.OutboundSamples;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.testing.StoreKind;
import vn.delegationdesk.testing.TestStores;

/**
 * Foreign rate sets on both stores: the two built-in sets put in empty on the first open and never again, a set with a
 * group of countries and exact caps read back equal, a save replacing the caps whole.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreKind.class)
class JdbcForeignRateSetRepositoryTest {
    @RegisterExtension
    final TestStores stores;

    JdbcForeignRateSetRepositoryTest(StoreKind kind) {
        stores = new TestStores(kind);
    }

    @Test
    void aNewStoreHasTheTwoCircularsWithoutAnyFigure() {
        List<ForeignRateSet> sets = new JdbcForeignRateSetRepository(stores.open()).findAll();

        assertThat(sets).extracting(ForeignRateSet::name).containsExactly("Thông tư 102/2012/TT-BTC", "Thông tư 140/2025/TT-BTC");
        assertThat(sets).isEqualTo(BuiltInForeignRateSets.all());
        assertThat(sets).allSatisfy(set -> assertThat(set.rates()).isEmpty());
        assertThat(sets.get(0).effectiveTo()).isEqualTo(LocalDate.of(2026, 2, 13));
    }

    @Test
    void aSetWithAGroupIsReadBackEqualAndTheFiguresEnteredAreNotSeededOver() {
        Store store = stores.open();
        JdbcForeignRateSetRepository repository = new JdbcForeignRateSetRepository(store);
        ForeignRateSet test = OutboundSamples.testRatesWithGroup();
        repository.save(test);
        ForeignRateSet tt140 = repository.findAll().stream().filter(s -> s.id().equals(BuiltInForeignRateSets.TT140_ID))
                .findFirst().orElseThrow();
        ForeignRateSet entered = tt140.withRates(List.of(CountryRate.country("JP", "Nhật Bản (dữ liệu thử)",
                Currency.getInstance("USD"), new BigDecimal("65.25"), null, "Dữ liệu thử", false)));
        repository.save(entered);
        store.close();

        List<ForeignRateSet> sets = new JdbcForeignRateSetRepository(stores.open()).findAll();

        assertThat(sets).hasSize(3).contains(test, entered);
        ForeignRateSet read = sets.stream().filter(s -> s.id().equals(test.id())).findFirst().orElseThrow();
        CountryRate group = read.rateFor("DE").orElseThrow();
        assertThat(group.code()).isEqualTo("NHOM-1");
        assertThat(group.countries()).containsExactly("FR", "DE");
        assertThat(group.perDiem().toString()).isEqualTo("70.50");
        assertThat(group.lodgingCap()).as("not entered: unknown, never 0").isNull();
        assertThat(group.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(read.rateFor("KR").orElseThrow().perDiem()).isEqualTo(new BigDecimal("60"));
        assertThat(sets.stream().filter(s -> s.id().equals(BuiltInForeignRateSets.TT140_ID)).findFirst().orElseThrow()
                .rateFor("JP").orElseThrow().perDiem().toString()).isEqualTo("65.25");
    }

    @Test
    void aSaveReplacesTheCapsWhole() {
        JdbcForeignRateSetRepository repository = new JdbcForeignRateSetRepository(stores.open());
        repository.save(OutboundSamples.testRatesWithGroup());
        ForeignRateSet onlyKorea = OutboundSamples.testRates();

        repository.save(onlyKorea);

        ForeignRateSet read = repository.findAll().stream().filter(s -> s.id().equals(onlyKorea.id())).findFirst().orElseThrow();
        assertThat(read).isEqualTo(onlyKorea);
        assertThat(read.rateFor("FR")).isEmpty();
    }
}
