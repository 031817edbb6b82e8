package vn.delegationdesk.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.delegationdesk.settlement.SettlementFixtures.AN;
import static vn.delegationdesk.settlement.SettlementFixtures.invoice;
import static vn.delegationdesk.settlement.SettlementFixtures.invoiceWithTestCaps;
import static vn.delegationdesk.settlement.SettlementFixtures.oct;
import static vn.delegationdesk.settlement.SettlementFixtures.settlement;
import static vn.delegationdesk.settlement.SettlementFixtures.wholeTrip;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.budget.LineOverride;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.testing.InMemoryRateSetRepository;
import vn.delegationdesk.testing.InMemoryWorksheetRepository;

/**
 * A conference's refreshments and meal support settled against the desk's attendance: capped at the delegates who came
 * once there are check-ins, the excess named; unchanged without check-ins.
 */
class AttendanceCapTest {
    private static final long ID = 7L;
    private final Messages messages = new Messages();
    private final Delegation delegation = allDayFirstConference();
    private final String conference = delegation.conferences().get(0).id();
    private final String refreshmentKey = "conference." + conference + ".refreshment";
    private final String mealsKey = "conference." + conference + ".meals";

    private static Delegation allDayFirstConference() {
        Delegation d = SettlementFixtures.delegation();
        List<Conference> conferences = new ArrayList<>(d.conferences());
        Conference c = conferences.get(0);
        conferences.set(0, new Conference(c.id(), c.title(), c.date(), HalfDay.ALL_DAY, c.venue(), c.venueStandard(), 180,
                c.coOrganiser(), c.agenda()));
        return d.toBuilder().id(ID).conferences(conferences).build();
    }

    private SettlementService service(ConferenceAttendance attendance) {
        InMemoryRateSetRepository rates = new InMemoryRateSetRepository();
        rates.save(SettlementFixtures.testRates());
        BudgetService budget = new BudgetService(rates, new InMemoryWorksheetRepository());
        budget.saveWorksheet(ID, new EstimateWorksheet(invoiceWithTestCaps(), Map.of(refreshmentKey,
                new LineOverride(null, null, null, null, 40_000L, null, false)), List.of()));
        return new SettlementService(new MemorySettlementRepository(), id -> id == ID ? Optional.of(delegation)
                : Optional.empty(), budget, new RoleGate(() -> User.everyRole("lan")),
                Clock.fixed(Instant.parse("2025-11-03T02:00:00Z"), ZoneOffset.UTC), attendance);
    }

    private Settlement refreshmentsInvoiced(long amount) {
        return settlement(List.of(), List.of(wholeTrip(AN)), List.of(ActualLine.direct(refreshmentKey,
                "Nước uống, giải khát hội nghị Đắk Lắk", amount, List.of(invoice("0000871", "Khách sạn Mường Thanh",
                        oct(14), amount)))));
    }

    private ConferenceAttendance checkedIn(int attended, int offPayroll) {
        return (delegationId, conferenceId) -> delegationId == ID && conferenceId.equals(conference)
                ? Optional.of(new ConferenceAttendance.Count(attended, offPayroll)) : Optional.empty();
    }

    @Test
    void refreshmentsForTwoSessionsAreCappedAtTheDelegatesWhoCameAndTheExcessIsNamed() {
        SettlementReview review = service(checkedIn(174, 32)).preview(delegation, refreshmentsInvoiced(15_000_000L));

        AttendanceCap cap = review.attendance().of(refreshmentKey).orElseThrow();
        assertThat(cap.people()).isEqualTo(174);
        assertThat(cap.unitPrice()).isEqualTo(40_000L);
        assertThat(cap.times()).isEqualTo(2);
        assertThat(cap.limit()).contains(13_920_000L);
        assertThat(review.sheet().directCosts()).isEqualTo(13_920_000L);
        assertThat(review.sheet().disallowances()).singleElement().satisfies(d -> {
            assertThat(d.amount()).isEqualTo(1_080_000L);
            assertThat(d.allowed()).isEqualTo(13_920_000L);
            assertThat(messages.get(d.ruleKey(), d.args().toArray())).isEqualTo("Vượt số đại biểu thực tế dự: 174 người "
                    + "(theo điểm danh) × 40.000 đ × 2 buổi = 13.920.000 đ: không được thanh toán 1.080.000 đ.");
        });
        ComparedLine compared = review.comparison().sections().stream().flatMap(s -> s.lines().stream())
                .filter(l -> l.key().equals(refreshmentKey)).findFirst().orElseThrow();
        assertThat(compared.estimated()).isEqualTo(180 * 40_000L * 2);
        assertThat(compared.actual()).isEqualTo(13_920_000L);
    }

    @Test
    void anInvoiceWithinTheAttendanceIsPaidAsItIs() {
        SettlementReview review = service(checkedIn(174, 32)).preview(delegation, refreshmentsInvoiced(13_000_000L));

        assertThat(review.sheet().disallowances()).isEmpty();
        assertThat(review.sheet().directCosts()).isEqualTo(13_000_000L);
    }

    @Test
    void withoutCheckInsNothingChanges() {
        SettlementReview review = service(ConferenceAttendance.NONE).preview(delegation, refreshmentsInvoiced(15_000_000L));

        assertThat(review.attendance().of(refreshmentKey).orElseThrow().checkedIn()).isFalse();
        assertThat(review.sheet().disallowances()).isEmpty();
        assertThat(review.sheet().directCosts()).isEqualTo(15_000_000L);
        assertThat(review.sheet()).isEqualTo(SettlementCalculator.compute(delegation, refreshmentsInvoiced(15_000_000L),
                invoiceWithTestCaps(), SettlementFixtures.allRates()));
    }

    @Test
    void mealSupportIsCappedAtTheAttendeesOffThePayrollAtTheRate() {
        Settlement meals = settlement(List.of(), List.of(wholeTrip(AN)), List.of(ActualLine.direct(mealsKey,
                "Hỗ trợ tiền ăn đại biểu", 6_000_000L, List.of(invoice("0000872", "Khách sạn Mường Thanh", oct(14),
                        6_000_000L)))));

        SettlementReview review = service(checkedIn(174, 32)).preview(delegation, meals);

        AttendanceCap cap = review.attendance().of(mealsKey).orElseThrow();
        long rate = cap.unitPrice();
        assertThat(cap.people()).isEqualTo(32);
        assertThat(review.sheet().directCosts()).isEqualTo(32 * rate);
        assertThat(review.sheet().disallowances()).singleElement().satisfies(d -> {
            assertThat(d.amount()).isEqualTo(6_000_000L - 32 * rate);
            assertThat(messages.get(d.ruleKey(), d.args().toArray())).startsWith("Vượt số đại biểu thực tế dự không hưởng "
                    + "lương từ ngân sách nhà nước: 32 người (theo điểm danh)");
        });
    }

    @Test
    void twoInvoicesForTheSameLineShareOneCap() {
        Settlement two = settlement(List.of(), List.of(wholeTrip(AN)), List.of(
                ActualLine.direct(refreshmentKey, "Giải khát buổi sáng", 8_000_000L, List.of()),
                ActualLine.direct(refreshmentKey, "Giải khát buổi chiều", 7_000_000L, List.of())));

        SettlementReview review = service(checkedIn(174, 32)).preview(delegation, two);

        assertThat(review.sheet().directCosts()).isEqualTo(13_920_000L);
        assertThat(review.sheet().disallowances()).singleElement().satisfies(d -> {
            assertThat(d.lineIndex()).isEqualTo(1);
            assertThat(d.amount()).isEqualTo(1_080_000L);
        });
    }
}
