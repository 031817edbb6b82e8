package vn.delegationdesk.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextFoldingTest {
    @Test
    void removesMarksCaseAndTheStrokeOfD() {
        assertThat(TextFolding.fold("tỉnh Đắk Lắk")).isEqualTo("tinh dak lak");
        assertThat(TextFolding.fold("LÂM ĐỒNG")).isEqualTo("lam dong");
        assertThat(TextFolding.fold("  Thừa   Thiên\tHuế ")).isEqualTo("thua thien hue");
        assertThat(TextFolding.fold(null)).isEmpty();
    }

    @Test
    void decomposedInputFoldsTheSame() {
        String nfd = Normalizer.normalize("Đắk Lắk", Normalizer.Form.NFD);
        assertThat(TextFolding.fold(nfd)).isEqualTo("dak lak");
    }

    @Test
    void everyWordOfTheQueryMustBeginAWord() {
        String key = TextFolding.searchKey("Đoàn khảo sát tỉnh Đắk Lắk, tỉnh Lâm Đồng – 14/10/2025 Dự thảo");
        assertThat(key).isEqualTo(" doan khao sat tinh dak lak tinh lam dong 14 10 2025 du thao");
        assertThat(TextFolding.matchesAll(key, TextFolding.tokens("dak lak"))).isTrue();
        assertThat(TextFolding.matchesAll(key, TextFolding.tokens("lak"))).isTrue();
        assertThat(TextFolding.matchesAll(key, TextFolding.tokens("lâm   DU TH"))).isTrue();
        assertThat(TextFolding.matchesAll(key, TextFolding.tokens("10/2025"))).isTrue();
        assertThat(TextFolding.matchesAll(key, TextFolding.tokens("ak"))).isFalse();
        assertThat(TextFolding.matchesAll(key, TextFolding.tokens("lak hue"))).isFalse();
        assertThat(TextFolding.tokens("   ")).isEmpty();
    }
}
