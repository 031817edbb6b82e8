package vn.delegationdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.documents.DocumentService;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.exchange.json.JsonLimits;
import vn.delegationdesk.exchange.json.PackageException;
import vn.delegationdesk.exchange.json.PackageText;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.SampleEstimates;
import vn.delegationdesk.testing.TestServices;

/**
 * A package refused while it is parsed: each limit of {@link JsonLimits}, extra data after the JSON, a key repeated at
 * any depth, a negative zero. Each test asserts the sentence the user reads, with the line and column (counted in the
 * file's text independently of the parser) or the value's path, and that nothing was stored.
 */
class JsonFileRefusalTest {
    private static final Messages MESSAGES = new Messages();
    private static final String HEAD = "{\"format\": \"delegation-desk/package\", \"formatVersion\": 1, \"delegation\": ";

    @TempDir
    Path dir;

    private final InMemoryDelegationRepository repository = new InMemoryDelegationRepository();
    private final BudgetService budget = TestServices.budget();
    private final DocumentService documents = TestServices.documents();
    private final PackageService service = new PackageService(new DelegationService(repository), budget, documents);

    private String sample;

    @BeforeEach
    void setUp() {
        sample = new String(PackageFiles.WRITER.toBytes(new DelegationPackage(SampleDelegation.create(),
                SampleEstimates.pricedWorksheet(), DocumentSettings.defaults().withFirstTravelOrderNumber(41))), StandardCharsets.UTF_8);
    }

    @Test
    void theUntouchedSampleWithItsWorksheetImports() {
        long id = service.importPackage(PackageFiles.write(dir, sample));

        assertThat(budget.worksheet(id)).isEqualTo(SampleEstimates.pricedWorksheet());
        assertThat(documents.settings(id).firstTravelOrderNumber()).isEqualTo(41);
    }

    @Test
    void nestingDeeperThanSixtyFourLevels() {
        // The root object is level 1, the delegation level 2: the 63rd bracket opens level 65.
        String text = HEAD + "{\"title\": " + "[".repeat(100) + "]".repeat(100) + "}}";
        int bracket = text.indexOf('[') + 62;

        assertThat(refused(text)).containsExactly("Tệp có dữ liệu lồng nhau quá 64 cấp (" + at(text, bracket)
                + "), không thể là tệp của Delegation Desk.");
    }

    @Test
    void sixtyFourLevelsAreRead() {
        String text = HEAD + "{\"title\": \"Đoàn\", \"status\": \"DRAFT\", \"plannedSize\": 1, \"x\": " + "[".repeat(62)
                + "]".repeat(62) + "}}";

        long id = service.importPackage(PackageFiles.write(dir, text));

        assertThat(repository.findById(id)).get().extracting(d -> d.title()).isEqualTo("Đoàn");
    }

    @Test
    void aStringLongerThanTheLongestStoredText() {
        String notes = "\"notes\": \"Dữ liệu mẫu\"";
        String text = sample.replaceFirst(notes, "\"notes\": \"" + "ả".repeat(JsonLimits.MAX_STRING_CHARS + 1) + "\"");

        assertThat(refused(text)).containsExactly("members[0].notes: chuỗi dài hơn 100.000 ký tự (bắt đầu ở "
                + at(text, text.indexOf(notes.substring(0, 9)) + 9) + "); Delegation Desk không lưu được nội dung dài đến thế");
    }

    @Test
    void aStringOfExactlyTheLimitIsParsed() {
        String text = "{\"a\": \"" + "ả".repeat(JsonLimits.MAX_STRING_CHARS) + "\"}";

        assertThat(PackageText.parse(text, PackageFormat.FILE).get("a").textValue()).hasSize(JsonLimits.MAX_STRING_CHARS);
    }

    @Test
    void aFieldNameLongerThanTheLimit() {
        String text = HEAD + "{\"" + "k".repeat(JsonLimits.MAX_STRING_CHARS + 1) + "\": 1}}";

        // Located where the parser noticed, inside the name.
        assertThat(refused(text)).singleElement().asString().startsWith("Tệp có tên trường dài hơn 100.000 ký tự (dòng 1, cột ")
                .endsWith("), không thể là tệp của Delegation Desk.");
    }

    @Test
    void aNumberOfMoreThanThirtyDigits() {
        String text = sample.replace("\"plannedSize\": 37", "\"plannedSize\": " + "9".repeat(31));

        assertThat(refused(text)).containsExactly("plannedSize: số có hơn 30 chữ số ("
                + at(text, text.indexOf("9".repeat(31))) + "); không có số nào trong tệp dài đến thế");
    }

    @Test
    void aNumberOfAMillionDigitsIsANumberTooLongNotAName() {
        String text = HEAD + "{\"plannedSize\": " + "9".repeat(1_000_000) + "}}";
        assertThat(refused(text)).containsExactly("plannedSize: số có hơn 30 chữ số (" + at(text, text.indexOf('9'))
                + "); không có số nào trong tệp dài đến thế");

        String inList = HEAD + "{\"x\": [1, -" + "8".repeat(200_000) + "]}}";
        assertThat(refused(inList)).containsExactly("x[1]: số có hơn 30 chữ số (" + at(inList, inList.indexOf(", -") + 2)
                + "); không có số nào trong tệp dài đến thế");
    }

    @Test
    void aNumberOfThirtyDigitsIsParsedAndThenRefusedByItsField() {
        String text = sample.replace("\"plannedSize\": 37", "\"plannedSize\": " + "9".repeat(30));

        assertThat(refused(text)).containsExactly("plannedSize: số " + "9".repeat(30) + " vượt quá giới hạn cho phép");
    }

    @Test
    void moreThanAMillionValues() {
        String text = HEAD + "{\"x\": [" + "0,".repeat(1_000_000) + "0]}}";

        assertThat(refused(text)).singleElement().asString().startsWith(
                "Tệp có quá nhiều giá trị JSON (hơn 1.000.000 tên trường, giá trị và dấu ngoặc; vượt giới hạn ở dòng 1, cột ")
                .endsWith("), không thể là tệp của Delegation Desk.");
    }

    @Test
    void extraDataAfterTheJsonIsNotACutFile() {
        String object = HEAD + "{}}";
        for (String extra : List.of(" x", "]", "}", "{}", " {\"a\": 1}", "\n\n  \"thêm\"", " 5", "\u0000")) {
            String text = object + extra;
            int first = object.length() + extra.length() - extra.stripLeading().length();

            assertThat(refused(text)).as(extra).containsExactly("Tệp có nội dung thừa sau khi kết thúc dữ liệu JSON ("
                    + at(text, first) + "); một tệp chỉ chứa một đối tượng JSON.");
        }
    }

    @Test
    void extraDataAfterAWholePackageIsLocatedOnItsLine() {
        String text = sample + "}\n";
        long lines = sample.chars().filter(c -> c == '\n').count();

        assertThat(refused(text)).containsExactly("Tệp có nội dung thừa sau khi kết thúc dữ liệu JSON (dòng " + (lines + 1)
                + ", cột 1); một tệp chỉ chứa một đối tượng JSON.");
    }

    @Test
    void whitespaceAfterTheJsonIsFine() {
        assertThat(service.importPackage(PackageFiles.write(dir, sample + "\r\n\t \n"))).isPositive();
    }

    @Test
    void aCutFileIsStillSaidToBeCut() {
        for (String cut : List.of(sample.substring(0, sample.length() - 3), HEAD + "{\"title\": \"Đo", HEAD + "{\"sample\": tr")) {
            assertThat(refused(cut)).singleElement().asString().startsWith("Tệp JSON bị cắt cụt, kết thúc đột ngột ở dòng ");
        }
    }

    @Test
    void aKeyRepeatedAtTheTop() {
        String text = HEAD.replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"formatVersion\": 1,") + "{}}";

        assertThat(refused(text)).containsExactly("$.formatVersion: trường \"formatVersion\" xuất hiện hai lần trong cùng một "
                + "đối tượng (" + at(text, text.lastIndexOf("\"formatVersion\"")) + ")");
    }

    @Test
    void aKeyRepeatedDeepInTheDelegation() {
        String agenda = "\"durationMinutes\": ";
        int first = sample.indexOf(agenda);
        String text = sample.substring(0, first) + agenda + "30, " + sample.substring(first);

        assertThat(refused(text)).containsExactly("conferences[0].agenda[0].durationMinutes: trường \"durationMinutes\" xuất "
                + "hiện hai lần trong cùng một đối tượng (" + at(text, first + agenda.length() + 4) + ")");
    }

    @Test
    void aKeyRepeatedInsideTheEstimateWorksheet() {
        String price = "\"unitPrice\": 1500000,";
        int first = sample.indexOf(price);
        String text = sample.substring(0, first) + price + " " + sample.substring(first);

        assertThat(refused(text)).containsExactly("$.estimateWorksheet.manualLines[0].unitPrice: trường \"unitPrice\" xuất "
                + "hiện hai lần trong cùng một đối tượng (" + at(text, first + price.length() + 1) + ")");
    }

    @Test
    void aKeyRepeatedInsideAStopOfTheWorksheetAndInTheDocumentSettings() {
        String stops = "\"stops\": {";
        String withStop = sample.replace(stops, stops + "\"tỉnh Đắk Lắk\": {\"category\": \"CITY\", \"category\": \"OTHER\"}");
        assertThat(refused(withStop)).containsExactly("$.estimateWorksheet.stops.tỉnh Đắk Lắk.category: trường \"category\" "
                + "xuất hiện hai lần trong cùng một đối tượng (" + at(withStop, withStop.indexOf("\"category\": \"OTHER\"")) + ")");

        String number = "\"firstTravelOrderNumber\": 41";
        String withSettings = sample.replace(number, number + ", " + number);
        assertThat(refused(withSettings)).containsExactly("$.documentSettings.firstTravelOrderNumber: trường "
                + "\"firstTravelOrderNumber\" xuất hiện hai lần trong cùng một đối tượng ("
                + at(withSettings, withSettings.lastIndexOf(number)) + ")");
    }

    @Test
    void aNegativeZero() {
        String size = sample.replace("\"plannedSize\": 37", "\"plannedSize\": -0");
        assertThat(refused(size)).containsExactly("plannedSize: số -0 (âm không) không hợp lệ, hãy ghi 0 ("
                + at(size, size.indexOf("-0,")) + ")");

        String price = sample.replace("\"unitPrice\": 1500000", "\"unitPrice\": -0.0");
        assertThat(refused(price)).containsExactly("$.estimateWorksheet.manualLines[0].unitPrice: số -0.0 (âm không) không "
                + "hợp lệ, hãy ghi 0 (" + at(price, price.indexOf("-0.0")) + ")");
    }

    /** "dòng 3, cột 120" for the character at {@code index}, counted here independently of the parser. */
    private static String at(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "dòng " + line + ", cột " + (index - lineStart + 1);
    }

    private List<String> refused(String text) {
        Path file = PackageFiles.write(dir, text);
        PackageException refusal = catchThrowableOfType(PackageException.class, () -> service.importPackage(file));

        assertThat(refusal).as("import must be refused").isNotNull();
        assertThat(repository.size()).as("nothing stored").isZero();
        assertThat(budget.worksheet(1L)).as("no worksheet stored").isEqualTo(EstimateWorksheet.EMPTY);
        return MESSAGES.describeAll(refusal.errors());
    }
}
