package vn.delegationdesk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.plan.ActivityKind;
import vn.delegationdesk.plan.Attainment;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanActivity;
import vn.delegationdesk.plan.PlanProgress;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.PlanValidator;
import vn.delegationdesk.plan.TargetProgress;

/** The benchmarks' big body is what the issue asks for, and every plan of it could be stored. */
class LargePlansTest {
    private final List<Plan> body = LargePlans.body(50, 40, 200, List.of(7L, 8L));

    @Test
    void fiftyPlansTwoThousandTasksTenThousandActivities() {
        assertThat(body).hasSize(50);
        assertThat(body.stream().mapToInt(p -> p.tasks().size()).sum()).isEqualTo(2_000);
        assertThat(body.stream().mapToInt(p -> p.activities().size()).sum()).isEqualTo(10_000);
        assertThat(body).allSatisfy(plan -> assertThat(PlanValidator.validate(plan)).as(plan.title()).isEmpty());
        assertThat(LargePlans.body(50, 40, 200, List.of(7L, 8L))).as("the same body every time").isEqualTo(body);
    }

    @Test
    void tasksInThePlansNumberingSharedAmongTwelveUnits() {
        Plan first = body.get(0);
        assertThat(first.tasks()).extracting(PlanTask::number).startsWith("1", "1.1", "1.2", "1.3", "1.4", "2", "2.1")
                .endsWith("8", "8.1", "8.2", "8.3", "8.4");
        Set<String> leads = body.stream().flatMap(p -> p.tasks().stream()).map(PlanTask::leadUnit).collect(Collectors.toSet());
        assertThat(leads).containsExactlyInAnyOrderElementsOf(LargePlans.UNITS);
        assertThat(first.tasks()).anySatisfy(t -> assertThat(t.coordinatingUnits()).hasSize(2));
        assertThat(first.tasks()).anySatisfy(t -> assertThat(t.resultFor("2025-H1")).startsWith("Đã triển khai"));
    }

    @Test
    void activitiesOfEveryKindOverTheYearCountTowardsTargetsThatAreMissedMetAndExceeded() {
        List<PlanActivity> all = body.stream().flatMap(p -> p.activities().stream()).toList();
        assertThat(all).extracting(PlanActivity::kind).containsAll(List.of(ActivityKind.values()));
        assertThat(all).filteredOn(PlanActivity::isDelegation).extracting(PlanActivity::delegationId).containsOnly(7L, 8L);
        assertThat(all).filteredOn(a -> a.date() != null).extracting(a -> a.date().getMonthValue())
                .containsAll(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));

        List<Attainment> attainments = body.stream()
                .flatMap(p -> PlanProgress.of(p, LocalDate.of(2025, 12, 31)).targets().stream())
                .filter(t -> !t.target().countedByHand()).map(TargetProgress::attainment).toList();
        assertThat(attainments).contains(Attainment.BELOW, Attainment.WITHIN, Attainment.ABOVE);
    }
}
