package vn.delegationdesk.exchange.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateSetFileException;
import vn.delegationdesk.exchange.PackageFiles;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * Every refused rate-set file: the Vietnamese sentence the user reads, naming the field, the file's name carried with
 * it, and the stored sets exactly as before.
 */
class RateSetRefusalTest {
    private static final Messages MESSAGES = new Messages();

    @TempDir
    Path dir;

    private BudgetService store;
    private List<RateSet> before;
    private ObjectNode tree;

    @BeforeEach
    void setUp() {
        store = RateSetFiles.freshStore();
        before = store.rateSets();
        tree = RateSetFiles.tree(RateSetFiles.completedTt12());
    }

    @Test
    void theUndamagedFileReads() {
        assertThat(store.previewRateSetImport(RateSetFiles.write(dir, tree)).incoming().name())
                .isEqualTo("Thông tư 12/2025/TT-BTC");
    }

    @Test
    void notJson() {
        assertThat(refused("Bộ định mức TT 12/2025".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("Tệp không phải JSON hợp lệ (dòng 1, cột 3).");
    }

    @Test
    void truncated() {
        byte[] whole = RateSetFiles.WRITER.toBytes(RateSetFiles.completedTt12());
        assertThat(refused(Arrays.copyOf(whole, whole.length / 2))).singleElement().asString()
                .startsWith("Tệp JSON bị cắt cụt, kết thúc đột ngột ở dòng ");
    }

    @Test
    void notUtf8() {
        byte[] latin1 = "{\"format\": \"delegation-desk/rate-set\", \"name\": \"Thông tư\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(refused(latin1)).containsExactly(
                "Tệp không phải văn bản JSON mã hóa UTF-8 (có byte không hợp lệ ở dòng 1), nên không phải tệp bộ định mức.");
    }

    @Test
    void aDelegationPackageIsNamedAsSuch() {
        byte[] delegationPackage = PackageFiles.WRITER.toBytes(SampleDelegation.create());
        assertThat(refused(delegationPackage)).containsExactly("$.format: tệp này là gói đoàn công tác (delegation-desk/package), "
                + "không phải tệp bộ định mức; hãy chọn tệp bộ định mức (delegation-desk/rate-set)");
    }

    @Test
    void anyOtherJson() {
        assertThat(refused("{\"name\": \"Danh bạ\", \"items\": []}".getBytes(StandardCharsets.UTF_8))).containsExactly(
                "$.format: thiếu trường \"format\", tệp không phải tệp bộ định mức (định dạng cần có: delegation-desk/rate-set)");
        assertThat(refused("[1, 2, 3]".getBytes(StandardCharsets.UTF_8))).containsExactly(
                "Tệp không phải tệp bộ định mức: nội dung phải là một đối tượng JSON có trường \"format\".");
        tree.put("format", "trip-planner/rates");
        assertThat(refused(tree)).containsExactly(
                "$.format: định dạng \"trip-planner/rates\" không được hỗ trợ; định dạng hỗ trợ: delegation-desk/rate-set");
    }

    @Test
    void aNewerVersion() {
        tree.put("formatVersion", 3);
        assertThat(refused(tree)).containsExactly("$.formatVersion: tệp bộ định mức phiên bản 3 không được hỗ trợ (có thể được "
                + "xuất từ phiên bản Delegation Desk mới hơn); phiên bản hỗ trợ: 1, 2");
    }

    @Test
    void anUnknownRateKey() {
        RateSetFiles.value(tree, 2).put("key", "LODGING_FLAT_VILLA");
        assertThat(refused(tree)).singleElement().asString().startsWith(
                "$.rateSet.values[2].key: khoản định mức \"LODGING_FLAT_VILLA\" không có trong Delegation Desk; "
                        + "các khoản hợp lệ: PER_DIEM, PER_DIEM_SEA, ");
    }

    @Test
    void aNegativeAmount() {
        RateSetFiles.value(tree, 0).put("amount", -300_000);
        assertThat(refused(tree)).containsExactly("$.rateSet.values[0].amount: mức chi không được âm (đang ghi -300000)");
    }

    @Test
    void aNonIntegerAmount() {
        RateSetFiles.value(tree, 0).put("amount", new BigDecimal("300000.50"));
        RateSetFiles.value(tree, 1).put("amount", "400.000");
        assertThat(refused(tree)).containsExactly(
                "$.rateSet.values[0].amount: mức chi phải là số đồng nguyên không âm, viết liền không dấu chấm (ví dụ 1500000), "
                        + "không phải 300000.50",
                "$.rateSet.values[1].amount: mức chi phải là số đồng nguyên không âm, viết liền không dấu chấm (ví dụ 1500000), "
                        + "không phải \"400.000\"");
    }

    @Test
    void anAbsurdlyLargeAmount() {
        RateSetFiles.value(tree, 0).put("amount", 3_000_000_000_000L);
        RateSetFiles.value(tree, 1).put("amount", new BigInteger("99999999999999999999999"));
        assertThat(refused(tree)).containsExactly(
                "$.rateSet.values[0].amount: mức chi 3000000000000 đồng quá lớn (tối đa 1.000.000.000 đồng); có thể thừa chữ số 0",
                "$.rateSet.values[1].amount: mức chi 99999999999999999999999 đồng quá lớn (tối đa 1.000.000.000 đồng); "
                        + "có thể thừa chữ số 0");
    }

    @Test
    void aMissingOrEmptyName() {
        RateSetFiles.body(tree).remove("name");
        assertThat(refused(tree)).containsExactly("$.rateSet.name: thiếu trường bắt buộc");
        RateSetFiles.body(tree).put("name", "   ");
        assertThat(refused(tree)).containsExactly("$.rateSet.name: tên bộ định mức không được để trống");
    }

    @Test
    void anEndDateBeforeTheStart() {
        RateSetFiles.body(tree).put("effectiveTo", "2025-05-03");
        assertThat(refused(tree)).containsExactly(
                "$.rateSet.effectiveTo: ngày hết hiệu lực 2025-05-03 trước ngày có hiệu lực 2025-05-04");
    }

    @Test
    void aDuplicateRateKey() {
        ((ArrayNode) RateSetFiles.body(tree).get("values")).add(RateSetFiles.value(tree, 0).deepCopy().put("amount", 350_000));
        assertThat(refused(tree)).containsExactly(
                "$.rateSet.values[16].key: khoản PER_DIEM đã có ở $.rateSet.values[0]; mỗi khoản chỉ được ghi một lần");
    }

    @Test
    void aDuplicateJsonKey() {
        String text = new String(RateSetFiles.WRITER.toBytes(RateSetFiles.completedTt12()), StandardCharsets.UTF_8)
                .replace("\"issuer\": \"Bộ Tài chính\",", "\"issuer\": \"Bộ Tài chính\", \"issuer\": \"Sở Tài chính\",");
        assertThat(refused(text.getBytes(StandardCharsets.UTF_8))).singleElement().asString()
                .startsWith("$.rateSet.issuer: trường \"issuer\" xuất hiện hai lần trong cùng một đối tượng (dòng ");
    }

    @Test
    void aJsonKeyRepeatedInsideAValue() {
        String text = completedText();
        String amount = "\"amount\": 1500000,";
        int first = text.indexOf(amount);
        String damaged = text.substring(0, first) + amount + " " + text.substring(first);

        assertThat(refused(damaged.getBytes(StandardCharsets.UTF_8))).containsExactly("$.rateSet.values[10].amount: trường "
                + "\"amount\" xuất hiện hai lần trong cùng một đối tượng (" + at(damaged, first + amount.length() + 1) + ")");
    }

    @Test
    void extraDataAfterTheSetIsNotACutFile() {
        String text = completedText();
        for (String extra : List.of("]", "}\n", "x", "{}")) {
            String damaged = text + extra;
            assertThat(refused(damaged.getBytes(StandardCharsets.UTF_8))).as(extra).containsExactly(
                    "Tệp có nội dung thừa sau khi kết thúc dữ liệu JSON (" + at(damaged, text.length())
                            + "); một tệp chỉ chứa một đối tượng JSON.");
        }
    }

    @Test
    void numbersBeyondTheLimitsOfTheFile() {
        String text = completedText();
        String negativeZero = text.replace("\"amount\": 1500000", "\"amount\": -0");
        assertThat(refused(negativeZero.getBytes(StandardCharsets.UTF_8))).containsExactly("$.rateSet.values[10].amount: số -0 "
                + "(âm không) không hợp lệ, hãy ghi 0 (" + at(negativeZero, negativeZero.indexOf(": -0") + 2) + ")");

        String longNumber = text.replace("\"amount\": 1500000", "\"amount\": 1" + "0".repeat(30));
        assertThat(refused(longNumber.getBytes(StandardCharsets.UTF_8))).containsExactly("$.rateSet.values[10].amount: số có "
                + "hơn 30 chữ số (" + at(longNumber, longNumber.indexOf("1" + "0".repeat(30))) + "); không có số nào trong tệp dài "
                + "đến thế");

        RateSetFiles.value(tree, 0).put("amount", new BigDecimal("3E+5"));
        assertThat(refused(tree)).containsExactly("$.rateSet.values[0].amount: mức chi phải là số đồng nguyên không âm, viết liền "
                + "không dấu chấm (ví dụ 1500000), không phải 3E+5");
    }

    @Test
    void aDeepOrLongFile() {
        String deep = "{\"format\": \"delegation-desk/rate-set\", \"rateSet\": " + "[".repeat(64) + "]".repeat(64) + "}";
        assertThat(refused(deep.getBytes(StandardCharsets.UTF_8))).containsExactly("Tệp có dữ liệu lồng nhau quá 64 cấp ("
                + at(deep, deep.indexOf('[') + 63) + "), không thể là tệp của Delegation Desk.");

        String text = completedText();
        String notes = "\"notes\": \"";
        int start = text.indexOf(notes) + notes.length() - 1;
        String longNotes = text.substring(0, start + 1) + "đ".repeat(100_001) + text.substring(start + 1);
        assertThat(refused(longNotes.getBytes(StandardCharsets.UTF_8))).containsExactly("$.rateSet.notes: chuỗi dài hơn 100.000 "
                + "ký tự (bắt đầu ở " + at(longNotes, start) + "); Delegation Desk không lưu được nội dung dài đến thế");
    }

    @Test
    void aMisspeltFieldIsRefusedRatherThanIgnored() {
        RateSetFiles.value(tree, 0).remove("verified");
        RateSetFiles.value(tree, 0).put("verifed", true);
        assertThat(refused(tree)).containsExactly("$.rateSet.values[0].verifed: trường không có trong tệp bộ định mức "
                + "(có thể viết sai tên); các trường hợp lệ: key, amount, basis, verified");
    }

    @Test
    void everyProblemIsListedAtOnce() {
        RateSetFiles.body(tree).put("name", "");
        RateSetFiles.body(tree).put("kind", "PROVINCIAL");
        RateSetFiles.value(tree, 0).put("amount", -1);
        assertThat(refused(tree)).hasSize(3);
    }

    @Test
    void randomBytesEndInAMessage() {
        Random random = new Random(13);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[1 + random.nextInt(4000)];
            random.nextBytes(bytes);
            assertThat(refused(bytes)).isNotEmpty();
        }
    }

    @Test
    void everyCutOfAValidFileEndsInAMessage() {
        byte[] whole = RateSetFiles.WRITER.toBytes(RateSetFiles.completedTt12());
        for (int length = 0; length < whole.length - 2; length += 37) {
            assertThat(refused(Arrays.copyOf(whole, length))).isNotEmpty();
        }
    }

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeItIsRead() throws IOException {
        Path file = dir.resolve(RateSetFiles.FILE_NAME);
        try (RandomAccessFile big = new RandomAccessFile(file.toFile(), "rw")) {
            big.setLength(50L * 1024 * 1024);
        }
        assertThat(refusedFile(file)).containsExactly(
                "Tệp quá lớn (50 MB): tệp bộ định mức không được vượt quá 1 MB; hãy kiểm tra đã chọn đúng tệp.");
    }

    @Test
    void aMissingFile() {
        assertThat(refusedFile(dir.resolve("khong-co.json"))).singleElement().asString().startsWith("Không tìm thấy tệp ");
    }

    private static String completedText() {
        return new String(RateSetFiles.WRITER.toBytes(RateSetFiles.completedTt12()), StandardCharsets.UTF_8);
    }

    /** "dòng 3, cột 12" for the character at {@code index}, counted here independently of the parser. */
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

    private List<String> refused(ObjectNode damaged) {
        return refusedFile(RateSetFiles.write(dir, damaged));
    }

    private List<String> refused(byte[] bytes) {
        return refusedFile(RateSetFiles.write(dir, bytes));
    }

    /** The sentences the user reads, after checking the file is named and nothing was stored. */
    private List<String> refusedFile(Path file) {
        RateSetFileException refusal = catchThrowableOfType(RateSetFileException.class, () -> store.previewRateSetImport(file));
        assertThat(refusal).as("refused").isNotNull();
        assertThat(refusal.fileName()).isEqualTo(file.getFileName().toString());
        assertThat(store.rateSets()).isEqualTo(before);
        return MESSAGES.describeAll(refusal.errors());
    }
}
