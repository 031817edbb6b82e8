package vn.delegationdesk.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class VietnameseNumbersTest {
    @Test
    void groupsOfThreeWithDots() {
        assertThat(VietnameseNumbers.format(66_600_000L)).isEqualTo("66.600.000");
        assertThat(VietnameseNumbers.format(0L)).isEqualTo("0");
        assertThat(VietnameseNumbers.format(999L)).isEqualTo("999");
        assertThat(VietnameseNumbers.format(1_000L)).isEqualTo("1.000");
        assertThat(VietnameseNumbers.format(-1_500L)).isEqualTo("-1.500");
        assertThat(VietnameseNumbers.format(Long.MAX_VALUE)).isEqualTo("9.223.372.036.854.775.807");
        assertThat(VietnameseNumbers.format((Long) null)).isEmpty();
    }

    @Test
    void readsWhatAUserTypes() {
        assertThat(VietnameseNumbers.parseWhole("66.600.000")).isEqualTo(OptionalLong.of(66_600_000L));
        assertThat(VietnameseNumbers.parseWhole(" 66 600 000 ")).isEqualTo(OptionalLong.of(66_600_000L));
        assertThat(VietnameseNumbers.parseWhole("2450000")).isEqualTo(OptionalLong.of(2_450_000L));
        assertThat(VietnameseNumbers.parseWhole("0")).isEqualTo(OptionalLong.of(0L));
    }

    @Test
    void refusesWhatIsNoWholeNonNegativeNumber() {
        for (String bad : new String[] {"", " ", "-5", "1,5", "1.5", "12.34.567", "abc", "3tr", "1234567890123456", null}) {
            assertThat(VietnameseNumbers.parseWhole(bad)).as(String.valueOf(bad)).isEmpty();
        }
    }
}
