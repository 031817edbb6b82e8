package vn.delegationdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.platform.i18n.Messages;

/** The text policy: what each class of character gives, in the words the user reads. */
class TextRulesTest {
    private static final TextLimit NAME = TextLimit.line("member", "full_name", 300);
    private static final TextLimit NOTES = TextLimit.lines("member", "notes", 4000);
    private final Messages messages = new Messages();

    private List<String> problems(String value, TextLimit limit) {
        return TextRules.check("members[3].fullName", value, limit).stream().map(messages::describe).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "NUL     | 0x0000 | có ký tự điều khiển không in được (U+0000) ở vị trí 7",
        "BEL     | 0x0007 | có ký tự điều khiển không in được (U+0007) ở vị trí 7",
        "ESC     | 0x001B | có ký tự điều khiển không in được (U+001B) ở vị trí 7",
        "DEL     | 0x007F | có ký tự điều khiển không in được (U+007F) ở vị trí 7",
        "C1 NEL  | 0x0085 | có ký tự điều khiển không in được (U+0085) ở vị trí 7",
        "C1 CSI  | 0x009B | có ký tự điều khiển không in được (U+009B) ở vị trí 7",
        "TAB     | 0x0009 | có ký tự tab (U+0009) ở vị trí 7; trường này chỉ nhận một dòng, hãy thay bằng dấu cách",
        "LF      | 0x000A | có dấu xuống dòng (U+000A) ở vị trí 7; trường này chỉ nhận một dòng",
        "CR      | 0x000D | có dấu xuống dòng (U+000D) ở vị trí 7; trường này chỉ nhận một dòng",
        "LS      | 0x2028 | có dấu ngắt dòng đặc biệt (U+2028) ở vị trí 7; hãy xuống dòng bằng phím Enter",
        "high    | 0xD800 | có ký tự hỏng (U+D800, nửa mã UTF-16 đứng lẻ, không thành chữ nào) ở vị trí 7",
        "low     | 0xDC00 | có ký tự hỏng (U+DC00, nửa mã UTF-16 đứng lẻ, không thành chữ nào) ở vị trí 7",
        "RLO     | 0x202E | có ký tự ẩn đổi hướng chữ (U+202E) ở vị trí 7, có thể làm chữ hiện khác với nội dung thật",
        "LRE     | 0x202A | có ký tự ẩn đổi hướng chữ (U+202A) ở vị trí 7, có thể làm chữ hiện khác với nội dung thật",
        "RLI     | 0x2067 | có ký tự ẩn đổi hướng chữ (U+2067) ở vị trí 7, có thể làm chữ hiện khác với nội dung thật",
        "PDI     | 0x2069 | có ký tự ẩn đổi hướng chữ (U+2069) ở vị trí 7, có thể làm chữ hiện khác với nội dung thật",
        "RLM     | 0x200F | có ký tự ẩn đổi hướng chữ (U+200F) ở vị trí 7, có thể làm chữ hiện khác với nội dung thật",
        "ZWSP    | 0x200B | có ký tự ẩn không nhìn thấy (U+200B) ở vị trí 7",
        "WJ      | 0x2060 | có ký tự ẩn không nhìn thấy (U+2060) ở vị trí 7",
        "BOM     | 0xFEFF | có ký tự ẩn không nhìn thấy (U+FEFF) ở vị trí 7",
        "nonchar | 0xFFFF | có mã không phải là ký tự (U+FFFF) ở vị trí 7",
    })
    void eachRefusedClassIsNamedWithItsCodeAndPosition(String name, String code, String expected) {
        String value = "Nguyễn" + (char) Integer.decode(code).intValue() + "Văn An";

        assertThat(problems(value, NAME)).as(name).containsExactly("members[3].fullName: " + expected);
    }

    @Test
    void tabAndLineBreaksAreAllowedInAMultiLineFieldButNotOtherControls() {
        assertThat(TextRules.check("notes", "Dòng 1\r\nDòng 2\tcột", NOTES)).isEmpty();
        assertThat(problems("Dòng 1\nDòng 2\u001b", NOTES))
                .containsExactly("members[3].fullName: có ký tự điều khiển không in được (U+001B) ở vị trí 14");
        assertThat(problems("Dòng 1\u2029Dòng 2", NOTES))
                .containsExactly("members[3].fullName: có dấu ngắt dòng đặc biệt (U+2029) ở vị trí 7; hãy xuống dòng bằng phím Enter");
    }

    @Test
    void vietnameseInEitherFormEmojiPairsAndJoinersAreAllowed() {
        String nfc = "Nguyễn Thị Hồng Nhung – Phó Giám đốc Sở Văn hóa và Thể thao";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);

        assertThat(TextRules.check("p", nfc, NAME)).isEmpty();
        assertThat(TextRules.check("p", nfd, NAME)).isEmpty();
        assertThat(TextRules.check("p", "Chúc mừng 🎉 gia đình 👨\u200D👩\u200D👧 ️", NAME)).isEmpty();
        assertThat(TextRules.check("p", "می\u200Cخواهم", NAME)).as("zero width non-joiner").isEmpty();
        assertThat(TextRules.check("p", "Nguyễn\u00A0Văn\u00ADAn", NAME)).as("no-break space, soft hyphen").isEmpty();
        assertThat(TextRules.check("p", "", NAME)).isEmpty();
        assertThat(TextRules.check("p", null, NAME)).isEmpty();
    }

    @Test
    void thePositionCountsCharactersNotUtf16UnitsSoAnEmojiIsOne() {
        assertThat(problems("🎉🎉\u001b", NAME))
                .containsExactly("members[3].fullName: có ký tự điều khiển không in được (U+001B) ở vị trí 3");
    }

    @Test
    void aBrokenPairIsRefusedWhereverItsHalfStands() {
        assertThat(problems("An\uDE00", NAME)).singleElement().asString().contains("(U+DE00", "ở vị trí 3");
        assertThat(problems("\uD83DAn", NAME)).singleElement().asString().contains("(U+D83D", "ở vị trí 1");
    }

    @Test
    void aTextLongerThanItsFieldNamesItsLengthAndTheLimitWithVietnameseGrouping() {
        TextLimit title = TextLimit.lines("delegation", "title", 2000);

        assertThat(TextRules.check("title", "a".repeat(2000), title)).isEmpty();
        assertThat(TextRules.check("title", "a".repeat(2345), title).stream().map(messages::describe))
                .containsExactly("title: dài 2.345 ký tự, tối đa 2.000");
    }

    @Test
    void onlyTheFirstBadCharacterIsReportedWithTheLengthBeside() {
        String value = "\u001b".repeat(301);

        assertThat(problems(value, NAME)).containsExactly(
                "members[3].fullName: dài 301 ký tự, tối đa 300",
                "members[3].fullName: có ký tự điều khiển không in được (U+001B) ở vị trí 1");
    }

    @Test
    void aListIsCheckedElementByElementAtItsIndex() {
        List<ValidationError> errors = new java.util.ArrayList<>();
        TextRules.checkEach("recipients", List.of("Như trên;", "Lưu: VT\u0007"), TextLimit.line("recipient", "name", 2000), errors);

        assertThat(errors).extracting(ValidationError::path).containsExactly("recipients[1]");
    }

    @Test
    void forDisplayShowsRefusedCharactersAsReplacementAndShortensLongTexts() {
        assertThat(TextRules.forDisplay("Nguyễn\u001bVăn\nAn\u202E", 80)).isEqualTo("Nguyễn\uFFFDVăn An\uFFFD");
        assertThat(TextRules.forDisplay("🎉".repeat(5), 3)).isEqualTo("🎉🎉🎉…");
        assertThat(TextRules.forDisplay(null, 3)).isEmpty();
    }
}
