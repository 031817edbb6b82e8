package vn.delegationdesk.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.plan.persistence.JdbcPlanRepository;
import vn.delegationdesk.testing.CaoBangPlan;
import vn.delegationdesk.testing.StoreKind;
import vn.delegationdesk.testing.TestStores;

/** Seed 003's reporting regime kept in the store: its deadlines of the current year show in the due list when near. */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreKind.class)
class ReportDeadlinesDueTest {
    private static final int YEAR = LocalDate.now().getYear();

    @RegisterExtension
    final TestStores stores;

    ReportDeadlinesDueTest(StoreKind kind) {
        stores = new TestStores(kind);
    }

    @Test
    void theSixMonthReportIsDueBefore20JuneAndTheYearsBefore30November() {
        PlanService service = new PlanService(new JdbcPlanRepository(stores.open()), RoleGate.everyRole(() -> "lan"));
        long id = service.create(CaoBangPlan.create());

        List<PlanDue> june = service.dueWithin(LocalDate.of(YEAR, 6, 10), 14);
        List<PlanDue> november = service.dueWithin(LocalDate.of(YEAR, 11, 20), 14);

        assertThat(june).extracting(PlanDue::date, PlanDue::planId, PlanDue::isReport, PlanDue::text, d -> d.deadline().period().code())
                .containsExactly(tuple(LocalDate.of(YEAR, 6, 20), id, true, "UBND tỉnh (qua Sở Văn hóa, Thể thao và Du lịch)",
                        YEAR + "-H1"));
        assertThat(june.get(0).deadline().rule().frequency()).isEqualTo(ReportFrequency.SEMIANNUAL);
        assertThat(november).extracting(PlanDue::date, PlanDue::isReport, PlanDue::text, d -> d.deadline().period().code())
                .containsExactly(tuple(LocalDate.of(YEAR, 11, 30), true, "UBND tỉnh (qua Sở Văn hóa, Thể thao và Du lịch)",
                        String.valueOf(YEAR)));
        assertThat(november.get(0).planTitle()).startsWith("Thực hiện Quyết định số 2640/QĐ-TTg");
        assertThat(service.dueWithin(LocalDate.of(YEAR, 6, 21), 14)).as("the day after: nothing until autumn").isEmpty();
        assertThat(service.dueWithin(LocalDate.of(YEAR, 6, 5), 14)).as("15 days before: not yet").isEmpty();
    }

    @Test
    void theTasksByResponsibleUnitAreKept() {
        PlanService service = new PlanService(new JdbcPlanRepository(stores.open()), RoleGate.everyRole(() -> "lan"));
        long id = service.create(CaoBangPlan.create());

        Plan stored = service.find(id).orElseThrow();
        assertThat(stored.tasks()).extracting(PlanTask::number, PlanTask::leadUnit).containsExactly(
                tuple("1", "Sở Văn hóa, Thể thao và Du lịch"), tuple("2", "Sở Giáo dục và Đào tạo"), tuple("3", "Sở Tài chính"),
                tuple("4", "Sở Nội vụ"), tuple("5", "Hội Văn học Nghệ thuật tỉnh"));
        assertThat(stored.signer().authorityPrefix() + " " + stored.signer().principalTitle() + " / " + stored.signer().title())
                .isEqualTo("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
        assertThat(stored.periodFrom()).isNull();
    }
}
