package vn.delegationdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsCutTest {
    @Test
    void aTextIsCutToItsColumnNeverInsideACharacter() {
        assertThat(Texts.cut("Nguyễn Thị Lan", 6)).isEqualTo("Nguyễn");
        assertThat(Texts.cut("ab\uD83D\uDE00", 3)).isEqualTo("ab");
        assertThat(Texts.cut(null, 5)).isEmpty();
        assertThat(Texts.cut("MAY-VAN-THU", 200)).isEqualTo("MAY-VAN-THU");
    }
}
