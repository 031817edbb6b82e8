package vn.delegationdesk.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AmountInWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|Không đồng",
        "1|Một đồng",
        "11|Mười một đồng",
        "14|Mười bốn đồng",
        "15|Mười lăm đồng",
        "21|Hai mươi mốt đồng",
        "24|Hai mươi tư đồng",
        "25|Hai mươi lăm đồng",
        "101|Một trăm linh một đồng",
        "105|Một trăm linh năm đồng",
        "110|Một trăm mười đồng",
        "711|Bảy trăm mười một đồng",
        "731|Bảy trăm ba mươi mốt đồng",
        "1050000|Một triệu không trăm năm mươi nghìn đồng",
        "1000050|Một triệu không trăm năm mươi đồng",
        "66600000|Sáu mươi sáu triệu sáu trăm nghìn đồng",
        "1000000000|Một tỷ đồng",
        "2147483648|Hai tỷ một trăm bốn mươi bảy triệu bốn trăm tám mươi ba nghìn sáu trăm bốn mươi tám đồng",
        "5005005|Năm triệu không trăm linh năm nghìn không trăm linh năm đồng",
        "1000000000000|Một nghìn tỷ đồng",
    })
    void readsAmountsAsAccountingDocumentsDo(long amount, String words) {
        assertThat(AmountInWords.of(amount)).isEqualTo(words);
    }

    @Test
    void refusesNegativeAmounts() {
        assertThatThrownBy(() -> AmountInWords.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
