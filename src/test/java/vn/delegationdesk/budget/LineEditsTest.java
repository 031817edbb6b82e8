package vn.delegationdesk.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/** Typing into the estimate's lines, without a screen: what is stored, and the sentence a refusal shows. */
class LineEditsTest {
    private static final List<RateSet> RATES = BuiltInRateSets.all();
    private static final LineEdits.Line PER_DIEM = new LineEdits.Line("perDiem", "II.1", false);
    private final Messages messages = new Messages();
    private final Delegation seed = SampleDelegation.create();
    private final LineEdits edits = new LineEdits(seed, RATES, EstimateCalculator.compute(seed, EstimateWorksheet.EMPTY, RATES));

    private String sentence(LineEdits.Outcome outcome) {
        return messages.get(outcome.refusal().messageKey(), outcome.refusal().args().toArray());
    }

    @Test
    void aTypedPriceIsStoredAsTheLinesOwnValue() {
        LineEdits.Outcome outcome = edits.edit(EstimateWorksheet.EMPTY, PER_DIEM, LineField.UNIT_PRICE, " 250.000 ");

        assertThat(outcome.refused()).isFalse();
        assertThat(outcome.worksheet().override("perDiem").unitPrice()).isEqualTo(250_000L);
        assertThat(outcome.worksheet().override("perDiem").edited()).containsExactly(LineField.UNIT_PRICE);
    }

    @Test
    void thePlansOwnValueOrNothingGivesTheFieldBackToThePlan() {
        EstimateWorksheet edited = edits.edit(EstimateWorksheet.EMPTY, PER_DIEM, LineField.UNIT_PRICE, "250.000").worksheet();

        assertThat(edits.edit(edited, PER_DIEM, LineField.UNIT_PRICE, "300.000").worksheet()).isEqualTo(EstimateWorksheet.EMPTY);
        assertThat(edits.edit(edited, PER_DIEM, LineField.UNIT_PRICE, "").worksheet()).isEqualTo(EstimateWorksheet.EMPTY);
        assertThat(edits.edit(EstimateWorksheet.EMPTY, PER_DIEM, LineField.CONTENT, "Phụ cấp lưu trú").worksheet())
                .isSameAs(EstimateWorksheet.EMPTY);
    }

    @Test
    void aNumberThatIsNoWholeNumberIsRefusedNamingTheFieldAndTheLine() {
        LineEdits.Outcome words = edits.edit(EstimateWorksheet.EMPTY, PER_DIEM, LineField.QUANTITY, "ba mươi");
        LineEdits.Outcome negative = edits.edit(EstimateWorksheet.EMPTY, PER_DIEM, LineField.UNIT_PRICE, "-300.000");

        assertThat(words.refused()).isTrue();
        assertThat(words.worksheet()).isNull();
        assertThat(sentence(words)).isEqualTo("Số lượng của dòng II.1 phải là số nguyên không âm, ví dụ 37 (đã nhập «ba mươi»); "
                + "giá trị cũ được giữ nguyên.");
        assertThat(sentence(negative)).isEqualTo("Đơn giá của dòng II.1 phải là số nguyên không âm, ví dụ 2.450.000 "
                + "(đã nhập «-300.000»); giá trị cũ được giữ nguyên.");
        assertThat(sentence(edits.edit(EstimateWorksheet.EMPTY, new LineEdits.Line("travel.car", "I.3", false), LineField.TIMES,
                "1,5"))).startsWith("Số ngày/lần của dòng I.3 phải là số nguyên không âm");
    }

    @Test
    void aPastedTextTheStoreWouldRefuseIsRefusedInTheCellNamingTheFieldTheLineAndTheCharacter() {
        LineEdits.Outcome override = edits.edit(EstimateWorksheet.EMPTY, PER_DIEM, LineField.CONTENT, "Phụ cấp\u202e lưu trú");
        LineEdits.Outcome tooLong = edits.edit(EstimateWorksheet.EMPTY, PER_DIEM, LineField.UNIT, "người".repeat(21));

        assertThat(override.worksheet()).isNull();
        assertThat(sentence(override)).isEqualTo("Nội dung của dòng II.1 có ký tự ẩn đổi hướng chữ (U+202E) ở vị trí 8, có thể làm "
                + "chữ hiện khác với nội dung thật; giá trị cũ được giữ nguyên.");
        assertThat(sentence(tooLong)).isEqualTo("ĐVT của dòng II.1 dài 105 ký tự, tối đa 100; giá trị cũ được giữ nguyên.");
        assertThat(edits.edit(EstimateWorksheet.EMPTY, PER_DIEM, LineField.BASIS, "Thông tư 12/2025/TT-BTC 😀").refused()).isFalse();
    }

    @Test
    void anAddedLineTakesItsFieldsButNeedsAQuantity() {
        EstimateWorksheet withLine = EstimateWorksheet.EMPTY.withManualLines(List.of(
                new ManualLine("gift", SectionKind.OTHER.name(), "Khoản chi mới", "", 1, 1, null, "")));
        LineEdits.Line gift = new LineEdits.Line("manual.gift", "VI.1", true);

        EstimateWorksheet named = edits.edit(withLine, gift, LineField.CONTENT, "Quà tặng đơn vị bạn").worksheet();
        EstimateWorksheet priced = edits.edit(named, gift, LineField.UNIT_PRICE, "1.500.000").worksheet();
        LineEdits.Outcome noQuantity = edits.edit(priced, gift, LineField.QUANTITY, "  ");

        assertThat(priced.manualLines()).containsExactly(
                new ManualLine("gift", SectionKind.OTHER.name(), "Quà tặng đơn vị bạn", "", 1, 1, 1_500_000L, ""));
        assertThat(priced.overrides()).isEmpty();
        assertThat(sentence(noQuantity)).isEqualTo("Số lượng của dòng VI.1 phải là số nguyên không âm, ví dụ 37 (đã nhập «»); "
                + "giá trị cũ được giữ nguyên.");
        assertThat(edits.edit(priced, gift, LineField.UNIT_PRICE, "").worksheet().manualLines().get(0).unitPrice()).isNull();
    }

    @Test
    void aFigureTooLargeToAddUpIsRefusedNamingTheLine() {
        EstimateWorksheet dear = edits.edit(EstimateWorksheet.EMPTY, PER_DIEM, LineField.UNIT_PRICE, "999.999.999.999.999")
                .worksheet();

        LineEdits.Outcome outcome = edits.edit(dear, PER_DIEM, LineField.QUANTITY, "999.999.999.999.999");

        assertThat(outcome.refused()).isTrue();
        assertThat(sentence(outcome)).startsWith("Con số quá lớn: thành tiền của dòng II.1 hoặc tổng dự toán vượt quá giới hạn");
    }

    @Test
    void withoutAPlanNothingIsComparedOrChecked() {
        LineEdits none = new LineEdits(null, RATES, null);

        EstimateWorksheet next = none.edit(EstimateWorksheet.EMPTY, PER_DIEM, LineField.QUANTITY, "999.999.999.999.999")
                .worksheet();

        assertThat(next.override("perDiem").quantity()).isEqualTo(999_999_999_999_999L);
    }
}
