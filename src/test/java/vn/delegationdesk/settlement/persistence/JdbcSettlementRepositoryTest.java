package vn.delegationdesk.settlement.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.platform.db.StoreException;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.settlement.ActualLine;
import vn.delegationdesk.settlement.Advance;
import vn.delegationdesk.settlement.CertifiedStay;
import vn.delegationdesk.settlement.MemberOutcome;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.SettlementClosed;
import vn.delegationdesk.settlement.SettlementClosing;
import vn.delegationdesk.settlement.SettlementLimits;
import vn.delegationdesk.settlement.SettlementTotals;
import vn.delegationdesk.settlement.SettlementValidator;
import vn.delegationdesk.settlement.Voucher;
import vn.delegationdesk.settlement.VoucherKind;
import vn.delegationdesk.testing.StoreKind;
import vn.delegationdesk.testing.TestStores;

/**
 * A settlement kept whole on both stores: read back equal (two advances, a withdrawn member, certified stays, vouchers),
 * replaced whole, untouched by a save the store refuses, still there for a member removed from the plan, and keeping
 * its delegation from being deleted.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreKind.class)
class JdbcSettlementRepositoryTest {
    private static final String DAK_LAK = "tỉnh Đắk Lắk";
    private static final String LAM_DONG = "tỉnh Lâm Đồng";

    @RegisterExtension
    final TestStores stores;

    JdbcSettlementRepositoryTest(StoreKind kind) {
        stores = new TestStores(kind);
    }

    private static LocalDate oct(int day) {
        return LocalDate.of(2025, 10, day);
    }

    private static Member member(String id, String name, Gender gender) {
        return new Member(id, name, gender, LocalDate.of(1980, 1, 1), "Chuyên viên", "Văn phòng Sở", "", null, true, "", "",
                DelegationRole.MEMBER, "", true);
    }

    private static Delegation delegation() {
        return SampleDelegation.create().toBuilder().members(List.of(member("a", "Nguyễn Văn An", Gender.MALE),
                member("b", "Trần Văn Bình", Gender.MALE), member("c", "Lê Thị Cúc", Gender.FEMALE))).build();
    }

    /** Two advances (one to An, one to the delegation), Cúc withdrew, An and Bình went with their stamps. */
    private static Settlement settlement() {
        return new Settlement(oct(30),
                List.of(new Advance("a", oct(10), "PC-0101", 5_000_000L), Advance.toDelegation(oct(11), "PC-0102", 12_000_000L)),
                List.of(MemberOutcome.went("a", List.of(new CertifiedStay(DAK_LAK, oct(14), oct(16)),
                                new CertifiedStay(LAM_DONG, oct(17), oct(19)))),
                        MemberOutcome.went("b", List.of(new CertifiedStay(DAK_LAK, oct(14), oct(16)))),
                        MemberOutcome.withdrew("c")),
                List.of(ActualLine.ticket("tickets.a", "Vé máy bay Hà Nội – Buôn Ma Thuột", "a", FlightClass.BUSINESS,
                                2_100_000L, 3_400_000L, List.of(
                                        new Voucher(VoucherKind.TICKET, "738-0001", oct(10), "Vietnam Airlines", 3_400_000L),
                                        new Voucher(VoucherKind.BOARDING_PASS, "BP-17", oct(14), "Vietnam Airlines", 0L))),
                        ActualLine.room("lodging.tỉnh Đắk Lắk.shared", "Phòng 2 người", DAK_LAK, List.of("a", "b"), 2,
                                2_400_000L, List.of(new Voucher(VoucherKind.INVOICE, "0001234", oct(16), "Khách sạn Biển Xanh",
                                        2_400_000L))),
                        ActualLine.direct("", "Thuê xe 29 chỗ", 9_000_000L,
                                List.of(new Voucher(VoucherKind.CONTRACT, "HĐ 12/2025", oct(12), "Công ty Xe Tây Nguyên",
                                        9_000_000L)))));
    }

    @Test
    void aSettlementIsReadBackWholeAndASaveReplacesIt() {
        Store store = stores.open();
        long id = new JdbcDelegationRepository(store).insert(delegation());
        JdbcSettlementRepository settlements = new JdbcSettlementRepository(store);
        assertThat(settlements.find(id)).isEmpty();

        Settlement first = settlement();
        assertThat(SettlementValidator.validate(delegation(), first)).isEmpty();
        settlements.save(id, first);

        Settlement read = settlements.find(id).orElseThrow();
        assertThat(read).isEqualTo(first);
        assertThat(read.advances()).extracting(Advance::memberId, Advance::voucherNumber, Advance::amount).containsExactly(
                tuple("a", "PC-0101", 5_000_000L),
                tuple("", "PC-0102", 12_000_000L));
        assertThat(read.outcome("c").orElseThrow().travelled()).isFalse();
        assertThat(read.outcome("a").orElseThrow().stays()).extracting(CertifiedStay::place, CertifiedStay::to)
                .containsExactly(tuple(DAK_LAK, oct(16)), tuple(LAM_DONG, oct(19)));
        assertThat(read.lines().get(0).entitledFare()).isEqualTo(2_100_000L);
        assertThat(read.lines().get(1).entitledFare()).isNull();
        assertThat(read.lines().get(1).vouchers().get(0).supplier()).isEqualTo("Khách sạn Biển Xanh");

        Settlement second = new Settlement(oct(31), List.of(new Advance("b", oct(9), "PC-0200", 3_000_000L)),
                List.of(MemberOutcome.went("b", List.of(new CertifiedStay(LAM_DONG, oct(17), oct(18))))), List.of());
        settlements.save(id, second);

        assertThat(settlements.find(id)).contains(second);
        store.close();
        assertThat(new JdbcSettlementRepository(stores.open()).find(id)).as("after a restart").contains(second);
    }

    @Test
    void aSaveTheStoreRefusesLeavesThePreviousSettlementIntact() {
        Store store = stores.open();
        long id = new JdbcDelegationRepository(store).insert(delegation());
        JdbcSettlementRepository settlements = new JdbcSettlementRepository(store);
        Settlement kept = settlement();
        settlements.save(id, kept);
        String supplier = "Công ty Lữ hành Tây Nguyên".repeat(20).substring(0, SettlementLimits.VOUCHER_SUPPLIER.maxLength() + 1);
        Settlement tooLong = new Settlement(oct(30), List.of(), List.of(MemberOutcome.withdrew("a")),
                List.of(ActualLine.direct("", "Thuê xe", 1_000L, List.of(new Voucher(VoucherKind.RECEIPT, "BL-1", oct(20),
                        supplier, 1_000L)))));
        Settlement negative = new Settlement(oct(30), List.of(new Advance("b", oct(9), "PC-9", -1L)), List.of(), List.of());
        Messages messages = new Messages();

        assertThatThrownBy(() -> settlements.save(id, tooLong)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.userMessage(messages)).startsWith("Có nội dung dài quá giới hạn lưu trữ"));
        assertThatThrownBy(() -> settlements.save(id, negative)).isInstanceOf(StoreException.class);

        assertThat(settlements.find(id)).contains(kept);
        assertThat(SettlementValidator.validate(delegation(), tooLong)).extracting(messages::describe).containsExactly(
                "lines[0].vouchers[0].supplier: Khoản chi dòng 1 – Chứng từ 1 – Đơn vị cung cấp: dài 501 ký tự, tối đa 500");
    }

    @Test
    void theSettlementOfAMemberRemovedFromThePlanIsStillReadBack() {
        Store store = stores.open();
        JdbcDelegationRepository delegations = new JdbcDelegationRepository(store);
        long id = delegations.insert(delegation());
        JdbcSettlementRepository settlements = new JdbcSettlementRepository(store);
        Settlement settlement = settlement();
        settlements.save(id, settlement);

        Delegation stored = delegations.findById(id).orElseThrow();
        Delegation withoutAn = stored.toBuilder().members(stored.members().subList(1, 3)).build();
        assertThat(delegations.update(withoutAn)).isTrue();

        Settlement read = settlements.find(id).orElseThrow();
        assertThat(read).isEqualTo(settlement);
        assertThat(read.advances().get(0).memberId()).isEqualTo("a");
        assertThat(SettlementValidator.validate(withoutAn, read)).as("kept, so it can be saved again").isEmpty();
        settlements.save(id, read);
        assertThat(settlements.find(id)).contains(settlement);
    }

    @Test
    void closedBooksRefuseASaveUntilReopenedAndEachClosingStaysReadable() {
        Store store = stores.open();
        long id = new JdbcDelegationRepository(store).insert(delegation());
        JdbcSettlementRepository settlements = new JdbcSettlementRepository(store);
        Settlement first = settlement();
        settlements.save(id, first);
        SettlementTotals totals = new SettlementTotals(1, 2, 3, 4, 10, 5, 0, 5);
        Instant closedAt = Instant.parse("2025-11-03T02:15:00Z");

        assertThat(settlements.close(id, new SettlementClosing(0, closedAt, "lan", first, totals, 17_000_000L, null, null)))
                .isEqualTo(1);
        assertThatThrownBy(() -> settlements.save(id, new Settlement(oct(31), List.of(), List.of(), List.of())))
                .isInstanceOfSatisfying(SettlementClosed.class, e -> assertThat(new Messages().get(e.messageKey()))
                        .isEqualTo("Sổ thanh toán của đoàn đã khóa: mở lại sổ trước khi sửa"));
        assertThat(settlements.find(id)).contains(first);
        assertThatThrownBy(() -> settlements.close(id, new SettlementClosing(0, closedAt, "lan", first, totals, 0, null, null)))
                .isInstanceOf(SettlementClosed.class);

        assertThat(settlements.reopen(id, closedAt.plusSeconds(3600), "hoa")).isTrue();
        assertThat(settlements.reopen(id, closedAt.plusSeconds(7200), "hoa")).isFalse();
        Settlement second = new Settlement(oct(31), List.of(new Advance("b", oct(9), "PC-0200", 3_000_000L)), List.of(),
                List.of());
        settlements.save(id, second);
        assertThatThrownBy(() -> settlements.close(id, new SettlementClosing(0, closedAt, "lan", first, totals, 0, null, null)))
                .as("the settlement changed since it was read").isInstanceOf(SettlementClosed.class);
        assertThat(settlements.close(id, new SettlementClosing(0, closedAt.plusSeconds(9000), "lan", second, totals, 3L,
                null, null))).isEqualTo(2);

        store.close();
        List<SettlementClosing> closings = new JdbcSettlementRepository(stores.open()).closings(id);
        assertThat(closings).extracting(SettlementClosing::number, SettlementClosing::closedBy, SettlementClosing::paidTotal,
                SettlementClosing::reopenedBy, SettlementClosing::inForce).containsExactly(
                        tuple(1, "lan", 17_000_000L, "hoa", false), tuple(2, "lan", 3L, null, true));
        assertThat(closings.get(0).settlement()).as("frozen whole").isEqualTo(first);
        assertThat(closings.get(0).totals()).isEqualTo(totals);
        assertThat(closings.get(0).closedAt()).isEqualTo(closedAt);
        assertThat(closings.get(0).reopenedAt()).isEqualTo(closedAt.plusSeconds(3600));
        assertThat(closings.get(1).settlement()).isEqualTo(second);
    }

    @Test
    void aDelegationWithASettlementIsNotDeletedUntilItsSettlementIs() {
        Store store = stores.open();
        JdbcDelegationRepository delegations = new JdbcDelegationRepository(store);
        long id = delegations.insert(delegation());
        JdbcSettlementRepository settlements = new JdbcSettlementRepository(store);
        settlements.save(id, settlement());

        assertThatThrownBy(() -> delegations.delete(id)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.userMessage(new Messages())).startsWith(
                        "Đoàn này đã có bảng thanh toán sau chuyến đi (tạm ứng, chứng từ, số tiền đã chi) nên không xóa"
                                + " được"));
        assertThat(delegations.findById(id)).isPresent();
        assertThat(settlements.find(id)).contains(settlement());

        assertThat(settlements.delete(id)).isTrue();
        assertThat(settlements.delete(id)).isFalse();
        assertThat(delegations.delete(id)).isTrue();
        assertThat(settlements.find(id)).isEmpty();
    }
}
