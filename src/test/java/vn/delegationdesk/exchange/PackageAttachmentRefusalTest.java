package vn.delegationdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.EstimateInputs;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.budget.LineOverride;
import vn.delegationdesk.budget.LodgingMode;
import vn.delegationdesk.budget.ManualLine;
import vn.delegationdesk.budget.StopCategory;
import vn.delegationdesk.budget.StopSetting;
import vn.delegationdesk.budget.persistence.WorksheetJson;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.documents.DocumentService;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.EstimateApproval;
import vn.delegationdesk.documents.IssueNumber;
import vn.delegationdesk.exchange.json.JsonPaths;
import vn.delegationdesk.exchange.json.PackageException;
import vn.delegationdesk.exchange.json.PackageJson;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.TestServices;

/**
 * The estimate worksheet and document settings of a package are the store's own JSON, but a package may have been
 * edited by hand: every value of the wrong type or out of range is refused with its path inside the object, where the
 * store's lenient reader would have coerced it ("12" read as 12, "abc" as 0) or failed without saying where.
 */
class PackageAttachmentRefusalTest {
    private static final Messages MESSAGES = new Messages();
    /** Every field the store writes, set. */
    private static final EstimateWorksheet FULL_WORKSHEET = new EstimateWorksheet(
            new EstimateInputs("tt-12-2025", "hdnd-ha-noi", LodgingMode.FLAT,
                    Map.of("tỉnh Đắk Lắk", new StopSetting(StopCategory.CITY, true))),
            Map.of("travel.car", new LineOverride("Thuê xe 45 chỗ", "xe", 1L, 6L, 3_500_000L, "Báo giá", false),
                    "travel.transfer", LineOverride.NONE.withRemoved(true)),
            List.of(new ManualLine("m1", "OTHER", "Quà tặng", "phần", 2, 1, 1_500_000L, "Quy chế"),
                    new ManualLine("m2", "OTHER", "Cước hành lý", "kiện", 3, 2, null, "")));
    private static final DocumentSettings FULL_SETTINGS = new DocumentSettings(new IssueNumber("125", LocalDate.of(2025, 9, 30)),
            "Trưởng phòng Tổ chức - Pháp chế", List.of("Như Điều 4", "Lưu: VT, TCPC"), IssueNumber.DRAFT, 400_000_000L,
            "1234567", "Phòng Tổ chức - Pháp chế", 41, List.of("Đ/c Lê Quang Minh: 0914 074 207"),
            new EstimateApproval("Sở Tài chính", "215/QĐ-STC", LocalDate.of(2025, 9, 20), 433_410_000L));

    @TempDir
    Path dir;

    private final InMemoryDelegationRepository repository = new InMemoryDelegationRepository();
    private final BudgetService budget = TestServices.budget();
    private final DocumentService documents = TestServices.documents();
    private final PackageService service = new PackageService(new DelegationService(repository), budget, documents);
    private ObjectNode tree;

    @BeforeEach
    void setUp() throws IOException {
        tree = (ObjectNode) PackageJson.MAPPER.readTree(PackageFiles.WRITER.toBytes(
                new DelegationPackage(SampleDelegation.create(), FULL_WORKSHEET, FULL_SETTINGS)));
    }

    @Test
    void everyFieldTheStoreWritesIsReadBack() {
        long id = service.importPackage(PackageFiles.write(dir, tree));

        assertThat(budget.worksheet(id)).isEqualTo(FULL_WORKSHEET);
        assertThat(documents.settings(id)).isEqualTo(FULL_SETTINGS);
    }

    /**
     * The checks know every value the store writes: each one in turn, replaced by an object, is refused at its own
     * path. A field added to WorksheetJson or DocumentSettingsJson without its check here fails this test.
     */
    @Test
    void everyValueTheStoreWritesIsCheckedAtItsPath() {
        List<String> checked = new ArrayList<>();
        for (String part : List.of(PackageAttachments.WORKSHEET, PackageAttachments.DOCUMENTS)) {
            ObjectNode original = tree.deepCopy();
            for (int n = 0; ; n++) {
                tree = original.deepCopy();
                String path = damageScalar(tree.get(part), JsonPaths.field(JsonPaths.ROOT, part), new int[] {n});
                if (path == null) {
                    break;
                }
                assertThat(refusedErrors()).as(path).extracting(ValidationError::path).containsExactly(path);
                checked.add(path);
            }
        }
        assertThat(checked).hasSizeGreaterThan(30).contains("$.estimateWorksheet.manualLines[1].unitPrice",
                "$.documentSettings.estimateApproval.total");
    }

    @Test
    void wrongTypesAndRangesInTheWorksheet() {
        worksheet().put("lodgingMode", 3);
        worksheet().withObjectProperty("stops").withObjectProperty("tỉnh Đắk Lắk").put("category", "VILLAGE");
        override("travel.car").put("content", 5).put("quantity", "12").put("unitPrice", -5);
        override("travel.transfer").put("times", new BigDecimal("1E+3")).put("unitPrice", new BigInteger("99999999999999999999"));
        manualLine(0).put("unitPrice", "abc").putArray("quantity");
        manualLine(1).remove("id");

        assertThat(refused()).containsExactlyInAnyOrder(
                "$.estimateWorksheet.lodgingMode: giá trị 3 không hợp lệ; giá trị cho phép: INVOICE, FLAT",
                "$.estimateWorksheet.stops.tỉnh Đắk Lắk.category: giá trị \"VILLAGE\" không hợp lệ; giá trị cho phép: CITY, "
                        + "PROVINCE, OTHER",
                "$.estimateWorksheet.overrides.travel.car.content: phải là chuỗi ký tự, không phải 5",
                "$.estimateWorksheet.overrides.travel.car.quantity: phải là số nguyên, không phải \"12\"",
                "$.estimateWorksheet.overrides.travel.car.unitPrice: không được là số âm (đang ghi -5)",
                "$.estimateWorksheet.overrides.travel.transfer.times: phải là số nguyên viết liền, không có phần thập phân hay số "
                        + "mũ (ví dụ 37), không phải 1E+3",
                "$.estimateWorksheet.overrides.travel.transfer.unitPrice: số 99999999999999999999 quá lớn, không lưu được (tối đa "
                        + "9.223.372.036.854.775.807)",
                "$.estimateWorksheet.manualLines[0].quantity: phải là số nguyên, không phải […]",
                "$.estimateWorksheet.manualLines[0].unitPrice: phải là số nguyên, không phải \"abc\"",
                "$.estimateWorksheet.manualLines[1].id: thiếu trường bắt buộc");
    }

    @Test
    void containersOfTheWrongKindInTheWorksheet() {
        worksheet().putArray("overrides");
        worksheet().putObject("manualLines");
        worksheet().put("stops", "tỉnh Đắk Lắk");

        assertThat(refused()).containsExactly(
                "$.estimateWorksheet.stops: phải là đối tượng JSON, không phải \"tỉnh Đắk Lắk\"",
                "$.estimateWorksheet.overrides: phải là đối tượng JSON, không phải […]",
                "$.estimateWorksheet.manualLines: phải là danh sách (mảng JSON), không phải {…}");
    }

    @Test
    void aVersionWrittenAsTextIsAValueToCorrect() {
        worksheet().put("version", "1");
        settings().put("version", 2);

        assertThat(refused()).containsExactly(
                "$.estimateWorksheet.version: phải là số nguyên, không phải \"1\"",
                "$.documentSettings: không đọc được thông tin văn bản kèm theo (không phải của Delegation Desk, hoặc của phiên "
                        + "bản mới hơn); hãy xuất lại gói hoặc xóa mục này.");
    }

    @Test
    void wrongTypesAndRangesInTheDocumentSettings() {
        settings().withObjectProperty("decision").put("date", "30/09/2025");
        settings().withArray("decisionRecipients").add(7);
        settings().putArray("resultsReport");
        settings().put("actualSpending", new BigDecimal("1.5"));
        settings().put("firstTravelOrderNumber", "41");
        settings().withObjectProperty("estimateApproval").remove("total");

        assertThat(refused()).containsExactly(
                "$.documentSettings.decision.date: phải là một ngày có thật, viết dạng yyyy-MM-dd (ví dụ 2025-10-14), không "
                        + "phải \"30/09/2025\"",
                "$.documentSettings.decisionRecipients[2]: phải là chuỗi ký tự, không phải 7",
                "$.documentSettings.resultsReport: phải là đối tượng JSON, không phải […]",
                "$.documentSettings.actualSpending: phải là số nguyên viết liền, không có phần thập phân hay số mũ (ví dụ 37), "
                        + "không phải 1.5",
                "$.documentSettings.firstTravelOrderNumber: phải là số nguyên, không phải \"41\"",
                "$.documentSettings.estimateApproval.total: thiếu trường bắt buộc");
    }

    @Test
    void negativeAndHugeNumbersInTheDocumentSettings() {
        settings().put("firstTravelOrderNumber", -1);
        settings().put("actualSpending", -400_000_000L);
        settings().withObjectProperty("estimateApproval").put("total", new BigInteger("9223372036854775808"));

        assertThat(refused()).containsExactly(
                "$.documentSettings.actualSpending: không được là số âm (đang ghi -400000000)",
                "$.documentSettings.firstTravelOrderNumber: không được là số âm (đang ghi -1)",
                "$.documentSettings.estimateApproval.total: số 9223372036854775808 quá lớn, không lưu được (tối đa "
                        + "9.223.372.036.854.775.807)");
    }

    @Test
    void theStoreStillReadsItsOwnRowsAsBefore() {
        // The store wrote its rows itself and keeps reading them leniently; only a package is checked strictly.
        String row = "{\"version\": 1, \"manualLines\": [{\"id\": \"m1\", \"section\": \"OTHER\", \"quantity\": \"2\", "
                + "\"times\": 1, \"unitPrice\": null}]}";
        assertThat(WorksheetJson.read(row).manualLines()).singleElement().extracting(ManualLine::quantity).isEqualTo(2L);

        tree.set(PackageAttachments.WORKSHEET, PackageAttachments.tree(row));
        assertThat(refused()).containsExactly("$.estimateWorksheet.manualLines[0].quantity: phải là số nguyên, không phải \"2\"");
    }

    private ObjectNode worksheet() {
        return (ObjectNode) tree.get(PackageAttachments.WORKSHEET);
    }

    private ObjectNode settings() {
        return (ObjectNode) tree.get(PackageAttachments.DOCUMENTS);
    }

    private ObjectNode override(String key) {
        return worksheet().withObjectProperty("overrides").withObjectProperty(key);
    }

    private ObjectNode manualLine(int index) {
        return (ObjectNode) worksheet().get("manualLines").get(index);
    }

    /** Replaces the n-th scalar under {@code node}, in document order, by an object; its path, or null past the last. */
    private static String damageScalar(JsonNode node, String path, int[] n) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        for (int i = 0; i < (node.isArray() ? node.size() : names.size()); i++) {
            JsonNode child = node.isArray() ? node.get(i) : node.get(names.get(i));
            String childPath = node.isArray() ? JsonPaths.element(path, i) : JsonPaths.field(path, names.get(i));
            if (child.isContainerNode()) {
                String damaged = damageScalar(child, childPath, n);
                if (damaged != null) {
                    return damaged;
                }
            } else if (n[0]-- == 0) {
                ObjectNode wrong = PackageJson.MAPPER.createObjectNode().put("x", 1);
                if (node.isArray()) {
                    ((ArrayNode) node).set(i, wrong);
                } else {
                    ((ObjectNode) node).set(names.get(i), wrong);
                }
                return childPath;
            }
        }
        return null;
    }

    private List<String> refused() {
        return MESSAGES.describeAll(refusedErrors());
    }

    private List<ValidationError> refusedErrors() {
        Path file;
        try {
            file = PackageFiles.write(dir, PackageJson.PRETTY.writeValueAsString(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PackageException refusal = catchThrowableOfType(PackageException.class, () -> service.importPackage(file));

        assertThat(refusal).as("import must be refused").isNotNull();
        assertThat(repository.size()).as("nothing stored").isZero();
        return refusal.errors();
    }
}
