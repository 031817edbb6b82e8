package vn.delegationdesk.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationDates;
import vn.delegationdesk.delegation.StayPlans;
import vn.delegationdesk.delegation.stay.Accommodation;
import vn.delegationdesk.delegation.stay.Night;
import vn.delegationdesk.delegation.stay.StayPlan;
import vn.delegationdesk.sample.SampleDelegation;

class EstimateCalculatorTest {
    private static final List<RateSet> RATES = BuiltInRateSets.all();
    private final Delegation seed = SampleDelegation.create();

    private Estimate estimate(Delegation delegation, EstimateWorksheet worksheet) {
        return EstimateCalculator.compute(delegation, worksheet, RATES);
    }

    @Test
    void perDiemOfTheSeedIs37PeopleTimesSixDaysAtTheTt12Rate() {
        Estimate estimate = estimate(seed, EstimateWorksheet.EMPTY);

        BudgetLine perDiem = estimate.line("perDiem").orElseThrow();
        assertThat(perDiem.quantity()).isEqualTo(37);
        assertThat(perDiem.times()).isEqualTo(6);
        assertThat(perDiem.unitPrice()).isEqualTo(300_000L);
        assertThat(perDiem.amount()).isEqualTo(66_600_000L);
        assertThat(perDiem.basis()).contains("TT 12/2025");
        assertThat(estimate.rates().national().id()).isEqualTo(BuiltInRateSets.TT12_ID);
    }

    @Test
    void sectionsFollowTheFinanceOfficeLayout() {
        Estimate estimate = estimate(seed, EstimateWorksheet.EMPTY);

        assertThat(estimate.sections()).extracting(EstimateSection::numeral)
                .containsExactly("I", "II", "III", "IV", "V", "VI");
        assertThat(estimate.sections()).extracting(EstimateSection::kind).containsExactly(SectionKind.TRAVEL,
                SectionKind.PER_DIEM, SectionKind.LODGING, SectionKind.CONFERENCE, SectionKind.CONFERENCE,
                SectionKind.OTHER);
        assertThat(estimate.sections().get(3).title()).contains("tỉnh Đắk Lắk", "khoảng 180 đại biểu", "chiều 14/10/2025");
    }

    @Test
    void rateSetChangesOnTheFourthOfMay() {
        Estimate may3 = estimate(startingOn(LocalDate.of(2025, 5, 3)), EstimateWorksheet.EMPTY);
        Estimate may5 = estimate(startingOn(LocalDate.of(2025, 5, 5)), EstimateWorksheet.EMPTY);

        assertThat(may3.rates().national().id()).isEqualTo(BuiltInRateSets.TT40_ID);
        assertThat(may3.line("perDiem").orElseThrow().unitPrice()).isEqualTo(200_000L);
        assertThat(may5.rates().national().id()).isEqualTo(BuiltInRateSets.TT12_ID);
        assertThat(may5.line("perDiem").orElseThrow().unitPrice()).isEqualTo(300_000L);
    }

    @Test
    void theUserCanChooseAnotherRateSet() {
        EstimateWorksheet tt40 = EstimateWorksheet.EMPTY.withInputs(
                new EstimateInputs(BuiltInRateSets.TT40_ID, null, LodgingMode.INVOICE, Map.of()));

        assertThat(estimate(seed, tt40).line("perDiem").orElseThrow().amount()).isEqualTo(37L * 6 * 200_000);
    }

    @Test
    void nightsPerStopAreWhereTheGroupSleepsNotTheLegsDays() {
        // The group moves to Bình Thuận on the afternoon of 16/10: it sleeps 14 and 15 in Đắk Lắk, 16-18 in Lâm Đồng.
        EstimateWorksheet tt40 = EstimateWorksheet.EMPTY.withInputs(
                new EstimateInputs(BuiltInRateSets.TT40_ID, null, LodgingMode.INVOICE, Map.of()));
        Estimate estimate = estimate(seed, tt40);

        assertThat(estimate.line("lodging.tỉnh Đắk Lắk.shared").orElseThrow().times()).isEqualTo(2);
        assertThat(estimate.line("lodging.tỉnh Đắk Lắk.odd").orElseThrow().times()).isEqualTo(2);
        assertThat(estimate.line("lodging.tỉnh Lâm Đồng.shared").orElseThrow().times()).isEqualTo(3);
        assertThat(estimate.line("lodging.tỉnh Lâm Đồng.odd").orElseThrow().times()).isEqualTo(3);
        RoomCount rooms = RoomCount.of(seed.members());
        BudgetLine shared = estimate.line("lodging.tỉnh Đắk Lắk.shared").orElseThrow();
        assertThat(shared.quantity()).isEqualTo(rooms.sharedRooms());
        assertThat(shared.unitPrice()).isEqualTo(700_000L);
        assertThat(shared.amount()).isEqualTo(rooms.sharedRooms() * 2L * 700_000);
        assertThat(rooms.sharedRooms() * 2 + rooms.oddSingles()).isEqualTo(37);
        long lodging = estimate.section(SectionKind.LODGING.name()).orElseThrow().lines().stream()
                .mapToLong(BudgetLine::amount).sum();
        assertThat(estimate.section(SectionKind.LODGING.name()).orElseThrow().subtotal()).isEqualTo(lodging)
                .isEqualTo((rooms.sharedRooms() + rooms.oddSingles()) * 5L * 700_000);
        assertThat(estimate.line("perDiem").orElseThrow().amount()).isEqualTo(37L * 6 * 200_000);
    }

    @Test
    void hostProvidedRoomsCostNothing() {
        EstimateWorksheet free = EstimateWorksheet.EMPTY.withInputs(new EstimateInputs(null, null, LodgingMode.INVOICE,
                Map.of("tỉnh Đắk Lắk", new StopSetting(StopCategory.PROVINCE, true))));
        Estimate estimate = estimate(seed, free);

        BudgetLine host = estimate.line("lodging.tỉnh Đắk Lắk.host").orElseThrow();
        assertThat(host.amount()).isZero();
        assertThat(host.times()).isEqualTo(2);
        assertThat(estimate.line("lodging.tỉnh Đắk Lắk.shared")).isEmpty();
    }

    @Test
    void anEditedStayPlanDecidesTheNightsAndANightTheHostProvidesCostsNothing() {
        StayPlan plan = StayPlans.of(seed)
                .withNight(Night.at(LocalDate.of(2025, 10, 16), "tỉnh Đắk Lắk"))
                .withAccommodation(LocalDate.of(2025, 10, 17), LocalDate.of(2025, 10, 18),
                        new Accommodation("Nhà khách UBND tỉnh", "", "", true));
        Delegation edited = StayPlans.edited(seed, plan);
        EstimateWorksheet tt40 = EstimateWorksheet.EMPTY.withInputs(
                new EstimateInputs(BuiltInRateSets.TT40_ID, null, LodgingMode.INVOICE, Map.of()));

        Estimate estimate = estimate(edited, tt40);

        assertThat(estimate.line("lodging.tỉnh Đắk Lắk.shared").orElseThrow().times()).isEqualTo(3);
        assertThat(estimate.line("lodging.tỉnh Đắk Lắk.host")).isEmpty();
        assertThat(estimate.line("lodging.tỉnh Lâm Đồng.host").orElseThrow().times()).isEqualTo(1);
        assertThat(estimate.line("lodging.tỉnh Lâm Đồng.host").orElseThrow().amount()).isZero();
        assertThat(estimate.line("lodging.tỉnh Lâm Đồng.shared").orElseThrow().times()).isEqualTo(1);
        assertThat(estimate.line("perDiem").orElseThrow().times()).isEqualTo(6);
    }

    @Test
    void theWorksheetsHostChoiceStillCoversEveryNightOfTheStop() {
        EstimateWorksheet free = EstimateWorksheet.EMPTY.withInputs(new EstimateInputs(null, null, LodgingMode.INVOICE,
                Map.of("tỉnh Lâm Đồng", new StopSetting(StopCategory.PROVINCE, true))));

        Estimate estimate = estimate(seed, free);

        assertThat(estimate.line("lodging.tỉnh Lâm Đồng.host").orElseThrow().times()).isEqualTo(3);
        assertThat(estimate.line("lodging.tỉnh Lâm Đồng.shared")).isEmpty();
        assertThat(estimate.line("lodging.tỉnh Đắk Lắk.shared").orElseThrow().times()).isEqualTo(2);
    }

    @Test
    void flatAllowanceIsPerPersonPerNight() {
        EstimateWorksheet flat = EstimateWorksheet.EMPTY.withInputs(new EstimateInputs(BuiltInRateSets.TT40_ID, null,
                LodgingMode.FLAT, Map.of("tỉnh Lâm Đồng", new StopSetting(StopCategory.CITY, false))));
        Estimate estimate = estimate(seed, flat);

        BudgetLine lamDong = estimate.line("lodging.tỉnh Lâm Đồng.flat").orElseThrow();
        assertThat(lamDong.quantity()).isEqualTo(37);
        assertThat(lamDong.amount()).isEqualTo(37L * 3 * 450_000);
        assertThat(estimate.line("lodging.tỉnh Đắk Lắk.flat").orElseThrow().unitPrice()).isEqualTo(350_000L);
    }

    @Test
    void ticketsArePerMemberPerFlightByClass() {
        Estimate estimate = estimate(seed, EstimateWorksheet.EMPTY);

        BudgetLine economy = estimate.line("travel.flight.Hà Nội – Buôn Ma Thuột.ECONOMY").orElseThrow();
        BudgetLine premium = estimate.line("travel.flight.Hà Nội – Buôn Ma Thuột.PREMIUM_ECONOMY").orElseThrow();
        assertThat(economy.quantity() + premium.quantity()).isEqualTo(37);
        assertThat(premium.quantity()).isEqualTo(1);
        assertThat(estimate.line("travel.flight.Bình Thuận – Hà Nội.ECONOMY")).isPresent();
        assertThat(estimate.line("travel.car").orElseThrow().times()).isEqualTo(6);
        assertThat(estimate.warnings()).extracting(EstimateWarning::messageKey).contains("budget.warning.missingPrice");
    }

    @Test
    void conferenceQuantitiesComeFromItsDelegateCount() {
        Estimate estimate = estimate(seed, EstimateWorksheet.EMPTY);

        String prefix = "conference." + SampleDelegation.CONFERENCE_DAK_LAK + ".";
        assertThat(estimate.line(prefix + "documents").orElseThrow().quantity()).isEqualTo(180);
        assertThat(estimate.line(prefix + "refreshment").orElseThrow().times()).isEqualTo(1);
        assertThat(estimate.line(prefix + "meals").orElseThrow().unitPrice()).isEqualTo(150_000L);
    }

    @Test
    void editsSurviveRecomputationAndRegenerateKeepsManualLines() {
        String ticket = "travel.flight.Hà Nội – Buôn Ma Thuột.ECONOMY";
        ManualLine gifts = new ManualLine("m1", SectionKind.OTHER.name(), "Quà tặng đơn vị bạn", "phần", 2, 1,
                1_500_000L, "Quy chế chi tiêu nội bộ");
        EstimateWorksheet worksheet = EstimateWorksheet.EMPTY
                .withOverride(ticket, LineOverride.NONE.withUnitPrice(2_450_000L))
                .withManualLines(List.of(gifts));
        Delegation fewer = seed.toBuilder().members(seed.members().subList(0, 30)).build();

        Estimate estimate = estimate(fewer, worksheet);
        BudgetLine line = estimate.line(ticket).orElseThrow();
        assertThat(line.unitPrice()).isEqualTo(2_450_000L);
        assertThat(line.quantity()).isEqualTo(29);
        assertThat(line.origin()).isEqualTo(LineOrigin.EDITED);
        assertThat(estimate.line("perDiem").orElseThrow().amount()).isEqualTo(30L * 6 * 300_000);
        assertThat(estimate.section("OTHER").orElseThrow().subtotal()).isEqualTo(3_000_000L);

        Estimate regenerated = estimate(fewer, worksheet.regenerated());
        assertThat(regenerated.line(ticket).orElseThrow().unitPrice()).isNull();
        assertThat(regenerated.line("manual.m1")).isPresent();
    }

    @Test
    void totalIsTheSumOfSubtotalsAndReadsInWords() {
        EstimateWorksheet worksheet = EstimateWorksheet.EMPTY
                .withOverride("travel.car", LineOverride.NONE.withUnitPrice(3_500_000L));
        Estimate estimate = estimate(seed, worksheet);

        long sum = estimate.sections().stream().mapToLong(EstimateSection::subtotal).sum();
        assertThat(estimate.total()).isEqualTo(sum).isEqualTo(66_600_000L + 6 * 3_500_000L);
        assertThat(estimate.totalInWords()).isEqualTo("Tám mươi bảy triệu sáu trăm nghìn đồng");
    }

    private Delegation startingOn(LocalDate start) {
        return DelegationDates.startingOn(seed, start);
    }
}
