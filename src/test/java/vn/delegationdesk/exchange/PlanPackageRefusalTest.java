package vn.delegationdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.exchange.json.PackageException;
import vn.delegationdesk.exchange.json.PackageJson;
import vn.delegationdesk.exchange.rates.RateSetFormat;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.RoleRefused;
import vn.delegationdesk.people.User;
import vn.delegationdesk.plan.MemoryPlanRepository;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.sample.SamplePlan;

/**
 * Every refused plan package: the path and the Vietnamese message the clerk reads, every problem at once and each once,
 * and nothing stored (checked after each test). The base file is seed 002's plan, damaged on purpose.
 */
class PlanPackageRefusalTest {
    private static final Messages MESSAGES = new Messages();

    @TempDir
    Path dir;

    private final MemoryPlanRepository repository = new MemoryPlanRepository();
    private final PlanPackageService service = new PlanPackageService(new PlanService(repository, RoleGate.everyRole(() -> "lan")));
    private final ObjectNode tree = tree();

    @AfterEach
    void nothingWasStored() {
        assertThat(repository.findAll()).isEmpty();
    }

    @Test
    void theUndamagedBaseImports() {
        PlanImport imported = service.importPlan(PackageFiles.write(dir, tree));

        assertThat(repository.findById(imported.id())).contains(SamplePlan.create().withId(imported.id()));
        repository.delete(imported.id());
    }

    @Test
    void brokenJson() {
        assertThat(described(refused("{\"format\": \"delegation-desk/plan\", \"formatVersion\": 1, \"plan\": {\"title\" \"x\"}}")))
                .containsExactly("Tệp không phải JSON hợp lệ (dòng 1, cột 73).");
    }

    @Test
    void truncatedJson() {
        String whole = text(tree);

        assertThat(refused(whole.substring(0, whole.length() / 2))).extracting(ValidationError::messageKey)
                .containsExactly("exchange.error.truncated");
    }

    @Test
    void aDelegationPackageIsNamedAsSuch() {
        byte[] delegation = PackageFiles.WRITER.toBytes(SampleDelegation.create());

        assertThat(described(refused(PackageFiles.write(dir, delegation)))).containsExactly("$.format: tệp này là gói đoàn công "
                + "tác (delegation-desk/package), không phải gói kế hoạch; hãy nhập gói đoàn công tác bằng lệnh import, hoặc chọn "
                + "tệp gói kế hoạch (delegation-desk/plan)");
    }

    @Test
    void aPlanPackageGivenToTheDelegationImportIsNamedAsSuch() {
        InMemoryDelegationRepository delegations = new InMemoryDelegationRepository();
        PackageService packages = new PackageService(new DelegationService(delegations));

        PackageException e = catchThrowableOfType(PackageException.class, () -> packages.importPackage(PackageFiles.write(dir, tree)));

        assertThat(MESSAGES.describeAll(e.errors())).containsExactly("$.format: tệp này là gói kế hoạch (delegation-desk/plan), "
                + "không phải gói đoàn công tác; hãy nhập ở mục Kế hoạch bằng nút «Nhập gói kế hoạch (.json)…» hoặc bằng lệnh import");
        assertThat(delegations.findSummaries()).isEmpty();
    }

    @Test
    void aRateSetFileIsAnotherFormat() {
        tree.put("format", RateSetFormat.NAME);

        assertThat(described(refused(tree))).containsExactly("$.format: định dạng \"delegation-desk/rate-set\" không được hỗ trợ; "
                + "định dạng hỗ trợ: delegation-desk/plan");
    }

    @Test
    void anotherVersionIsRefusedByName() {
        tree.put("formatVersion", 2);

        assertThat(described(refused(tree))).containsExactly("$.formatVersion: gói kế hoạch phiên bản 2 không được hỗ trợ (có thể "
                + "được xuất từ phiên bản Delegation Desk mới hơn); phiên bản hỗ trợ: 1");
    }

    @Test
    void noFormatAndNoPlan() {
        tree.remove("format");
        assertThat(refused(tree)).containsExactly(ValidationError.of("$.format", "exchange.plan.error.formatMissing",
                PlanPackageFormat.NAME));

        tree.put("format", PlanPackageFormat.NAME);
        tree.remove("plan");
        assertThat(refused(tree)).containsExactly(ValidationError.of("$.plan", "exchange.error.missingField"));
    }

    @Test
    void aFileAboveTwentyMegabytesIsRefusedBeforeReading() throws IOException {
        Path file = dir.resolve("lon.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(21L * 1024 * 1024);
        }

        assertThat(described(refused(file))).containsExactly("Tệp quá lớn (21 MB): gói kế hoạch không được vượt quá 20 MB; hãy "
                + "kiểm tra đã chọn đúng tệp.");
    }

    @Test
    void aTitleLongerThanItsColumnIsNamedWithItsLimit() {
        plan().put("title", "K".repeat(1001));

        assertThat(described(refused(tree))).containsExactly("title: Tên kế hoạch: dài 1.001 ký tự, tối đa 1.000");
    }

    @Test
    void aStringAboveTheParsersLimitHasItsPath() {
        task(0).put("content", "x".repeat(100_001));

        assertThat(refused(tree)).extracting(ValidationError::path, ValidationError::messageKey)
                .containsExactly(tuple("tasks[0].content", "exchange.error.stringTooLong"));
    }

    @Test
    void anInvalidPlanIsRefusedWithEveryRowAndFieldNamed() {
        task(1).put("number", "1.a");
        ((ObjectNode) plan().get("targets").get(0)).put("min", 40);
        ArrayNode activities = (ArrayNode) plan().get("activities");
        activities.addObject().put("id", "a-1").put("taskId", "k-99").put("kind", "WORKSHOP").put("title", "Tọa đàm");
        activities.addObject().put("id", "a-2").put("taskId", "k-1").put("kind", "WORKSHOP").put("participants", -2);

        assertThat(described(refused(tree))).containsExactly(
                "activities[1].participants: không được là số âm (đang ghi -2)",
                "targets[0].min: Chỉ tiêu «Phiên họp online trong hệ thống Mạng lưới»: mức tối thiểu 40 lớn hơn mức tối đa 30",
                "tasks[1].number: Nhiệm vụ 1.a: số thứ tự «1.a» không đúng dạng 1, 1.1, 2.3.1",
                "activities[0].taskId: Hoạt động thứ 1 «Tọa đàm»: nhiệm vụ «k-99» không có trong kế hoạch");
    }

    @Test
    void wrongValuesAreEachReportedOnceWhereTheyAre() {
        plan().put("kind", "KE_HOACH");
        ((ObjectNode) plan().get("period")).put("from", "01/01/2025");
        task(0).put("due", "2025-02-30");
        task(0).remove("leadUnit");
        ((ArrayNode) plan().get("reporting")).addObject().put("frequency", "ANNUAL").put("dueBefore", "30/11");
        ((ArrayNode) plan().get("reporting")).addObject().put("frequency", "ONCE");

        assertThat(refused(tree)).extracting(ValidationError::path, ValidationError::messageKey).containsExactly(
                tuple("kind", "exchange.error.unknownEnum"),
                tuple("period.from", "exchange.error.expectedDate"),
                tuple("reporting[0].dueBefore", "exchange.error.expectedMonthDay"),
                tuple("reporting[1].onceOn", "exchange.error.missingField"),
                tuple("tasks[0].leadUnit", "exchange.error.missingField"),
                tuple("tasks[0].due", "exchange.error.expectedDate"));
        assertThat(described(refused(tree))).contains("reporting[0].dueBefore: phải là ngày trong năm, viết dạng MM-dd (ví dụ "
                + "06-20 là ngày 20 tháng 6), không phải \"30/11\"");
    }

    @Test
    void aLoginWithoutTheOrganiserRoleStoresNothing() {
        PlanPackageService finance = new PlanPackageService(new PlanService(repository,
                new RoleGate(() -> new User("ke_toan", Set.of(Role.FINANCE)))));

        assertThatThrownBy(() -> finance.importPlan(PackageFiles.write(dir, tree))).isInstanceOf(RoleRefused.class);
    }

    private ObjectNode plan() {
        return (ObjectNode) tree.get("plan");
    }

    private ObjectNode task(int index) {
        return (ObjectNode) plan().get("tasks").get(index);
    }

    private List<ValidationError> refused(ObjectNode damaged) {
        return refused(PackageFiles.write(dir, damaged));
    }

    private List<ValidationError> refused(String text) {
        return refused(PackageFiles.write(dir, text));
    }

    private List<ValidationError> refused(Path file) {
        return catchThrowableOfType(PackageException.class, () -> service.importPlan(file)).errors();
    }

    private static List<String> described(List<ValidationError> errors) {
        return MESSAGES.describeAll(errors);
    }

    private static ObjectNode tree() {
        try {
            return (ObjectNode) PackageJson.MAPPER.readTree(PlanPackageRoundTripTest.WRITER.toBytes(SamplePlan.create()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(ObjectNode tree) {
        try {
            return PackageJson.PRETTY.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
