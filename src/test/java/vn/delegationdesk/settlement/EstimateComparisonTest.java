package vn.delegationdesk.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.delegationdesk.settlement.SettlementFixtures.AN;
import static vn.delegationdesk.settlement.SettlementFixtures.CUC;
import static vn.delegationdesk.settlement.SettlementFixtures.DAK_LAK;
import static vn.delegationdesk.settlement.SettlementFixtures.LAM_DONG;
import static vn.delegationdesk.settlement.SettlementFixtures.allRates;
import static vn.delegationdesk.settlement.SettlementFixtures.delegation;
import static vn.delegationdesk.settlement.SettlementFixtures.flatWithTestRates;
import static vn.delegationdesk.settlement.SettlementFixtures.settlement;
import static vn.delegationdesk.settlement.SettlementFixtures.wholeTrip;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.budget.EstimateCalculator;
import vn.delegationdesk.budget.EstimateWorksheet;

/** Each estimate line beside what was paid for it: per diem, flat lodging by stop, keyed costs and unplanned ones. */
class EstimateComparisonTest {
    private static final EstimateWorksheet FLAT = new EstimateWorksheet(flatWithTestRates(), Map.of(), List.of());

    private static ComparedLine line(EstimateComparison comparison, String key) {
        return comparison.sections().stream().flatMap(s -> s.lines().stream()).filter(l -> l.key().equals(key)).findFirst()
                .orElseThrow();
    }

    @Test
    void flatLodgingCountsUnderItsStopsLineAndTheLeadersLineAndExtrasAreUnplanned() {
        Settlement settlement = settlement(List.of(), List.of(wholeTrip(AN), wholeTrip(CUC)),
                List.of(ActualLine.direct("", "Thuê xe 29 chỗ", 9_000_000L, List.of()),
                        ActualLine.vehicle("Taxi sân bay", AN, 250_000L, List.of())));
        Estimate estimate = EstimateCalculator.compute(delegation(), FLAT, allRates());
        SettlementSheet sheet = SettlementCalculator.compute(delegation(), settlement, flatWithTestRates(), allRates());

        EstimateComparison comparison = EstimateComparison.of(estimate, settlement, sheet);

        // An: 14–19/10 certified, nights 14→15, 15→16 at Đắk Lắk, 16→17 … 18→19 at Lâm Đồng as the stay plan puts them.
        long anDakLak = line(comparison, "lodging." + DAK_LAK + ".flat").actual();
        long anLamDong = line(comparison, "lodging." + LAM_DONG + ".flat").actual();
        assertThat(anDakLak + anLamDong).isEqualTo(5 * 350_000L);
        assertThat(line(comparison, "lodging." + DAK_LAK + ".flatSenior").actual()
                + line(comparison, "lodging." + LAM_DONG + ".flatSenior").actual()).as("Cúc, coefficient 1,25")
                .isEqualTo(5 * 600_000L);
        assertThat(line(comparison, "perDiem").actual()).isEqualTo(2 * 6 * 300_000L);
        assertThat(comparison.unplanned()).extracting(ComparedLine::content, ComparedLine::actual)
                .containsExactly(tuple("Thuê xe 29 chỗ", 9_000_000L),
                        tuple("Taxi sân bay", 250_000L));
        assertThat(comparison.actual()).isEqualTo(5 * 350_000L + 5 * 600_000L + 3_600_000L + 9_250_000L);
        assertThat(comparison.estimated()).isEqualTo(estimate.total());
    }

    @Test
    void aSavingIsNegativeWithItsPercentageAndALineWithoutAnEstimateHasNoPercentage() {
        ComparedLine saving = new ComparedLine("perDiem", "Phụ cấp lưu trú", 7_200_000L, 5_400_000L);
        ComparedLine unpriced = new ComparedLine("travel.car", "Thuê xe", null, 1_000_000L);
        ComparedSection section = new ComparedSection("II", "II", "Phụ cấp lưu trú", List.of(saving, unpriced));

        assertThat(saving.difference()).isEqualTo(-1_800_000L);
        assertThat(saving.percent()).contains(new BigDecimal("-25.0"));
        assertThat(unpriced.difference()).isEqualTo(1_000_000L);
        assertThat(unpriced.percent()).isEmpty();
        assertThat(section.estimated()).isEqualTo(7_200_000L);
        assertThat(section.actual()).isEqualTo(6_400_000L);
        assertThat(section.percent()).contains(new BigDecimal("-11.1"));
    }
}
