package vn.delegationdesk.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgencyNamesTest {
    @Test
    void capitalNamesReadAsInASentence() {
        assertThat(AgencyNames.inSentence("SỞ VĂN HÓA VÀ THỂ THAO")).isEqualTo("Sở Văn hóa và Thể thao");
        assertThat(AgencyNames.inSentence("BỘ TÀI CHÍNH")).isEqualTo("Bộ Tài chính");
        assertThat(AgencyNames.inSentence("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH ĐẮK LẮK"))
                .isEqualTo("Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk");
        assertThat(AgencyNames.inSentence("UBND THÀNH PHỐ HÀ NỘI")).isEqualTo("UBND Thành phố Hà Nội");
    }

    @Test
    void aNameWithSmallLettersIsKeptAsTyped() {
        assertThat(AgencyNames.inSentence("Sở Văn hóa và Thể thao")).isEqualTo("Sở Văn hóa và Thể thao");
        assertThat(AgencyNames.inSentence("")).isEmpty();
    }
}
