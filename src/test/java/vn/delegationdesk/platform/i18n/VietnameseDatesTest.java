package vn.delegationdesk.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VietnameseDatesTest {
    @Test
    void writesTheWeekdayTheWayThePlanDoes() {
        assertThat(VietnameseDates.withWeekday(LocalDate.of(2025, 10, 14))).isEqualTo("Thứ Ba, 14/10/2025");
        assertThat(VietnameseDates.withWeekday(LocalDate.of(2025, 10, 13))).isEqualTo("Thứ Hai, 13/10/2025");
        assertThat(VietnameseDates.withWeekday(LocalDate.of(2025, 10, 18))).isEqualTo("Thứ Bảy, 18/10/2025");
        assertThat(VietnameseDates.withWeekday(LocalDate.of(2025, 10, 19))).isEqualTo("Chủ nhật, 19/10/2025");
    }

    @Test
    void formatsDaysAndRanges() {
        assertThat(VietnameseDates.format(LocalDate.of(2022, 2, 22))).isEqualTo("22/02/2022");
        assertThat(VietnameseDates.format(null)).isEmpty();
        assertThat(VietnameseDates.range(LocalDate.of(2025, 10, 14), LocalDate.of(2025, 10, 19)))
                .isEqualTo("14/10/2025 – 19/10/2025");
        assertThat(VietnameseDates.range(LocalDate.of(2025, 10, 14), LocalDate.of(2025, 10, 14))).isEqualTo("14/10/2025");
        assertThat(VietnameseDates.range(null, null)).isEmpty();
    }

    @Test
    void documentDatesPadSmallDaysAndTheFirstTwoMonths() {
        assertThat(VietnameseDates.documentDate(LocalDate.of(2025, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2025");
        assertThat(VietnameseDates.documentDate(LocalDate.of(2025, 9, 30))).isEqualTo("ngày 30 tháng 9 năm 2025");
        assertThat(VietnameseDates.documentDate(LocalDate.of(2025, 12, 1))).isEqualTo("ngày 01 tháng 12 năm 2025");
    }
}
