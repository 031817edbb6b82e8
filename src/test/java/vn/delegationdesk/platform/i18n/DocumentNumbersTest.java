package vn.delegationdesk.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A document's number from what the clerk typed: the number alone, or the number with its symbol, never doubled. */
class DocumentNumbersTest {
    @Test
    void aBareNumberTakesTheExpectedSymbol() {
        assertThat(DocumentNumbers.reference("125", "QĐ-SVHTTDL")).isEqualTo("125/QĐ-SVHTTDL");
        assertThat(DocumentNumbers.reference("5", "KH-SVHTT")).isEqualTo("05/KH-SVHTT");
        assertThat(DocumentNumbers.reference(" 125/ ", "QĐ-SVHTT")).isEqualTo("125/QĐ-SVHTT");
    }

    @Test
    void aNumberTypedWithItsSymbolIsNeverGivenASecondOne() {
        assertThat(DocumentNumbers.reference("125/QĐ-SVHTTDL", "QĐ-SVHTTDL")).isEqualTo("125/QĐ-SVHTTDL");
        assertThat(DocumentNumbers.reference("125/QĐ-SVHTT", "QĐ-SVHTTDL")).as("the typed symbol wins")
                .isEqualTo("125/QĐ-SVHTT");
        assertThat(DocumentNumbers.reference("125 / QĐ-SVHTT", "QĐ-SVHTT")).isEqualTo("125/QĐ-SVHTT");
        assertThat(DocumentNumbers.reference("Số: 125/QĐ-SVHTT", "QĐ-SVHTT")).isEqualTo("125/QĐ-SVHTT");
        assertThat(DocumentNumbers.reference("125/qđ-svhtt", "QĐ-SVHTT")).isEqualTo("125/QĐ-SVHTT");
    }

    @Test
    void aBlankNumberLeavesRoomToWriteIt() {
        assertThat(DocumentNumbers.reference("", "QĐ-SVHTT")).isEqualTo("      /QĐ-SVHTT");
        assertThat(DocumentNumbers.numberLine("", "KH-SVHTT")).isEqualTo("Số:       /KH-SVHTT");
        assertThat(DocumentNumbers.numberLine("125/KH-SVHTT", "KH-SVHTT")).isEqualTo("Số: 125/KH-SVHTT");
        assertThat(DocumentNumbers.reference("125", "")).isEqualTo("125");
    }
}
