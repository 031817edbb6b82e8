package vn.delegationdesk.abroad.rates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.abroad.BuiltInForeignRateSets;
import vn.delegationdesk.abroad.CountryRate;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.budget.rates.ui.ImportPreview;
import vn.delegationdesk.exchange.rates.ForeignRateSetExchange;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * "Nhập bộ định mức nước ngoài": the preview the user reads before anything is replaced, through a real file. Every
 * figure is TEST DATA, not the circular's.
 */
class ForeignRateSetImportViewModelTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final ForeignRateSetExchange FILES = new ForeignRateSetExchange();
    private static final CountryRate KOREA = CountryRate.country("KR", "Hàn Quốc", USD, new BigDecimal("60"),
            new BigDecimal("45"), "Dữ liệu thử", false);
    private static final CountryRate JAPAN = CountryRate.country("JP", "Nhật Bản", USD, new BigDecimal("70.5"), null, "", false);

    @TempDir
    Path dir;

    private final ForeignRateSetImportViewModel model = new ForeignRateSetImportViewModel(FILES, new Messages());

    private static ForeignRateSet stored() {
        return tt140().withRates(List.of(KOREA, JAPAN));
    }

    private static ForeignRateSet tt140() {
        return BuiltInForeignRateSets.all().stream().filter(s -> s.id().equals(BuiltInForeignRateSets.TT140_ID)).findFirst()
                .orElseThrow();
    }

    @Test
    void everyKindOfDifferenceIsShownInVietnamese() throws IOException {
        ForeignRateSet edited = tt140().withRates(List.of(
                CountryRate.country("KR", "Hàn Quốc", USD, new BigDecimal("65"), new BigDecimal("45"),
                        "Phụ lục TT 140/2025 (dữ liệu thử)", true),
                new CountryRate("NHOM-1", "Nhóm 1", List.of("LA", "KH"), USD, new BigDecimal("50.25"), null, "", false)));
        Path file = write(edited, "Dinh-muc-nuoc-ngoai.json");

        assertThat(model.open(file, List.of(BuiltInForeignRateSets.all().get(0), stored()))).isTrue();

        assertThat(model.title()).isEqualTo("Nhập bộ định mức nước ngoài");
        assertThat(model.headingProperty().get()).isEqualTo("Tệp Dinh-muc-nuoc-ngoai.json sẽ thay thế bộ định mức nước ngoài "
                + "«Thông tư 140/2025/TT-BTC»: thêm 1 nước hoặc nhóm nước, bỏ 1, thay đổi 1; 0 thông tin chung khác với bản đang "
                + "lưu. Nước chỉ có trong bản đang lưu sẽ bị bỏ: tệp là cả bộ định mức.");
        assertThat(model.lines()).containsExactly(
                "Hàn Quốc (KR) – Tiền ăn và tiêu vặt: 60 USD → 65 USD",
                "Hàn Quốc (KR) – Căn cứ: Dữ liệu thử → Phụ lục TT 140/2025 (dữ liệu thử)",
                "Hàn Quốc (KR) – Xác minh với văn bản: chưa xác minh → đã xác minh",
                "Nhóm 1 (NHOM-1: LA, KH): (không có) → tiền ăn và tiêu vặt 50,25 USD/ngày, tiền thuê chỗ ở chưa có số liệu",
                "Nhật Bản (JP): tiền ăn và tiêu vặt 70,5 USD/ngày, tiền thuê chỗ ở chưa có số liệu → (bỏ khỏi bộ định mức)");
        assertThat(model.confirmTextProperty().get()).isEqualTo("Thay thế");
        ForeignRateSet result = model.confirm().orElseThrow();
        assertThat(result.id()).isEqualTo(BuiltInForeignRateSets.TT140_ID);
        assertThat(result.rates()).extracting(CountryRate::code).containsExactly("KR", "NHOM-1");
        ImportPreview preview = model.dialogPreview();
        assertThat(preview.rows()).hasSize(5);
        assertThat(preview.confirmText()).isEqualTo("Thay thế");
    }

    @Test
    void theSetsOwnFieldsAndANewSet() throws IOException {
        ForeignRateSet changedDates = new ForeignRateSet("", stored().name(), stored().documentNumber(),
                stored().effectiveFrom(), LocalDate.of(2030, 12, 31), stored().notes(), stored().rates());
        model.open(write(changedDates, "a.json"), List.of(stored()));
        assertThat(model.lines()).containsExactly("Hết hiệu lực: (trống) → 31/12/2030");

        ForeignRateSet own = new ForeignRateSet("", "Quy chế riêng (dữ liệu thử)", "", LocalDate.of(2026, 1, 1), null, "",
                List.of(KOREA));
        assertThat(model.open(write(own, "b.json"), List.of(stored()))).isTrue();
        assertThat(model.headingProperty().get()).isEqualTo("Chưa có bộ định mức nước ngoài nào cùng tên hoặc cùng số văn bản: "
                + "tệp b.json sẽ được thêm thành bộ định mức mới «Quy chế riêng (dữ liệu thử)» gồm 1 nước hoặc nhóm nước.");
        assertThat(model.lines()).containsExactly("Hàn Quốc (KR): (không có) → tiền ăn và tiêu vặt 60 USD/ngày, tiền thuê chỗ "
                + "ở 45 USD/đêm · Dữ liệu thử");
        assertThat(model.confirmTextProperty().get()).isEqualTo("Thêm mới");
        assertThat(model.confirm().orElseThrow().id()).isEmpty();
    }

    @Test
    void theSameSetAsStoredAsksNothing() throws IOException {
        assertThat(model.open(write(stored(), "c.json"), List.of(stored()))).isFalse();
        assertThat(model.headingProperty().get()).isEqualTo("Tệp c.json giống hệt bộ định mức nước ngoài «Thông tư 140/2025/TT-BTC» "
                + "đang lưu: không có gì thay đổi.");
        assertThat(model.rows()).isEmpty();
        assertThat(model.confirm()).isEmpty();
    }

    @Test
    void aRefusedFileIsNamedWithEveryProblemAndNothingToConfirm() throws IOException {
        Path file = write(stored(), "d.json");
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\"perDiem\": \"60\"", "\"perDiem\": \"-60\"")
                .replace("\"currency\": \"USD\"", "\"currency\": \"usd\"");
        Files.writeString(file, text, StandardCharsets.UTF_8);

        assertThat(model.open(file, List.of(stored()))).isFalse();

        assertThat(model.refusalProperty().get()).isEqualTo("Không nhập tệp d.json; chưa có gì thay đổi.\n"
                + "$.foreignRateSet.rates[0].currency: tiền tệ \"usd\" không phải mã ISO 4217 (ba chữ cái in hoa, ví dụ USD, EUR, JPY)\n"
                + "$.foreignRateSet.rates[0].perDiem: mức chi không được âm (đang ghi -60)\n"
                + "$.foreignRateSet.rates[1].currency: tiền tệ \"usd\" không phải mã ISO 4217 (ba chữ cái in hoa, ví dụ USD, EUR, JPY)");
        assertThat(model.rows()).isEmpty();
        assertThat(model.confirm()).isEmpty();
    }

    private Path write(ForeignRateSet set, String name) throws IOException {
        Path file = dir.resolve(name);
        FILES.write(set, file);
        return file;
    }
}
