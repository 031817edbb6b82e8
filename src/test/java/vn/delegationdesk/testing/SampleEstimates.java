package vn.delegationdesk.testing;

import java.util.List;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.budget.EstimateCalculator;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.budget.LineOverride;
import vn.delegationdesk.budget.ManualLine;
import vn.delegationdesk.budget.SectionKind;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * The seed delegation's estimate with plausible quotations typed in (tickets, car, rooms, conference costs) and
 * one manual line, so every section has real figures; the baggage line is left unpriced, as a clerk would (it is
 * optional), and so are the presentation fees, which count nobody: every line that needs a price has one.
 */
public final class SampleEstimates {
    private static final String OUT = "travel.flight.Hà Nội – Buôn Ma Thuột.";
    private static final String BACK = "travel.flight.Bình Thuận – Hà Nội.";
    private static final String DAK_LAK = "conference." + SampleDelegation.CONFERENCE_DAK_LAK + ".";
    private static final String LAM_DONG = "conference." + SampleDelegation.CONFERENCE_LAM_DONG + ".";

    private SampleEstimates() {
    }

    public static EstimateWorksheet pricedWorksheet() {
        EstimateWorksheet w = EstimateWorksheet.EMPTY
                .withOverride(OUT + "ECONOMY", price(2_450_000L))
                .withOverride(OUT + "PREMIUM_ECONOMY", price(3_890_000L))
                .withOverride(BACK + "ECONOMY", price(2_650_000L))
                .withOverride(BACK + "PREMIUM_ECONOMY", price(4_120_000L))
                .withOverride("travel.car", price(3_500_000L))
                .withOverride("travel.transfer", price(1_200_000L))
                .withOverride("lodging.tỉnh Đắk Lắk.shared", price(900_000L))
                .withOverride("lodging.tỉnh Đắk Lắk.odd", price(900_000L))
                .withOverride("lodging.tỉnh Lâm Đồng.shared", price(1_000_000L))
                .withOverride("lodging.tỉnh Lâm Đồng.odd", price(1_000_000L));
        for (String conference : List.of(DAK_LAK, LAM_DONG)) {
            w = w.withOverride(conference + "hall", price(8_000_000L))
                    .withOverride(conference + "equipment", price(3_000_000L))
                    .withOverride(conference + "decoration", price(2_500_000L))
                    .withOverride(conference + "documents", price(45_000L))
                    .withOverride(conference + "refreshment", price(40_000L));
        }
        return w.withManualLines(List.of(new ManualLine("m1", SectionKind.OTHER.name(), "Quà tặng đơn vị bạn", "phần", 2, 1,
                1_500_000L, "Quy chế chi tiêu nội bộ")));
    }

    /** The seed delegation's estimate with {@link #pricedWorksheet()} and the built-in rate sets. */
    public static Estimate priced() {
        return EstimateCalculator.compute(SampleDelegation.create(), pricedWorksheet(), BuiltInRateSets.all());
    }

    /** The seed delegation's estimate as it starts, no price typed: only the per diem is priced, by the rate set. */
    public static Estimate unpriced() {
        return EstimateCalculator.compute(SampleDelegation.create(), EstimateWorksheet.EMPTY, BuiltInRateSets.all());
    }

    private static LineOverride price(long amount) {
        return LineOverride.NONE.withUnitPrice(amount);
    }
}
