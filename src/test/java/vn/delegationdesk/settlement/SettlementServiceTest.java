package vn.delegationdesk.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.delegationdesk.settlement.SettlementFixtures.AN;
import static vn.delegationdesk.settlement.SettlementFixtures.BINH;
import static vn.delegationdesk.settlement.SettlementFixtures.DAK_LAK;
import static vn.delegationdesk.settlement.SettlementFixtures.invoice;
import static vn.delegationdesk.settlement.SettlementFixtures.invoiceWithTestCaps;
import static vn.delegationdesk.settlement.SettlementFixtures.oct;
import static vn.delegationdesk.settlement.SettlementFixtures.settlement;
import static vn.delegationdesk.settlement.SettlementFixtures.wholeTrip;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.RoleRefused;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.testing.InMemoryRateSetRepository;
import vn.delegationdesk.testing.InMemoryWorksheetRepository;

/**
 * The finance clerk's settlement through its service: the review with the rules' figures and the estimate against
 * actual, a save refused for want of the finance role or for a rule, closed books refusing a save until reopened.
 */
class SettlementServiceTest {
    private static final long ID = 7L;
    private final Delegation delegation = SettlementFixtures.delegation().toBuilder().id(ID).build();
    private final AtomicReference<User> user = new AtomicReference<>(User.everyRole("lan"));
    private final Clock clock = Clock.fixed(Instant.parse("2025-11-03T02:00:00Z"), ZoneOffset.UTC);
    private final SettlementService service = service();

    private SettlementService service() {
        InMemoryRateSetRepository rates = new InMemoryRateSetRepository();
        rates.save(SettlementFixtures.testRates());
        BudgetService budget = new BudgetService(rates, new InMemoryWorksheetRepository());
        budget.saveWorksheet(ID, new EstimateWorksheet(invoiceWithTestCaps(), Map.of(), List.of()));
        return new SettlementService(new MemorySettlementRepository(), id -> id == ID ? Optional.of(delegation)
                : Optional.empty(), budget, new RoleGate(user::get), clock);
    }

    private static Settlement twoTravelled() {
        return settlement(List.of(new Advance(AN, oct(9), "PC-0101", 5_000_000L)), List.of(wholeTrip(AN), wholeTrip(BINH)),
                List.of(ActualLine.room("lodging." + DAK_LAK + ".shared", "Phòng 2 người tại Đắk Lắk", DAK_LAK,
                        List.of(AN, BINH), 2, 2_400_000L, List.of(invoice("0001234", "Khách sạn Biển Xanh", oct(16),
                                2_400_000L)))));
    }

    @Test
    void aDelegationWithoutASettlementIsOfferedAnEmptyOneDatedToday() {
        SettlementReview review = service.review(ID).orElseThrow();

        assertThat(review.stored()).isFalse();
        assertThat(review.settlement().settlementDate()).isEqualTo(oct(30).plusDays(4));
        assertThat(review.booksClosed()).isFalse();
        assertThat(service.review(99)).isEmpty();
    }

    @Test
    void theReviewHoldsTheRulesFiguresAndTheEstimateAgainstActual() {
        service.save(ID, twoTravelled());
        SettlementReview review = service.review(ID).orElseThrow();

        MemberSettlement an = review.sheet().member(AN).orElseThrow();
        assertThat(an.perDiem()).isEqualTo(6 * 300_000L);
        assertThat(an.lodging()).as("half of the cap of 1.000.000 × 2 nights").isEqualTo(1_000_000L);
        assertThat(an.toReturn()).isEqualTo(5_000_000L - 2_800_000L);
        ComparedLine perDiem = review.comparison().sections().stream().flatMap(s -> s.lines().stream())
                .filter(l -> l.key().equals("perDiem")).findFirst().orElseThrow();
        assertThat(perDiem.estimated()).as("4 members × 6 days × 300.000").isEqualTo(7_200_000L);
        assertThat(perDiem.actual()).isEqualTo(3_600_000L);
        assertThat(perDiem.difference()).isEqualTo(-3_600_000L);
        assertThat(perDiem.percent()).contains(new BigDecimal("-50.0"));
        ComparedLine rooms = review.comparison().sections().stream().flatMap(s -> s.lines().stream())
                .filter(l -> l.key().equals("lodging." + DAK_LAK + ".shared")).findFirst().orElseThrow();
        assertThat(rooms.actual()).as("the cap, not the invoice's 2.400.000").isEqualTo(2_000_000L);
        assertThat(review.comparison().actual()).isEqualTo(3_600_000L + 2_000_000L);
        assertThat(review.comparison().estimated()).isEqualTo(review.comparison().sections().stream()
                .mapToLong(ComparedSection::estimated).sum());
    }

    @Test
    void aSaveNeedsTheFinanceRoleAndObeysTheRulesNothingStoredOtherwise() {
        user.set(new User("hoa", EnumSet.of(Role.ORGANISER)));
        assertThatThrownBy(() -> service.save(ID, twoTravelled())).isInstanceOfSatisfying(RoleRefused.class,
                e -> assertThat(new Messages().get(e.messageKey(), e.args().toArray())).startsWith(
                        "Lưu bảng thanh toán sau chuyến đi: cần vai trò «Tài chính»"));
        user.set(User.everyRole("lan"));
        Settlement late = settlement(List.of(new Advance(AN, oct(9), "PC-1", -5L)), List.of(), List.of());
        assertThatThrownBy(() -> service.save(ID, late)).isInstanceOf(ValidationException.class);

        assertThat(service.review(ID).orElseThrow().stored()).isFalse();
    }

    @Test
    void closedBooksRefuseASaveKeepTheirFiguresAndReopen() {
        service.save(ID, twoTravelled());
        assertThat(service.close(ID)).isEqualTo(1);

        SettlementReview closed = service.review(ID).orElseThrow();
        assertThat(closed.closed().orElseThrow().closedBy()).isEqualTo("lan");
        assertThat(closed.closed().orElseThrow().totals()).isEqualTo(closed.sheet().totals());
        assertThat(closed.closed().orElseThrow().paidTotal()).isEqualTo(5_600_000L);
        assertThatThrownBy(() -> service.save(ID, twoTravelled())).isInstanceOf(SettlementClosed.class);
        assertThatThrownBy(() -> service.close(ID)).isInstanceOf(SettlementClosed.class);

        assertThat(service.reopen(ID)).isTrue();
        service.save(ID, settlement(List.of(), List.of(wholeTrip(AN)), List.of()));
        assertThat(service.review(ID).orElseThrow().booksClosed()).isFalse();
        assertThat(service.closings(ID)).extracting(SettlementClosing::number, SettlementClosing::inForce)
                .containsExactly(tuple(1, false));
        assertThat(service.closings(ID).get(0).settlement()).isEqualTo(twoTravelled());
    }

    @Test
    void booksWithNothingStoredAreNotClosed() {
        assertThatThrownBy(() -> service.close(ID)).isInstanceOfSatisfying(SettlementClosed.class,
                e -> assertThat(new Messages().get(e.messageKey())).isEqualTo(
                        "Chưa có bảng thanh toán nào được lưu: hãy nhập và lưu trước khi khóa sổ"));
    }
}
