package vn.delegationdesk.abroad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.abroad.CountryRateChange.Attribute;
import vn.delegationdesk.abroad.CountryRateChange.Kind;

/** The preview of a foreign rate-set import, before anything is replaced. Every figure is TEST DATA. */
class ForeignRateSetChangeTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final CountryRate KOREA = CountryRate.country("KR", "Hàn Quốc", USD, new BigDecimal("60"),
            new BigDecimal("45"), "Dữ liệu thử", false);
    private static final CountryRate JAPAN = CountryRate.country("JP", "Nhật Bản", USD, new BigDecimal("70.5"), null,
            "Dữ liệu thử", false);
    private static final ForeignRateSet STORED = new ForeignRateSet("tt-140-2025", "Thông tư 140/2025/TT-BTC",
            "140/2025/TT-BTC", LocalDate.of(2026, 2, 14), null, "DỮ LIỆU THỬ", List.of(KOREA, JAPAN));

    @Test
    void theSameSetReadBackChangesNothingAndDecimalsCompareByValue() {
        ForeignRateSet file = incoming(List.of(KOREA, CountryRate.country("JP", "Nhật Bản", USD, new BigDecimal("70.50"), null,
                "Dữ liệu thử", false)));

        ForeignRateSetChange change = ForeignRateSetChange.of("tep.json", file, STORED);

        assertThat(change.identical()).isTrue();
        assertThat(change.rates()).isEmpty();
    }

    @Test
    void aCountryAddedOneRemovedAndAPerDiemChanged() {
        CountryRate korea65 = CountryRate.country("KR", "Hàn Quốc", USD, new BigDecimal("65"), new BigDecimal("45"),
                "Dữ liệu thử", false);
        CountryRate thailand = CountryRate.country("TH", "Thái Lan", USD, new BigDecimal("50"), new BigDecimal("40"),
                "Dữ liệu thử", true);

        ForeignRateSetChange change = ForeignRateSetChange.of("tep.json", incoming(List.of(korea65, thailand)), STORED);

        assertThat(change.rates()).extracting(CountryRateChange::code, CountryRateChange::kind).containsExactly(
                tuple("KR", Kind.CHANGED), tuple("TH", Kind.ADDED),
                tuple("JP", Kind.REMOVED));
        assertThat(change.rates().get(0).attributes()).containsExactly(Attribute.PER_DIEM);
        assertThat(CountryRateChange.money(change.rates().get(0).before().perDiem(), USD)).isEqualTo("60 USD");
        assertThat(CountryRateChange.money(change.rates().get(0).after().perDiem(), USD)).isEqualTo("65 USD");
        assertThat(change.count(Kind.ADDED)).isEqualTo(1);
        assertThat(change.count(Kind.REMOVED)).isEqualTo(1);
        assertThat(change.replaces()).isTrue();
        assertThat(change.identical()).isFalse();
    }

    @Test
    void theBasisTheVerifiedFlagAndTheCurrencyAreDifferences() {
        CountryRate checked = CountryRate.country("KR", "Hàn Quốc", USD, new BigDecimal("60.00"), new BigDecimal("45"),
                "Phụ lục TT 140/2025 (dữ liệu thử)", true);
        CountryRate inEuro = CountryRate.country("JP", "Nhật Bản", Currency.getInstance("EUR"), new BigDecimal("70.5"), null,
                "Dữ liệu thử", false);

        ForeignRateSetChange change = ForeignRateSetChange.of("tep.json", incoming(List.of(checked, inEuro)), STORED);

        assertThat(change.rates().get(0).attributes()).containsExactly(Attribute.BASIS, Attribute.VERIFIED);
        assertThat(change.rates().get(1).attributes()).containsExactly(Attribute.CURRENCY, Attribute.PER_DIEM);
    }

    @Test
    void aGroupsCountriesCompareInAnyOrder() {
        CountryRate group = new CountryRate("NHOM-1", "Nhóm 1", List.of("LA", "KH"), USD, BigDecimal.TEN, null, "", false);
        ForeignRateSet stored = STORED.withRates(List.of(group));
        CountryRate reordered = new CountryRate("NHOM-1", "Nhóm 1", List.of("KH", "LA"), USD, BigDecimal.TEN, null, "", false);
        CountryRate widened = new CountryRate("NHOM-1", "Nhóm 1", List.of("KH", "LA", "MM"), USD, BigDecimal.TEN, null, "", false);

        assertThat(ForeignRateSetChange.of("tep.json", incoming(List.of(reordered)), stored).identical()).isTrue();
        assertThat(ForeignRateSetChange.of("tep.json", incoming(List.of(widened)), stored).rates().get(0).attributes())
                .containsExactly(Attribute.COUNTRIES);
    }

    @Test
    void theSetsOwnFieldsThatDiffer() {
        ForeignRateSet file = new ForeignRateSet("", "Thông tư 140/2025/TT-BTC", "140/2025/TT-BTC", LocalDate.of(2026, 2, 14),
                LocalDate.of(2030, 12, 31), "Đã nhập Phụ lục (dữ liệu thử)", STORED.rates());

        ForeignRateSetChange change = ForeignRateSetChange.of("tep.json", file, STORED);

        assertThat(change.fields()).containsExactly(ForeignRateSetChange.Field.EFFECTIVE_TO, ForeignRateSetChange.Field.NOTES);
        assertThat(change.rates()).isEmpty();
    }

    @Test
    void replacingKeepsTheStoredIdAndTakesTheFileWhole() {
        ForeignRateSet file = incoming(List.of(CountryRate.country("TH", "Thái Lan", USD, new BigDecimal("50"), null, "", false)));

        ForeignRateSet result = ForeignRateSetChange.of("tep.json", file, STORED).result();

        assertThat(result.id()).isEqualTo("tt-140-2025");
        assertThat(result.rates()).extracting(CountryRate::code).containsExactly("TH");
        assertThat(ForeignRateSetChange.of("tep.json", file, null).result().id()).isEmpty();
    }

    @Test
    void addedWhenNothingMatchesAndEveryCountryIsListed() {
        ForeignRateSetChange change = ForeignRateSetChange.of("tep.json", incoming(List.of(KOREA)), null);

        assertThat(change.replaces()).isFalse();
        assertThat(change.identical()).isFalse();
        assertThat(change.rates()).extracting(CountryRateChange::kind).containsExactly(Kind.ADDED);
    }

    @Test
    void theStoredSetIsFoundByNameElseByItsOneDocumentNumber() {
        ForeignRateSet tt102 = BuiltInForeignRateSets.all().get(0);
        ForeignRateSet renamed = new ForeignRateSet("", "TT 140 (bản của phòng tài chính)", "140 / 2025 / TT-BTC",
                LocalDate.of(2026, 2, 14), null, "", List.of());
        ForeignRateSet sameName = new ForeignRateSet("", "thông tư 140/2025/tt-btc", "", LocalDate.of(2026, 2, 14), null, "",
                List.of());
        ForeignRateSet unknown = new ForeignRateSet("", "Quy chế riêng", "99/QĐ", LocalDate.of(2026, 1, 1), null, "", List.of());

        assertThat(ForeignRateSetChange.storedMatch(renamed, List.of(tt102, STORED))).isSameAs(STORED);
        assertThat(ForeignRateSetChange.storedMatch(sameName, List.of(tt102, STORED))).isSameAs(STORED);
        assertThat(ForeignRateSetChange.storedMatch(unknown, List.of(tt102, STORED))).isNull();
        ForeignRateSet twin = new ForeignRateSet("other", "Bản sao", "140/2025/TT-BTC", LocalDate.of(2026, 2, 14), null, "",
                List.of());
        assertThat(ForeignRateSetChange.storedMatch(renamed, List.of(STORED, twin))).as("two of that number: added").isNull();
    }

    private static ForeignRateSet incoming(List<CountryRate> rates) {
        return new ForeignRateSet("", STORED.name(), STORED.documentNumber(), STORED.effectiveFrom(), STORED.effectiveTo(),
                STORED.notes(), rates);
    }
}
