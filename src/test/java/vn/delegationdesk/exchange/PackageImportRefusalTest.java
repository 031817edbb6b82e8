package vn.delegationdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.exchange.json.PackageException;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * Every refused package: the expected path and message, every problem reported at once, each reported
 * once, and nothing stored. The base file is the reference sample (37 members), damaged on purpose. How fast the
 * large files are refused is measured by {@code bench.PackageRefusalBenchmark}, not asserted here.
 */
class PackageImportRefusalTest {
    private static final Messages MESSAGES = new Messages();

    @TempDir
    Path dir;

    private InMemoryDelegationRepository repository;
    private PackageService service;
    private ObjectNode tree;

    @BeforeEach
    void setUp() {
        repository = new InMemoryDelegationRepository();
        service = new PackageService(new DelegationService(repository));
        tree = PackageFiles.tree(SampleDelegation.create());
    }

    @Test
    void theUndamagedBaseImports() {
        long id = service.importPackage(PackageFiles.write(dir, tree));

        assertThat(repository.findById(id)).contains(SampleDelegation.create().withId(id));
    }

    @Test
    void missingTitleField() {
        body().remove("title");

        assertThat(refused(tree)).extracting(ValidationError::path, ValidationError::messageKey)
                .containsExactly(tuple("title", "exchange.error.missingField"));
    }

    @Test
    void textWhereNumberExpected() {
        body().put("plannedSize", "ba mươi");

        List<ValidationError> errors = refused(tree);

        assertThat(errors).containsExactly(ValidationError.of("plannedSize", "exchange.error.expectedInteger", "\"ba mươi\""));
        assertThat(MESSAGES.describe(errors.get(0))).isEqualTo("plannedSize: phải là số nguyên, không phải \"ba mươi\"");
    }

    @Test
    void legEndingBeforeItStarts() {
        element("legs", 0).put("endDate", "2025-10-13");

        assertThat(refused(tree)).containsExactly(ValidationError.of("legs[0].endDate", "validation.endBeforeStart"));
    }

    @Test
    void unsupportedFormatVersionIsRefusedByName() {
        tree.put("formatVersion", 2);

        List<ValidationError> errors = refused(tree);

        assertThat(errors).containsExactly(ValidationError.of("$.formatVersion", "exchange.error.unsupportedVersion", "2", "1"));
        assertThat(MESSAGES.get(errors.get(0).messageKey(), errors.get(0).args().toArray()))
                .isEqualTo("định dạng gói phiên bản 2 không được hỗ trợ; phiên bản hỗ trợ: 1");
    }

    @Test
    void unknownFormatNameIsRefusedByName() {
        tree.put("format", "trip-planner/export");

        List<ValidationError> errors = refused(tree);

        assertThat(errors).containsExactly(ValidationError.of("$.format", "exchange.error.unknownFormat",
                "\"trip-planner/export\"", "delegation-desk/package"));
        assertThat(MESSAGES.describe(errors.get(0))).isEqualTo(
                "$.format: định dạng \"trip-planner/export\" không được hỗ trợ; định dạng hỗ trợ: delegation-desk/package");
    }

    @Test
    void fileWithoutFormatIsNotAPackage() {
        tree.remove("format");

        assertThat(refused(tree)).extracting(ValidationError::path, ValidationError::messageKey)
                .containsExactly(tuple("$.format", "exchange.error.formatMissing"));
    }

    @Test
    void tenMegabytesOfRandomBytesAreRefused() {
        byte[] garbage = new byte[10 * 1024 * 1024];
        new Random(20251014L).nextBytes(garbage);
        Path file = PackageFiles.write(dir, garbage);

        List<ValidationError> errors = refused(file);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("$");
            assertThat(e.messageKey()).isIn("exchange.error.notUtf8", "exchange.error.notJson");
        });
    }

    @Test
    void plainTextIsNotJson() {
        List<ValidationError> errors = refused(PackageFiles.write(dir, "Danh sách đoàn: 37 người\n"));

        assertThat(errors).containsExactly(ValidationError.of("$", "exchange.error.notJson", 1, 5));
        assertThat(MESSAGES.describe(errors.get(0))).isEqualTo("Tệp không phải JSON hợp lệ (dòng 1, cột 5).");
    }

    @Test
    void truncatedJson() {
        String full = new String(PackageFiles.WRITER.toBytes(SampleDelegation.create()), StandardCharsets.UTF_8);
        List<Integer> cuts = List.of(full.indexOf("\"programme\""), full.indexOf("Hà Nội") + 4, full.indexOf("true") + 2,
                full.length() - 2);
        for (int length : cuts) {
            String cut = full.substring(0, length);

            assertThat(refused(PackageFiles.write(dir, cut))).as("cut at %d", length).singleElement()
                    .extracting(ValidationError::path, ValidationError::messageKey)
                    .containsExactly("$", "exchange.error.truncated");
        }
    }

    @Test
    void fileAboveTheLimitIsRefusedBeforeParsing() throws IOException {
        Path file = dir.resolve("qua-lon.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(21L * 1024 * 1024);
        }

        List<ValidationError> errors = refused(file);

        // Too large, not "not JSON": the size was checked before a byte of the (all-zero) file was parsed.
        assertThat(errors).containsExactly(ValidationError.of("$", "exchange.error.tooLarge", 21.0, 20L));
        assertThat(MESSAGES.describe(errors.get(0))).startsWith("Tệp quá lớn (21 MB)");
    }

    @Test
    void duplicateMemberIds() {
        element("members", 5).put("id", "tv-01");

        assertThat(refused(tree)).containsExactly(ValidationError.of("members[5].id", "validation.duplicateId", "tv-01"));
    }

    @Test
    void unknownEnumValueListsTheAllowedValues() {
        element("members", 0).put("role", "CHIEF");

        List<ValidationError> errors = refused(tree);

        assertThat(errors).containsExactly(ValidationError.of("members[0].role", "exchange.error.unknownEnum", "\"CHIEF\"",
                "HEAD, DEPUTY, MEMBER, SECRETARY"));
        assertThat(MESSAGES.describe(errors.get(0))).isEqualTo(
                "members[0].role: giá trị \"CHIEF\" không hợp lệ; giá trị cho phép: HEAD, DEPUTY, MEMBER, SECRETARY");
    }

    @Test
    void malformedIdNumberHasTheMemberPath() {
        element("members", 12).put("idNumber", "12-34");

        assertThat(refused(tree)).containsExactly(ValidationError.of("members[12].idNumber", "validation.idNumber"));
    }

    @Test
    void severalProblemsInOneFileAreAllReportedEachOnce() {
        body().remove("title");
        body().put("plannedSize", "ba mươi");
        element("legs", 1).put("endDate", "2025-10-16");
        element("members", 3).put("gender", "ROBOT");
        element("members", 12).put("idNumber", "12-34");
        element("members", 20).put("groupId", "khong-co");
        element("conferences", 0).put("date", "14/10/2025");
        element("programme", 2).putArray("activities").addObject().put("kind", "TRAVEL");

        assertThat(refused(tree)).extracting(ValidationError::path, ValidationError::messageKey).containsExactlyInAnyOrder(
                tuple("title", "exchange.error.missingField"),
                tuple("plannedSize", "exchange.error.expectedInteger"),
                tuple("members[3].gender", "exchange.error.unknownEnum"),
                tuple("conferences[0].date", "exchange.error.expectedDate"),
                tuple("programme[2].activities[0].halfDay", "exchange.error.missingField"),
                tuple("legs[1].endDate", "validation.endBeforeStart"),
                tuple("members[12].idNumber", "validation.idNumber"),
                tuple("members[20].groupId", "validation.unknownGroup"));
    }

    @Test
    void keyRepeatedInOneObject() {
        String name = "\"fullName\": \"" + SampleDelegation.create().members().get(14).fullName() + "\",";
        String text = new String(PackageFiles.WRITER.toBytes(SampleDelegation.create()), StandardCharsets.UTF_8)
                .replace(name, name + " \"fullName\": \"Ai đó\",");

        assertThat(refused(PackageFiles.write(dir, text))).singleElement()
                .extracting(ValidationError::path, ValidationError::messageKey)
                .containsExactly("members[14].fullName", "exchange.error.duplicateKey");
    }

    @Test
    void fileLevelProblems() {
        assertThat(refusedText("")).containsExactly(ValidationError.of("$", "exchange.error.empty"));
        assertThat(refusedText("[1, 2]")).containsExactly(ValidationError.of("$", "exchange.error.notPackage"));
        assertThat(refusedText("{\"format\": \"delegation-desk/package\"} {}"))
                .containsExactly(ValidationError.of("$", "exchange.error.trailingContent", 1, 39));
        assertThat(refusedText("{\"format\": \"delegation-desk/package\", \"formatVersion\": 1}"))
                .containsExactly(ValidationError.of("$.delegation", "exchange.error.missingField"));
        assertThat(refusedText("{\"format\": \"delegation-desk/package\", \"formatVersion\": \"1\", \"delegation\": {}}"))
                .containsExactly(ValidationError.of("$.formatVersion", "exchange.error.expectedInteger", "\"1\""));
        assertThat(refusedText("{\"format\": \"delegation-desk/package\", \"formatVersion\": 1.0, \"delegation\": {}}"))
                .containsExactly(ValidationError.of("$.formatVersion", "exchange.error.integerWritten", "1.0"));
        assertThat(refused(dir.resolve("khong-co.json"))).extracting(ValidationError::messageKey)
                .containsExactly("exchange.error.fileNotFound");
    }

    @Test
    void brokenListElementIsReportedOnceNotFieldByField() {
        body().withArray("members").setNull(2);

        assertThat(refused(tree)).containsExactly(ValidationError.of("members[2]", "exchange.error.expectedObject", "null"));
    }

    @Test
    void brokenGroupIdDoesNotMakeItsMembersUnknown() {
        element("groups", 0).put("id", 7);

        assertThat(refused(tree)).containsExactly(ValidationError.of("groups[0].id", "exchange.error.expectedString", "7"));
    }

    @Test
    void brokenDateIsReportedOnceWithoutFakeOverlaps() {
        element("legs", 1).put("startDate", "abc");
        element("programme", 0).put("date", "2025-02-30");

        assertThat(refused(tree)).containsExactly(
                ValidationError.of("legs[1].startDate", "exchange.error.expectedDate", "\"abc\""),
                ValidationError.of("programme[0].date", "exchange.error.expectedDate", "\"2025-02-30\""));
    }

    @Test
    void wrongTypesAndRanges() {
        element("members", 0).put("allowanceCoefficient", "0,8");
        element("members", 1).put("onStatePayroll", "có");
        element("members", 2).putArray("fullName");
        ((ObjectNode) element("groups", 1).get("quotas").get(0)).put("seats", 99_999_999_999L);
        body().put("purposes", "một mục đích");

        assertThat(refused(tree)).containsExactly(
                ValidationError.of("purposes", "exchange.error.expectedArray", "\"một mục đích\""),
                ValidationError.of("groups[1].quotas[0].seats", "exchange.error.integerOutOfRange", "99999999999"),
                ValidationError.of("members[0].allowanceCoefficient", "exchange.error.expectedNumber", "\"0,8\""),
                ValidationError.of("members[1].onStatePayroll", "exchange.error.expectedBoolean", "\"có\""),
                ValidationError.of("members[2].fullName", "exchange.error.expectedString", "[…]"));
    }

    @Test
    void numbersTheStoreCannotKeepAreRefusedWithTheirField() {
        body().put("plannedSize", new BigDecimal("1E+400"));
        element("members", 0).put("allowanceCoefficient", new BigDecimal("10000"));
        element("members", 1).put("allowanceCoefficient", new BigDecimal("1E+999999999"));
        element("members", 2).put("allowanceCoefficient", new BigDecimal("-123456.5"));
        element("members", 3).put("allowanceCoefficient", new BigDecimal("1E-999999999"));
        element("conferences", 0).put("expectedDelegates", new BigDecimal("180.0"));

        assertThat(MESSAGES.describeAll(refused(tree))).containsExactly(
                "plannedSize: phải là số nguyên viết liền, không có phần thập phân hay số mũ (ví dụ 37), không phải 1E+400",
                "members[0].allowanceCoefficient: số 10000 nằm ngoài khoảng lưu được (từ 0 đến 9999.99)",
                "members[1].allowanceCoefficient: số 1E+999999999 nằm ngoài khoảng lưu được (từ 0 đến 9999.99)",
                "members[2].allowanceCoefficient: số -123456.5 nằm ngoài khoảng lưu được (từ 0 đến 9999.99)",
                "conferences[0].expectedDelegates: phải là số nguyên viết liền, không có phần thập phân hay số mũ (ví dụ 37), "
                        + "không phải 180.0",
                "members[3].allowanceCoefficient: hệ số phụ cấp chức vụ chỉ được có tối đa 2 chữ số thập phân, ví dụ 0,25");
    }

    @Test
    void theLargestCoefficientTheStoreKeepsIsRead() {
        element("members", 0).put("allowanceCoefficient", new BigDecimal("9999.99"));

        long id = service.importPackage(PackageFiles.write(dir, tree));

        assertThat(repository.findById(id).orElseThrow().members().get(0).allowanceCoefficient()).isEqualByComparingTo("9999.99");
    }

    private ObjectNode body() {
        return PackageFiles.body(tree);
    }

    private ObjectNode element(String list, int index) {
        return PackageFiles.element(tree, list, index);
    }

    private List<ValidationError> refusedText(String text) {
        return refused(PackageFiles.write(dir, text));
    }

    private List<ValidationError> refused(ObjectNode damaged) {
        return refused(PackageFiles.write(dir, damaged));
    }

    /** Imports, expects a refusal, checks that nothing was stored and that every message renders. */
    private List<ValidationError> refused(Path file) {
        PackageException refusal = catchThrowableOfType(PackageException.class, () -> service.importPackage(file));

        assertThat(refusal).as("import must be refused").isNotNull();
        assertThat(repository.size()).as("nothing stored").isZero();
        assertThat(MESSAGES.describeAll(refusal.errors())).allSatisfy(text -> assertThat(text).doesNotContainPattern("\\{\\d"));
        return refusal.errors();
    }
}
