package vn.delegationdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.plan.ActivityKind;
import vn.delegationdesk.plan.MemoryPlanRepository;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanActivity;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SamplePlan;
import vn.delegationdesk.testing.CaoBangPlan;
import vn.delegationdesk.testing.TestPlans;

/** A plan written as a package and read back, as a file and through the store: equal except its id. */
class PlanPackageRoundTripTest {
    static final PlanPackageWriter WRITER = new PlanPackageWriter(PackageFiles.CLOCK);

    @TempDir
    Path dir;

    private final MemoryPlanRepository repository = new MemoryPlanRepository();
    private final PlanService plans = new PlanService(repository, RoleGate.everyRole(() -> "lan"), id -> id == 7L);
    private final PlanPackageService service = new PlanPackageService(plans, new PlanPackageReader(), WRITER);

    static Stream<Arguments> plans() {
        return Stream.of(Arguments.of("seed 002 (SamplePlan)", SamplePlan.create()),
                Arguments.of("network year (TestPlans)", TestPlans.network()),
                Arguments.of("Cao Bằng, no period", CaoBangPlan.create()),
                Arguments.of("every field set (RichPlan)", RichPlan.create()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void theBytesReadBackEqual(String name, Plan plan) {
        assertThat(new PlanPackageReader().read(WRITER.toBytes(plan))).isEqualTo(plan);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void exportThenImportStoresAnEqualPlanUnderANewId(String name, Plan plan) throws IOException {
        long original = plans.create(plan);
        Path file = dir.resolve("ke-hoach.json");

        service.exportPlan(original, file);
        PlanImport imported = service.importPlan(file);

        assertThat(imported.id()).isNotEqualTo(original);
        assertThat(imported.title()).isEqualTo(plan.title());
        assertThat(imported.unlinkedDelegations()).isZero();
        assertThat(plans.find(imported.id()).orElseThrow()).isEqualTo(plan.withId(imported.id()));
        assertThat(plans.list()).hasSize(2);
    }

    @Test
    void twoExportsOfOnePlanAreTheSameBytesWithVietnameseLettersAsTheyAre() throws IOException {
        long id = plans.create(SamplePlan.create());
        Path first = dir.resolve("a.json");
        Path second = dir.resolve("b.json");

        service.exportPlan(id, first);
        service.exportPlan(id, second);

        String text = Files.readString(first, StandardCharsets.UTF_8);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(text).startsWith("{\n  \"format\": \"delegation-desk/plan\",\n  \"formatVersion\": 1,\n"
                + "  \"exportedAt\": \"2025-10-01T08:30:00+07:00\",\n").endsWith("}\n")
                .contains("\"name\": \"SỞ VĂN HÓA VÀ THỂ THAO\"").doesNotContain("\\u").doesNotContain("\"id\": " + id);
    }

    @Test
    void aLinkToADelegationIsNotCarriedAndTheImportSaysHowManyWereLeft() throws IOException {
        Plan plan = TestPlans.network();
        List<PlanActivity> activities = new ArrayList<>(plan.activities());
        activities.add(PlanActivity.delegation("a-d", "k-1", 7L, "Đoàn dự Hội nghị thường niên tại Braga"));
        long original = plans.create(plan.withActivities(activities));
        Path file = dir.resolve("ke-hoach.json");

        service.exportPlan(original, file);
        PlanImport imported = service.importPlan(file);

        assertThat(Files.readString(file)).doesNotContain("delegationId").contains("\"kind\": \"DELEGATION\"");
        assertThat(imported.unlinkedDelegations()).isEqualTo(1);
        PlanActivity kept = plans.find(imported.id()).orElseThrow().activities().get(24);
        assertThat(kept.kind()).isEqualTo(ActivityKind.DELEGATION);
        assertThat(kept.title()).isEqualTo("Đoàn dự Hội nghị thường niên tại Braga");
        assertThat(kept.delegationId()).isNull();
        assertThat(new Messages().get("ui.plan.files.imported.unlinked", imported.title(), imported.unlinkedDelegations()))
                .startsWith("Đã nhập kế hoạch «Kế hoạch tham gia Mạng lưới năm 2025». 1 hoạt động là đoàn công tác chưa gắn");
        assertThat(plans.linksTo(7L)).as("only the original links delegation 7").hasSize(1);
    }

    @Test
    void textTypedOnAMacIsStoredInNfc() {
        String nfd = Normalizer.normalize("Kế hoạch Hà Nội", Normalizer.Form.NFD);
        String text = new String(WRITER.toBytes(TestPlans.network()), StandardCharsets.UTF_8)
                .replace("Kế hoạch tham gia Mạng lưới năm 2025", nfd);

        Plan plan = new PlanPackageReader().read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(plan.title()).isEqualTo("Kế hoạch Hà Nội");
    }

    @Test
    void exportingAnUnknownPlanWritesNothing() {
        Path file = dir.resolve("ke-hoach.json");

        assertThatThrownBy(() -> service.exportPlan(99, file)).isInstanceOf(IllegalArgumentException.class);
        assertThat(file).doesNotExist();
    }
}
